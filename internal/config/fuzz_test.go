package config

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/flaskguard/flaskguard/internal/confsrc"
	"github.com/flaskguard/flaskguard/internal/taint/spec"
)

func FuzzConfig(f *testing.F) {
	for _, dir := range []string{"full", "pyproject", "errors", "taint", "taint-pyproject"} {
		paths, _ := filepath.Glob(filepath.Join("testdata", dir, "*"))
		more, _ := filepath.Glob(filepath.Join("testdata", dir, ".*.toml"))
		for _, p := range append(paths, more...) {
			if src, err := os.ReadFile(p); err == nil {
				f.Add(src, strings.HasSuffix(p, pyprojectFile))
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
		// Every taint entry the engine gets is complete.
		u := cfg.Taint
		for _, s := range u.Sources {
			if s.Name == "" {
				t.Fatalf("source without a name: %+v", s)
			}
		}
		for _, s := range u.Sanitizers {
			if s.Name == "" || s.Clears == spec.None {
				t.Fatalf("incomplete sanitizer %+v", s)
			}
		}
		for _, s := range u.Sinks {
			if s.Name == "" || s.Classes == spec.None || s.Classes&spec.All != s.Classes || len(s.Args)+len(s.Kwargs) == 0 {
				t.Fatalf("incomplete sink %+v", s)
			}
		}
	})
}
