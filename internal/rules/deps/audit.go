package deps

import (
	"slices"

	"github.com/flaskguard/flaskguard/internal/advisories"
	"github.com/flaskguard/flaskguard/internal/finding"
	"github.com/flaskguard/flaskguard/internal/manifest"
	"github.com/flaskguard/flaskguard/internal/pep440"
)

// verdict is what the advisory data says about one requirement.
type verdict struct {
	req manifest.Requirement
	// pinned is set when the requirement names the one version installed
	// (a lockfile entry, an == or === pin, a wheel URL). Otherwise it
	// allows a range, and the version an install picks may be clear.
	pinned  bool
	matches []advisories.Match
	// fix is the lowest version, above the affected one, that no advisory
	// affects; "" when none of the fixes the advisories list clears them
	// all.
	fix string
	// lowest and highest bound the affected versions a range allows,
	// among the versions the advisory data names.
	lowest, highest string
}

// audit matches a requirement against the advisory data. It reports false
// when nothing affects it, and for requirements it cannot judge: no
// version at all (pip installs the newest, which FG0101 is about), a
// direct URL without a version, or a specifier that is not PEP 440.
func audit(db *advisories.DB, r manifest.Requirement) (verdict, bool) {
	v := verdict{req: r}
	switch {
	case r.Version != "":
		v.pinned = true
		v.matches = db.MatchString(r.Normalized, r.Version)
		if len(v.matches) == 0 {
			return v, false
		}
		if pv, err := pep440.Parse(r.Version); err == nil {
			if f, ok := db.LowestFix(r.Normalized, pv); ok {
				v.fix = f.String()
			}
		}
	case r.Specifier != "" && r.URL == "":
		sets, ok := specifierSets(r.Specifier)
		if !ok {
			return v, false
		}
		v.matches = matchRange(db, r.Normalized, sets)
		if len(v.matches) == 0 {
			return v, false
		}
		for _, m := range v.matches {
			v.lowest = minVersion(v.lowest, m.LowestAffected)
			v.highest = maxVersion(v.highest, m.HighestAffected)
		}
		if low, err := pep440.Parse(v.lowest); err == nil {
			if f, ok := db.LowestFix(r.Normalized, low); ok {
				v.fix = f.String()
			}
		}
	default:
		return v, false
	}
	return v, true
}

// matchRange runs MatchRange for each set of a union and merges the
// matches by advisory ID, widening the affected bounds.
func matchRange(db *advisories.DB, pkg string, sets []pep440.SpecifierSet) []advisories.Match {
	var out []advisories.Match
	for _, set := range sets {
		for _, m := range db.MatchRange(pkg, set, false) {
			i := slices.IndexFunc(out, func(o advisories.Match) bool { return o.ID == m.ID })
			if i < 0 {
				out = append(out, m)
				continue
			}
			out[i].LowestAffected = minVersion(out[i].LowestAffected, m.LowestAffected)
			out[i].HighestAffected = maxVersion(out[i].HighestAffected, m.HighestAffected)
		}
	}
	return out
}

// minVersion and maxVersion compare version strings by PEP 440; "" stands
// for "none yet" and loses to any version.
func minVersion(a, b string) string {
	if a == "" || b != "" && compareVersions(b, a) < 0 {
		return b
	}
	return a
}

func maxVersion(a, b string) string {
	if a == "" || b != "" && compareVersions(b, a) > 0 {
		return b
	}
	return a
}

// compareVersions orders two version strings by PEP 440, falling back to
// text for strings that are not versions (the matcher only returns valid
// ones, so the fallback only keeps the order total).
func compareVersions(a, b string) int {
	va, errA := pep440.Parse(a)
	vb, errB := pep440.Parse(b)
	if errA != nil || errB != nil {
		switch {
		case a < b:
			return -1
		case a > b:
			return 1
		}
		return 0
	}
	return pep440.Compare(va, vb)
}

// rating is the severity one advisory earns, and the words that explain it.
type rating struct {
	sev finding.Severity
	// text reads "high (CVSS 7.5)" or "severity unknown (counted as
	// medium)", plus why it was lowered when a note applies.
	text string
	// unknown is set when the data has no usable CVSS score.
	unknown bool
}

// rate turns an advisory's CVSS label into a severity. Most PyPI
// advisories carry no CVSS vector; those count as medium, the middle of the
// scale, rather than being dropped or treated as critical. An
// applicability note (the hole only opens on Windows, with the debugger
// on, in the sandbox, or in the development server) lowers the severity one
// step: most deployments are not exposed, but some are, so it stays
// reported.
func rate(m advisories.Match) rating {
	var r rating
	switch m.Severity.Label {
	case advisories.LabelCritical:
		r.sev = finding.Critical
	case advisories.LabelHigh:
		r.sev = finding.High
	case advisories.LabelMedium:
		r.sev = finding.Medium
	case advisories.LabelLow, advisories.LabelNone:
		r.sev = finding.Low
	default:
		r.sev, r.unknown = finding.Medium, true
	}
	if r.unknown {
		r.text = "severity unknown (counted as medium)"
	} else {
		r.text = string(m.Severity.Label) + " (CVSS " + formatScore(m.Severity.Score) + ")"
	}
	var why []string
	for _, n := range m.Notes {
		if reason, ok := noteReason(n); ok {
			why = append(why, n+", "+reason)
		}
	}
	if len(why) > 0 && r.sev > finding.Low {
		r.sev = lower(r.sev)
		r.text += ", lowered to " + r.sev.String() + ": " + joinAnd(why)
	} else if len(why) > 0 {
		r.text += "; " + joinAnd(why)
	}
	return r
}

// noteReason explains the applicability notes that lower a severity.
func noteReason(note string) (string, bool) {
	switch note {
	case "windows-only":
		return "exploitable only on Windows", true
	case "debugger-only":
		return "exploitable only while the Werkzeug debugger is on", true
	case "sandbox-only":
		return "exploitable only where untrusted templates run in Jinja's sandbox", true
	case "dev-server-only":
		return "exploitable only in the Werkzeug development server", true
	}
	return "", false
}

// severity is the finding's severity: the highest rating among its
// advisories, one step lower when the requirement is a range that may not
// install an affected version.
func (v verdict) severity() finding.Severity {
	if !v.pinned {
		return lower(v.highestRating())
	}
	return v.highestRating()
}

// highestRating is the highest severity among the verdict's advisories.
func (v verdict) highestRating() finding.Severity {
	sev := finding.Low
	for _, m := range v.matches {
		sev = max(sev, rate(m).sev)
	}
	return sev
}

// allows reports whether the requirement's range admits version s.
func (v verdict) allows(s string) bool {
	ver, err := pep440.Parse(s)
	if err != nil {
		return false
	}
	sets, _ := specifierSets(v.req.Specifier)
	return slices.ContainsFunc(sets, func(set pep440.SpecifierSet) bool { return set.Contains(ver, false) })
}

// confidence is high for a pinned version the matcher placed with
// certainty, medium when an advisory's range had to be read
// conservatively, and low for a range.
func (v verdict) confidence() finding.Confidence {
	if !v.pinned {
		return finding.LowConfidence
	}
	for _, m := range v.matches {
		if !m.Certain {
			return finding.MediumConfidence
		}
	}
	return finding.HighConfidence
}
