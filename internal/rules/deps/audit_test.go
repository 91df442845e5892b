package deps

import (
	"testing"
	"time"

	"github.com/flaskguard/flaskguard/internal/advisories"
	"github.com/flaskguard/flaskguard/internal/finding"
	"github.com/flaskguard/flaskguard/internal/manifest"
	"github.com/flaskguard/flaskguard/internal/rules/rule"
)

func TestRate(t *testing.T) {
	sev := func(label advisories.Label, score float64) advisories.Severity {
		return advisories.Severity{Label: label, Score: score}
	}
	cases := []struct {
		m    advisories.Match
		sev  finding.Severity
		text string
	}{
		{advisories.Match{Severity: sev(advisories.LabelUnknown, 0)}, finding.Medium, "severity unknown (counted as medium)"},
		{advisories.Match{Severity: sev(advisories.LabelCritical, 9.8)}, finding.Critical, "critical (CVSS 9.8)"},
		{advisories.Match{Severity: sev(advisories.LabelHigh, 7.5), Notes: []string{"windows-only"}}, finding.Medium,
			"high (CVSS 7.5), lowered to medium: windows-only, exploitable only on Windows"},
		{advisories.Match{Severity: sev(advisories.LabelUnknown, 0), Notes: []string{"debugger-only"}}, finding.Low,
			"severity unknown (counted as medium), lowered to low: debugger-only, exploitable only while the Werkzeug debugger is on"},
		// Low cannot go lower; the note is still said.
		{advisories.Match{Severity: sev(advisories.LabelLow, 3.1), Notes: []string{"sandbox-only"}}, finding.Low,
			"low (CVSS 3.1); sandbox-only, exploitable only where untrusted templates run in Jinja's sandbox"},
		// A note the rule does not know neither lowers nor shows.
		{advisories.Match{Severity: sev(advisories.LabelMedium, 5.3), Notes: []string{"mystery"}}, finding.Medium, "medium (CVSS 5.3)"},
	}
	for _, c := range cases {
		r := rate(c.m)
		if r.sev != c.sev || r.text != c.text {
			t.Errorf("rate(%+v) = %s %q, want %s %q", c.m.Severity, r.sev, r.text, c.sev, c.text)
		}
	}
}

func TestLowerBoundOnly(t *testing.T) {
	for spec, want := range map[string]bool{
		"": true, ">=2.0": true, ">2,!=2.1.0": true, ">=1||<2": true,
		"~=3.1": false, "<4": false, "==3.1.*": false, ">=2,<3": false, "==2.0": false, "<2||<3": false,
		"not a specifier": false,
	} {
		if got := lowerBoundOnly(spec); got != want {
			t.Errorf("lowerBoundOnly(%q) = %v, want %v", spec, got, want)
		}
	}
}

func TestExcludesLine(t *testing.T) {
	cases := []struct {
		spec     string
		major    uint64
		excluded bool
	}{
		{"<3", 2, true},
		{"<3.0.0", 2, true},
		{">=2.2,<3.0.0", 2, true},
		{"~=3.0.0", 3, true},
		{"==3.0.*", 3, true},
		{"<3.1", 3, true},
		{">=2.2,<3.0.0||>=1.0,<2.0", 2, true},
		{"<3.1.2", 0, false},
		{">=3.0", 0, false},
		{"", 0, false},
		{">=3.0,<3.2", 0, false},
	}
	for _, c := range cases {
		major, excluded := excludesLine(c.spec, "3.1")
		if major != c.major || excluded != c.excluded {
			t.Errorf("excludesLine(%q) = %d %v, want %d %v", c.spec, major, excluded, c.major, c.excluded)
		}
	}
}

func TestDataLabel(t *testing.T) {
	cases := []struct {
		info advisories.Info
		want string
	}{
		{advisories.Info{Source: advisories.SourceEmbedded, Newest: "2024-10-10T17:22:00.587279Z", Curated: 13},
			"embedded snapshot 2024-10-10 + curated"},
		{advisories.Info{Source: advisories.SourceCache, Fetched: time.Date(2026, 3, 1, 23, 0, 0, 0, time.UTC)},
			"OSV export fetched 2026-03-01"},
		{advisories.Info{Source: advisories.SourcePath, Path: "/srv/osv.zip", Newest: "bogus", Curated: 2},
			"OSV records from /srv/osv.zip, newest unknown date + curated"},
	}
	for _, c := range cases {
		if got := DataLabel(c.info); got != c.want {
			t.Errorf("DataLabel(%+v) = %q, want %q", c.info, got, c.want)
		}
	}
}

