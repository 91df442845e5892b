package advisories

import (
	"fmt"
	"math"
	"strings"
)

// Label is a qualitative severity rating, as CVSS v3.1 section 5 defines
// them, plus "unknown" for advisories without a usable vector.
type Label string

// The labels, from the CVSS v3.1 qualitative severity rating scale.
const (
	LabelUnknown  Label = "unknown"
	LabelNone     Label = "none"
	LabelLow      Label = "low"
	LabelMedium   Label = "medium"
	LabelHigh     Label = "high"
	LabelCritical Label = "critical"
)

// Severity is an advisory's severity: the CVSS vector as published, the base
// score computed from it, and the rating for that score. Most PyPI records
// carry no vector, so Label is often LabelUnknown.
type Severity struct {
	Vector string  `json:"vector,omitempty"`
	Score  float64 `json:"score"`
	Label  Label   `json:"label"`
}

// ParseSeverity scores a CVSS v3.0 or v3.1 vector. An empty or invalid vector
// gives LabelUnknown with a zero score (the vector is kept for display).
func ParseSeverity(vector string) Severity {
	score, err := BaseScore(vector)
	if err != nil {
		return Severity{Vector: vector, Label: LabelUnknown}
	}
	return Severity{Vector: vector, Score: score, Label: LabelFor(score)}
}

// LabelFor maps a base score to its rating: 0.0 none, 0.1-3.9 low, 4.0-6.9
// medium, 7.0-8.9 high, 9.0-10.0 critical.
func LabelFor(score float64) Label {
	switch {
	case score <= 0:
		return LabelNone
	case score < 4:
		return LabelLow
	case score < 7:
		return LabelMedium
	case score < 9:
		return LabelHigh
	}
	return LabelCritical
}

// baseMetrics are the eight metrics every v3 vector must carry.
var baseMetrics = [...]string{"AV", "AC", "PR", "UI", "S", "C", "I", "A"}

// otherMetrics lists the temporal and environmental metrics a vector may
// also carry, with their allowed values. They do not change the base score.
var otherMetrics = [...][2]string{
	{"E", "XUPFH"}, {"RL", "XOTWU"}, {"RC", "XURC"},
	{"CR", "XLMH"}, {"IR", "XLMH"}, {"AR", "XLMH"},
	{"MAV", "XNALP"}, {"MAC", "XLH"}, {"MPR", "XNLH"}, {"MUI", "XNR"},
	{"MS", "XUC"}, {"MC", "XNLH"}, {"MI", "XNLH"}, {"MA", "XNLH"},
}

// BaseScore computes the CVSS v3 base score of a vector such as
// "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H" with the formulas of the
// CVSS v3.1 specification, section 7.1. v3.0 vectors use the same formulas;
// they differ only in the rounding function, and v3.1's Roundup is used for
// both because it is the one that avoids floating-point artefacts (v3.0's
// plain ceiling turns 4.000000000001 into 4.1).
func BaseScore(vector string) (float64, error) {
	m, err := parseVector(vector)
	if err != nil {
		return 0, err
	}
	changed := m["S"] == "C"
	iss := 1 - (1-cia(m["C"]))*(1-cia(m["I"]))*(1-cia(m["A"]))
	var impact float64
	if changed {
		impact = 7.52*(iss-0.029) - 3.25*math.Pow(iss-0.02, 15)
	} else {
		impact = 6.42 * iss
	}
	exploitability := 8.22 * attackVector(m["AV"]) * attackComplexity(m["AC"]) *
		privileges(m["PR"], changed) * userInteraction(m["UI"])
	switch {
	case impact <= 0:
		return 0, nil
	case changed:
		return roundup(math.Min(1.08*(impact+exploitability), 10)), nil
	}
	return roundup(math.Min(impact+exploitability, 10)), nil
}

// parseVector checks a vector's syntax and returns its metrics by name.
func parseVector(vector string) (map[string]string, error) {
	rest, ok := strings.CutPrefix(vector, "CVSS:3.1/")
	if !ok {
		if rest, ok = strings.CutPrefix(vector, "CVSS:3.0/"); !ok {
			return nil, fmt.Errorf("cvss vector %q: want prefix CVSS:3.0/ or CVSS:3.1/", vector)
		}
	}
	m := make(map[string]string, len(baseMetrics))
	for part := range strings.SplitSeq(rest, "/") {
		key, val, ok := strings.Cut(part, ":")
		if !ok || val == "" {
			return nil, fmt.Errorf("cvss vector %q: malformed metric %q", vector, part)
		}
		if _, dup := m[key]; dup {
			return nil, fmt.Errorf("cvss vector %q: metric %s given twice", vector, key)
		}
		if !validValue(key, val) {
			return nil, fmt.Errorf("cvss vector %q: invalid metric %s:%s", vector, key, val)
		}
		m[key] = val
	}
	for _, k := range baseMetrics {
		if _, ok := m[k]; !ok {
			return nil, fmt.Errorf("cvss vector %q: missing base metric %s", vector, k)
		}
	}
	return m, nil
}

func validValue(key, val string) bool {
	allowed := ""
	switch key {
	case "AV":
		allowed = "NALP"
	case "AC":
		allowed = "LH"
	case "PR", "C", "I", "A":
		allowed = "NLH"
	case "UI":
		allowed = "NR"
	case "S":
		allowed = "UC"
	default:
		for _, o := range otherMetrics {
			if o[0] == key {
				allowed = o[1]
			}
		}
	}
	return len(val) == 1 && allowed != "" && strings.Contains(allowed, val)
}

// The metric weights from the CVSS v3.1 specification, section 7.4.

func attackVector(v string) float64 {
	switch v {
	case "N":
		return 0.85
	case "A":
		return 0.62
	case "L":
		return 0.55
	}
	return 0.2 // P
}

func attackComplexity(v string) float64 {
	if v == "L" {
		return 0.77
	}
	return 0.44 // H
}

// privileges weighs Privileges Required, which counts for more when the
// scope changes.
func privileges(v string, changed bool) float64 {
	switch {
	case v == "N":
		return 0.85
	case v == "L" && changed:
		return 0.68
	case v == "L":
		return 0.62
	case changed:
		return 0.5 // H
	}
	return 0.27 // H
}

func userInteraction(v string) float64 {
	if v == "N" {
		return 0.85
	}
	return 0.62 // R
}

func cia(v string) float64 {
	switch v {
	case "H":
		return 0.56
	case "L":
		return 0.22
	}
	return 0 // N
}

// roundup is the CVSS v3.1 Roundup (Appendix A): the smallest number with one
// decimal that is at least the input, computed on integers so that float
// noise just above a tenth does not round up a whole step.
func roundup(x float64) float64 {
	i := int64(math.Round(x * 100000))
	if i%10000 == 0 {
		return float64(i) / 100000
	}
	return float64(i/10000+1) / 10
}
