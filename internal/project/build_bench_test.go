package project

import (
	"fmt"
	"strings"
	"testing"

	"github.com/flaskguard/flaskguard/internal/python"
)

// syntheticFiles makes n modules of a package that import each other, with
// functions, classes and a from_object call in every tenth module, so that
// Build's per-statement indexing and its from_object walk both show.
func syntheticFiles(b *testing.B, n int) []*python.File {
	b.Helper()
	var files []*python.File
	for i := range n {
		var src strings.Builder
		fmt.Fprintf(&src, "import os\nfrom flask import Flask\nfrom .m%d import helper as h\n\n", (i+1)%n)
		for j := range 20 {
			fmt.Fprintf(&src, "CONST_%d = %q\n\n\nclass C%d:\n    A = 1\n    B = os.environ.get('B', 'x')\n\n\n", j, "v", j)
			fmt.Fprintf(&src, "def f%d(a, b=2):\n    x = a + b\n    for k in range(x):\n        x += k\n    return h(x)\n\n\n", j)
		}
		if i%10 == 0 {
			src.WriteString("app = Flask(__name__)\napp.config.from_object(C1)\n")
		}
		f, err := python.Parse(fmt.Sprintf("pkg/m%d.py", i), []byte(src.String()))
		if err != nil {
			b.Fatal(err)
		}
		files = append(files, f)
	}
	init, err := python.Parse("pkg/__init__.py", nil)
	if err != nil {
		b.Fatal(err)
	}
	return append(files, init)
}

func BenchmarkBuild(b *testing.B) {
	files := syntheticFiles(b, 500)
	b.ResetTimer()
	for b.Loop() {
		Build(files)
	}
}
