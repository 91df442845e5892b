package advisories

import (
	"archive/zip"
	"bytes"
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"
)

// buildZip returns an OSV export zip holding the given records.
func buildZip(t *testing.T, files map[string]string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	names := make([]string, 0, len(files))
	for name := range files {
		names = append(names, name)
	}
	slices.Sort(names)
	for _, name := range names {
		w, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write([]byte(files[name])); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

var exportRecords = map[string]string{
	"PYSEC-9000-1.json": `{"id":"PYSEC-9000-1","modified":"2025-05-01T00:00:00Z","aliases":["CVE-9000-1"],
		"affected":[{"package":{"name":"Flask","ecosystem":"PyPI"},"ranges":[{"type":"ECOSYSTEM","events":[{"introduced":"0"},{"fixed":"9.0"}]}]}]}`,
	// A newer export that already has a curated advisory: it must replace,
	// not duplicate, the curated entry, and inherit its notes.
	"GHSA-2g68-c3qc-8985.json": `{"id":"GHSA-2g68-c3qc-8985","modified":"2025-06-01T00:00:00Z","aliases":["CVE-2024-34069"],
		"affected":[{"package":{"name":"werkzeug","ecosystem":"PyPI"},"ranges":[{"type":"ECOSYSTEM","events":[{"introduced":"0"},{"fixed":"3.0.3"}]}]}]}`,
}

// serve starts a loopback server answering every request with handler.
func serve(t *testing.T, handler http.HandlerFunc) string {
	t.Helper()
	srv := httptest.NewServer(handler)
	t.Cleanup(srv.Close)
	return srv.URL + "/PyPI/all.zip"
}

func TestUpdateSuccess(t *testing.T) {
	body := buildZip(t, exportRecords)
	url := serve(t, func(w http.ResponseWriter, r *http.Request) { _, _ = w.Write(body) })
	dir := filepath.Join(t.TempDir(), "cache")
	before := time.Now().Add(-time.Second)
	info, err := Update(context.Background(), nil, url, dir)
	if err != nil {
		t.Fatalf("Update: %v", err)
	}
	cached := filepath.Join(dir, CacheFile)
	if info.Source != SourceCache || info.Path != cached || info.Records != 2 || info.Curated != 12 ||
		info.Advisories != 14 || info.Newest != "2025-06-01T00:00:00Z" || info.Fetched.Before(before) {
		t.Errorf("Update info = %+v", info)
	}
	got, err := os.ReadFile(cached)
	if err != nil || !bytes.Equal(got, body) {
		t.Fatalf("cache file differs from the download (err %v)", err)
	}
	assertOnlyCache(t, dir)

	status, err := Status(dir)
	if err != nil {
		t.Fatal(err)
	}
	// Status reads the fetch time back from the file's modification time.
	if status.Source != SourceCache || status.Records != 2 || status.Fetched.Sub(info.Fetched).Abs() > time.Millisecond {
		t.Errorf("Status = %+v", status)
	}
	db, err := LoadDefault(dir)
	if err != nil {
		t.Fatal(err)
	}
	ms := db.Match("werkzeug", ver(t, "3.0.0"))
	var ids []string
	for _, m := range ms {
		ids = append(ids, m.ID)
		if m.ID == "GHSA-2g68-c3qc-8985" && (!slices.Equal(m.Notes, []string{"debugger-only"}) || m.Package != "werkzeug") {
			t.Errorf("export's copy of GHSA-2g68 lost the curated note: %+v", m)
		}
	}
	if strings.Count(strings.Join(ids, " "), "GHSA-2g68-c3qc-8985") != 1 {
		t.Errorf("werkzeug 3.0.0 = %v, want GHSA-2g68 once", ids)
	}
}

// TestUpdateFailuresKeepCache checks that every kind of bad download fails
// and leaves the previous cache byte-for-byte in place, with no temporary
// files behind.
func TestUpdateFailuresKeepCache(t *testing.T) {
	good := buildZip(t, exportRecords)
	tests := []struct {
		name    string
		handler http.HandlerFunc
	}{
		{"http 500", func(w http.ResponseWriter, r *http.Request) {
			http.Error(w, "boom", http.StatusInternalServerError)
		}},
		{"garbage", func(w http.ResponseWriter, r *http.Request) {
			_, _ = w.Write([]byte("<html>not a zip</html>"))
		}},
		{"truncated", func(w http.ResponseWriter, r *http.Request) {
			_, _ = w.Write(good[:len(good)/2])
		}},
		{"no records", func(w http.ResponseWriter, r *http.Request) {
			_, _ = w.Write(buildZip(t, map[string]string{"README.txt": "empty"}))
		}},
		{"bad record", func(w http.ResponseWriter, r *http.Request) {
			_, _ = w.Write(buildZip(t, map[string]string{"X.json": "{"}))
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			previous := []byte("previous cache")
			cached := filepath.Join(dir, CacheFile)
			if err := os.WriteFile(cached, previous, 0o644); err != nil {
				t.Fatal(err)
			}
			if _, err := Update(context.Background(), nil, serve(t, tt.handler), dir); err == nil {
				t.Fatal("Update succeeded")
			}
			got, err := os.ReadFile(cached)
			if err != nil || !bytes.Equal(got, previous) {
				t.Errorf("previous cache changed: %q (err %v)", got, err)
			}
			assertOnlyCache(t, dir)
		})
	}
}

func TestUpdateCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	url := serve(t, func(w http.ResponseWriter, r *http.Request) { _, _ = w.Write([]byte("x")) })
	dir := t.TempDir()
	if _, err := Update(ctx, nil, url, dir); err == nil {
		t.Fatal("Update with a cancelled context succeeded")
	}
	if _, err := os.Stat(filepath.Join(dir, CacheFile)); err == nil {
		t.Error("a cache file appeared")
	}
}

func assertOnlyCache(t *testing.T, dir string) {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != 1 || entries[0].Name() != CacheFile {
		var names []string
		for _, e := range entries {
			names = append(names, e.Name())
		}
		t.Errorf("cache folder holds %v, want only %s", names, CacheFile)
	}
}

func TestStatusEmbedded(t *testing.T) {
	info, err := Status(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	if info.Source != SourceEmbedded || info.Path != "" || info.Records != 2661 || info.Curated != 13 ||
		info.Advisories != 2674 || info.Newest != "2024-10-10T17:22:00.587279Z" || !info.Fetched.IsZero() ||
		!strings.Contains(info.Attribution, "CC BY 4.0") {
		t.Errorf("Status = %+v", info)
	}
	// A broken cache is reported, not silently replaced by embedded data.
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, CacheFile), []byte("junk"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Status(dir); err == nil {
		t.Error("Status accepted a broken cache")
	}
}

func TestInfoAge(t *testing.T) {
	now := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	fetched := Info{Fetched: now.Add(-2 * time.Hour), Newest: "2020-01-01T00:00:00Z"}
	if got := fetched.Age(now); got != 2*time.Hour {
		t.Errorf("fetched Age = %v", got)
	}
	embedded := Info{Newest: "2024-12-31T00:00:00Z"}
	if got := embedded.Age(now); got != 24*time.Hour {
		t.Errorf("embedded Age = %v", got)
	}
	if got := (Info{Newest: "?"}).Age(now); got != 0 {
		t.Errorf("unknown Age = %v", got)
	}
}

func TestCacheDir(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("XDG_CACHE_HOME only steers os.UserCacheDir on Linux")
	}
	t.Setenv("XDG_CACHE_HOME", "/tmp/fg-cache-test")
	dir, err := CacheDir()
	if err != nil {
		t.Fatal(err)
	}
	if dir != "/tmp/fg-cache-test/flaskguard" {
		t.Errorf("CacheDir() = %s", dir)
	}
}
