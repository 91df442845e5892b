package suppress

import (
	"reflect"
	"testing"
	"time"

	"github.com/flaskguard/flaskguard/internal/finding"
)

// cfgDiag builds an expected diagnostic pointing at a config origin line.
func cfgDiag(kind finding.DiagnosticKind, path string, line int, rule, msg string) finding.Diagnostic {
	return finding.Diagnostic{Kind: kind, RuleID: rule, Message: msg,
		Location: finding.Location{Path: path, StartLine: line, EndLine: line}}
}

func day(y int, m time.Month, d int) *time.Time {
	t := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	return &t
}

func TestApplyConfig(t *testing.T) {
	until := day(2026, time.March, 10)
	lastSecond := time.Date(2026, time.March, 10, 23, 59, 59, 999999999, time.UTC)
	nextDay := time.Date(2026, time.March, 11, 0, 0, 0, 0, time.UTC)
	expiring := []Ignore{{ID: "FG0301", Reason: "until the rewrite", Until: until, Origin: "flaskguard.toml:5"}}
	tests := []applyCase{{
		name: "path glob limits the ignore",
		findings: []finding.Finding{fnd("FG0201", "tests/test_app.py", 3, 3), fnd("FG0201", "app.py", 3, 3),
			fnd("FG0201", "tests/unit/test_x.py", 1, 1), fnd("FG0301", "tests/test_app.py", 3, 3)},
		ignores: []Ignore{{ID: "FG0201", Path: "tests/**", Reason: "test keys", Origin: "flaskguard.toml:7"}},
		want:    []*finding.Suppression{sup(KindConfig, "test keys"), nil, sup(KindConfig, "test keys"), nil},
	}, {
		name: "star ID and a basename pattern",
		findings: []finding.Finding{fnd("FG0201", "a/b/conftest.py", 1, 1), fnd("FG0301", "conftest.py", 2, 2),
			fnd("FG0301", "conftest_py.py", 2, 2)},
		ignores: []Ignore{{ID: "*", Path: "conftest.py", Reason: "fixtures", Origin: "pyproject.toml:40"}},
		want:    []*finding.Suppression{sup(KindConfig, "fixtures"), sup(KindConfig, "fixtures"), nil},
	}, {
		name:     "the first matching ignore gives the reason; later ones count as used",
		findings: []finding.Finding{fnd("FG0201", "tests/a.py", 1, 1)},
		ignores: []Ignore{{ID: "FG0201", Path: "tests", Reason: "first", Origin: "flaskguard.toml:1"},
			{ID: "fg0201", Reason: "second", Origin: "flaskguard.toml:5"}},
		want: []*finding.Suppression{sup(KindConfig, "first")},
	}, {
		name:     "inline directive wins over a config ignore, which is still used",
		files:    map[string]string{"app.py": "app.run(debug=True)  # nosec -- dev\n"},
		findings: []finding.Finding{fnd("FG0301", "app.py", 1, 1)},
		ignores:  []Ignore{{ID: "FG0301", Reason: "everywhere", Origin: "flaskguard.toml:3"}},
		want:     []*finding.Suppression{sup(KindNosec, "dev")},
	}, {
		name:     "unused ignore is reported at its origin",
		findings: []finding.Finding{fnd("FG0301", "legacy/sub/x.py", 1, 1)},
		ignores: []Ignore{{ID: "FG0301", Path: "legacy/*.py", Reason: "old", Origin: "flaskguard.toml:12"},
			{ID: "*", Reason: "noisy", Origin: "pyproject.toml:31"}},
		want: []*finding.Suppression{sup(KindConfig, "noisy")},
		wantDiags: []finding.Diagnostic{cfgDiag(finding.UnusedSuppression, "flaskguard.toml", 12, "FG0301",
			`unused suppression: ignore FG0301 for "legacy/*.py" matched no finding (flaskguard.toml:12)`)},
	}, {
		name:     "until today still applies at the last instant of the day",
		findings: []finding.Finding{fnd("FG0301", "app.py", 1, 1)},
		ignores:  expiring,
		opt:      Options{Now: lastSecond},
		want:     []*finding.Suppression{sup(KindConfig, "until the rewrite")},
	}, {
		name:     "from the next day on the ignore has expired",
		findings: []finding.Finding{fnd("FG0301", "app.py", 1, 1)},
		ignores:  expiring,
		opt:      Options{Now: nextDay},
		want:     []*finding.Suppression{nil},
		wantDiags: []finding.Diagnostic{cfgDiag(finding.ExpiredSuppression, "flaskguard.toml", 5, "FG0301",
			"ignore FG0301 everywhere expired after 2026-03-10 and no longer suppresses anything (flaskguard.toml:5)")},
	}, {
		name:    "an expired ignore that would match nothing is reported once, as expired",
		ignores: expiring,
		opt:     Options{Now: nextDay.AddDate(1, 0, 0)},
		wantDiags: []finding.Diagnostic{cfgDiag(finding.ExpiredSuppression, "flaskguard.toml", 5, "FG0301",
			"ignore FG0301 everywhere expired after 2026-03-10 and no longer suppresses anything (flaskguard.toml:5)")},
	}, {
		name:     "zero Now lets nothing expire",
		findings: []finding.Finding{fnd("FG0301", "app.py", 1, 1)},
		ignores:  expiring,
		want:     []*finding.Suppression{sup(KindConfig, "until the rewrite")},
	}, {
		name:     "bad ignores warn and do not suppress",
		findings: []finding.Finding{fnd("FG0301", "app.py", 1, 1)},
		ignores: []Ignore{
			{ID: "", Reason: "typo in key", Origin: "flaskguard.toml:2"},
			{ID: "FG0301", Path: "src/[.py", Reason: "bad glob", Origin: "flaskguard.toml:6"},
			{ID: "FG9999", Reason: "gone", Origin: "flaskguard.toml:10"},
			{ID: "FG0301", Origin: "flaskguard.toml:14"},
			{ID: "*", Path: "nothing/**", Reason: "r", Origin: "--ignore"},
		},
		opt:  Options{RequireReason: true, KnownRules: func(id string) bool { return id == "FG0301" }},
		want: []*finding.Suppression{nil},
		wantDiags: []finding.Diagnostic{
			{Kind: finding.UnusedSuppression, Location: finding.Location{Path: "--ignore"},
				Message: `unused suppression: ignore * for "nothing/**" matched no finding (--ignore)`},
			cfgDiag(finding.ConfigWarning, "flaskguard.toml", 2, "",
				`ignore has no rule ID (use "*" for every rule) (flaskguard.toml:2)`),
			cfgDiag(finding.ConfigWarning, "flaskguard.toml", 6, "FG0301",
				`ignore has an invalid path: path pattern "src/[.py": syntax error in pattern (flaskguard.toml:6)`),
			cfgDiag(finding.ConfigWarning, "flaskguard.toml", 10, "FG9999",
				"unknown rule ID in suppression: FG9999 (flaskguard.toml:10)"),
			cfgDiag(finding.ConfigWarning, "flaskguard.toml", 14, "FG0301",
				"suppression needs a reason: ignore FG0301 everywhere has none (flaskguard.toml:14)"),
		},
	}}
	for _, tc := range tests {
		t.Run(tc.name, tc.run)
	}
}

