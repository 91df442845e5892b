package jsonreport

import (
	"github.com/flaskguard/flaskguard/internal/finding"
	"github.com/flaskguard/flaskguard/internal/scorecard"
)

// The scorecard part of the document. Findings and evidence are referred to
// by their index in the document's top-level "findings" and "evidence"
// arrays rather than copied: indexes are unambiguous within a document, where
// fingerprints may be empty or repeated, and the arrays stay the one place
// each record is written.
type (
	scorecardDoc struct {
		Counts    gradeCounts   `json:"counts"`
		Practices []practiceDoc `json:"practices"`
	}
	gradeCounts struct {
		Pass       int `json:"pass"`
		Fail       int `json:"fail"`
		Unknown    int `json:"unknown"`
		NotChecked int `json:"not-checked"`
	}
	practiceDoc struct {
		Number     int    `json:"number"`
		Name       string `json:"name"`
		Grade      string `json:"grade"`
		Reason     string `json:"reason"`
		Findings   []int  `json:"findings"`
		Notes      []int  `json:"notes"`
		Suppressed []int  `json:"suppressed"`
		Evidence   []int  `json:"evidence"`
	}
)

// buildScorecard grades r, which must be the sorted Result the rest of the
// document is built from, so that the indexes point into the arrays written.
func buildScorecard(r *finding.Result) scorecardDoc {
	sc := scorecard.Build(r)
	d := scorecardDoc{
		Counts: gradeCounts{
			Pass: sc.Tally(scorecard.Pass), Fail: sc.Tally(scorecard.Fail),
			Unknown: sc.Tally(scorecard.Unknown), NotChecked: sc.Tally(scorecard.NotChecked),
		},
		Practices: make([]practiceDoc, 0, len(sc.Practices)),
	}
	for _, p := range sc.Practices {
		d.Practices = append(d.Practices, practiceDoc{
			Number: p.Number, Name: p.Name, Grade: string(p.Grade), Reason: p.Reason,
			Findings: nonNil(p.Findings), Notes: nonNil(p.Notes),
			Suppressed: nonNil(p.Suppressed), Evidence: nonNil(p.Evidence),
		})
	}
	return d
}

// nonNil turns an empty list into [] rather than null: the document never
// omits or nulls an array (see docs/json-schema.md, Stability).
func nonNil(s []int) []int {
	if s == nil {
		return []int{}
	}
	return s
}
