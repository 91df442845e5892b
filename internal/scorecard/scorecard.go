// Package scorecard grades a run against the fifteen practices: for each one,
// pass, fail, unknown or not-checked, with the findings and evidence that
// decided the grade and a one-line reason.
//
// Build is a pure function of a finding.Result, not of the scanner, so that
// every producer of findings and evidence (scan today; probe and guard
// later) is graded the same way by the same code, and every report format
// shows the same grades.
//
// The grading rules:
//
//   - fail: at least one active (unsuppressed) finding of severity low or
//     more. Info findings never fail a practice; they are kept as notes.
//   - pass: nothing fails it and there is evidence for it.
//   - unknown: something looked (a rule for the practice ran, or a finding
//     was suppressed or noted) but there is neither failure nor evidence.
//   - not-checked: no rule in Result.Rules covers the practice and nothing
//     reported on it. Calling such a practice "unknown" would suggest that
//     flaskguard looked and found nothing, when it never looked.
//
// Suppressed findings never fail a practice, but they are listed, so that a
// suppression cannot silently turn a practice from fail to unknown.
package scorecard

import (
	"cmp"
	"slices"
	"strconv"
	"strings"

	"github.com/flaskguard/flaskguard/internal/finding"
)

// Grade is the verdict on one practice. Its string values appear in JSON
// and SARIF output.
type Grade string

// The four grades; see the package documentation for when each applies.
const (
	Pass       Grade = "pass"
	Fail       Grade = "fail"
	Unknown    Grade = "unknown"
	NotChecked Grade = "not-checked"
)

// Grades lists the grades in the order summaries count them. It returns an
// array (a value) so that no caller can reorder it for another.
func Grades() [4]Grade { return [...]Grade{Pass, Fail, Unknown, NotChecked} }

// Count is the number of practices: finding.Practices is indexed by practice
// number and leaves index 0 unused.
const Count = len(finding.Practices) - 1

// Practice is the grade of one practice and what decided it. The index
// slices point into the Result that Build was given, so that writers can
// refer to findings by their position in their own output.
type Practice struct {
	// Number is the practice's number, 1 to Count.
	Number int
	// Name is the practice's name, from finding.Practices.
	Name   string
	Grade  Grade
	Reason string
	// Findings indexes the active findings of severity low or more that fail
	// the practice, worst first, then in report order.
	Findings []int
	// Highest is the highest severity among Findings; Info when there are none.
	Highest finding.Severity
	// Notes indexes the active info findings, in report order.
	Notes []int
	// Suppressed indexes the suppressed findings of any severity, in report
	// order.
	Suppressed []int
	// Evidence indexes the evidence records, in report order (location,
	// rule, message).
	Evidence []int
	// Rules is the number of rules in Result.Rules that cover the practice.
	Rules int
}

// Scorecard holds the grade of every practice.
type Scorecard struct {
	// Practices has Count entries, ordered by number.
	Practices []Practice
}

// Tally returns how many practices have grade g.
func (s Scorecard) Tally(g Grade) int {
	n := 0
	for _, p := range s.Practices {
		if p.Grade == g {
			n++
		}
	}
	return n
}

