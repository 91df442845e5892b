package report_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/flaskguard/flaskguard/internal/finding"
)

// srcDir holds the source files that the fixture's findings point into, so
// that code frames, snippets and UTF-16 columns come from real files.
const srcDir = "testdata/src"

// readSource is the Options.Source of the tests: it reads fixture files by
// their Result-relative path. Files that are not there (requirements.txt)
// exercise the writers' fallback when source is unavailable.
func readSource(path string) ([]byte, error) {
	return os.ReadFile(filepath.Join(srcDir, filepath.FromSlash(path)))
}

// locator computes locations from the fixture sources by searching for text,
// so that the fixture cannot drift from the files it describes.
type locator struct {
	t     *testing.T
	lines map[string][]string
}

func newLocator(t *testing.T) *locator {
	return &locator{t: t, lines: map[string][]string{}}
}

func (l *locator) line(path string, n int) string {
	l.t.Helper()
	if _, ok := l.lines[path]; !ok {
		data, err := readSource(path)
		if err != nil {
			l.t.Fatalf("fixture source: %v", err)
		}
		l.lines[path] = strings.Split(string(data), "\n")
	}
	return l.lines[path][n-1]
}

// col returns the 1-based byte column of needle on line n, and the column
// just past it.
func (l *locator) col(path string, n int, needle string) (start, end int) {
	l.t.Helper()
	i := strings.Index(l.line(path, n), needle)
	if i < 0 {
		l.t.Fatalf("fixture: %q not on %s:%d", needle, path, n)
	}
	return i + 1, i + 1 + len(needle)
}

// at is the location of needle on line n.
func (l *locator) at(path string, n int, needle string) finding.Location {
	l.t.Helper()
	s, e := l.col(path, n, needle)
	return finding.Location{Path: path, StartLine: n, StartCol: s, EndLine: n, EndCol: e}
}

// span runs from the start of first on line a to the end of last on line b.
func (l *locator) span(path string, a int, first string, b int, last string) finding.Location {
	l.t.Helper()
	s, _ := l.col(path, a, first)
	_, e := l.col(path, b, last)
	return finding.Location{Path: path, StartLine: a, StartCol: s, EndLine: b, EndCol: e}
}

// fixtureRules is what the rule registry would describe. FG0101 is missing
// on purpose: the SARIF writer must still give its result a descriptor.
var fixtureRules = []finding.RuleInfo{
	{ID: "FG1401", Name: "dev-server-exposed", Practice: 14, CWE: 319, Severity: finding.Medium,
		Confidence: finding.MediumConfidence, Summary: "The development server listens on all interfaces without TLS."},
	{ID: "FG0201", Name: "secret-key-hardcoded", Practice: 2, CWE: 798, Severity: finding.Critical,
		Confidence: finding.HighConfidence, Summary: "SECRET_KEY is a literal in the source.",
		HelpURI: "https://flaskguard.dev/rules/FG0201"},
	{ID: "FG0403", Name: "session-cookie-samesite-unset", Practice: 4, CWE: 1275, Severity: finding.Info,
		Confidence: finding.MediumConfidence, Summary: "SESSION_COOKIE_SAMESITE is left to the browser's default."},
	{ID: "FG0301", Name: "flask-debug-enabled", Practice: 3, CWE: 94, Severity: finding.High,
		Confidence: finding.HighConfidence, Summary: "app.run(debug=True) exposes the Werkzeug debugger.",
		HelpURI: "https://flaskguard.dev/rules/FG0301"},
	{ID: "FG0603", Name: "template-injection", Practice: 6, CWE: 1336, Severity: finding.High,
		Confidence: finding.MediumConfidence, Summary: "Request data reaches a template string."},
	{ID: "FG0604", Name: "xss-markup", Practice: 6, CWE: 79, Severity: finding.Medium,
		Confidence: finding.MediumConfidence, Summary: "Request data is marked safe."},
	{ID: "FG0701", Name: "sql-injection", Practice: 7, CWE: 89, Severity: finding.Critical,
		Confidence: finding.HighConfidence, Summary: "Request data reaches a SQL string."},
	// A relative help URI: SARIF requires an absolute one, so it is dropped there.
	{ID: "FG0801", Name: "security-headers-missing", Practice: 8, CWE: 693, Severity: finding.Low,
		Confidence: finding.LowConfidence, Summary: "No security headers are set on responses.",
		HelpURI: "docs/rules/FG0801.md"},
	{ID: "FG0902", Name: "password-hash-fast", Practice: 9, CWE: 916, Severity: finding.High,
		Confidence: finding.HighConfidence, Summary: "Passwords are hashed with a fast hash."},
}

