package taint

import (
	"io/fs"
	"os"
	"path/filepath"
	"testing"

	"github.com/flaskguard/flaskguard/internal/project"
	"github.com/flaskguard/flaskguard/internal/python"
	"github.com/flaskguard/flaskguard/internal/taint/spec"
)

// BenchmarkAnalyzeCorpus times the engine alone (parsing and the project
// model excluded) on the synthetic corpus of scripts/bench.sh, when it
// has been generated (FLASKGUARD_CORPUS overrides its location).
func BenchmarkAnalyzeCorpus(b *testing.B) {
	root := os.Getenv("FLASKGUARD_CORPUS")
	if root == "" {
		root = filepath.Join("..", "..", "bench", "corpus")
	}
	if _, err := os.Stat(root); err != nil {
		b.Skip("no corpus; run scripts/bench.sh first")
	}
	var files []*python.File
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || filepath.Ext(p) != ".py" {
			return err
		}
		src, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, p)
		f, err := python.Parse(filepath.ToSlash(rel), src)
		if err != nil {
			return err
		}
		files = append(files, f)
		return nil
	})
	if err != nil {
		b.Fatal(err)
	}
	proj := project.Build(files)
	ix := spec.Default().Compile()
	b.ResetTimer()
	for range b.N {
		res := Analyze(proj, ix)
		b.ReportMetric(float64(res.Entries), "entries")
		b.ReportMetric(float64(res.Analyses), "analyses")
		b.ReportMetric(float64(len(res.Flows(spec.All))), "flows")
	}
}
