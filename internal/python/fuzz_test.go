package python

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

// FuzzParse checks that no input makes Parse fail or panic, and that every
// position in the result is inside the source, ordered, and consistent:
// Line and Col must describe the same byte as Offset.
func FuzzParse(f *testing.F) {
	for _, s := range seedCorpus(f) {
		f.Add([]byte(s))
	}
	p := NewParser()
	defer p.Close()
	f.Fuzz(func(t *testing.T, src []byte) {
		file, err := p.Parse("fuzz.py", src)
		if err != nil {
			t.Fatalf("Parse: %v", err)
		}
		lines := lineStarts(src)
		check := func(what string, s Span) {
			if err := checkSpan(s, lines, len(src)); err != nil {
				t.Fatalf("%s %+v: %v", what, s, err)
			}
		}
		Walk(file.Module, func(n Node) bool {
			check(fmt.Sprintf("%T", n), n.Span())
			return true
		})
		for _, e := range file.Errors {
			check("error "+e.Message, e.Span)
		}
		for line := range file.Comments {
			if line < 1 || line > file.Lines {
				t.Fatalf("comment on line %d of %d", line, file.Lines)
			}
		}
	})
}

// lineStarts returns the offset at which each line begins.
func lineStarts(src []byte) []int {
	starts := []int{0}
	for i, ch := range src {
		if ch == '\n' {
			starts = append(starts, i+1)
		}
	}
	return starts
}

func checkSpan(s Span, lines []int, size32 int) error {
	size := int32(size32)
	if s.Start.Offset < 0 || s.End.Offset > size || s.Start.Offset > s.End.Offset {
		return fmt.Errorf("offsets outside [0, %d] or inverted", size)
	}
	for _, p := range []Pos{s.Start, s.End} {
		if p.Line < 1 || int(p.Line) > len(lines) {
			return fmt.Errorf("line %d outside 1..%d", p.Line, len(lines))
		}
		if got := lines[p.Line-1] + int(p.Col) - 1; got != int(p.Offset) {
			return fmt.Errorf("line %d col %d is offset %d, not %d", p.Line, p.Col, got, p.Offset)
		}
	}
	return nil
}

// seedCorpus collects the sources used by the other tests.
func seedCorpus(tb testing.TB) []string {
	seeds := []string{
		spanSrc, walkSrc, "", "\x00", "\xff\xfe", "\ufeffx = 1\n", "x = '''\n", "f'{'", "f'{x!}'",
		"def f(:\n", "class\n", "if x:\npass\n", "\tx\n  y\n", "x = \\\n", "match x:\n case {**_}: pass\n",
		"u'\\N{'", "b'\\777'", "'\\x4'", "lambda: (yield)", "@\n", "print >>", "exec 'x' in g",
	}
	for _, c := range convertCases {
		seeds = append(seeds, c.src)
	}
	for _, c := range stringCases {
		seeds = append(seeds, "s = "+c.src)
	}
	for _, c := range syntaxErrorCases {
		seeds = append(seeds, c.src)
	}
	files, err := filepath.Glob("testdata/py312/*.py")
	if err != nil {
		tb.Fatal(err)
	}
	for _, path := range files {
		src, err := os.ReadFile(path)
		if err != nil {
			tb.Fatal(err)
		}
		seeds = append(seeds, string(src))
	}
	return seeds
}