// fixture builds the Result that the golden files render: every severity, a
// taint trace, a multi-line span in a tab-indented file, a span
// after multi-byte characters, a whole-file finding, a finding in a file the
// Source cannot read, a rule missing from Rules, inline and config
// suppressions, one diagnostic of each common kind, and scorecard evidence
// that makes practices pass (5, 12) or sits beside findings (8). Findings and
// evidence are given out of order; the writers must sort.
func fixture(t *testing.T) *finding.Result {
	l := newLocator(t)
	const app, profile = "app.py", "views/profile.py"
	fp := func(rule string, loc finding.Location) string {
		text := "" // a whole-file finding has no span to hash
		if loc.StartLine > 0 {
			text = l.line(loc.Path, loc.StartLine)
		}
		return finding.Fingerprint(rule, loc.Path, text, 0)
	}
	mk := func(rule string, sev finding.Severity, conf finding.Confidence, loc finding.Location, msg, fix string) finding.Finding {
		for _, ri := range fixtureRules {
			if ri.ID == rule {
				return finding.Finding{RuleID: rule, RuleName: ri.Name, Practice: ri.Practice, CWE: ri.CWE,
					Severity: sev, Confidence: conf, Location: loc, Message: msg, Fix: fix, Fingerprint: fp(rule, loc)}
			}
		}
		t.Fatalf("fixture: no rule %s", rule)
		return finding.Finding{}
	}

	debug := mk("FG0301", finding.High, finding.HighConfidence, l.at(app, 19, "debug=True"),
		"The Flask development server runs with the debugger on: anyone who reaches it can run code.",
		"Remove debug=True; set FLASK_DEBUG only in a local .flaskenv.")
	sqli := mk("FG0701", finding.Critical, finding.HighConfidence, l.at(app, 14, "cur.execute(query)"),
		"Request data is concatenated into SQL passed to cursor.execute.",
		"Pass the value as a parameter: cur.execute(\"... WHERE name = ?\", (q,)).")
	sqli.Trace = []finding.Step{
		{Location: l.at(app, 11, `request.args["q"]`), Note: `request.args["q"] (source)`},
		{Location: l.at(app, 12, "query"), Note: "query = \"SELECT ...\" + q + \"'\""},
		{Location: l.at(app, 14, "cur.execute(query)"), Note: "cursor.execute (sink)"},
	}
	exposed := mk("FG1401", finding.Medium, finding.MediumConfidence, l.at(app, 19, `host="0.0.0.0"`),
		"The development server listens on every interface without TLS.", "")
	exposed.Suppressed = &finding.Suppression{Kind: "inline", Reason: "dev server only, behind the VPN"}
	ssti := mk("FG0603", finding.High, finding.MediumConfidence,
		l.span(profile, 8, "render_template_string(", 10, ")"),
		"Request data is concatenated into a template string rendered by render_template_string.",
		"Render a template file and pass name as a variable.")
	ssti.Trace = []finding.Step{
		{Location: l.at(profile, 7, `request.args.get("name", DEFAULT)`), Note: "request.args.get (source)"},
		{Location: l.at(profile, 9, "name"), Note: "\"<h1>Hello \" + name"},
		{Location: l.span(profile, 8, "render_template_string(", 10, ")"), Note: "render_template_string (sink)"},
	}
	banner := mk("FG0603", finding.High, finding.MediumConfidence,
		l.at(profile, 14, `render_template_string(msg + request.args["x"])`),
		"Request data is concatenated into a template string rendered by render_template_string.", "")
	secret := mk("FG0201", finding.Critical, finding.HighConfidence, l.at(app, 6, `"dev"`),
		"SECRET_KEY is the literal \"dev\": anyone can forge session cookies.",
		"Read it from the environment: app.config[\"SECRET_KEY\"] = os.environ[\"SECRET_KEY\"].")
	headers := mk("FG0801", finding.Low, finding.LowConfidence, finding.Location{Path: app},
		"No response sets Content-Security-Policy, X-Content-Type-Options or X-Frame-Options.",
		"Add Flask-Talisman or an after_request hook that sets them.")
	pin := finding.Finding{RuleID: "FG0101", RuleName: "flask-outdated", Practice: 1, CWE: 1104,
		Severity: finding.Medium, Confidence: finding.HighConfidence,
		Location: finding.Location{Path: "requirements.txt", StartLine: 3, StartCol: 1, EndLine: 3, EndCol: 14},
		Message:  "flask==0.12.2 is past end of life and has known vulnerabilities (CVE-2018-1000656).",
		Fix:      "Upgrade to Flask 3.1 or later.", Fingerprint: finding.Fingerprint("FG0101", "requirements.txt", "flask==0.12.2", 0)}
	lookalike := mk("FG0201", finding.Low, finding.LowConfidence, l.at(profile, 3, `"wörld"`),
		"A string literal assigned to a module constant may be a secret.", "")
	lookalike.Suppressed = &finding.Suppression{Kind: "config", Reason: "a greeting, not a secret"}
	samesite := mk("FG0403", finding.Info, finding.MediumConfidence, l.at(app, 5, "Flask(__name__)"),
		"SESSION_COOKIE_SAMESITE is not set, so each browser applies its own default.",
		"Set SESSION_COOKIE_SAMESITE=\"Lax\".")
	// Evidence points into files the Source need not have: it is never framed.
	ev := func(practice int, path string, line int, rule, msg string) finding.Evidence {
		return finding.Evidence{Practice: practice, RuleID: rule, Message: msg,
			Location: finding.Location{Path: path, StartLine: line, StartCol: 1, EndLine: line, EndCol: 2}}
	}

	return &finding.Result{
		Tool:     "flaskguard",
		Version:  "1.0.0-test",
		Root:     "/home/dev/shop",
		Rules:    append([]finding.RuleInfo(nil), fixtureRules...),
		Findings: []finding.Finding{debug, sqli, pin, exposed, ssti, samesite, headers, banner, secret, lookalike},
		Evidence: []finding.Evidence{
			ev(12, "templates/base.html", 6, "FG1201", "the policy has no 'unsafe-eval'"),
			ev(5, "csrf.py", 4, "FG0501", "CSRFProtect(app) covers 14 of 15 POST routes"),
			ev(12, "templates/base.html", 4, "FG1201", "templates/base.html sets a Content-Security-Policy in a meta tag"),
			ev(8, "hooks.py", 7, "FG0802", "an after_request hook sets Referrer-Policy"),
			ev(12, "templates/base.html", 5, "FG1201", "the policy has no 'unsafe-inline'"),
			ev(5, "csrf.py", 9, "FG0502", "WTF_CSRF_ENABLED is not switched off"),
			ev(12, "templates/base.html", 7, "FG1201", "frame-ancestors is 'none'"),
		},
		Diagnostics: []finding.Diagnostic{
			{Kind: finding.UnusedSuppression, Location: finding.Location{Path: ".flaskguard.toml", StartLine: 12, StartCol: 1},
				Message: "ignore entry matched no finding", RuleID: "FG0902"},
			{Kind: finding.ParseError, Location: finding.Location{Path: "legacy/broken.py", StartLine: 4, StartCol: 9, EndLine: 4, EndCol: 10},
				Message: "unexpected indent"},
			{Kind: finding.SkippedFile, Location: finding.Location{Path: "data/fixtures.py"},
				Message: "file is larger than 1 MiB"},
			{Kind: finding.InternalError, Location: finding.Location{Path: profile},
				Message: "rule panicked: index out of range [3] with length 3", RuleID: "FG0604"},
			{Kind: finding.ConfigWarning, Message: "unknown key tool.flaskguard.exlude (did you mean exclude?)"},
		},
		Stats: finding.Stats{Files: 6, PythonFiles: 4, Lines: 212, Bytes: 6843,
			ReadNanos: 1_200_000, ParseNanos: 3_400_000, AnalyzeNanos: 5_600_000, TotalNanos: 10_500_000},
	}
}

// emptyFixture is a clean scan: nothing active, one suppressed finding, a
// relative root (so SARIF leaves %SRCROOT% for the consumer to bind), and no
// rules listed.
func emptyFixture() *finding.Result {
	return &finding.Result{
		Tool: "flaskguard", Version: "1.0.0-test", Root: ".",
		Findings: []finding.Finding{{
			RuleID: "FG0301", RuleName: "flask-debug-enabled", Practice: 3, CWE: 94,
			Severity: finding.High, Confidence: finding.HighConfidence,
			Location:    finding.Location{Path: "manage.py", StartLine: 9, StartCol: 5, EndLine: 9, EndCol: 24},
			Message:     "The Flask development server runs with the debugger on.",
			Fingerprint: "0123456789abcdef0123456789abcdef",
			Suppressed:  &finding.Suppression{Kind: "nosec"},
		}},
		Stats: finding.Stats{Files: 1, PythonFiles: 1, Lines: 12, Bytes: 240},
	}
}
