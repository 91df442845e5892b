package config

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/flaskguard/flaskguard/internal/confsrc"
)

func FuzzConfig(f *testing.F) {
	for _, dir := range []string{"full", "pyproject", "errors"} {
		paths, _ := filepath.Glob(filepath.Join("testdata", dir, "*"))
		more, _ := filepath.Glob(filepath.Join("testdata", dir, ".*.toml"))
		for _, p := range append(paths, more...) {
			if src, err := os.ReadFile(p); err == nil {
				f.Add(src, dir == "pyproject")
			}
		}
	}
	f.Fuzz(func(t *testing.T, src []byte, pyproject bool) {
		cfg, _, err := parse("c.toml", src, pyproject)
		lines := bytes.Count(src, []byte{'\n'}) + 1
		if err != nil {
			var pe *confsrc.ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("error %v (%T) is not a ParseError", err, err)
			}
			if pe.Line < 0 || pe.Line > lines {
				t.Fatalf("error line %d outside a %d-line source: %v", pe.Line, lines, err)
			}
			return
		}
		if cfg.MaxFileSize <= 0 {
			t.Fatalf("max file size %d", cfg.MaxFileSize)
		}
		for _, ig := range cfg.Ignores {
			if ig.ID == "" || ig.Line < 0 || ig.Line > lines {
				t.Fatalf("bad ignore entry %+v in a %d-line source", ig, lines)
			}
		}
	})
}
