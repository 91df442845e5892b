package advisories

import (
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"testing"

	"github.com/flaskguard/flaskguard/internal/pep440"
)

func ver(t testing.TB, s string) pep440.Version {
	t.Helper()
	v, err := pep440.Parse(s)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// TestMatchSnapshotCases covers the OSV corner cases the advisory README
// lists, against the real records.
func TestMatchSnapshotCases(t *testing.T) {
	db := loadDB(t)
	tests := []struct {
		name, pkg, version string
		want               []string
	}{
		// flask-caching's only advisory is withdrawn.
		{"withdrawn", "flask-caching", "1.10.0", nil},
		// py: introduced 0, last_affected 1.11.0 (inclusive).
		{"last_affected inclusive", "py", "1.11.0", []string{"PYSEC-2022-42969"}},
		{"above last_affected", "py", "1.11.1", nil},
		// gratient: versions[] only, no ranges.
		{"versions only", "gratient", "0.5", []string{"PYSEC-2024-1"}},
		{"versions only, other version", "gratient", "0.6", nil},
		// Flask: GIT range first, then a two-window ECOSYSTEM range; 2.3.1
		// is inside the second window.
		{"git then ecosystem", "flask", "2.3.1", []string{"GHSA-68rp-wp8r-4726", "PYSEC-2023-62"}},
		{"between windows", "flask", "2.2.5", []string{"GHSA-68rp-wp8r-4726"}},
		// A legacy versions[] spelling only matches exactly.
		{"legacy string listed", "buildbot", "0.7.10p1", []string{"PYSEC-2019-6"}},
		{"legacy string unlisted", "buildbot", "0.7.10p9", nil},
	}
	for _, tt := range tests {
		got, _ := flatIDs(db.MatchString(tt.pkg, tt.version))
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s: %s %s = %v, want %v", tt.name, tt.pkg, tt.version, got, tt.want)
		}
	}
	advs := db.Advisories("Flask_Caching")
	if len(advs) != 1 || advs[0].ID != "PYSEC-2021-13" || !advs[0].Withdrawn {
		t.Errorf("flask-caching advisories = %+v, want withdrawn PYSEC-2021-13 kept in the data", advs)
	}
}

// TestMatchAliasMerge checks that records sharing an alias are one Match:
// distributed PYSEC-2021-871 and -872 share CVE-2021-42343; parlai
// PYSEC-2021-330 and -334 share only GHSA-m87f-9fvv-2mgg.
func TestMatchAliasMerge(t *testing.T) {
	db := loadDB(t)
	got := db.Match("distributed", ver(t, "2021.9.0"))
	want := []Match{{
		ID:       "PYSEC-2021-871",
		IDs:      []string{"PYSEC-2021-871", "PYSEC-2021-872"},
		Aliases:  []string{"CVE-2021-42343", "GHSA-hwqr-f3v9-hwxr", "GHSA-j8fq-86c5-5v2r"},
		Package:  "distributed",
		Severity: Severity{Label: LabelUnknown},
		Fixed:    []string{"2021.10.0"},
		URL:      "https://osv.dev/vulnerability/PYSEC-2021-871",
		Certain:  true,
	}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("distributed 2021.9.0:\n got %+v\nwant %+v", got, want)
	}
	parlai := db.Match("ParlAI", ver(t, "1.0.0"))
	if len(parlai) != 1 || !slices.Equal(parlai[0].IDs, []string{"PYSEC-2021-330", "PYSEC-2021-334"}) ||
		!slices.Equal(parlai[0].Aliases, []string{"CVE-2021-24040", "CVE-2021-39207", "GHSA-m87f-9fvv-2mgg", "GHSA-mwgj-7x7j-6966"}) {
		t.Errorf("parlai 1.0.0 = %+v", parlai)
	}
}