// TestMessage pins the block users read, for a lockfile entry that stands
// in for a manifest range and for a range on its own.
func TestMessage(t *testing.T) {
	db, err := advisories.Load()
	if err != nil {
		t.Fatal(err)
	}
	locked := manifest.Requirement{Name: "flask", Normalized: "flask", Version: "2.2.0", Specifier: "==2.2.0", Locked: true,
		Loc: finding.Location{Path: "poetry.lock", StartLine: 4}}
	declared := manifest.Requirement{Name: "flask", Normalized: "flask", Specifier: ">=2.2,<3.0.0",
		Loc: finding.Location{Path: "pyproject.toml", StartLine: 9}}
	d := &rule.Deps{Resolution: manifest.Resolution{Effective: []manifest.Requirement{locked},
		Shadowed: []manifest.Shadow{{Requirement: declared, By: locked}}}}
	v, ok := audit(db, locked)
	if !ok {
		t.Fatal("flask 2.2.0 not affected")
	}
	want := `flask 2.2.0 is affected by 2 known vulnerabilities; upgrade to 3.1.3
version: 2.2.0, locked in poetry.lock; declared in pyproject.toml:9 as >=2.2,<3.0.0
severity: medium, the highest of the advisories below
advisories:
  GHSA-68rp-wp8r-4726 (CVE-2026-27205): severity unknown (counted as medium); fixed in 3.1.3
  PYSEC-2023-62 (CVE-2023-30861, GHSA-m2qf-hxjv-5gpq): severity unknown (counted as medium); fixed in 2.2.5, 2.3.2
fixed version: 3.1.3, the lowest that clears every advisory above`
	if got := v.message(declaredBy(d, locked)); got != want {
		t.Errorf("message:\n%s\nwant:\n%s", got, want)
	}
	if v.severity() != finding.Medium || v.confidence() != finding.HighConfidence {
		t.Errorf("severity %s confidence %s, want medium high", v.severity(), v.confidence())
	}

	rng := manifest.Requirement{Name: "Werkzeug", Normalized: "werkzeug", Specifier: ">=3.0,<3.1",
		Loc: finding.Location{Path: "requirements.txt", StartLine: 2}}
	v, ok = audit(db, rng)
	if !ok {
		t.Fatal("werkzeug >=3.0,<3.1 not affected")
	}
	want = `Werkzeug >=3.0,<3.1 allows versions affected by 7 known vulnerabilities; 3.1.6 is the lowest version clear of all of them, and the range excludes it
range: >=3.0,<3.1 in requirements.txt; it may be affected: it allows affected versions from 3.0.0 to 3.0.6
severity: medium (the advisories below reach high; lowered one step because the range may install a fixed version)
advisories:
  GHSA-2g68-c3qc-8985 (CVE-2024-34069): severity unknown (counted as medium), lowered to low: debugger-only, exploitable only while the Werkzeug debugger is on; fixed in 3.0.3
  GHSA-29vq-49wr-vm6x (CVE-2026-27199): severity unknown (counted as medium), lowered to low: windows-only, exploitable only on Windows; fixed in 3.1.6
  GHSA-87hc-h4r5-73f7 (CVE-2026-21860): severity unknown (counted as medium), lowered to low: windows-only, exploitable only on Windows; fixed in 3.1.5
  GHSA-f9vj-2wh5-fj8j (CVE-2024-49766): severity unknown (counted as medium), lowered to low: windows-only, exploitable only on Windows; fixed in 3.0.6
  GHSA-hgf8-39gv-g3f2 (CVE-2025-66221): severity unknown (counted as medium), lowered to low: windows-only, exploitable only on Windows; fixed in 3.1.4
  GHSA-q34m-jh98-gwm2 (CVE-2024-49767): severity unknown (counted as medium); fixed in 3.0.6
  PYSEC-2023-221 (CVE-2023-46136, GHSA-hrfv-mqp8-q5rw): high (CVSS 7.5); fixed in 2.3.8, 3.0.1
fixed version: 3.1.6, the lowest that clears every advisory above`
	if got := v.message(nil); got != want {
		t.Errorf("message:\n%s\nwant:\n%s", got, want)
	}
	if v.severity() != finding.Medium || v.confidence() != finding.LowConfidence {
		t.Errorf("severity %s confidence %s, want medium low", v.severity(), v.confidence())
	}
}

// A requirement without a version, or with only a URL, is not matched.
func TestAuditSkipsWhatItCannotJudge(t *testing.T) {
	db, err := advisories.Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range []manifest.Requirement{
		{Name: "flask", Normalized: "flask"},
		{Name: "flask", Normalized: "flask", URL: "git+https://github.com/pallets/flask@2.2.0"},
		{Name: "flask", Normalized: "flask", Specifier: ">=3.1.3"},
		{Name: "flask-caching", Normalized: "flask-caching", Version: "1.10.1"}, // withdrawn advisory only
	} {
		if _, ok := audit(db, r); ok {
			t.Errorf("audit(%+v) reported", r)
		}
	}
}
