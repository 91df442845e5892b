package scan_test

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/flaskguard/flaskguard/internal/config"
	"github.com/flaskguard/flaskguard/internal/rules"
	"github.com/flaskguard/flaskguard/internal/scan"
)

// benchCorpus returns the synthetic corpus to benchmark on: the folder in
// FLASKGUARD_BENCH_CORPUS (scripts/bench.sh's), or a 200-file one that
// tools/gencorpus writes into a temporary folder.
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

// BenchmarkScan times the three stages that scripts/bench.sh compares:
// reading only, reading and parsing, and the whole scan, on the same files.
func BenchmarkScan(b *testing.B) {
	root := benchCorpus(b)
	for _, stage := range []struct {
		name string
		stop scan.Stage
	}{{"read", scan.StageRead}, {"parse", scan.StageParse}, {"full", scan.StageAll}} {
		b.Run(stage.name, func(b *testing.B) {
			var lines int
			var bytes int64
			for b.Loop() {
				res, err := scan.Run(context.Background(), scan.Options{
					Root: root, Config: config.Default(), Rules: rules.All(), StopAfter: stage.stop,
				})
				if err != nil {
					b.Fatal(err)
				}
				lines, bytes = res.Stats.Lines, res.Stats.Bytes
			}
			b.SetBytes(bytes)
			b.ReportMetric(float64(lines)*float64(b.N)/b.Elapsed().Seconds(), "lines/s")
		})
	}
}