// TestMatchUnparsableEvents checks that the two records with non-PEP 440
// event values load and match conservatively, flagged as uncertain.
func TestMatchUnparsableEvents(t *testing.T) {
	db := loadDB(t)
	for _, tt := range []struct{ pkg, version, id, fixed string }{
		{"steam", "1.0", "PYSEC-2019-125", "2019-09-12"},
		{"binderhub", "0.1.0", "PYSEC-2021-371", "0.2.0-n653"},
	} {
		got := db.Match(tt.pkg, ver(t, tt.version))
		if len(got) != 1 || got[0].ID != tt.id || got[0].Certain || !slices.Equal(got[0].Fixed, []string{tt.fixed}) {
			t.Errorf("%s %s = %+v, want uncertain %s fixed %s", tt.pkg, tt.version, got, tt.id, tt.fixed)
		}
	}
}

// TestMatchDetails checks severities, notes and fixed lists on Flask-stack
// matches.
func TestMatchDetails(t *testing.T) {
	db := loadDB(t)
	got := db.Match("Werkzeug", ver(t, "3.0.0"))
	var summary []string
	for _, m := range got {
		summary = append(summary, m.ID+" "+string(m.Severity.Label)+" "+joinS(m.Fixed)+" "+joinS(m.Notes))
	}
	want := []string{
		"GHSA-2g68-c3qc-8985 unknown 3.0.3 debugger-only",
		"GHSA-29vq-49wr-vm6x unknown 3.1.6 windows-only",
		"GHSA-87hc-h4r5-73f7 unknown 3.1.5 windows-only",
		"GHSA-f9vj-2wh5-fj8j unknown 3.0.6 windows-only",
		"GHSA-hgf8-39gv-g3f2 unknown 3.1.4 windows-only",
		"GHSA-q34m-jh98-gwm2 unknown 3.0.6 ",
		"PYSEC-2023-221 high 2.3.8,3.0.1 ",
	}
	if !slices.Equal(summary, want) {
		t.Errorf("werkzeug 3.0.0:\n got %q\nwant %q", summary, want)
	}
	m := got[len(got)-1]
	if m.Severity.Score != 7.5 || m.Severity.Vector != "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H" {
		t.Errorf("PYSEC-2023-221 severity = %+v", m.Severity)
	}
	// Annotations reach snapshot records.
	old, _ := flatIDs(db.Match("werkzeug", ver(t, "0.15.0")))
	if !slices.Contains(old, "PYSEC-2019-140") {
		t.Fatalf("werkzeug 0.15.0 = %v", old)
	}
	for _, m := range db.Match("werkzeug", ver(t, "0.15.0")) {
		if m.ID == "PYSEC-2019-140" && !slices.Equal(m.Notes, []string{"debugger-only"}) {
			t.Errorf("PYSEC-2019-140 notes = %v", m.Notes)
		}
	}
}

func joinS(s []string) string {
	out := ""
	for i, x := range s {
		if i > 0 {
			out += ","
		}
		out += x
	}
	return out
}

func TestMatchRange(t *testing.T) {
	db := loadDB(t)
	tests := []struct {
		pkg, set string
		want     []string // "ID lowest-highest certain"
	}{
		{"flask", ">=2.2,<2.3", []string{"GHSA-68rp-wp8r-4726 2.2.0-2.2.5 false", "PYSEC-2023-62 2.2.0-2.2.4 false"}},
		{"flask", "~=2.3.0", []string{"GHSA-68rp-wp8r-4726 2.3.0-2.3.2 false", "PYSEC-2023-62 2.3.0-2.3.1 false"}},
		{"flask", ">=3.1.3", nil},
		{"jinja2", ">=3.1.5", []string{"GHSA-cpwx-vrp4-4pq7 3.1.5-3.1.5 false"}},
		// A pin is matched exactly and stays certain.
		{"flask", "==2.2.5", []string{"GHSA-68rp-wp8r-4726 - true"}},
		// No known version allowed: nothing to judge by.
		{"flask", ">=99", nil},
	}
	for _, tt := range tests {
		set, err := pep440.ParseSpecifierSet(tt.set)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, m := range db.MatchRange(tt.pkg, set, false) {
			got = append(got, m.ID+" "+m.LowestAffected+"-"+m.HighestAffected+" "+map[bool]string{true: "true", false: "false"}[m.Certain])
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("MatchRange(%s %s) = %q, want %q", tt.pkg, tt.set, got, tt.want)
		}
	}
}

