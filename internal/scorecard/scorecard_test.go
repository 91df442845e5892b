package scorecard_test

import (
	"reflect"
	"slices"
	"testing"

	"github.com/flaskguard/flaskguard/internal/finding"
	"github.com/flaskguard/flaskguard/internal/scorecard"
)

func loc(path string, line int) finding.Location {
	return finding.Location{Path: path, StartLine: line, StartCol: 1, EndLine: line, EndCol: 2}
}

// result covers every grade and every way a finding can count. The comment
// on each finding and evidence record is its index, which the expectations
// below refer to.
func result() *finding.Result {
	f := func(practice int, sev finding.Severity, path string, line int, print string) finding.Finding {
		return finding.Finding{RuleID: "FG9999", Practice: practice, Severity: sev, Location: loc(path, line),
			Message: "m", Fingerprint: print}
	}
	suppressed := func(x finding.Finding) finding.Finding {
		x.Suppressed = &finding.Suppression{Kind: "inline"}
		return x
	}
	return &finding.Result{
		Rules: []finding.RuleInfo{
			{ID: "FG0201", Practice: 2}, {ID: "FG0301", Practice: 3}, {ID: "FG0302", Practice: 3},
			{ID: "FG0401", Practice: 4}, {ID: "FG0801", Practice: 8}, {ID: "FG1001", Practice: 10},
			{ID: "FG9900", Practice: 0}, {ID: "FG9901", Practice: 16},
		},
		Findings: []finding.Finding{
			f(2, finding.Low, "a.py", 1, "p2-low"),                       // 0: fails 2, second
			f(2, finding.Critical, "z.py", 9, "p2-critical"),             // 1: fails 2, first (worst)
			suppressed(f(2, finding.Medium, "a.py", 2, "p2-suppressed")), // 2
			suppressed(f(3, finding.High, "b.py", 3, "p3-suppressed")),   // 3: p3 unknown, not fail
			f(4, finding.Info, "c.py", 4, "p4-info"),                     // 4: note only
			f(6, finding.Info, "d.py", 5, "p6-info"),                     // 5: note, no rule
			suppressed(f(7, finding.Low, "e.py", 6, "p7-suppressed")),    // 6: suppressed, no rule
			f(10, finding.Severity(99), "g.py", 7, "p10-bogus"),          // 7: out of range: critical
			f(10, finding.Medium, "g.py", 1, "p10-medium"),               // 8
			f(10, finding.Info, "g.py", 2, "p10-info"),                   // 9: note beside failures
			f(0, finding.Critical, "h.py", 1, "no-practice"),             // 10: ignored
			f(16, finding.Critical, "h.py", 2, "bad-practice"),           // 11: ignored
		},
		Evidence: []finding.Evidence{
			{Practice: 5, Location: loc("app/views.py", 30), Message: "@csrf.exempt is used nowhere"},                                 // 0
			{Practice: 5, Location: loc("app/__init__.py", 12), Message: "CSRFProtect(app) covers 14 of 15 POST routes\nsecond line"}, // 1
			{Practice: 9, Location: loc("models.py", 8), Message: "generate_password_hash(pw) with scrypt", RuleID: "probe"},          // 2
			{Practice: 10, Location: loc("app.py", 3), Message: "Limiter(app) with a default limit"},                                  // 3
			{Practice: 5, Location: loc("app/__init__.py", 12), Message: "CSRF_ENABLED is not switched off"},                          // 4
			{Practice: 0, Location: loc("x.py", 1), Message: "belongs to no practice"},                                                // 5
		},
	}
}

