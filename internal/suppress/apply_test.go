package suppress

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/flaskguard/flaskguard/internal/finding"
)

// applyCase is one run of Apply with exact expectations: the suppression
// each finding ends with (nil for none) and every diagnostic, in order.
type applyCase struct {
	name      string
	files     map[string]string // path → source; comments are read from it
	findings  []finding.Finding
	ignores   []Ignore
	opt       Options
	want      []*finding.Suppression
	wantDiags []finding.Diagnostic
}

func (tc applyCase) run(t *testing.T) {
	t.Helper()
	comments := make(map[string]map[int]Comment)
	for path, src := range tc.files {
		comments[path] = Comments([]byte(src), commentTexts(src))
	}
	got := Apply(tc.findings, comments, tc.ignores, tc.opt)
	for i, f := range tc.findings {
		if !reflect.DeepEqual(f.Suppressed, tc.want[i]) {
			t.Errorf("finding %d (%s at %s:%d): Suppressed = %+v, want %+v",
				i, f.RuleID, f.Location.Path, f.Location.StartLine, f.Suppressed, tc.want[i])
		}
	}
	if !reflect.DeepEqual(got, tc.wantDiags) {
		t.Errorf("diagnostics:\n got %s\nwant %s", fmtDiags(got), fmtDiags(tc.wantDiags))
	}
}

// commentTexts finds comments the simple way: test sources keep '#' out of
// their strings.
func commentTexts(src string) map[int]string {
	out := make(map[int]string)
	for i, line := range strings.Split(src, "\n") {
		if j := strings.IndexByte(line, '#'); j >= 0 {
			out[i+1] = line[j:]
		}
	}
	return out
}

func fmtDiags(ds []finding.Diagnostic) string {
	var b strings.Builder
	for _, d := range ds {
		fmt.Fprintf(&b, "\n  %s %d:%d-%d:%d %s %s %q", d.Location.Path, d.Location.StartLine, d.Location.StartCol,
			d.Location.EndLine, d.Location.EndCol, d.Kind, d.RuleID, d.Message)
	}
	return b.String()
}

// fnd is a finding of rule id on lines start..end of path.
func fnd(id, path string, start, end int) finding.Finding {
	return finding.Finding{RuleID: id, Location: finding.Location{Path: path, StartLine: start, StartCol: 1, EndLine: end, EndCol: 5}}
}

func sup(kind, reason string) *finding.Suppression {
	return &finding.Suppression{Kind: kind, Reason: reason}
}

// diag builds an expected diagnostic on one line, columns start..end.
func diag(kind finding.DiagnosticKind, path string, line, startCol, endCol int, rule, msg string) finding.Diagnostic {
	return finding.Diagnostic{Kind: kind, RuleID: rule, Message: msg,
		Location: finding.Location{Path: path, StartLine: line, StartCol: startCol, EndLine: line, EndCol: endCol}}
}

