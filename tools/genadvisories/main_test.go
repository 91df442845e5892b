package main

import (
	"archive/zip"
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/flaskguard/flaskguard/internal/advisories/osv"
)

// fixture writes a two-record export zip and a curated file into a temp
// folder and returns their paths.
func fixture(t *testing.T, annotationID string) (zipPath, curatedPath string) {
	t.Helper()
	dir := t.TempDir()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for name, body := range map[string]string{
		"PYSEC-2.json": `{"id":"PYSEC-2","aliases":["CVE-2"],"modified":"2024-03-01T00:00:00Z","details":"long prose",
			"affected":[{"package":{"name":"Werkzeug","ecosystem":"PyPI"},"ranges":[{"type":"GIT","events":[{"introduced":"0"}]},{"type":"ECOSYSTEM","events":[{"introduced":"0"},{"fixed":"2.0"}]}]}]}`,
		"PYSEC-1.json": `{"id":"PYSEC-1","modified":"2024-01-01T00:00:00Z","affected":[{"package":{"name":"flask","ecosystem":"PyPI"},"versions":["0.1"]}]}`,
	} {
		w, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		_, _ = w.Write([]byte(body))
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	zipPath = filepath.Join(dir, "all.zip")
	curatedPath = filepath.Join(dir, "curated.json")
	curated := `{"source":"test","advisories":[{"id":"GHSA-x","aliases":["CVE-9"],"package":"flask","ranges":[{"events":[{"introduced":"0"},{"fixed":"3.1.3"}]}]}],
		"annotations":[{"package":"werkzeug","ids":["` + annotationID + `"],"notes":["debugger-only"]}]}`
	if err := os.WriteFile(zipPath, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(curatedPath, []byte(curated), 0o644); err != nil {
		t.Fatal(err)
	}
	return zipPath, curatedPath
}

func TestRunDeterministic(t *testing.T) {
	zipPath, curatedPath := fixture(t, "CVE-2")
	out := filepath.Join(t.TempDir(), "index.json.gz")
	var log bytes.Buffer
	args := []string{"-zip", zipPath, "-curated", curatedPath, "-out", out}
	if err := run(args, &log); err != nil {
		t.Fatal(err)
	}
	first, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if err := run(args, &log); err != nil {
		t.Fatal(err)
	}
	second, _ := os.ReadFile(out)
	if !bytes.Equal(first, second) {
		t.Error("two runs wrote different bytes")
	}
	if !strings.HasPrefix(log.String(), "genadvisories: 2 records, 3 advisories (1 curated), newest 2024-03-01T00:00:00Z, ") {
		t.Errorf("log = %q", log.String())
	}
	idx, err := osv.ReadIndex(bytes.NewReader(first))
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, a := range idx.Advisories {
		ids = append(ids, a.Package+"/"+a.ID+"/"+strings.Join(a.Notes, ","))
	}
	if got := strings.Join(ids, " "); got != "flask/GHSA-x/ flask/PYSEC-1/ werkzeug/PYSEC-2/debugger-only" {
		t.Errorf("advisories = %s", got)
	}
	if idx.Records != 2 || idx.Curated != 1 || !strings.HasPrefix(idx.Source, "pypa/advisory-database OSV export all.zip (sha256 ") {
		t.Errorf("index head = %+v", idx)
	}
	if bytes.Contains(first, []byte("long prose")) {
		t.Error("advisory text leaked into the index")
	}
	// No temporary files are left beside the output.
	entries, _ := os.ReadDir(filepath.Dir(out))
	if len(entries) != 1 {
		t.Errorf("output folder holds %d entries", len(entries))
	}
}

func TestRunErrors(t *testing.T) {
	zipPath, curatedPath := fixture(t, "CVE-404")
	out := filepath.Join(t.TempDir(), "index.json.gz")
	var log bytes.Buffer
	if err := run([]string{"-zip", zipPath, "-curated", curatedPath, "-out", out}, &log); err == nil ||
		!strings.Contains(err.Error(), "1 curated annotations match no advisory") {
		t.Errorf("unmatched annotation: %v", err)
	}
	if err := run([]string{"-zip", zipPath + ".missing", "-curated", curatedPath, "-out", out}, &log); err == nil {
		t.Error("missing zip accepted")
	}
	if err := run([]string{"-zip", curatedPath, "-curated", curatedPath, "-out", out}, &log); err == nil {
		t.Error("non-zip accepted")
	}
	if err := run([]string{"-bogus"}, &log); err == nil {
		t.Error("unknown flag accepted")
	}
	if _, err := os.Stat(out); err == nil {
		t.Error("a failed run wrote the index")
	}
}

// TestEmbeddedIndexIsCurrent regenerates the index from the shared snapshot,
// when it is present beside the checkout, and compares it with the
// committed file: the same check as `go generate && git diff --exit-code`.
func TestEmbeddedIndexIsCurrent(t *testing.T) {
	zipPath := filepath.Join("..", "..", "internal", "advisories", defaultZip)
	if _, err := os.Stat(zipPath); err != nil {
		t.Skipf("shared advisory snapshot not available: %v", err)
	}
	out := filepath.Join(t.TempDir(), "index.json.gz")
	var log bytes.Buffer
	if err := run([]string{"-zip", zipPath, "-curated", "../../internal/advisories/curated.json", "-out", out}, &log); err != nil {
		t.Fatal(err)
	}
	fresh, _ := os.ReadFile(out)
	committed, err := os.ReadFile("../../internal/advisories/index.json.gz")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(fresh, committed) {
		t.Error("internal/advisories/index.json.gz is stale: run go generate ./internal/advisories/")
	}
}
