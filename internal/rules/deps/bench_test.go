package deps_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/flaskguard/flaskguard/internal/advisories"
	"github.com/flaskguard/flaskguard/internal/config"
	"github.com/flaskguard/flaskguard/internal/rules/deps"
	"github.com/flaskguard/flaskguard/internal/rules/rule"
	"github.com/flaskguard/flaskguard/internal/scan"
)

// benchPackages is the size of the generated projects: a large
// application's full dependency closure.
const benchPackages = 1000

// benchRequirements returns benchPackages (name, version) pairs: every
// package the advisory data knows, at the oldest version it names (so most
// are affected and the benchmark pays for matching, fixes and messages),
// then made-up packages that the data does not know.
func benchRequirements(b *testing.B) [][2]string {
	b.Helper()
	db, err := advisories.Load()
	if err != nil {
		b.Fatal(err)
	}
	var out [][2]string
	for _, p := range db.Packages() {
		if known := db.KnownVersions(p); len(known) > 0 && len(out) < benchPackages {
			out = append(out, [2]string{p, known[0].String()})
		}
	}
	for i := len(out); i < benchPackages; i++ {
		out = append(out, [2]string{fmt.Sprintf("internal-package-%d", i), "1.0." + fmt.Sprint(i)})
	}
	return out
}

// writeBenchProject writes one file into a new folder and returns it.
func writeBenchProject(b *testing.B, name, content string) string {
	b.Helper()
	dir := b.TempDir()
	if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
		b.Fatal(err)
	}
	return dir
}

func benchScan(b *testing.B, dir string) {
	b.Helper()
	opt := scan.Options{
		Root: dir, Config: config.Default(), DepsOnly: true,
		Rules: []*rule.Rule{&deps.UnpinnedSecurityCriticalPackage, &deps.UnsupportedFlaskStackVersion, &deps.VulnerableDependency},
	}
	var findings int
	for b.Loop() {
		res, err := scan.Run(context.Background(), opt)
		if err != nil {
			b.Fatal(err)
		}
		findings = len(res.Findings)
	}
	b.ReportMetric(float64(findings), "findings")
}

// BenchmarkDepsOnlyPoetryLock is a dependency-only scan of a 1,000-package
// poetry.lock, advisory data loading included (each scan loads it once).
func BenchmarkDepsOnlyPoetryLock(b *testing.B) {
	var sb strings.Builder
	for _, r := range benchRequirements(b) {
		fmt.Fprintf(&sb, "[[package]]\nname = %q\nversion = %q\ndescription = \"\"\noptional = false\n"+
			"python-versions = \">=3.9\"\ngroups = [\"main\"]\nfiles = [\n    {file = \"%s-%s.tar.gz\", hash = \"sha256:%064d\"},\n]\n\n",
			r[0], r[1], r[0], r[1], 0)
	}
	sb.WriteString("[metadata]\nlock-version = \"2.1\"\npython-versions = \"^3.11\"\ncontent-hash = \"0\"\n")
	benchScan(b, writeBenchProject(b, "poetry.lock", sb.String()))
}

// BenchmarkDepsOnlyRequirements is the same for a 1,000-line
// requirements.txt of == pins.
func BenchmarkDepsOnlyRequirements(b *testing.B) {
	var sb strings.Builder
	for _, r := range benchRequirements(b) {
		fmt.Fprintf(&sb, "%s==%s\n", r[0], r[1])
	}
	benchScan(b, writeBenchProject(b, "requirements.txt", sb.String()))
}