func TestApplyInline(t *testing.T) {
	known := func(id string) bool { return id == "FG0201" || id == "FG0301" || id == "FG0601" }
	tests := []applyCase{{
		name: "trailing directive covers its own line only",
		files: map[string]string{"app.py": "from flask import Flask\napp = Flask(__name__)\n" +
			"app.run(debug=True)  # flaskguard: ignore[FG0301] -- local dev only\napp.run(debug=True)\n"},
		findings: []finding.Finding{fnd("FG0301", "app.py", 3, 3), fnd("FG0301", "app.py", 4, 4)},
		want:     []*finding.Suppression{sup(KindInline, "local dev only"), nil},
	}, {
		name:     "directive for another rule leaves the finding and is unused",
		files:    map[string]string{"app.py": `SECRET_KEY = "dev"  # flaskguard: ignore[FG0301] -- wrong id`},
		findings: []finding.Finding{fnd("FG0201", "app.py", 1, 1)},
		want:     []*finding.Suppression{nil},
		wantDiags: []finding.Diagnostic{diag(finding.UnusedSuppression, "app.py", 1, 21, 61, "FG0301",
			`unused suppression: "# flaskguard: ignore[FG0301]" matched no finding`)},
	}, {
		name: "multi-line span covers a trailing comment inside it",
		files: map[string]string{"app.py": "app.run(\n    host=\"0.0.0.0\",  # nosec -- container port, behind proxy\n" +
			"    debug=False,\n)\n"},
		findings: []finding.Finding{fnd("FG1401", "app.py", 1, 4)},
		want:     []*finding.Suppression{sup(KindNosec, "container port, behind proxy")},
	}, {
		name: "alone comment covers the whole statement below, not the next one",
		files: map[string]string{"app.py": "# nosec -- only run by make dev\n\napp.run(\n    debug=True,\n)\n" +
			"app.run(debug=True)\n"},
		findings: []finding.Finding{fnd("FG0301", "app.py", 4, 4), fnd("FG0301", "app.py", 6, 6)},
		want:     []*finding.Suppression{sup(KindNosec, "only run by make dev"), nil},
	}, {
		name:     "alone comment skips comment-only lines",
		files:    map[string]string{"conftest.py": "# flaskguard: ignore[FG0201] -- test key\n# generated\nSECRET_KEY = \"test\"\n"},
		findings: []finding.Finding{fnd("FG0201", "conftest.py", 3, 3)},
		want:     []*finding.Suppression{sup(KindInline, "test key")},
	}, {
		name:     "alone comment does not reach up, and at the end governs nothing",
		files:    map[string]string{"app.py": "app.run(debug=True)\n# nosec\n"},
		findings: []finding.Finding{fnd("FG0301", "app.py", 1, 1)},
		want:     []*finding.Suppression{nil},
		wantDiags: []finding.Diagnostic{diag(finding.UnusedSuppression, "app.py", 2, 1, 8, "",
			`unused suppression: "# nosec" matched no finding`)},
	}, {
		name: "nosec forms",
		files: map[string]string{"app.py": "a()  # nosec\nb()  # nosec FG0301\nc()  # nosec: FG0301, FG0201\n" +
			"d()  # nosec B201\ne()  # nosec B201, FG0201\nf()  # NOSEC G101 -- fixture\n"},
		findings: []finding.Finding{
			fnd("FG0501", "app.py", 1, 1),
			fnd("FG0301", "app.py", 2, 2), fnd("FG0201", "app.py", 2, 2),
			fnd("FG0201", "app.py", 3, 3),
			fnd("FG0999", "app.py", 4, 4),
			fnd("FG0301", "app.py", 5, 5),
			fnd("FG0201", "app.py", 6, 6),
		},
		want: []*finding.Suppression{
			sup(KindNosec, ""),
			sup(KindNosec, ""), nil,
			sup(KindNosec, ""),
			sup(KindNosec, ""),
			nil,
			sup(KindNosec, "fixture"),
		},
		wantDiags: []finding.Diagnostic{
			diag(finding.UnusedSuppression, "app.py", 3, 6, 29, "FG0301",
				`unused suppression: FG0301 in "# nosec FG0301, FG0201" matched no finding`),
			diag(finding.UnusedSuppression, "app.py", 5, 6, 26, "FG0201",
				`unused suppression: "# nosec FG0201" matched no finding`),
		},
	}, {
		name:     "a repeated ID counts once",
		files:    map[string]string{"app.py": "app.run(debug=True)  # nosec FG0301 FG0301 -- dev\n"},
		findings: []finding.Finding{fnd("FG0301", "app.py", 1, 1)},
		want:     []*finding.Suppression{sup(KindNosec, "dev")},
	}, {
		name:     "directive shares its comment with another tool's pragma",
		files:    map[string]string{"app.py": `URL = "http://example.com/a/long/path"  # noqa: E501  # nosec -- docs link`},
		findings: []finding.Finding{fnd("FG1401", "app.py", 1, 1)},
		want:     []*finding.Suppression{sup(KindNosec, "docs link")},
	}, {
		name:     "two directives in one comment: the first wins, both are used",
		files:    map[string]string{"app.py": "app.run(debug=True)  # flaskguard: ignore[FG0301] -- dev # nosec\n"},
		findings: []finding.Finding{fnd("FG0301", "app.py", 1, 1)},
		want:     []*finding.Suppression{sup(KindInline, "dev")},
	}, {
		name:     "ignore without IDs covers every rule",
		files:    map[string]string{"views.py": "x = render(request.args.get('q'))  # flaskguard: ignore -- escaped later\n"},
		findings: []finding.Finding{fnd("FG0601", "views.py", 1, 1), fnd("FG0701", "views.py", 1, 1)},
		want:     []*finding.Suppression{sup(KindInline, "escaped later"), sup(KindInline, "escaped later")},
	}, {
		name:     "unknown rule ID is reported, not also as unused",
		files:    map[string]string{"app.py": "app.run(debug=True)  # flaskguard: ignore[FG0301,FG9999] -- dev\n"},
		findings: []finding.Finding{fnd("FG0301", "app.py", 1, 1)},
		opt:      Options{KnownRules: known},
		want:     []*finding.Suppression{sup(KindInline, "dev")},
		wantDiags: []finding.Diagnostic{diag(finding.ConfigWarning, "app.py", 1, 22, 64, "FG9999",
			"unknown rule ID in suppression: FG9999")},
	}, {
		name: "malformed directives warn and do not suppress",
		files: map[string]string{"app.py": "a()  # flaskguard: ignor[FG0301] -- typo\n" +
			"b()  # flaskguard: ignore[FG0301 -- unclosed\nc()  # flaskguard: ignore[] -- empty\n"},
		findings: []finding.Finding{fnd("FG0301", "app.py", 1, 1), fnd("FG0301", "app.py", 2, 2), fnd("FG0301", "app.py", 3, 3)},
		want:     []*finding.Suppression{nil, nil, nil},
		wantDiags: []finding.Diagnostic{
			diag(finding.ConfigWarning, "app.py", 1, 6, 41, "",
				`unknown flaskguard directive (want "flaskguard: ignore[ID] -- reason")`),
			diag(finding.ConfigWarning, "app.py", 2, 6, 45, "", "suppression has no closing ']'"),
			diag(finding.ConfigWarning, "app.py", 3, 6, 37, "", "suppression lists no rule IDs between '[' and ']'"),
		},
	}, {
		name:     "require reason: reasonless directives do not suppress",
		files:    map[string]string{"app.py": "a()  # nosec\nb()  # nosec -- reviewed in #42\nc()  # flaskguard: ignore[FG0301]\n"},
		findings: []finding.Finding{fnd("FG0301", "app.py", 1, 1), fnd("FG0301", "app.py", 2, 2), fnd("FG0301", "app.py", 3, 3)},
		opt:      Options{RequireReason: true},
		want:     []*finding.Suppression{nil, sup(KindNosec, "reviewed in #42"), nil},
		wantDiags: []finding.Diagnostic{
			diag(finding.ConfigWarning, "app.py", 1, 6, 13, "",
				`suppression needs a reason: write "# nosec -- why this is safe"`),
			diag(finding.ConfigWarning, "app.py", 3, 6, 34, "",
				`suppression needs a reason: write "# flaskguard: ignore[FG0301] -- why this is safe"`),
		},
	}, {
		name:     "span ending at column 1 stops before that line",
		files:    map[string]string{"app.py": "def f():\n    pass\nx = 1  # nosec\n"},
		findings: []finding.Finding{{RuleID: "FG1301", Location: finding.Location{Path: "app.py", StartLine: 1, StartCol: 1, EndLine: 3, EndCol: 1}}},
		want:     []*finding.Suppression{nil},
		wantDiags: []finding.Diagnostic{diag(finding.UnusedSuppression, "app.py", 3, 8, 15, "",
			`unused suppression: "# nosec" matched no finding`)},
	}, {
		name:  "an already suppressed finding keeps its suppression and uses the directive",
		files: map[string]string{"app.py": "app.run(debug=True)  # nosec -- dev\n"},
		findings: []finding.Finding{{RuleID: "FG0301", Location: finding.Location{Path: "app.py", StartLine: 1, EndLine: 1},
			Suppressed: sup("baseline", "")}},
		want: []*finding.Suppression{sup("baseline", "")},
	}, {
		name:     "findings in files without comments are untouched",
		files:    map[string]string{"other.py": "x = 1  # nosec -- unrelated\n"},
		findings: []finding.Finding{fnd("FG0301", "app.py", 1, 1)},
		want:     []*finding.Suppression{nil},
		wantDiags: []finding.Diagnostic{diag(finding.UnusedSuppression, "other.py", 1, 8, 28, "",
			`unused suppression: "# nosec" matched no finding`)},
	}}
	for _, tc := range tests {
		t.Run(tc.name, tc.run)
	}
}
