package deps

import (
	"strconv"
	"strings"

	"github.com/flaskguard/flaskguard/internal/advisories"
)

// message renders a verdict as one block that reads on its own, since each
// finding is one package on one line: a headline with the fix, then the
// version and where it comes from, the severity, every advisory with its
// aliases, severity and fixed versions, and the version to move to.
//
//	flask 2.2.0 is affected by 2 known vulnerabilities; upgrade to 3.1.3
//	version: 2.2.0, locked in poetry.lock; declared in pyproject.toml:9 as >=2.2,<3.0.0
//	severity: medium, the highest of the advisories below
//	advisories:
//	  PYSEC-2023-62 (CVE-2023-30861, GHSA-m2qf-hxjv-5gpq): severity unknown (counted as medium); fixed in 2.2.5, 2.3.2
//	  GHSA-68rp-wp8r-4726 (CVE-2026-27205): severity unknown (counted as medium); fixed in 3.1.3
//	fixed version: 3.1.3, the lowest that clears every advisory above
func (v verdict) message(declared []string) string {
	var b strings.Builder
	r := v.req
	n := plural(len(v.matches), "known vulnerability", "known vulnerabilities")
	if v.pinned {
		b.WriteString(r.Name + " " + r.Version + " is affected by " + n)
	} else {
		b.WriteString(r.Name + " " + r.Specifier + " allows versions affected by " + n)
	}
	switch {
	case v.fix != "" && v.pinned:
		b.WriteString("; upgrade to " + v.fix)
	case v.fix != "":
		b.WriteString("; " + v.fix + " is the lowest version clear of all of them")
		if !v.allows(v.fix) {
			b.WriteString(", and the range excludes it")
		}
	default:
		b.WriteString("; no version the advisories name fixes all of them")
	}

	if v.pinned {
		b.WriteString("\nversion: " + r.Version + ", " + source(r))
	} else {
		b.WriteString("\nrange: " + r.Specifier + " in " + r.Loc.Path + "; it may be affected: it allows affected versions from " +
			v.lowest + " to " + v.highest)
	}
	for _, d := range declared {
		b.WriteString("; " + d)
	}
	if r.Marker != "" {
		b.WriteString("; only where " + r.Marker)
	}

	if v.pinned {
		b.WriteString("\nseverity: " + v.severity().String() + ", the highest of the advisories below")
	} else {
		b.WriteString("\nseverity: " + v.severity().String() + " (the advisories below reach " + v.highestRating().String() +
			"; lowered one step because the range may install a fixed version)")
	}
	b.WriteString("\nadvisories:")
	for _, m := range v.matches {
		b.WriteString("\n  " + advisoryLine(m))
	}
	if v.fix != "" {
		b.WriteString("\nfixed version: " + v.fix + ", the lowest that clears every advisory above")
	}
	return b.String()
}

// advisoryLine describes one (merged) advisory: its IDs, the aliases
// under which other databases know it, its severity and its fixes.
func advisoryLine(m advisories.Match) string {
	s := strings.Join(m.IDs, ", ")
	if len(m.Aliases) > 0 {
		s += " (" + strings.Join(m.Aliases, ", ") + ")"
	}
	s += ": " + rate(m).text
	if len(m.Fixed) > 0 {
		s += "; fixed in " + strings.Join(m.Fixed, ", ")
	} else {
		s += "; no fixed version"
	}
	return s
}

func formatScore(s float64) string { return strconv.FormatFloat(s, 'f', 1, 64) }

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}

// joinAnd joins phrases with commas and a final "and".
func joinAnd(parts []string) string {
	if len(parts) <= 1 {
		return strings.Join(parts, "")
	}
	return strings.Join(parts[:len(parts)-1], ", ") + " and " + parts[len(parts)-1]
}
