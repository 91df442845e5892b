package osv

import (
	"archive/zip"
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func TestDecode(t *testing.T) {
	rec := `{"id":"PYSEC-1","aliases":["GHSA-b","CVE-a","GHSA-b"],"modified":"2024-01-01T00:00:00Z","published":"2023-01-01T00:00:00Z",
	"summary":"prose that must not survive","details":"more prose",
	"severity":[{"type":"CVSS_V4","score":"CVSS:4.0/AV:N"},{"type":"CVSS_V3","score":"CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"}],
	"affected":[
	 {"package":{"name":"Flask_WTF","ecosystem":"PyPI"},
	  "ranges":[{"type":"GIT","repo":"r","events":[{"introduced":"0"},{"fixed":"deadbeef"}]},
	            {"type":"ECOSYSTEM","events":[{"introduced":"0"},{"fixed":"1.0"}]}],
	  "versions":["0.9"]},
	 {"package":{"name":"flask.wtf","ecosystem":"PyPI"},
	  "ranges":[{"type":"ECOSYSTEM","events":[{"introduced":"2.0"},{"last_affected":"2.1"}]}]},
	 {"package":{"name":"left-pad","ecosystem":"npm"},"versions":["1.0"]},
	 {"package":{"name":"jw.util","ecosystem":"PyPI"},"versions":["2.2"],
	  "severity":[{"type":"CVSS_V3","score":"CVSS:3.1/AV:L/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:H"}]}]}`
	got, err := Decode([]byte(rec))
	if err != nil {
		t.Fatal(err)
	}
	want := []Advisory{
		{
			ID: "PYSEC-1", Aliases: []string{"CVE-a", "GHSA-b"}, Package: "flask-wtf",
			Ranges: []Range{
				{Events: []Event{{Introduced: "0"}, {Fixed: "1.0"}}},
				{Events: []Event{{Introduced: "2.0"}, {LastAffected: "2.1"}}},
			},
			Versions: []string{"0.9"},
			Severity: "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H",
			Modified: "2024-01-01T00:00:00Z", Published: "2023-01-01T00:00:00Z",
			URL: "https://osv.dev/vulnerability/PYSEC-1",
		},
		{
			ID: "PYSEC-1", Aliases: []string{"CVE-a", "GHSA-b"}, Package: "jw-util",
			Versions: []string{"2.2"},
			Severity: "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H",
			Modified: "2024-01-01T00:00:00Z", Published: "2023-01-01T00:00:00Z",
			URL: "https://osv.dev/vulnerability/PYSEC-1",
		},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Decode:\n got %+v\nwant %+v", got, want)
	}

	withdrawn, err := Decode([]byte(`{"id":"W","withdrawn":"2023-07-25T12:32:00Z","affected":[{"package":{"name":"x","ecosystem":"PyPI"}}]}`))
	if err != nil || len(withdrawn) != 1 || !withdrawn[0].Withdrawn {
		t.Errorf("withdrawn: %+v, %v", withdrawn, err)
	}
	if _, err := Decode([]byte(`{"id":"N","affected":[{"package":{"name":"x","ecosystem":"npm"}}]}`)); !errors.Is(err, ErrNotPyPI) {
		t.Errorf("npm-only record: %v, want ErrNotPyPI", err)
	}
	for _, bad := range []string{`{`, `{"affected":[]}`, `{"id":"X","modified":5}`} {
		if _, err := Decode([]byte(bad)); err == nil || errors.Is(err, ErrNotPyPI) {
			t.Errorf("Decode(%s): %v, want a decode error", bad, err)
		}
	}
}

func TestReadZipAndDirAgree(t *testing.T) {
	records := map[string]string{
		"b/PYSEC-2.json": `{"id":"PYSEC-2","modified":"2024-02-01T00:00:00Z","affected":[{"package":{"name":"b","ecosystem":"PyPI"},"versions":["1"]}]}`,
		"PYSEC-1.json":   `{"id":"PYSEC-1","modified":"2024-02-01T00:00:00.5Z","affected":[{"package":{"name":"a","ecosystem":"PyPI"},"versions":["1"]}]}`,
		"NPM-1.json":     `{"id":"NPM-1","affected":[{"package":{"name":"a","ecosystem":"npm"}}]}`,
		"notes.txt":      `not a record`,
	}
	dir := t.TempDir()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for name, body := range records {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		w, _ := zw.Create(name)
		_, _ = w.Write([]byte(body))
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	zipPath := filepath.Join(t.TempDir(), "all.zip")
	if err := os.WriteFile(zipPath, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	fromDir, err := ReadPath(dir)
	if err != nil {
		t.Fatal(err)
	}
	fromZip, err := ReadPath(zipPath)
	if err != nil {
		t.Fatal(err)
	}
	Sort(fromDir.Advisories)
	Sort(fromZip.Advisories)
	if !reflect.DeepEqual(fromDir, fromZip) {
		t.Errorf("folder and zip differ:\n%+v\n%+v", fromDir, fromZip)
	}
	if fromZip.Records != 3 || fromZip.Skipped != 1 || len(fromZip.Advisories) != 2 {
		t.Errorf("zip collection = %+v", fromZip)
	}
	// 00.5Z is later than 00Z of the same second although it sorts
	// earlier as text.
	if got := Newest(fromZip.Advisories); got != "2024-02-01T00:00:00.5Z" {
		t.Errorf("Newest = %q", got)
	}
	if _, err := ReadPath(filepath.Join(dir, "PYSEC-1.json")); err == nil {
		t.Error("a lone JSON file read as a zip")
	}
}

func TestApplyCurated(t *testing.T) {
	data := []Advisory{
		{ID: "PYSEC-1", Aliases: []string{"CVE-1"}, Package: "werkzeug", URL: URLFor("PYSEC-1")},
		{ID: "PYSEC-2", Aliases: []string{"CVE-2"}, Package: "jinja2", URL: URLFor("PYSEC-2")},
		{ID: "PYSEC-3", Aliases: []string{"CVE-3"}, Package: "other", URL: URLFor("PYSEC-3")},
	}
	cur, err := ParseCurated([]byte(`{"source":"test","advisories":[
		{"id":"GHSA-old","aliases":["CVE-1"],"package":"werkzeug","ranges":[{"events":[{"introduced":"0"},{"fixed":"1.0"}]}],"notes":["debugger-only"]},
		{"id":"GHSA-new","aliases":["CVE-9"],"package":"werkzeug","ranges":[{"events":[{"introduced":"0"},{"fixed":"3.1"}]}],"notes":["windows-only"]},
		{"id":"GHSA-cve3","aliases":["CVE-3"],"package":"werkzeug","versions":["1.0"]}],
	  "annotations":[{"package":"jinja2","ids":["CVE-2"],"notes":["sandbox-only"]},{"package":"jinja2","ids":["CVE-404"],"notes":["sandbox-only"]}]}`))
	if err != nil {
		t.Fatal(err)
	}
	got, added, unmatched := Apply(data, cur)
	want := []Advisory{
		{ID: "PYSEC-2", Aliases: []string{"CVE-2"}, Package: "jinja2", URL: URLFor("PYSEC-2"), Notes: []string{"sandbox-only"}},
		{ID: "PYSEC-3", Aliases: []string{"CVE-3"}, Package: "other", URL: URLFor("PYSEC-3")},
		// Same alias but another package: added.
		{ID: "GHSA-cve3", Aliases: []string{"CVE-3"}, Package: "werkzeug", Versions: []string{"1.0"}, URL: URLFor("GHSA-cve3"), Curated: true},
		{ID: "GHSA-new", Aliases: []string{"CVE-9"}, Package: "werkzeug", URL: URLFor("GHSA-new"), Curated: true,
			Ranges: []Range{{Events: []Event{{Introduced: "0"}, {Fixed: "3.1"}}}}, Notes: []string{"windows-only"}},
		// The data already has CVE-1: the curated copy only lends its note.
		{ID: "PYSEC-1", Aliases: []string{"CVE-1"}, Package: "werkzeug", URL: URLFor("PYSEC-1"), Notes: []string{"debugger-only"}},
	}
	if !reflect.DeepEqual(got, want) || added != 2 || unmatched != 1 {
		t.Errorf("Apply = added %d unmatched %d\n got %+v\nwant %+v", added, unmatched, got, want)
	}
	if data[0].Notes != nil {
		t.Error("Apply modified its input")
	}
}

func TestParseCuratedRejects(t *testing.T) {
	for name, doc := range map[string]string{
		"bad json":        `{`,
		"no id":           `{"advisories":[{"package":"flask","versions":["1.0"]}]}`,
		"unnormalised":    `{"advisories":[{"id":"X","package":"Flask","versions":["1.0"]}]}`,
		"no ranges":       `{"advisories":[{"id":"X","package":"flask"}]}`,
		"bad event":       `{"advisories":[{"id":"X","package":"flask","ranges":[{"events":[{"introduced":"0"},{"fixed":"3.1-x"}]}]}]}`,
		"two fields":      `{"advisories":[{"id":"X","package":"flask","ranges":[{"events":[{"introduced":"0","fixed":"1"}]}]}]}`,
		"bad version":     `{"advisories":[{"id":"X","package":"flask","versions":["2019-09-12"]}]}`,
		"unknown note":    `{"advisories":[{"id":"X","package":"flask","versions":["1.0"],"notes":["linux-only"]}]}`,
		"annotation note": `{"annotations":[{"package":"flask","ids":["X"],"notes":["typo"]}]}`,
		"annotation ids":  `{"annotations":[{"package":"flask","notes":["windows-only"]}]}`,
	} {
		if _, err := ParseCurated([]byte(doc)); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}

func TestIndexRoundTrip(t *testing.T) {
	idx := Index{
		Format: IndexFormat, Source: "test", Attribution: Attribution, Records: 2, Curated: 1, Newest: "2024-01-01T00:00:00Z",
		Advisories: []Advisory{
			{ID: "A", Package: "a", Ranges: []Range{{Events: []Event{{Introduced: "0"}, {Fixed: "1"}}}}, URL: URLFor("A")},
			{ID: "B", Package: "b", Versions: []string{"0.7.10p1"}, Withdrawn: true, URL: URLFor("B"), Notes: []string{"windows-only"}, Curated: true},
		},
	}
	var first, second bytes.Buffer
	if err := WriteIndex(&first, idx); err != nil {
		t.Fatal(err)
	}
	if err := WriteIndex(&second, idx); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(first.Bytes(), second.Bytes()) {
		t.Error("WriteIndex is not deterministic")
	}
	// The gzip header carries no timestamp (bytes 4-7) and no name flag.
	if b := first.Bytes(); !bytes.Equal(b[4:8], []byte{0, 0, 0, 0}) || b[3]&0x08 != 0 {
		t.Errorf("gzip header % x carries a time or name", b[:10])
	}
	got, err := ReadIndex(bytes.NewReader(first.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, idx) {
		t.Errorf("round trip:\n got %+v\nwant %+v", got, idx)
	}
	idx.Format = 99
	var future bytes.Buffer
	if err := WriteIndex(&future, idx); err != nil {
		t.Fatal(err)
	}
	if _, err := ReadIndex(&future); err == nil || !strings.Contains(err.Error(), "format 99") {
		t.Errorf("future format: %v", err)
	}
	if _, err := ReadIndex(strings.NewReader("not gzip")); err == nil {
		t.Error("garbage accepted")
	}
}
