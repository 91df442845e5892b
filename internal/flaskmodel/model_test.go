package flaskmodel

import (
	"context"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/flaskguard/flaskguard/internal/discover"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// goldenCases are the fixture projects under testdata whose model dump is
// kept in testdata/golden/<name>.txt.
var goldenCases = []string{"factory", "single", "tricky"}

// load builds the model of a folder the way `flaskguard routes` does.
func load(t *testing.T, dir string) *Model {
	t.Helper()
	l, err := Load(context.Background(), dir, LoadOptions{Discover: discover.Options{}})
	if err != nil {
		t.Fatal(err)
	}
	if len(l.Diagnostics) > 0 {
		t.Fatalf("%s: unexpected diagnostics %v", dir, l.Diagnostics)
	}
	return l.Model
}

// The whole model of each fixture project, as a stable text dump: apps
// with their extensions, configuration per environment, hooks and error
// handlers; blueprints with their mounts; every route with its owner,
// view, auth, CSRF status, rate limits, templates and inputs.
func TestGolden(t *testing.T) {
	for _, name := range goldenCases {
		t.Run(name, func(t *testing.T) {
			got := dump(load(t, filepath.Join("testdata", name)))
			path := filepath.Join("testdata", "golden", name+".txt")
			if *update {
				if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test ./internal/flaskmodel -update)", err)
			}
			if string(want) != got {
				t.Errorf("model of %s differs from %s (run with -update if intended):\n%s", name, path, diffLines(string(want), got))
			}
		})
	}
}

// A golden file without a case is stale: it would never be checked again.
func TestNoStaleGoldens(t *testing.T) {
	entries, err := os.ReadDir(filepath.Join("testdata", "golden"))
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if name := strings.TrimSuffix(e.Name(), ".txt"); !slices.Contains(goldenCases, name) {
			t.Errorf("testdata/golden/%s has no test case", e.Name())
		}
	}
}

// diffLines shows the first lines where two dumps differ.
func diffLines(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	var out []string
	for i := 0; i < max(len(w), len(g)) && len(out) < 20; i++ {
		var a, b string
		if i < len(w) {
			a = w[i]
		}
		if i < len(g) {
			b = g[i]
		}
		if a != b {
			out = append(out, "- "+a, "+ "+b)
		}
	}
	return strings.Join(out, "\n")
}