func TestBuild(t *testing.T) {
	got := scorecard.Build(result())
	if len(got.Practices) != 15 {
		t.Fatalf("%d practices, want 15", len(got.Practices))
	}
	notChecked := func(n int) scorecard.Practice {
		return scorecard.Practice{Number: n, Name: finding.Practices[n], Grade: scorecard.NotChecked,
			Reason: "not checked yet: no rule covers this practice"}
	}
	want := make([]scorecard.Practice, 15)
	for i := range want {
		want[i] = notChecked(i + 1)
	}
	want[1] = scorecard.Practice{Number: 2, Name: "Secrets outside the code", Grade: scorecard.Fail,
		Reason:   "fails: 2 findings, highest critical; 1 suppressed",
		Findings: []int{1, 0}, Highest: finding.Critical, Suppressed: []int{2}, Rules: 1}
	want[2] = scorecard.Practice{Number: 3, Name: "DEBUG off in production", Grade: scorecard.Unknown,
		Reason: "unknown: no evidence either way; 1 suppressed", Suppressed: []int{3}, Rules: 2}
	want[3] = scorecard.Practice{Number: 4, Name: "Secure sessions", Grade: scorecard.Unknown,
		Reason: "unknown: no evidence either way; 1 note", Notes: []int{4}, Rules: 1}
	want[4] = scorecard.Practice{Number: 5, Name: "CSRF protection", Grade: scorecard.Pass,
		Reason: "passes: CSRFProtect(app) covers 14 of 15 POST routes (+2 more)", Evidence: []int{1, 4, 0}}
	want[5] = scorecard.Practice{Number: 6, Name: "Input validation (XSS, injection)", Grade: scorecard.Unknown,
		Reason: "unknown: no evidence either way; 1 note", Notes: []int{5}}
	want[6] = scorecard.Practice{Number: 7, Name: "Parameterized database access", Grade: scorecard.Unknown,
		Reason: "unknown: no evidence either way; 1 suppressed", Suppressed: []int{6}}
	want[7] = scorecard.Practice{Number: 8, Name: "HTTP security headers", Grade: scorecard.Unknown,
		Reason: "unknown: no evidence either way", Rules: 1}
	want[8] = scorecard.Practice{Number: 9, Name: "Password hashing", Grade: scorecard.Pass,
		Reason: "passes: generate_password_hash(pw) with scrypt", Evidence: []int{2}}
	want[9] = scorecard.Practice{Number: 10, Name: "Rate limiting", Grade: scorecard.Fail,
		Reason:   "fails: 2 findings, highest critical; 1 note",
		Findings: []int{7, 8}, Highest: finding.Critical, Notes: []int{9}, Evidence: []int{3}, Rules: 1}
	for i := range want {
		if !reflect.DeepEqual(got.Practices[i], want[i]) {
			t.Errorf("practice %d:\n got %+v\nwant %+v", i+1, got.Practices[i], want[i])
		}
	}
	for g, n := range map[scorecard.Grade]int{scorecard.Pass: 2, scorecard.Fail: 2, scorecard.Unknown: 5, scorecard.NotChecked: 6} {
		if got := got.Tally(g); got != n {
			t.Errorf("Tally(%s) = %d, want %d", g, got, n)
		}
	}
}

// TestBuildPassReasonIsOneLine: the first evidence message (by location,
// then message) has two lines; the reason keeps only the first.
func TestBuildPassReasonIsOneLine(t *testing.T) {
	r := result()
	r.Evidence = r.Evidence[:2]
	p := scorecard.Build(r).Practices[4]
	if want := "passes: CSRFProtect(app) covers 14 of 15 POST routes (+1 more)"; p.Reason != want {
		t.Errorf("reason = %q, want %q", p.Reason, want)
	}
}

// TestBuildIgnoresInputOrder: reversing every slice of the Result changes
// the indexes but not what they point at, nor any grade or reason.
func TestBuildIgnoresInputOrder(t *testing.T) {
	r := result()
	rev := result()
	slices.Reverse(rev.Findings)
	slices.Reverse(rev.Evidence)
	slices.Reverse(rev.Rules)
	a, b := scorecard.Build(r), scorecard.Build(rev)
	prints := func(r *finding.Result, idx []int) []string {
		var out []string
		for _, i := range idx {
			out = append(out, r.Findings[i].Fingerprint)
		}
		return out
	}
	messages := func(r *finding.Result, idx []int) []string {
		var out []string
		for _, i := range idx {
			out = append(out, r.Evidence[i].Message)
		}
		return out
	}
	for i := range a.Practices {
		x, y := a.Practices[i], b.Practices[i]
		if x.Grade != y.Grade || x.Reason != y.Reason || x.Highest != y.Highest || x.Rules != y.Rules ||
			!slices.Equal(prints(r, x.Findings), prints(rev, y.Findings)) ||
			!slices.Equal(prints(r, x.Notes), prints(rev, y.Notes)) ||
			!slices.Equal(prints(r, x.Suppressed), prints(rev, y.Suppressed)) ||
			!slices.Equal(messages(r, x.Evidence), messages(rev, y.Evidence)) {
			t.Errorf("practice %d differs with reversed input:\n%+v\n%+v", x.Number, x, y)
		}
	}
}

func TestBuildEmptyResult(t *testing.T) {
	s := scorecard.Build(&finding.Result{})
	if n := s.Tally(scorecard.NotChecked); n != 15 {
		t.Errorf("empty result: %d practices not-checked, want 15", n)
	}
	if p := s.Practices[14]; p.Number != 15 || p.Name != "Dependency vulnerability checks" {
		t.Errorf("last practice = %d %q", p.Number, p.Name)
	}
}

func TestBuildOneFindingReason(t *testing.T) {
	r := &finding.Result{Findings: []finding.Finding{{Practice: 3, Severity: finding.Low}}}
	if got, want := scorecard.Build(r).Practices[2].Reason, "fails: 1 finding, highest low"; got != want {
		t.Errorf("reason = %q, want %q", got, want)
	}
}

func TestGrades(t *testing.T) {
	want := [4]scorecard.Grade{"pass", "fail", "unknown", "not-checked"}
	if scorecard.Grades() != want {
		t.Errorf("Grades() = %v", scorecard.Grades())
	}
}
