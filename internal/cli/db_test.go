package cli

import (
	"archive/zip"
	"bytes"
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestMain points the user cache folder at an empty temporary one, so that
// the golden scans never pick up advisory data a developer downloaded with
// `flaskguard db update`.
func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "flaskguard-cli-test-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	for _, k := range []string{"XDG_CACHE_HOME", "HOME", "LocalAppData"} {
		if err := os.Setenv(k, dir); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(2)
		}
	}
	code := m.Run()
	_ = os.RemoveAll(dir)
	os.Exit(code)
}

// dbEnv is testEnv with FLASKGUARD_CACHE_DIR set to cache.
func dbEnv(stdout, stderr *bytes.Buffer, cache string) env {
	e := testEnv(stdout, stderr)
	e.getenv = func(k string) string {
		if k == cacheEnv {
			return cache
		}
		return ""
	}
	return e
}

// osvZip is an OSV export with one made-up Flask advisory, fixed in 9.0.
func osvZip(t *testing.T) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, err := zw.Create("PYSEC-9000-1.json")
	if err != nil {
		t.Fatal(err)
	}
	_, err = w.Write([]byte(`{"id":"PYSEC-9000-1","modified":"2025-05-01T00:00:00Z","aliases":["CVE-9000-1"],
		"affected":[{"package":{"name":"Flask","ecosystem":"PyPI"},"ranges":[{"type":"ECOSYSTEM","events":[{"introduced":"0"},{"fixed":"9.0"}]}]}]}`))
	if err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func runCmd(t *testing.T, e env, args ...string) int {
	t.Helper()
	return run(context.Background(), args, e)
}

// db status reports the embedded data until db update has filled the
// cache from a (loopback) server; scans then use the cache and say so.
func TestDBUpdateThenScan(t *testing.T) {
	cache := filepath.Join(t.TempDir(), "cache")
	body := osvZip(t)
	var requests int
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		requests++
		_, _ = w.Write(body)
	}))
	defer srv.Close()

	var stdout, stderr bytes.Buffer
	if code := runCmd(t, dbEnv(&stdout, &stderr, cache), "db", "status"); code != ExitOK {
		t.Fatalf("db status: exit %d, %s", code, stderr.String())
	}
	wantStatus := `^advisories: embedded snapshot 2024-10-10 \+ curated
  source: embedded in the binary \(no cache at ` + regexp.QuoteMeta(filepath.Join(cache, "osv-pypi.zip")) + `; run flaskguard db update for current data\)
  origin: pypa/advisory-database OSV export all.zip \(sha256 15fa459aa9c792c6\) \+ curated.json
  holds: 2661 OSV records, 2674 advisories indexed \(13 curated\)
  newest record: 2024-10-10T17:22:00.587279Z
  age: \d+ days
  Advisory data: Python Packaging Advisory Database .*CC BY 4.0.*
$`
	if !regexp.MustCompile(wantStatus).MatchString(stdout.String()) {
		t.Errorf("db status before update:\n%s", stdout.String())
	}

	stdout.Reset()
	stderr.Reset()
	if code := runCmd(t, dbEnv(&stdout, &stderr, cache), "db", "update", "--url", srv.URL+"/PyPI/all.zip"); code != ExitOK {
		t.Fatalf("db update: exit %d, %s", code, stderr.String())
	}
	wantUpdate := `^advisories: OSV export fetched \d{4}-\d\d-\d\d \+ curated
  saved to ` + regexp.QuoteMeta(filepath.Join(cache, "osv-pypi.zip")) + `: 1 records, 14 advisories \(13 curated added\)
$`
	if !regexp.MustCompile(wantUpdate).MatchString(stdout.String()) || requests != 1 ||
		stderr.String() != "downloading "+srv.URL+"/PyPI/all.zip\n" {
		t.Errorf("db update (%d requests):\n%s\nstderr: %s", requests, stdout.String(), stderr.String())
	}

	stdout.Reset()
	stderr.Reset()
	runCmd(t, dbEnv(&stdout, &stderr, cache), "db", "status")
	if !regexp.MustCompile(`^advisories: OSV export fetched .*\n  source: ` + regexp.QuoteMeta(filepath.Join(cache, "osv-pypi.zip")) +
		`, fetched .*\n(.*\n){3}  age: 0 days\n`).MatchString(stdout.String()) {
		t.Errorf("db status after update:\n%s", stdout.String())
	}

	// A scan now matches against the cached export, offline.
	project := t.TempDir()
	if err := os.WriteFile(filepath.Join(project, "requirements.txt"), []byte("flask==3.1.3\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	stdout.Reset()
	stderr.Reset()
	code := runCmd(t, dbEnv(&stdout, &stderr, cache), "scan", "--deps-only", "--format", "json", project)
	out := stdout.String()
	if code != ExitOK || !strings.Contains(out, "PYSEC-9000-1 (CVE-9000-1): severity unknown (counted as medium); fixed in 9.0") ||
		!regexp.MustCompile(`checked against advisories: OSV export fetched \d{4}-\d\d-\d\d \+ curated`).MatchString(out) || requests != 1 {
		t.Errorf("scan with the cache: exit %d, %d requests\n%s\nstderr: %s", code, requests, out, stderr.String())
	}
}

// A failed download is exit 3 and leaves no cache behind; a URL that is
// not http(s) is a usage error.
func TestDBUpdateFailures(t *testing.T) {
	cache := filepath.Join(t.TempDir(), "cache")
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "gone", http.StatusNotFound)
	}))
	defer srv.Close()
	var stdout, stderr bytes.Buffer
	if code := runCmd(t, dbEnv(&stdout, &stderr, cache), "db", "update", "--url", srv.URL); code != ExitInternal {
		t.Errorf("exit %d, want %d", code, ExitInternal)
	}
	if !strings.Contains(stderr.String(), "HTTP 404 Not Found") {
		t.Errorf("stderr: %s", stderr.String())
	}
	if _, err := os.Stat(filepath.Join(cache, "osv-pypi.zip")); err == nil {
		t.Error("a failed update left a cache file")
	}
	stderr.Reset()
	if code := runCmd(t, dbEnv(&stdout, &stderr, cache), "db", "update", "--url", "ftp://example.org/x.zip"); code != ExitUsage {
		t.Errorf("ftp URL: exit %d, want %d", code, ExitUsage)
	}
}