func TestLowestFix(t *testing.T) {
	db := loadDB(t)
	tests := []struct {
		pkg, version, want string
		ok                 bool
	}{
		// 2.2.5 and 2.3.2 fix PYSEC-2023-62 but are inside GHSA-68rp (<3.1.3);
		// 3.1.1 fixes 4grg but not 68rp; 3.1.3 clears everything.
		{"flask", "2.2.0", "3.1.3", true},
		{"werkzeug", "2.2.0", "3.1.6", true},
		{"jinja2", "2.10", "3.1.6", true},
		{"pyyaml", "5.1", "5.4", true},
		// Not affected: v itself.
		{"flask", "3.1.3", "3.1.3", true},
		{"no-such-package", "1.0", "1.0", true},
		// flask-user's advisory has no fix.
		{"flask-user", "1.0", "", false},
	}
	for _, tt := range tests {
		got, ok := db.LowestFix(tt.pkg, ver(t, tt.version))
		if ok != tt.ok || got.String() != tt.want {
			t.Errorf("LowestFix(%s %s) = %q, %v; want %q, %v", tt.pkg, tt.version, got, ok, tt.want, tt.ok)
		}
	}
}

// syntheticRecords are OSV records written for TestLoadPathSemantics, one
// corner of the schema each.
var syntheticRecords = map[string]string{
	// GIT range first; the ECOSYSTEM range after it must still be read.
	"a/GIT-FIRST.json": `{"id":"GIT-FIRST","modified":"2024-01-02T00:00:00Z","affected":[{"package":{"name":"Demo_Pkg","ecosystem":"PyPI"},
		"ranges":[{"type":"GIT","repo":"https://example.invalid/r","events":[{"introduced":"0"},{"fixed":"abc123"}]},
		          {"type":"ECOSYSTEM","events":[{"introduced":"1.0"},{"fixed":"1.2"}]}]}]}`,
	// Events out of order, with last_affected and two windows.
	"b/UNSORTED.json": `{"id":"UNSORTED","modified":"2024-01-03T00:00:00.5Z","affected":[{"package":{"name":"demo.pkg","ecosystem":"PyPI"},
		"ranges":[{"type":"ECOSYSTEM","events":[{"last_affected":"3.0"},{"introduced":"2.5"},{"fixed":"0.5"},{"introduced":"0"}]}]}]}`,
	// A limit caps an open window.
	"c/LIMITED.json": `{"id":"LIMITED","modified":"2024-01-01T00:00:00Z","affected":[{"package":{"name":"demo-pkg","ecosystem":"PyPI"},
		"ranges":[{"type":"ECOSYSTEM","events":[{"introduced":"4.0"},{"limit":"4.5"}]}]}]}`,
	// Withdrawn: never reported, even though it covers every version.
	"WITHDRAWN.json": `{"id":"WITHDRAWN","withdrawn":"2024-02-01T00:00:00Z","aliases":["CVE-1"],"affected":[{"package":{"name":"demo-pkg","ecosystem":"PyPI"},
		"ranges":[{"type":"ECOSYSTEM","events":[{"introduced":"0"}]}]}]}`,
	// Three records joined transitively by aliases (M-3 and M-10 share
	// CVE-2, M-10 and M-20 share GHSA-x), with different severities.
	"merge/M-3.json": `{"id":"M-3","aliases":["CVE-2"],"severity":[{"type":"CVSS_V3","score":"CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H"}],
		"affected":[{"package":{"name":"merge-pkg","ecosystem":"PyPI"},"versions":["1.0"]}]}`,
	"merge/M-10.json": `{"id":"M-10","aliases":["CVE-2","GHSA-x"],"severity":[{"type":"CVSS_V3","score":"CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"}],
		"affected":[{"package":{"name":"merge-pkg","ecosystem":"PyPI"},"ranges":[{"type":"ECOSYSTEM","events":[{"introduced":"0"},{"fixed":"2.0"}]}]}]}`,
	"merge/M-20.json": `{"id":"M-20","aliases":["GHSA-x"],"affected":[{"package":{"name":"merge-pkg","ecosystem":"PyPI"},"versions":["1.8c1","1.0"]}]}`,
	// Another ecosystem's record is skipped.
	"npm.json":     `{"id":"NPM-1","affected":[{"package":{"name":"demo-pkg","ecosystem":"npm"},"versions":["1.0"]}]}`,
	"not-json.txt": `ignored`,
}

