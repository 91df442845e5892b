package deps

import (
	"slices"
	"strings"

	"github.com/flaskguard/flaskguard/internal/finding"
	"github.com/flaskguard/flaskguard/internal/manifest"
	"github.com/flaskguard/flaskguard/internal/pep440"
	"github.com/flaskguard/flaskguard/internal/rules/rule"
)

// UnsupportedFlaskStackVersion flags Flask, Werkzeug and Jinja2 pinned to a
// release line that no longer receives security fixes.
//
// # What it does
//
// Reports a Flask, Werkzeug or Jinja2 requirement whose version lies
// below the oldest supported release line: a pinned or locked version
// (Flask==2.2.5, a poetry.lock entry for werkzeug 3.0.6), or a range that
// excludes every supported release (flask<3, flask~=2.2, Poetry's ^2.2).
// The supported lines are kept as data in this rule, from the Pallets
// version policy: only the latest feature release line gets fixes, so as
// of 2026 Flask 3.1, Werkzeug 3.1 and Jinja2 3.1.
//
// A version on an older major line (Flask 2.x, 1.x, 0.x) is Medium; one on
// the previous feature line of the current major (Flask 3.0) is Low, since
// the upgrade is small and usually painless. The check is about support,
// not about known holes: FG1501 reports the advisories that affect the
// version, and a line can be unsupported while no advisory is known yet.
//
// # Why is this bad
//
// Pallets publish security fixes only as bug-fix releases of the current
// feature line (Flask 3.1.x); older lines get nothing, not even for
// critical advisories. An app pinned to one cannot take the next fix
// without a feature upgrade, which tends to happen in a hurry, after the
// advisory is public. This is use of a component that is no longer
// maintained (CWE-1104).
//
// # Example
//
//	# requirements.txt
//	Flask==2.3.3
//	Werkzeug==3.0.6
//	Jinja2~=3.0.0
//
// # Use instead
//
// Upgrade to the supported line and keep following its bug-fix releases:
//
//	# requirements.txt
//	Flask==3.1.3
//	Werkzeug==3.1.6
//	Jinja2==3.1.6
//
// # References
//
//   - https://palletsprojects.com/versions
//   - https://github.com/pallets/flask/security/policy
//   - https://flask.palletsprojects.com/en/stable/changes/
//   - https://cwe.mitre.org/data/definitions/1104.html
var UnsupportedFlaskStackVersion = rule.Rule{
	ID:           "FG0102",
	Name:         "unsupported-flask-stack-version",
	Practice:     1,
	CWE:          1104,
	Severity:     finding.Medium,
	Confidence:   finding.HighConfidence,
	Summary:      "Flask, Werkzeug or Jinja2 pinned to a release line that no longer gets security fixes",
	Fix:          "Upgrade to the supported feature release line (Flask 3.1, Werkzeug 3.1, Jinja2 3.1 as of 2026) and follow its bug-fix releases.",
	CheckProject: checkUnsupported,
}

// supportedLine returns the oldest release line of a Pallets project that
// still gets security fixes, by normalised project name.
//
// Source: the Pallets version support policy
// (https://palletsprojects.com/versions): "only the latest feature release
// is supported"; security fixes ship as bug-fix releases of that line and
// are not backported. Flask 3.1.0, Werkzeug 3.1.0 and Jinja2 3.1.0 are the
// current feature releases as of 2026. Update this table when Pallets
// publish a new feature release (Flask 3.2, say).
func supportedLine(name string) (project, line string, ok bool) {
	switch name {
	case "flask":
		return "Flask", "3.1", true
	case "werkzeug":
		return "Werkzeug", "3.1", true
	case "jinja2":
		return "Jinja2", "3.1", true
	}
	return "", "", false
}

func checkUnsupported(c *rule.Ctx) {
	if c.Deps == nil {
		return
	}
	// Evidence per file: the packages found on a supported line.
	current := map[string][]string{}
	var files []string
	for _, r := range c.Deps.Resolution.Effective {
		project, line, ok := supportedLine(r.Normalized)
		if !ok {
			continue
		}
		supported, _ := pep440.Parse(line)
		switch {
		case r.Version != "":
			v, err := pep440.Parse(r.Version)
			if err != nil {
				continue
			}
			if pep440.Compare(v.BaseVersion(), supported) < 0 {
				c.ReportAt(r.Loc, lineSeverity(v.Release()[0], supported), unsupportedMessage(r, project, r.Version, line))
				continue
			}
			if current[r.Loc.Path] == nil {
				files = append(files, r.Loc.Path)
			}
			current[r.Loc.Path] = append(current[r.Loc.Path], r.Name+" "+r.Version)
		case r.Specifier != "" && r.URL == "":
			if major, excluded := excludesLine(r.Specifier, line); excluded {
				c.ReportAt(r.Loc, lineSeverity(major, supported), unsupportedMessage(r, project, r.Specifier, line))
			}
		}
	}
	for _, f := range files {
		c.Evidence(finding.Location{Path: f}, "on supported Pallets release lines in "+f+": "+strings.Join(current[f], ", "))
	}
}

// excludesLine reports whether a specifier allows no release of the
// supported line or later, and returns the highest major version it
// allows, to grade the finding. It probes the line's first release, bug-fix
// releases of it and a far-future release: a range that admits none of
// them cannot install a supported version in practice.
func excludesLine(spec, line string) (major uint64, excluded bool) {
	sets, ok := specifierSets(spec)
	if !ok {
		return 0, false
	}
	for _, set := range sets {
		for _, p := range []string{line, line + ".1", line + ".99", "9999"} {
			if v, _ := pep440.Parse(p); set.Contains(v, true) {
				return 0, false
			}
		}
		for _, s := range set.Specifiers() {
			if m, ok := allowedMajor(s); ok {
				major = max(major, m)
			}
		}
	}
	return major, true
}

// allowedMajor returns the highest major version a clause with an upper
// bound allows: "<3" and "<3.0.0" stop at 2, "<=3.0", "==3.0.*" and
// "~=3.0.0" reach 3. Lower bounds and exclusions say nothing of it.
func allowedMajor(s pep440.Specifier) (uint64, bool) {
	v, ok := s.Version()
	if !ok {
		return 0, false
	}
	rel := v.Release()
	switch s.Operator() {
	case "<":
		if rel[0] > 0 && !slices.ContainsFunc(rel[1:], func(n uint64) bool { return n != 0 }) {
			return rel[0] - 1, true
		}
		return rel[0], true
	case "<=", "==", "===", "~=":
		return rel[0], true
	}
	return 0, false
}

// lineSeverity grades how far behind a version (its major) is: a
// previous major line is Medium, the previous feature line of the current
// major Low.
func lineSeverity(major uint64, supported pep440.Version) finding.Severity {
	if major < supported.Release()[0] {
		return finding.Medium
	}
	return finding.Low
}

func unsupportedMessage(r manifest.Requirement, project, version, line string) string {
	what := r.Name + " " + version
	if r.Version == "" {
		what = r.Name + version + " allows only versions that are"
	} else {
		what += " (" + source(r) + ") is"
	}
	return what + " below " + line + ", the oldest " + project +
		" release line that still gets security fixes: Pallets fix only the latest feature release, so the next advisory will have no fix for this version"
}