func TestExpired(t *testing.T) {
	sydney := time.FixedZone("AEST", 10*3600)
	untilSydney := time.Date(2026, time.March, 10, 0, 0, 0, 0, sydney)
	untilUTC := *day(2026, time.March, 10)
	tests := []struct {
		name       string
		until, now time.Time
		want       bool
	}{
		{"day before", untilUTC, time.Date(2026, time.March, 9, 12, 0, 0, 0, time.UTC), false},
		{"start of the day", untilUTC, untilUTC, false},
		{"last instant of the day", untilUTC, time.Date(2026, time.March, 10, 23, 59, 59, 999999999, time.UTC), false},
		{"next midnight", untilUTC, time.Date(2026, time.March, 11, 0, 0, 0, 0, time.UTC), true},
		// The day is the until date's own day: in Sydney, 14:00 UTC on
		// March 10 is already March 11.
		{"until's own zone, still the day", untilSydney, time.Date(2026, time.March, 10, 13, 59, 59, 0, time.UTC), false},
		{"until's own zone, next day", untilSydney, time.Date(2026, time.March, 10, 14, 0, 0, 0, time.UTC), true},
		{"zero now", untilUTC, time.Time{}, false},
	}
	for _, tt := range tests {
		if got := expired(tt.until, tt.now); got != tt.want {
			t.Errorf("%s: expired(%v, %v) = %v, want %v", tt.name, tt.until, tt.now, got, tt.want)
		}
	}
}

