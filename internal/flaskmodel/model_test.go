package flaskmodel

import (
	"context"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/flaskguard/flaskguard/internal/confsrc"
	"github.com/flaskguard/flaskguard/internal/discover"
	"github.com/flaskguard/flaskguard/internal/project"
	"github.com/flaskguard/flaskguard/internal/python"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// goldenCases are the fixture projects under testdata whose model dump is
// kept in testdata/golden/<name>.txt.
var goldenCases = []string{"factory", "single", "tricky"}

// load builds the model of a folder from the files a scan reads. It stands
// in for scan.LoadModel, which `flaskguard routes` uses and which these
// tests cannot import: scan imports flaskmodel.
func load(t *testing.T, dir string) *Model {
	t.Helper()
	files, configs := readDir(t, dir)
	return Build(project.Build(files), configs)
}

// readDir discovers a folder's files as a scan does and parses those the
// model reads: Python, and the configuration files of internal/confsrc. It
// parses one file after the other; tests and the benchmark need the trees,
// not the scan's parallel reading. Any file it cannot read fails the test.
func readDir(t testing.TB, dir string) ([]*python.File, []*confsrc.File) {
	t.Helper()
	found, diags, err := discover.Walk(context.Background(), dir, nil, discover.Options{})
	if err != nil || len(diags) > 0 {
		t.Fatalf("%s: %v %v", dir, err, diags)
	}
	var files []*python.File
	var configs []*confsrc.File
	for _, f := range found {
		switch f.Kind {
		case discover.Python, discover.Env, discover.Dockerfile, discover.Compose, discover.Procfile,
			discover.TOML, discover.INI, discover.YAML:
		default:
			continue
		}
		src, err := os.ReadFile(f.Abs)
		if err != nil {
			t.Fatal(err)
		}
		if f.Kind == discover.Python {
			py, err := python.Parse(f.Path, src)
			if err != nil {
				t.Fatalf("parse %s: %v", f.Path, err)
			}
			files = append(files, py)
			continue
		}
		conf, err := confsrc.Read(f.Path, confsrc.Kind(f.Kind), src)
		if err != nil {
			t.Fatalf("read %s: %v", f.Path, err)
		}
		configs = append(configs, conf)
	}
	return files, configs
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
