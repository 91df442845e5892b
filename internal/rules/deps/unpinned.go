package deps

import (
	"strings"

	"github.com/flaskguard/flaskguard/internal/finding"
	"github.com/flaskguard/flaskguard/internal/manifest"
	"github.com/flaskguard/flaskguard/internal/rules/rule"
)

// UnpinnedSecurityCriticalPackage flags Flask and the packages that guard
// its sessions, templates, tokens and outgoing TLS when nothing fixes their
// version.
//
// # What it does
//
// Reports a requirement of Flask, Werkzeug, Jinja2, itsdangerous,
// cryptography, PyJWT, requests or urllib3 that has no version specifier
// (flask) or only a lower bound (flask>=2.0, flask>2,!=2.1.0), in the
// runtime dependencies or an extra, when no lockfile in the same folder
// and no == pin elsewhere in it (a pip-tools requirements.txt beside its
// requirements.in) fixes the version. Any upper bound counts as a pin for
// this rule (flask~=3.1, flask<4, flask==3.1.*): it stops a new major
// release from arriving unreviewed. Development, test and build groups are
// not reported.
//
// # Why is this bad
//
// Without a pin or lockfile, each install takes whatever release the
// index serves that day. Two deployments of one commit can run different
// Flask or Werkzeug versions; a rebuild can pull a release that changes
// session or cookie defaults, or one published by an attacker who took
// over a maintainer account, and nobody reviewed the change; and when an
// advisory appears, nothing in the repository says whether production is
// affected, so FG1501 cannot check it. This is reliance on a component
// whose version the project does not control (CWE-1357, reliance on
// insufficiently trustworthy component): the exact release in use is
// neither chosen nor recorded. A library's own metadata rightly uses
// ranges; an application should pin, or lock.
//
// # Example
//
//	# requirements.txt
//	flask
//	requests>=2.20
//
// # Use instead
//
// Pin exact versions, ideally with hashes, or commit a lockfile and keep
// the ranges in the manifest:
//
//	# requirements.txt (pip-compile output)
//	flask==3.1.3
//	requests==2.32.4
//
// uv lock, poetry lock, pdm lock and pipenv lock all write lockfiles that
// flaskguard reads.
//
// # References
//
//   - https://pip.pypa.io/en/stable/topics/repeatable-installs/
//   - https://pip-tools.readthedocs.io/en/stable/
//   - https://packaging.python.org/en/latest/specifications/pylock-toml/
//   - https://cwe.mitre.org/data/definitions/1357.html
var UnpinnedSecurityCriticalPackage = rule.Rule{
	ID:           "FG0101",
	Name:         "unpinned-security-critical-package",
	Practice:     1,
	CWE:          1357,
	Severity:     finding.Low,
	Confidence:   finding.HighConfidence,
	Summary:      "Flask, Werkzeug, Jinja2, itsdangerous, cryptography, PyJWT, requests or urllib3 required without a pin or lockfile",
	Fix:          "Pin the version (pip-compile writes == pins) or commit a lockfile (uv lock, poetry lock, pdm lock, pipenv lock).",
	CheckProject: checkUnpinned,
}

// securityCritical reports whether a normalised project name is one whose
// version decides the app's session signing, template escaping, token
// checks or TLS, the packages FG0101 insists on pinning.
func securityCritical(name string) bool {
	switch name {
	case "flask", "werkzeug", "jinja2", "itsdangerous", "cryptography", "pyjwt", "requests", "urllib3":
		return true
	}
	return false
}

func checkUnpinned(c *rule.Ctx) {
	if c.Deps == nil {
		return
	}
	// Evidence per file, one record listing the pinned packages, so that
	// the scorecard shows what practice 1 rests on without a line each.
	pinned := map[string][]string{}
	var files []string
	for _, r := range c.Deps.Resolution.Effective {
		if !securityCritical(r.Normalized) || !runtimeGroup(r) || r.URL != "" {
			continue
		}
		if r.Locked || r.Version != "" {
			if pinned[r.Loc.Path] == nil {
				files = append(files, r.Loc.Path)
			}
			pinned[r.Loc.Path] = append(pinned[r.Loc.Path], r.Name+" "+r.Version)
			continue
		}
		if lowerBoundOnly(r.Specifier) {
			c.ReportAt(r.Loc, c.Rule().Severity, unpinnedMessage(r))
		}
	}
	for _, f := range files {
		c.Evidence(finding.Location{Path: f}, "security-critical packages pinned in "+f+": "+strings.Join(pinned[f], ", "))
	}
}

// lowerBoundOnly reports whether a specifier leaves the newest release
// allowed: it is empty, or every clause of some alternative is >=, > or
// != (a Poetry union is unbounded if any side is).
func lowerBoundOnly(spec string) bool {
	if spec == "" {
		return true
	}
	sets, ok := specifierSets(spec)
	if !ok {
		return false
	}
	for _, set := range sets {
		unbounded := true
		for _, s := range set.Specifiers() {
			switch s.Operator() {
			case ">=", ">", "!=":
			default:
				unbounded = false
			}
		}
		if unbounded {
			return true
		}
	}
	return false
}

func unpinnedMessage(r manifest.Requirement) string {
	what := r.Name + " has no version specifier"
	if r.Specifier != "" {
		what = r.Name + r.Specifier + " sets only a lower bound"
	}
	return what + " in " + r.Loc.Path + " and no lockfile pins it: every install takes whatever " + r.Name +
		" release the index serves that day, unreviewed, and the version in production is recorded nowhere"
}
