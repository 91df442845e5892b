package scan_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/flaskguard/flaskguard/internal/config"
	"github.com/flaskguard/flaskguard/internal/finding"
	"github.com/flaskguard/flaskguard/internal/rules"
	"github.com/flaskguard/flaskguard/internal/scan"
)

// TestPythonCorpus scans real code bases named in FLASKGUARD_CORPUS (a
// colon-separated list of folders; scripts/corpus.sh sets it to the Python
// standard library and Debian's python3 packages). It is not part of the
// default run because it reads over a million lines.
//
// What it checks: no internal error, and every file the standard library
// ships with a deliberate syntax error (test/badsyntax_*.py and friends)
// is reported as a parse error, never silently dropped.
func TestPythonCorpus(t *testing.T) {
	roots := os.Getenv("FLASKGUARD_CORPUS")
	if roots == "" {
		t.Skip("set FLASKGUARD_CORPUS (scripts/corpus.sh does) to scan a large corpus")
	}
	cfg := config.Default()
	cfg.IncludeTests = true
	var files, lines, parseErrors int
	for _, root := range strings.Split(roots, ":") {
		res, err := scan.Run(context.Background(), scan.Options{Root: root, Config: cfg, Rules: rules.All()})
		if err != nil {
			t.Fatalf("scan %s: %v", root, err)
		}
		files += res.Stats.Files
		lines += res.Stats.Lines
		reported := map[string]bool{}
		for _, d := range res.Diagnostics {
			switch d.Kind {
			case finding.InternalError:
				t.Errorf("%s: internal error in %s: %s", root, d.Location.Path, d.Message)
			case finding.ParseError:
				parseErrors++
				reported[d.Location.Path] = true
			}
		}
		for _, bad := range deliberateSyntaxErrors(t, root) {
			if !reported[bad] {
				t.Errorf("%s: %s has a deliberate syntax error but no parse-error was reported", root, bad)
			}
		}
		t.Logf("%s: %d files, %d lines, %d findings, %d diagnostics in %.1fs",
			root, res.Stats.Files, res.Stats.Lines, len(res.Findings), len(res.Diagnostics), float64(res.Stats.TotalNanos)/1e9)
	}
	t.Logf("total: %d files, %d lines, %d parse errors reported", files, lines, parseErrors)
}

// deliberateSyntaxErrors lists the standard library's test files that are
// invalid Python on purpose, by their well-known names.
func deliberateSyntaxErrors(t *testing.T, root string) []string {
	t.Helper()
	var out []string
	for _, pattern := range []string{"test/badsyntax_*.py", "lib2to3/tests/data/py2_test_grammar.py"} {
		matches, err := filepath.Glob(filepath.Join(root, pattern))
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range matches {
			rel, _ := filepath.Rel(root, m)
			out = append(out, filepath.ToSlash(rel))
		}
	}
	return out
}
