package advisories

import (
	"slices"
	"strings"
	"testing"
)

// TestCuratedFacts pins every curated advisory to the row of
// shared/FLASK-FACTS.md "Known CVEs" it was written from, so an edit to
// curated.json that changes a fact fails here.
func TestCuratedFacts(t *testing.T) {
	want := []string{
		// package id alias introduced fixed notes
		"flask GHSA-4grg-w6v8-c28g CVE-2025-47278 3.1.0 3.1.1 -",
		"flask GHSA-68rp-wp8r-4726 CVE-2026-27205 0 3.1.3 -",
		"jinja2 GHSA-cpwx-vrp4-4pq7 CVE-2025-27516 0 3.1.6 sandbox-only",
		"jinja2 GHSA-gmj6-6f8f-6699 CVE-2024-56201 3.0.0 3.1.5 -",
		"jinja2 GHSA-h5c8-rqwp-cp95 CVE-2024-22195 0 3.1.3 -",
		"jinja2 GHSA-h75v-3vvj-5mfj CVE-2024-34064 0 3.1.4 -",
		"jinja2 GHSA-q2x7-8rv6-6q7h CVE-2024-56326 0 3.1.5 sandbox-only",
		"werkzeug GHSA-29vq-49wr-vm6x CVE-2026-27199 0 3.1.6 windows-only",
		"werkzeug GHSA-2g68-c3qc-8985 CVE-2024-34069 0 3.0.3 debugger-only",
		"werkzeug GHSA-87hc-h4r5-73f7 CVE-2026-21860 0 3.1.5 windows-only",
		"werkzeug GHSA-f9vj-2wh5-fj8j CVE-2024-49766 0 3.0.6 windows-only",
		"werkzeug GHSA-hgf8-39gv-g3f2 CVE-2025-66221 0 3.1.4 windows-only",
		"werkzeug GHSA-q34m-jh98-gwm2 CVE-2024-49767 2.0.0rc1 3.0.6 -",
	}
	db := loadDB(t)
	var got []string
	for _, pkg := range db.Packages() {
		for _, a := range db.Advisories(pkg) {
			if !a.Curated {
				continue
			}
			if len(a.Ranges) != 1 || len(a.Ranges[0].Events) != 2 || len(a.Aliases) != 1 || len(a.Versions) != 0 {
				t.Errorf("%s: unexpected shape %+v", a.ID, a)
				continue
			}
			ev := a.Ranges[0].Events
			notes := strings.Join(a.Notes, ",")
			if notes == "" {
				notes = "-"
			}
			got = append(got, strings.Join([]string{a.Package, a.ID, a.Aliases[0], ev[0].Introduced, ev[1].Fixed, notes}, " "))
		}
	}
	if !slices.Equal(got, want) {
		t.Errorf("curated advisories:\n got %q\nwant %q", got, want)
	}
}

// TestAnnotations checks the notes curated.json attaches to snapshot
// records, found by their CVE alias.
func TestAnnotations(t *testing.T) {
	db := loadDB(t)
	want := map[string]string{
		"PYSEC-2017-43":  "debugger-only",   // CVE-2016-10516, XSS in the debugger traceback page
		"PYSEC-2019-140": "debugger-only",   // CVE-2019-14806, predictable debugger PIN
		"PYSEC-2022-203": "dev-server-only", // CVE-2022-29361, smuggling in the dev server
		"PYSEC-2019-220": "sandbox-only",    // CVE-2016-10745, sandbox escape
		"PYSEC-2019-217": "sandbox-only",    // CVE-2019-10906, sandbox escape
	}
	got := map[string]string{}
	for _, pkg := range db.Packages() {
		for _, a := range db.Advisories(pkg) {
			if !a.Curated && len(a.Notes) > 0 {
				got[a.ID] = strings.Join(a.Notes, ",")
			}
		}
	}
	if len(got) != len(want) {
		t.Errorf("annotated records = %v, want %v", got, want)
	}
	for id, notes := range want {
		if got[id] != notes {
			t.Errorf("%s notes = %q, want %q", id, got[id], notes)
		}
	}
}
