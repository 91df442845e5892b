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
// What it checks: no internal error, every Python file is read (none is
// dropped), and every file that CPython itself refuses to parse (listed by
// scripts/corpus.sh in FLASKGUARD_CORPUS_INVALID, one root-relative path
// per line, found with ast.parse) is reported as a parse error. Parse
// errors on files CPython accepts are tree-sitter grammar gaps: they are
// logged, not failed, since the rest of such a file is still analysed.
func TestPythonCorpus(t *testing.T) {
	roots := os.Getenv("FLASKGUARD_CORPUS")
	if roots == "" {
		t.Skip("set FLASKGUARD_CORPUS (scripts/corpus.sh does) to scan a large corpus")
	}
	invalid := map[string]bool{}
	if list := os.Getenv("FLASKGUARD_CORPUS_INVALID"); list != "" {
		b, err := os.ReadFile(list)
		if err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Fields(string(b)) {
			invalid[line] = true
		}
	}
	cfg := config.Default()
	cfg.IncludeTests = true
	var files, lines, caught, extra int
	for _, root := range strings.Split(roots, ":") {
		res, err := scan.Run(context.Background(), scan.Options{Root: root, Config: cfg, Rules: rules.All()})
		if err != nil {
			t.Fatalf("scan %s: %v", root, err)
		}
		files += res.Stats.PythonFiles
		lines += res.Stats.Lines
		if want := countPython(t, root); res.Stats.PythonFiles != want {
			t.Errorf("%s: read %d Python files, the folder has %d outside site-packages and caches", root, res.Stats.PythonFiles, want)
		}
		reported := map[string]bool{}
		for _, d := range res.Diagnostics {
			switch d.Kind {
			case finding.InternalError:
				t.Errorf("%s: internal error in %s: %s", root, d.Location.Path, d.Message)
			case finding.ParseError:
				if !strings.HasSuffix(d.Location.Path, ".py") {
					continue
				}
				reported[d.Location.Path] = true
				if !invalid[filepath.Join(root, d.Location.Path)] {
					extra++
					t.Logf("parse error on a file CPython accepts: %s:%d: %s", d.Location.Path, d.Location.StartLine, d.Message)
				}
			}
		}
		for path := range invalid {
			rel, err := filepath.Rel(root, path)
			if err != nil || strings.HasPrefix(rel, "..") {
				continue
			}
			if reported[filepath.ToSlash(rel)] {
				caught++
			} else {
				t.Errorf("%s: CPython rejects %s but no parse-error was reported", root, rel)
			}
		}
		t.Logf("%s: %d files, %d lines, %d findings, %d diagnostics in %.1fs",
			root, res.Stats.Files, res.Stats.Lines, len(res.Findings), len(res.Diagnostics), float64(res.Stats.TotalNanos)/1e9)
	}
	t.Logf("total: %d Python files, %d lines; %d of %d files CPython rejects reported; %d parse errors on files CPython accepts",
		files, lines, caught, len(invalid), extra)
}

// countPython counts the .py and .pyw files the scan should read under root: all of
// them but those in site-packages, dist-packages below root, __pycache__
// and virtualenvs, which discovery skips by design.
func countPython(t *testing.T, root string) int {
	t.Helper()
	n := 0
	err := filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && path != root {
			switch d.Name() {
			case "site-packages", "dist-packages", "__pycache__", ".git", "node_modules":
				return filepath.SkipDir
			}
			if _, err := os.Stat(filepath.Join(path, "pyvenv.cfg")); err == nil {
				return filepath.SkipDir
			}
		}
		if d.Type().IsRegular() && (strings.HasSuffix(path, ".py") || strings.HasSuffix(path, ".pyw")) {
			n++
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return n
}
