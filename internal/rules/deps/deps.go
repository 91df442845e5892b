// Package deps holds the dependency rules: practice 1, "current Flask and
// dependencies" (FG0101 unpinned security-critical packages, FG0102 Flask,
// Werkzeug or Jinja2 on a release line that no longer gets fixes), and
// practice 15, "dependency vulnerability checks" (FG1501, known advisories
// affecting the versions the project installs).
//
// The rules read Ctx.Deps: every manifest and lockfile of the project,
// already resolved so that a lockfile's version stands in for the range in
// the manifest beside it (see manifest.Resolve). They report at the line of
// the requirement that decides the version, which is the lockfile entry
// when there is one, and name the manifest line it stands in for.
package deps

import (
	"strconv"
	"strings"
	"time"

	"github.com/flaskguard/flaskguard/internal/advisories"
	"github.com/flaskguard/flaskguard/internal/finding"
	"github.com/flaskguard/flaskguard/internal/manifest"
	"github.com/flaskguard/flaskguard/internal/pep440"
	"github.com/flaskguard/flaskguard/internal/rules/rule"
)

// source says where a requirement's version comes from, for messages:
// "locked in poetry.lock", "pinned in requirements.txt", or "required as
// >=2.0 in pyproject.toml". A lockfile is named as such because it is what
// an install actually uses, and a manifest pin can drift from it.
func source(r manifest.Requirement) string {
	file := r.Loc.Path
	switch {
	case r.Locked:
		return "locked in " + file
	case r.Version != "" && r.URL != "":
		return "pinned by URL in " + file
	case r.Version != "":
		return "pinned in " + file
	case r.Specifier != "":
		return "required as " + r.Specifier + " in " + file
	}
	return "required without a version in " + file
}

// declaredBy lists the manifest lines a resolved requirement stands in for
// ("declared in pyproject.toml:9 as >=2.2,<3.0.0"), so that a finding at a
// lockfile entry also points at the line a developer edits.
func declaredBy(d *rule.Deps, r manifest.Requirement) []string {
	var out []string
	for _, s := range d.Resolution.Shadowed {
		if !sameRequirement(s.By, r) || s.Requirement.Locked {
			continue
		}
		line := s.Requirement.Loc.Path + ":" + strconv.Itoa(s.Requirement.Loc.StartLine)
		if spec := s.Requirement.Specifier; spec != "" {
			out = append(out, "declared in "+line+" as "+spec)
		} else {
			out = append(out, "declared in "+line+" without a version")
		}
	}
	return out
}

// sameRequirement reports whether two requirements are the same entry of
// the same file.
func sameRequirement(a, b manifest.Requirement) bool {
	return a.Normalized == b.Normalized && a.Loc == b.Loc
}

// lower returns the severity one step below s, but never below Low: a
// finding about a vulnerable or outdated dependency is always worth a
// look, and Info findings would not fail the practice.
func lower(s finding.Severity) finding.Severity {
	return max(s-1, finding.Low)
}

// specifierSets parses a requirement's specifier into the sets it allows
// any of: one set, or several for a Poetry "||" union. It reports false when
// a part is not PEP 440, which the rules then leave alone rather than guess.
func specifierSets(spec string) ([]pep440.SpecifierSet, bool) {
	var sets []pep440.SpecifierSet
	for part := range strings.SplitSeq(spec, "||") {
		set, err := pep440.ParseSpecifierSet(part)
		if err != nil {
			return nil, false
		}
		sets = append(sets, set)
	}
	return sets, true
}

// runtimeGroup reports whether a requirement is installed with the
// application: the main dependencies and optional extras, not the
// development, test or build groups.
func runtimeGroup(r manifest.Requirement) bool {
	return r.Group == "" || strings.HasPrefix(r.Group, "optional:")
}

// DataLabel names the advisory data in use and its date, for reports and
// `flaskguard db status`: "embedded snapshot 2024-10-10 + curated",
// "OSV export fetched 2026-03-01 + curated", "OSV records from
// /srv/osv.zip, newest 2025-11-30 + curated".
func DataLabel(info advisories.Info) string {
	var s string
	switch info.Source {
	case advisories.SourceEmbedded:
		s = "embedded snapshot " + day(info.Newest)
	case advisories.SourceCache:
		s = "OSV export fetched " + info.Fetched.UTC().Format(time.DateOnly)
	default:
		s = "OSV records from " + info.Path + ", newest " + day(info.Newest)
	}
	if info.Curated > 0 {
		s += " + curated"
	}
	return s
}

// day returns the date part of an RFC 3339 timestamp, or "unknown date".
func day(ts string) string {
	if t, err := time.Parse(time.RFC3339Nano, ts); err == nil {
		return t.UTC().Format(time.DateOnly)
	}
	return "unknown date"
}