// Build grades every practice from r. Findings and evidence whose practice
// is not 1 to Count belong to no practice and are left out. Grades and
// reasons depend only on what r holds, not on the order of its slices, and
// each index list follows a fixed order of contents (see Practice).
func Build(r *finding.Result) Scorecard {
	ps := make([]Practice, Count)
	for i := range ps {
		ps[i] = Practice{Number: i + 1, Name: finding.Practices[i+1]}
	}
	at := func(n int) *Practice {
		if n < 1 || n > Count {
			return nil
		}
		return &ps[n-1]
	}
	for _, ri := range r.Rules {
		if p := at(ri.Practice); p != nil {
			p.Rules++
		}
	}
	for i, f := range r.Findings {
		p := at(f.Practice)
		switch {
		case p == nil:
		case f.Suppressed != nil:
			p.Suppressed = append(p.Suppressed, i)
		case f.Severity < finding.Low:
			p.Notes = append(p.Notes, i)
		default:
			p.Findings = append(p.Findings, i)
			p.Highest = max(p.Highest, clamp(f.Severity))
		}
	}
	for i, e := range r.Evidence {
		if p := at(e.Practice); p != nil {
			p.Evidence = append(p.Evidence, i)
		}
	}
	byReport := func(a, b int) int { return compareFinding(r.Findings[a], r.Findings[b], a, b) }
	for i := range ps {
		p := &ps[i]
		slices.SortFunc(p.Findings, func(a, b int) int {
			return cmp.Or(cmp.Compare(clamp(r.Findings[b].Severity), clamp(r.Findings[a].Severity)), byReport(a, b))
		})
		slices.SortFunc(p.Notes, byReport)
		slices.SortFunc(p.Suppressed, byReport)
		slices.SortFunc(p.Evidence, func(a, b int) int { return compareEvidence(r.Evidence[a], r.Evidence[b], a, b) })
		p.Grade, p.Reason = grade(p, r)
	}
	return Scorecard{Practices: ps}
}

// grade decides a practice's grade and writes its reason.
func grade(p *Practice, r *finding.Result) (Grade, string) {
	var g Grade
	var reason string
	switch {
	case len(p.Findings) > 0:
		g = Fail
		reason = "fails: " + plural(len(p.Findings), "finding") + ", highest " + p.Highest.String()
	case len(p.Evidence) > 0:
		g = Pass
		reason = "passes: " + firstLine(r.Evidence[p.Evidence[0]].Message)
		if more := len(p.Evidence) - 1; more > 0 {
			reason += " (+" + strconv.Itoa(more) + " more)"
		}
	case p.Rules > 0 || len(p.Notes) > 0 || len(p.Suppressed) > 0:
		g = Unknown
		reason = "unknown: no evidence either way"
	default:
		return NotChecked, "not checked yet: no rule covers this practice"
	}
	if n := len(p.Suppressed); n > 0 {
		reason += "; " + strconv.Itoa(n) + " suppressed"
	}
	if n := len(p.Notes); n > 0 {
		reason += "; " + plural(n, "note")
	}
	return g, reason
}

// compareFinding orders findings as reports list them (finding.Result.Sort's
// key), then by fingerprint and position, so that ties cannot depend on map
// iteration or scheduling upstream.
func compareFinding(a, b finding.Finding, ia, ib int) int {
	return cmp.Or(compareLocation(a.Location, b.Location),
		cmp.Compare(a.RuleID, b.RuleID),
		cmp.Compare(a.Message, b.Message),
		cmp.Compare(a.Fingerprint, b.Fingerprint),
		cmp.Compare(ia, ib))
}

// compareEvidence orders evidence as finding.Result.Sort does within a
// practice.
func compareEvidence(a, b finding.Evidence, ia, ib int) int {
	return cmp.Or(compareLocation(a.Location, b.Location),
		cmp.Compare(a.RuleID, b.RuleID),
		cmp.Compare(a.Message, b.Message),
		cmp.Compare(ia, ib))
}

func compareLocation(a, b finding.Location) int {
	return cmp.Or(cmp.Compare(a.Path, b.Path),
		cmp.Compare(a.StartLine, b.StartLine),
		cmp.Compare(a.StartCol, b.StartCol),
		cmp.Compare(a.EndLine, b.EndLine),
		cmp.Compare(a.EndCol, b.EndCol))
}

// clamp maps an out-of-range severity to the nearest defined one, so that a
// bad value upstream still yields a nameable "highest".
func clamp(s finding.Severity) finding.Severity {
	return min(max(s, finding.Info), finding.Critical)
}

// firstLine keeps a reason on one line whatever the evidence message holds.
func firstLine(s string) string {
	s, _, _ = strings.Cut(strings.TrimSpace(s), "\n")
	return strings.TrimSpace(s)
}

func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return strconv.Itoa(n) + " " + noun + "s"
}
