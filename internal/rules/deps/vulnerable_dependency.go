package deps

import (
	"github.com/flaskguard/flaskguard/internal/finding"
	"github.com/flaskguard/flaskguard/internal/rules/rule"
)

// VulnerableDependency flags dependency versions that known advisories
// affect.
//
// # What it does
//
// Checks every requirement of every manifest and lockfile the scan finds
// (requirements*.txt and the files they include, pyproject.toml in its
// PEP 621, Poetry, PDM and Hatch forms, Pipfile, setup.cfg, setup.py,
// poetry.lock, Pipfile.lock, uv.lock, pdm.lock and pylock.toml) against the
// Python Packaging Advisory Database in OSV form, plus curated Flask,
// Werkzeug and Jinja2 advisories newer than the embedded snapshot.
//
// Where a lockfile pins a package, its version is the one checked and the
// finding is at the lockfile entry, naming the manifest line it stands in
// for. A pinned version (an == pin, a lockfile entry, a wheel URL) is
// matched exactly: confidence high. A range such as >=2.0 is reported as
// "may be affected" with the lowest and highest affected versions it
// allows, with confidence low and the severity one step lower, since an
// install may pick a fixed version. A requirement without any version is
// left to FG0101: pip installs the newest release. So is a range in
// build-system requires: the build front end installs the newest match in
// an isolated environment, and it does not ship with the app.
//
// There is one finding per requirement line and package. It lists every
// advisory that affects the version, with its IDs and aliases merged (two
// records for one CVE are one advisory), its severity and its fixed
// versions, and names the lowest version that clears all of them. The
// severity is the highest CVSS rating among the advisories; most PyPI
// advisories have no CVSS score, and those count as medium ("severity
// unknown" in the message). An advisory that only applies on Windows, with
// the Werkzeug debugger on, inside Jinja's sandbox or in the development
// server is lowered one step, and the message says why. Withdrawn
// advisories are never reported.
//
// The data is embedded in the binary and nothing is fetched during a scan:
// run `flaskguard db update` for the current export, or pass --db. The
// scorecard's practice 15 row says which data was used and its date.
//
// # Why is this bad
//
// A published advisory comes with a description of the flaw, often a
// proof of concept, and scanners that look for it. Flask 2.2.0 leaks one
// user's session cookie to others behind a caching proxy
// (CVE-2023-30861); Werkzeug before 3.0.3 lets an attacker who controls a
// subdomain run code through the debugger (CVE-2024-34069); Jinja2 before
// 3.1.4 lets user-chosen attribute names inject HTML (CVE-2024-34064).
// Running a version with a known hole is CWE-1395, dependency on a
// vulnerable third-party component.
//
// # Example
//
//	# requirements.txt
//	Flask==2.2.0
//	Werkzeug==2.2.2
//
// # Use instead
//
// Upgrade to the fixed version the finding names and regenerate the
// lockfile:
//
//	# requirements.txt
//	Flask==3.1.3
//	Werkzeug==3.1.6
//
// With a lockfile: pip-compile --upgrade-package flask, poetry update
// flask, uv lock --upgrade-package flask, pdm update flask or pipenv
// update flask. If an advisory does not apply (it needs Windows and the
// app runs on Linux, say), suppress the finding with a reason:
// `Werkzeug==3.1.4  # flaskguard: ignore[FG1501] Linux only, CVE-2026-21860 needs Windows`.
//
// # References
//
//   - https://github.com/pypa/advisory-database
//   - https://ossf.github.io/osv-schema/
//   - https://flask.palletsprojects.com/en/stable/changes/
//   - https://cwe.mitre.org/data/definitions/1395.html
var VulnerableDependency = rule.Rule{
	ID:           "FG1501",
	Name:         "vulnerable-dependency",
	Practice:     15,
	CWE:          1395,
	Severity:     finding.High,
	Confidence:   finding.HighConfidence,
	Summary:      "A pinned, locked or allowed dependency version is affected by a known advisory",
	Fix:          "Upgrade to the fixed version the finding names and regenerate the lockfile (pip-compile --upgrade-package, poetry update, uv lock --upgrade-package, pdm update, pipenv update).",
	CheckProject: checkVulnerableDependency,
}

func checkVulnerableDependency(c *rule.Ctx) {
	d := c.Deps
	if d == nil || len(d.Resolution.Effective) == 0 {
		return
	}
	db, err := d.Advisories()
	if err != nil {
		return // the scan reports the failure once, as a diagnostic
	}
	// Evidence per file: how many requirements were checked against which
	// data, so that the scorecard shows what a clean practice 15 rests on.
	checked := map[string]int{}
	var files []string
	for _, r := range d.Resolution.Effective {
		if r.Version == "" && (r.Specifier == "" || r.URL != "" || r.Group == "build") {
			// Nothing to match (see audit), or a build requirement range:
			// PEP 517 build isolation installs the newest match for the
			// build alone, and nothing of it ships with the app.
			continue
		}
		if checked[r.Loc.Path] == 0 {
			files = append(files, r.Loc.Path)
		}
		checked[r.Loc.Path]++
		if v, ok := audit(db, r); ok {
			c.ReportConfidence(r.Loc, v.severity(), v.confidence(), v.message(declaredBy(d, r)))
		}
	}
	label := "advisories: " + DataLabel(db.Info())
	for _, f := range files {
		c.Evidence(finding.Location{Path: f},
			plural(checked[f], "requirement", "requirements")+" checked against "+label)
	}
}
