package osv

import (
	"encoding/json"
	"errors"
	"fmt"
	"slices"

	"github.com/flaskguard/flaskguard/internal/pep440"
)

// record is the subset of the OSV schema (https://ossf.github.io/osv-schema/)
// that Convert reads. Timestamps are strings on purpose: the README of the
// advisory data warns that typed decoders turn them into dates.
type record struct {
	ID        string          `json:"id"`
	Aliases   []string        `json:"aliases"`
	Modified  string          `json:"modified"`
	Published string          `json:"published"`
	Withdrawn string          `json:"withdrawn"`
	Severity  []severityEntry `json:"severity"`
	Affected  []affected      `json:"affected"`
}

type severityEntry struct {
	Type  string `json:"type"`
	Score string `json:"score"`
}

type affected struct {
	Package struct {
		Name      string `json:"name"`
		Ecosystem string `json:"ecosystem"`
	} `json:"package"`
	Ranges []struct {
		Type   string  `json:"type"`
		Events []Event `json:"events"`
	} `json:"ranges"`
	Versions []string        `json:"versions"`
	Severity []severityEntry `json:"severity"`
}

// ErrNotPyPI reports a well-formed record that names no PyPI package;
// readers of mixed exports skip such records.
var ErrNotPyPI = errors.New("record has no PyPI package")

// Decode parses one OSV JSON record into one Advisory per PyPI package it
// names. An affected entry's GIT (and any other non-ECOSYSTEM) ranges are
// dropped, but the entry's other ranges are still read: most records list a
// GIT range before the ECOSYSTEM one.
func Decode(data []byte) ([]Advisory, error) {
	var r record
	if err := json.Unmarshal(data, &r); err != nil {
		return nil, fmt.Errorf("decode osv record: %w", err)
	}
	if r.ID == "" {
		return nil, errors.New("decode osv record: no id")
	}
	var out []Advisory
	for _, af := range r.Affected {
		if af.Package.Ecosystem != "PyPI" || af.Package.Name == "" {
			continue
		}
		name := pep440.NormalizeName(af.Package.Name)
		i := slices.IndexFunc(out, func(a Advisory) bool { return a.Package == name })
		if i < 0 {
			out = append(out, Advisory{
				ID:        r.ID,
				Aliases:   sortedUnique(r.Aliases),
				Package:   name,
				Severity:  cvssV3(r.Severity),
				Withdrawn: r.Withdrawn != "",
				Modified:  r.Modified,
				Published: r.Published,
				URL:       URLFor(r.ID),
			})
			i = len(out) - 1
		}
		// A record may name one package in several affected entries
		// (for example with different severities); their ranges add up.
		a := &out[i]
		for _, rg := range af.Ranges {
			if rg.Type == "ECOSYSTEM" && len(rg.Events) > 0 {
				a.Ranges = append(a.Ranges, Range{Events: rg.Events})
			}
		}
		a.Versions = append(a.Versions, af.Versions...)
		if a.Severity == "" {
			a.Severity = cvssV3(af.Severity)
		}
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%s: %w", r.ID, ErrNotPyPI)
	}
	return out, nil
}

// cvssV3 returns the first CVSS v3 vector among severity entries.
func cvssV3(entries []severityEntry) string {
	for _, s := range entries {
		if s.Type == "CVSS_V3" && s.Score != "" {
			return s.Score
		}
	}
	return ""
}

// sortedUnique returns a sorted copy without duplicates (nil for none).
func sortedUnique(s []string) []string {
	if len(s) == 0 {
		return nil
	}
	out := slices.Clone(s)
	slices.Sort(out)
	return slices.Compact(out)
}
