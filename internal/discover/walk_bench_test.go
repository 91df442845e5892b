package discover

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkWalk walks 200 packages of 100 files each (20,000 files, half of
// them read), with a .gitignore at the top and in every tenth package.
func BenchmarkWalk(b *testing.B) {
	root := b.TempDir()
	if err := os.WriteFile(filepath.Join(root, ".gitignore"), []byte("*.log\nbuild/\n!keep.log\n/local.py\n"), 0o644); err != nil {
		b.Fatal(err)
	}
	for p := range 200 {
		dir := filepath.Join(root, "src", fmt.Sprintf("pkg%03d", p), "sub")
		if err := os.MkdirAll(dir, 0o755); err != nil {
			b.Fatal(err)
		}
		if p%10 == 0 {
			if err := os.WriteFile(filepath.Join(dir, ".gitignore"), []byte("generated_*.py\n"), 0o644); err != nil {
				b.Fatal(err)
			}
		}
		for f := range 100 {
			name := fmt.Sprintf("mod%03d.py", f)
			if f%2 == 1 {
				name = fmt.Sprintf("asset%03d.js", f)
			}
			if err := os.WriteFile(filepath.Join(dir, name), nil, 0o644); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ResetTimer()
	for b.Loop() {
		files, _, err := Walk(context.Background(), root, nil, Options{})
		if err != nil || len(files) != 10000 {
			b.Fatalf("got %d files, err %v", len(files), err)
		}
	}
}