func writeRecords(t *testing.T, records map[string]string) string {
	t.Helper()
	root := t.TempDir()
	for name, body := range records {
		path := filepath.Join(root, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return root
}

func TestLoadPathSemantics(t *testing.T) {
	root := writeRecords(t, syntheticRecords)
	db, err := LoadPath(root)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		version string
		want    []string
	}{
		{"0.1", []string{"UNSORTED"}},
		{"0.5", nil},
		{"1.0", []string{"GIT-FIRST"}},
		{"1.1.9", []string{"GIT-FIRST"}},
		{"1.2", nil},
		{"2.5", []string{"UNSORTED"}},
		{"3.0", []string{"UNSORTED"}},
		{"3.0.post1", nil},
		{"4.4", []string{"LIMITED"}},
		{"4.5", nil},
	}
	for _, tt := range tests {
		got, _ := flatIDs(db.Match("DEMO_PKG", ver(t, tt.version)))
		if !slices.Equal(got, tt.want) {
			t.Errorf("demo-pkg %s = %v, want %v", tt.version, got, tt.want)
		}
	}
	merged := db.Match("merge-pkg", ver(t, "1.0"))
	want := []Match{{
		ID: "M-3", IDs: []string{"M-3", "M-10", "M-20"}, Aliases: []string{"CVE-2", "GHSA-x"}, Package: "merge-pkg",
		Severity: Severity{Vector: "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", Score: 9.8, Label: LabelCritical},
		Fixed:    []string{"2.0"}, URL: "https://osv.dev/vulnerability/M-3", Certain: true,
	}}
	if !reflect.DeepEqual(merged, want) {
		t.Errorf("merge-pkg 1.0:\n got %+v\nwant %+v", merged, want)
	}
	// 1.8rc1 hits M-10's range and M-20's "1.8c1" entry: still one match.
	if got := db.Match("merge-pkg", ver(t, "1.8rc1")); len(got) != 1 || !slices.Equal(got[0].IDs, []string{"M-10", "M-20"}) {
		t.Errorf("merge-pkg 1.8rc1 = %+v", got)
	}
	info := db.Info()
	// 8 JSON records (the npm one read and skipped); the curated
	// advisories are all added because the data lacks them.
	if info.Source != SourcePath || info.Path != root || info.Records != 8 || info.Curated != 13 ||
		info.Advisories != 20 || info.Newest != "2024-01-03T00:00:00.5Z" {
		t.Errorf("Info() = %+v", info)
	}
	if got := db.Packages(); !slices.Equal(got, []string{"demo-pkg", "flask", "jinja2", "merge-pkg", "werkzeug"}) {
		t.Errorf("Packages() = %v", got)
	}
}

func TestLoadPathErrors(t *testing.T) {
	if _, err := LoadPath(filepath.Join(t.TempDir(), "missing")); err == nil {
		t.Error("missing path accepted")
	}
	empty := writeRecords(t, map[string]string{"x.txt": "no records"})
	if _, err := LoadPath(empty); err == nil {
		t.Error("folder without records accepted")
	}
	bad := writeRecords(t, map[string]string{"bad.json": "{"})
	if _, err := LoadPath(bad); err == nil {
		t.Error("malformed record accepted")
	}
}