func TestOriginLocation(t *testing.T) {
	tests := map[string]finding.Location{
		"flaskguard.toml:12":     {Path: "flaskguard.toml", StartLine: 12, EndLine: 12},
		"conf/a:b.toml:3":        {Path: "conf/a:b.toml", StartLine: 3, EndLine: 3},
		"pyproject.toml":         {Path: "pyproject.toml"},
		"pyproject.toml:":        {Path: "pyproject.toml:"},
		"--ignore FG0301=tests/": {Path: "--ignore FG0301=tests/"},
		"":                       {},
	}
	for origin, want := range tests {
		if got := originLocation(origin); got != want {
			t.Errorf("originLocation(%q) = %+v, want %+v", origin, got, want)
		}
	}
}

// TestApplyDeterministic runs Apply many times over the same input, whose
// maps Go iterates in a different order each time, and expects the same
// sorted diagnostics every time.
func TestApplyDeterministic(t *testing.T) {
	files := map[string]string{
		"b.py":        "x = 1  # nosec\n# flaskguard: ignore[FG0301,FG0201] -- r\ny = 2\n",
		"a.py":        "z = 3  # flaskguard: ignore -- r\n",
		"pkg/c.py":    "# nosec FG0601\n\nw = 4\n",
		"pkg/conf.py": "q = 5  # flaskguard: ignor\n",
	}
	ignores := []Ignore{
		{ID: "FG0301", Path: "none/**", Reason: "r", Origin: "flaskguard.toml:9"},
		{ID: "FG0201", Reason: "r", Until: day(2020, time.January, 1), Origin: "flaskguard.toml:3"},
	}
	want := []finding.Diagnostic{
		diag(finding.UnusedSuppression, "a.py", 1, 8, 33, "", `unused suppression: "# flaskguard: ignore" matched no finding`),
		diag(finding.UnusedSuppression, "b.py", 1, 8, 15, "", `unused suppression: "# nosec" matched no finding`),
		diag(finding.UnusedSuppression, "b.py", 2, 1, 41, "FG0201",
			`unused suppression: FG0201 in "# flaskguard: ignore[FG0301, FG0201]" matched no finding`),
		cfgDiag(finding.ExpiredSuppression, "flaskguard.toml", 3, "FG0201",
			"ignore FG0201 everywhere expired after 2020-01-01 and no longer suppresses anything (flaskguard.toml:3)"),
		cfgDiag(finding.UnusedSuppression, "flaskguard.toml", 9, "FG0301",
			`unused suppression: ignore FG0301 for "none/**" matched no finding (flaskguard.toml:9)`),
		diag(finding.UnusedSuppression, "pkg/c.py", 1, 1, 15, "FG0601", `unused suppression: "# nosec FG0601" matched no finding`),
		diag(finding.ConfigWarning, "pkg/conf.py", 1, 8, 27, "",
			`unknown flaskguard directive (want "flaskguard: ignore[ID] -- reason")`),
	}
	for i := range 20 {
		findings := []finding.Finding{fnd("FG0301", "b.py", 3, 3), fnd("FG0201", "x.py", 1, 1)}
		tc := applyCase{
			files: files, findings: findings, ignores: ignores,
			opt:       Options{Now: time.Date(2026, time.January, 1, 0, 0, 0, 0, time.UTC)},
			want:      []*finding.Suppression{sup(KindInline, "r"), nil},
			wantDiags: want,
		}
		tc.run(t)
		if t.Failed() {
			t.Fatalf("run %d differs", i)
		}
	}
}

func TestApplyNoInput(t *testing.T) {
	if got := Apply(nil, nil, nil, Options{}); got != nil {
		t.Errorf("Apply(nil...) = %+v, want nil", got)
	}
	if !reflect.DeepEqual(Apply([]finding.Finding{fnd("FG0301", "a.py", 1, 1)}, nil, nil, Options{}), []finding.Diagnostic(nil)) {
		t.Error("Apply with no suppressions returned diagnostics")
	}
}
