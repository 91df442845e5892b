package flaskmodel

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/flaskguard/flaskguard/internal/project"
)

// benchCorpus returns the synthetic corpus to measure on: the folder in
// FLASKGUARD_BENCH_CORPUS, or a 200-file one written by tools/gencorpus.
func benchCorpus(b *testing.B) string {
	b.Helper()
	if dir := os.Getenv("FLASKGUARD_BENCH_CORPUS"); dir != "" {
		return dir
	}
	dir := filepath.Join(b.TempDir(), "corpus")
	cmd := exec.Command("go", "run", "../../tools/gencorpus", "-out", dir, "-files", "200", "-seed", "1")
	if out, err := cmd.CombinedOutput(); err != nil {
		b.Fatalf("generate corpus: %v\n%s", err, out)
	}
	return dir
}

// BenchmarkBuild puts Build beside the stage it follows, on the same
// files: "project" is project.Build, and "build" is flaskmodel.Build alone,
// which is what the Flask model adds to every scan. Discovering, reading
// and parsing them is scan's BenchmarkScan/parse.
func BenchmarkBuild(b *testing.B) {
	files, configs := readDir(b, benchCorpus(b))
	proj := project.Build(files)
	b.Run("project", func(b *testing.B) {
		for b.Loop() {
			project.Build(files)
		}
	})
	b.Run("build", func(b *testing.B) {
		for b.Loop() {
			Build(proj, configs)
		}
	})
}