// --db reads a given OSV folder or zip; one that is missing or holds no
// records is a usage error before anything is scanned.
func TestScanDBFlag(t *testing.T) {
	dir := t.TempDir()
	zipPath := filepath.Join(dir, "osv.zip")
	if err := os.WriteFile(zipPath, osvZip(t), 0o644); err != nil {
		t.Fatal(err)
	}
	empty := filepath.Join(dir, "empty")
	if err := os.Mkdir(empty, 0o755); err != nil {
		t.Fatal(err)
	}
	project := filepath.Join(dir, "project")
	if err := os.Mkdir(project, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(project, "requirements.txt"), []byte("flask==3.1.3\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		db       string
		wantExit int
		want     string
	}{
		{zipPath, ExitOK, "PYSEC-9000-1 (CVE-9000-1)"},
		{filepath.Join(dir, "missing.zip"), ExitUsage, "flaskguard: --db " + filepath.Join(dir, "missing.zip") + ": no such file or directory\n"},
		{empty, ExitUsage, "flaskguard: --db: load advisories: " + empty + " holds no PyPI advisory records\n"},
	}
	for _, c := range cases {
		var stdout, stderr bytes.Buffer
		code := runCmd(t, dbEnv(&stdout, &stderr, t.TempDir()), "scan", "--deps-only", "--db", c.db, project)
		if code != c.wantExit || !strings.Contains(stdout.String()+stderr.String(), c.want) {
			t.Errorf("--db %s: exit %d, want %d and %q\nstdout: %s\nstderr: %s", c.db, code, c.wantExit, c.want, stdout.String(), stderr.String())
		}
	}
}

// The dependency-only scans of the examples, and db usage errors, as users
// see them.
func TestDepsCLIGolden(t *testing.T) {
	cases := []struct {
		name     string
		args     []string
		wantExit int
	}{
		{"scan-deps-only-vulnerable", []string{"scan", "--deps-only", "../../examples/vulnerable-app"}, ExitFindings},
		{"scan-deps-only-secure", []string{"scan", "--deps-only", "../../examples/secure-app"}, ExitOK},
		{"db-no-subcommand", []string{"db"}, ExitUsage},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			code := run(context.Background(), c.args, testEnv(&stdout, &stderr))
			if code != c.wantExit {
				t.Errorf("exit code %d, want %d\nstderr: %s", code, c.wantExit, stderr.String())
			}
			got := "exit: " + itoa(code) + "\n-- stdout --\n" + stdout.String() + "-- stderr --\n" + stderr.String()
			golden(t, filepath.Join("testdata", c.name+".golden"), normalise(got, "\x00no config"))
		})
	}
}
