// Package view prepares a read-only view of a scan result for the report
// writers: a sorted copy, the counts the summaries show, and cached access to
// source lines. It exists so that the text, JSON and SARIF writers agree on
// order and arithmetic, and so that none of them has to mutate the Result it
// was given (writers never influence analysis, not even its order).
package view

import (
	"cmp"
	"slices"

	"github.com/flaskguard/flaskguard/internal/finding"
)

// Sorted returns a copy of r whose findings, diagnostics, rules and evidence
// are in the stable order of finding.Result.Sort. The slices are cloned, so
// sorting never reorders the caller's result; the elements themselves are
// shared and must be treated as read-only.
func Sorted(r *finding.Result) *finding.Result {
	c := *r
	c.Findings = slices.Clone(r.Findings)
	c.Diagnostics = slices.Clone(r.Diagnostics)
	c.Rules = slices.Clone(r.Rules)
	c.Evidence = slices.Clone(r.Evidence)
	c.Sort()
	// Sort keys on location, rule and message only; adding the fingerprint
	// (and keeping the sort stable) settles the rare ties so that output never
	// depends on the order in which the scan produced findings.
	slices.SortStableFunc(c.Findings, func(a, b finding.Finding) int {
		return cmp.Or(compareFinding(a, b), cmp.Compare(a.Fingerprint, b.Fingerprint))
	})
	return &c
}

// compareFinding mirrors the key that finding.Result.Sort uses.
func compareFinding(a, b finding.Finding) int {
	x, y := a.Location, b.Location
	return cmp.Or(cmp.Compare(x.Path, y.Path),
		cmp.Compare(x.StartLine, y.StartLine),
		cmp.Compare(x.StartCol, y.StartCol),
		cmp.Compare(x.EndLine, y.EndLine),
		cmp.Compare(x.EndCol, y.EndCol),
		cmp.Compare(a.RuleID, b.RuleID),
		cmp.Compare(a.Message, b.Message))
}

// Severities lists the severities from most to least severe, the order in
// which every summary presents them. It is a function returning an array (a
// value) so that no caller can change the order for another.
func Severities() [5]finding.Severity {
	return [...]finding.Severity{finding.Critical, finding.High, finding.Medium, finding.Low, finding.Info}
}

// PracticeCount is the summary line of one practice that has active findings.
type PracticeCount struct {
	Number   int
	Name     string
	Findings int
	Highest  finding.Severity
}

// Summary holds the counts a report ends with. Only active (unsuppressed)
// findings are counted by severity and practice; suppressed ones are counted
// apart so that a suppression never hides the fact that it happened.
type Summary struct {
	Active     int
	Suppressed int
	// BySeverity is indexed by finding.Severity.
	BySeverity [finding.Critical + 1]int
	// Practices is ordered by practice number.
	Practices []PracticeCount
}

// Summarize counts the findings of r.
func Summarize(r *finding.Result) Summary {
	var s Summary
	byPractice := map[int]*PracticeCount{}
	for _, f := range r.Findings {
		if f.Suppressed != nil {
			s.Suppressed++
			continue
		}
		s.Active++
		s.BySeverity[ClampSeverity(f.Severity)]++
		p := byPractice[f.Practice]
		if p == nil {
			p = &PracticeCount{Number: f.Practice, Name: PracticeName(f.Practice), Highest: f.Severity}
			byPractice[f.Practice] = p
		}
		p.Findings++
		p.Highest = max(p.Highest, f.Severity)
	}
	for _, p := range byPractice {
		s.Practices = append(s.Practices, *p)
	}
	slices.SortFunc(s.Practices, func(a, b PracticeCount) int { return cmp.Compare(a.Number, b.Number) })
	return s
}

// PracticeName names practice n, or says that it has none, so that a rule
// with a bad practice number still renders instead of panicking.
func PracticeName(n int) string {
	if n >= 1 && n < len(finding.Practices) {
		return finding.Practices[n]
	}
	return "(no practice)"
}

// ClampSeverity maps an out-of-range severity to the nearest defined one.
// Such a value is a bug upstream, but a report must still render, and the
// writers map severities to names, levels and scores that exist only for the
// five defined values.
func ClampSeverity(s finding.Severity) finding.Severity {
	return min(max(s, finding.Info), finding.Critical)
}

// ClampConfidence maps an out-of-range confidence to the nearest defined one,
// for the same reason as ClampSeverity.
func ClampConfidence(c finding.Confidence) finding.Confidence {
	return min(max(c, finding.LowConfidence), finding.HighConfidence)
}

// HasInternalError reports whether any diagnostic says the run itself failed.
func HasInternalError(r *finding.Result) bool {
	for _, d := range r.Diagnostics {
		if d.Kind.IsError() {
			return true
		}
	}
	return false
}
