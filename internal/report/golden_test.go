package report_test

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

// update rewrites golden files instead of comparing against them:
// go test ./internal/report/... -update
var update = flag.Bool("update", false, "rewrite the golden files under testdata")

// goldensUsed records the golden files that tests compared against, so that
// TestMain can reject files no test uses any more (like osv-scanner's
// CleanSnapshots and ruff's --unreferenced reject). It is test-binary state
// by necessity: TestMain is the only place that sees every test's outcome.
var goldensUsed = struct {
	sync.Mutex
	names map[string]bool
}{names: map[string]bool{}}

func TestMain(m *testing.M) {
	code := m.Run()
	if code == 0 {
		code = checkUnusedGoldens()
	}
	os.Exit(code)
}

// checkUnusedGoldens fails the run if a testdata/*.golden file was not used,
// or deletes such files under -update. A run narrowed by -run or -skip cannot
// know what the other tests use, so it checks nothing.
func checkUnusedGoldens() int {
	for _, name := range []string{"test.run", "test.skip"} {
		if f := flag.Lookup(name); f != nil && f.Value.String() != "" {
			return 0
		}
	}
	files, err := filepath.Glob(filepath.Join("testdata", "*.golden"))
	if err != nil {
		fmt.Fprintf(os.Stderr, "list golden files: %v\n", err)
		return 1
	}
	var stale []string
	for _, f := range files {
		if goldensUsed.names[filepath.Base(f)] {
			continue
		}
		if *update {
			if err := os.Remove(f); err != nil {
				fmt.Fprintf(os.Stderr, "remove stale golden: %v\n", err)
				return 1
			}
			continue
		}
		stale = append(stale, f)
	}
	if len(stale) > 0 {
		fmt.Fprintf(os.Stderr, "FAIL: golden files that no test uses (delete them, or run with -update):\n  %s\n",
			strings.Join(stale, "\n  "))
		return 1
	}
	return 0
}

// checkGolden compares got with testdata/<name>.golden, or writes it under
// -update. Nothing is normalised: every writer's output is deterministic.
func checkGolden(t *testing.T, name string, got []byte) {
	t.Helper()
	file := name + ".golden"
	goldensUsed.Lock()
	goldensUsed.names[file] = true
	goldensUsed.Unlock()
	path := filepath.Join("testdata", file)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatalf("update golden: %v", err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("read golden (run with -update to create it): %v", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("output differs from %s (run with -update if the change is intended):\n%s", path, lineDiff(want, got))
	}
}

// lineDiff shows the first differing line with two lines of context, which
// is enough to locate a change without a diff dependency.
func lineDiff(want, got []byte) string {
	w := strings.Split(string(want), "\n")
	g := strings.Split(string(got), "\n")
	i := 0
	for i < len(w) && i < len(g) && w[i] == g[i] {
		i++
	}
	var b strings.Builder
	for j := max(i-2, 0); j < i; j++ {
		fmt.Fprintf(&b, "   %4d  %q\n", j+1, w[j])
	}
	for j := i; j < min(i+3, len(w)); j++ {
		fmt.Fprintf(&b, "-  %4d  %q\n", j+1, w[j])
	}
	for j := i; j < min(i+3, len(g)); j++ {
		fmt.Fprintf(&b, "+  %4d  %q\n", j+1, g[j])
	}
	fmt.Fprintf(&b, "(want %d lines, got %d)", len(w), len(g))
	return b.String()
}

// TestGoldenNamesAreUnique guards checkGolden's bookkeeping: two cases
// writing one golden would overwrite each other under -update.
func TestGoldenNamesAreUnique(t *testing.T) {
	seen := map[string]bool{}
	for _, c := range goldenCases(t) {
		if seen[c.name] {
			t.Errorf("golden %q is used by two cases", c.name)
		}
		seen[c.name] = true
	}
}
