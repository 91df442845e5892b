package report_test

import (
	"bytes"
	"fmt"
	"io/fs"
	"strings"
	"testing"

	"github.com/flaskguard/flaskguard/internal/finding"
	"github.com/flaskguard/flaskguard/internal/report"
)

// framesSources are in-memory files for the code-frame edge cases, kept
// here rather than under testdata because several hold bytes (CR, ESC,
// bidi overrides) that editors and diff tools mangle.
var framesSources = map[string]string{
	"tabs.py":   "def f():\n\tif x:\n\t\teval(request.args['c'])\n\treturn 1\n",
	"crlf.py":   "import os\r\nos.system(cmd)\r\nprint(1)\r\n",
	"long.py":   "def f():\n    cursor.execute(\n        'SELECT ' +\n        cols +\n        ' FROM t WHERE id = ' +\n        request.args['id']\n    )\n    return 1\n",
	"evil.py":   "import os\naccess = \"user\u202e \u2066# admin\u2069\"; os.system(\"\x1b[2J\" + cmd)\nprint(access)\n",
	"stale.py":  "x = 1\n",
	"first.py":  "eval(request.data)",
	"wide.py":   "def f():\n    msg = \"你好 👋\"; eval(x)\n",
	"shapes.py": "def f():\n    run(\n\n        debug=True)\n    pass\n    exec(code)\n",
}

func framesFixture() (*finding.Result, func(string) ([]byte, error)) {
	read := func(path string) ([]byte, error) {
		s, ok := framesSources[path]
		if !ok {
			return nil, fmt.Errorf("open %s: %w", path, fs.ErrNotExist)
		}
		return []byte(s), nil
	}
	loc := func(path string, sl, sc, el, ec int) finding.Location {
		return finding.Location{Path: path, StartLine: sl, StartCol: sc, EndLine: el, EndCol: ec}
	}
	f := func(id string, sev finding.Severity, l finding.Location, msg string) finding.Finding {
		return finding.Finding{RuleID: id, RuleName: "test-" + strings.ToLower(id), Practice: 6, CWE: 95,
			Severity: sev, Confidence: finding.HighConfidence, Location: l, Message: msg}
	}
	findings := []finding.Finding{
		f("FG9001", finding.High, loc("tabs.py", 3, 3, 3, 26), "Tabs expand to 4-column stops; carets follow."),
		f("FG9002", finding.Medium, loc("crlf.py", 2, 1, 2, 15), "CRLF line endings do not leak into the frame."),
		f("FG9003", finding.Critical, loc("long.py", 2, 5, 7, 6), "A six-line span shows three lines and an elision."),
		f("FG9004", finding.High, loc("evil.py", 2, 35, 2, 58),
			"Escape sequences and bidi overrides in source and messages are neutralised: \x1b[31mfake\x1b[0m."),
		f("FG9005", finding.Low, loc("stale.py", 10, 1, 10, 5), "A line past the end of the file gets no frame."),
		f("FG9006", finding.Low, loc("stale.py", 1, 3, 1, 40), "Columns past the end of the line are clamped."),
		f("FG9007", finding.Info, loc("first.py", 1, 1, 1, 19), "First and last line: no context beyond the file."),
		f("FG9008", finding.Medium, loc("wide.py", 2, 26, 2, 33), "Wide characters take two cells; carets stay under eval."),
		f("FG9009", finding.Medium, loc("shapes.py", 2, 5, 4, 19),
			"A span over a blank line marks only lines with code.\nThe message has a second line."),
		f("FG9010", finding.Low, loc("shapes.py", 6, 5, 0, 0), "An unknown end points at the start only."),
		f("FG9011", finding.Low, loc("shapes.py", 5, 0, 5, 0), "A line-only location marks the line from its indent."),
		f("FG9012", finding.Low, loc("shapes.py", 6, 9, 6, 9), "An empty span still gets one caret."),
		f("FG9013", finding.Low, loc("missing.py", 1, 1, 1, 2), "A file the reader cannot open gets no frame."),
	}
	findings[1].Fix = "A fix that runs\nover two lines keeps its indent."
	findings[10].Practice, findings[10].CWE = 0, 0 // no bracket at all
	findings[11].Confidence = finding.LowConfidence
	return &finding.Result{Tool: "flaskguard", Version: "1.0.0-test", Root: "/src", Findings: findings,
		Stats: finding.Stats{Files: 9, PythonFiles: 9, Lines: 31}}, read
}

func TestTextNeverEmitsRawControlCharacters(t *testing.T) {
	r, read := framesFixture()
	out := render(t, "text", report.Options{Source: read, Verbose: true}, r)
	for _, bad := range []string{"\x1b", "\r", "\u202e", "\u2066", "\u2069"} {
		if bytes.Contains(out, []byte(bad)) {
			t.Errorf("plain text output contains %q", bad)
		}
	}
	colored := render(t, "text", report.Options{Source: read, Color: true}, r)
	// With colour on, the only escapes are ours: every one is an SGR
	// sequence, so the ESC [ 2 J (clear screen) from evil.py must be gone.
	if bytes.Contains(colored, []byte("\x1b[2J")) {
		t.Error("colour output passes through an escape sequence from the source")
	}
}

func TestTextSuppressedOnlyWhenVerbose(t *testing.T) {
	quiet := string(render(t, "text", report.Options{Source: readSource}, fixture(t)))
	loud := string(render(t, "text", report.Options{Source: readSource, Verbose: true}, fixture(t)))
	const marker = "suppressed (inline: dev server only, behind the VPN)"
	if strings.Contains(quiet, "FG1401") {
		t.Error("suppressed finding printed without -verbose")
	}
	if !strings.Contains(loud, marker) {
		t.Errorf("verbose output lacks %q", marker)
	}
	for _, out := range []string{quiet, loud} {
		if !strings.Contains(out, "  2 suppressed\n") {
			t.Error("summary does not count the suppressed findings")
		}
	}
}

func TestTextNoFindings(t *testing.T) {
	out := string(render(t, "text", report.Options{}, emptyFixture()))
	if !strings.Contains(out, "No findings.") || !strings.Contains(out, "1 suppressed") {
		t.Errorf("empty report:\n%s", out)
	}
}
