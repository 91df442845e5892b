package advisories

import (
	"cmp"
	"slices"
	"strings"

	"github.com/flaskguard/flaskguard/internal/pep440"
)

// Match is one known issue affecting a package version. Records that share
// an identifier (two PYSEC entries with the same CVE alias, say) describe
// one issue and are reported as one Match that keeps all their IDs.
type Match struct {
	// ID is the primary advisory ID, the lowest in natural order.
	ID string `json:"id"`
	// IDs lists every merged advisory ID, ID first.
	IDs []string `json:"ids"`
	// Aliases lists the other identifiers (CVE, GHSA) not among IDs.
	Aliases []string `json:"aliases,omitempty"`
	Package string   `json:"package"`
	// Severity is the most severe of the merged records' CVSS scores.
	Severity Severity `json:"severity"`
	// Fixed lists the versions the advisories name as fixed, lowest first.
	Fixed []string `json:"fixed,omitempty"`
	URL   string   `json:"url"`
	// Notes are applicability notes such as "windows-only".
	Notes []string `json:"notes,omitempty"`
	// Certain is false when the verdict rests on an assumption: the
	// requirement was a range, not a pin (MatchRange), or a range event in
	// the advisory is not a valid version and was read conservatively.
	Certain bool `json:"certain"`
	// LowestAffected and HighestAffected are set by MatchRange: the lowest
	// and highest versions the requirement allows, among those the
	// advisory data mentions, that the advisory affects.
	LowestAffected  string `json:"lowest_affected,omitempty"`
	HighestAffected string `json:"highest_affected,omitempty"`
}

// hit is one advisory that matched, before merging by alias.
type hit struct {
	adv     *compiledAdv
	certain bool
	// lowest and highest are the affected allowed versions MatchRange
	// found; zero for a pinned version.
	lowest, highest pep440.Version
}

// Match returns the advisories that affect pkg (any spelling) at version v,
// following the OSV schema: only ECOSYSTEM ranges count (GIT ranges are
// skipped, the ranges after them still read); each range's events are sorted
// by version with introduced "0" first and may open several windows;
// introduced is inclusive, fixed exclusive, last_affected inclusive; a
// version listed in versions[] (compared by PEP 440 equality) is affected
// whatever the ranges say; withdrawn advisories are never reported.
func (db *DB) Match(pkg string, v pep440.Version) []Match {
	c := db.compiled(pkg)
	if c == nil || v.IsZero() {
		return nil
	}
	rank := c.rank(v)
	var hits []hit
	for i := range c.advs {
		ca := &c.advs[i]
		if !ca.adv.Withdrawn && ca.affects(v, rank) {
			hits = append(hits, hit{adv: ca, certain: !ca.uncertain})
		}
	}
	return merge(hits)
}

// MatchString is Match for a version as written in a manifest. A string
// that is not PEP 440 (lockfiles can hold legacy versions such as
// "0.7.10p1") cannot be placed in any range, so it only matches versions[]
// entries spelled exactly the same.
func (db *DB) MatchString(pkg, version string) []Match {
	if v, err := pep440.Parse(version); err == nil {
		return db.Match(pkg, v)
	}
	c := db.compiled(pkg)
	if c == nil {
		return nil
	}
	var hits []hit
	for i := range c.advs {
		ca := &c.advs[i]
		if !ca.adv.Withdrawn && slices.Contains(ca.raw, version) {
			hits = append(hits, hit{adv: ca, certain: true})
		}
	}
	return merge(hits)
}

// MatchRange judges an unpinned requirement such as "flask>=2.0,<3". The
// advisory data only knows the versions it mentions, so the verdict is drawn
// from those: every version the data mentions for the package that set
// allows (pre-releases only if allowPre or the set names one) is checked,
// and an advisory affecting any of them is reported as a Match with Certain
// false and the lowest and highest affected allowed versions. A set that pins
// one version ("==2.2.0") is matched exactly, as Match does.
func (db *DB) MatchRange(pkg string, set pep440.SpecifierSet, allowPre bool) []Match {
	if v, ok := set.Pinned(); ok {
		return db.Match(pkg, v)
	}
	c := db.compiled(pkg)
	if c == nil {
		return nil
	}
	var allowed []int32
	for i, v := range c.known {
		if set.Contains(v, allowPre) {
			allowed = append(allowed, int32(i))
		}
	}
	var hits []hit
	for i := range c.advs {
		ca := &c.advs[i]
		if ca.adv.Withdrawn {
			continue
		}
		h := hit{adv: ca}
		for _, r := range allowed {
			if !ca.affects(c.known[r], r) {
				continue
			}
			if h.lowest.IsZero() {
				h.lowest = c.known[r]
			}
			h.highest = c.known[r]
		}
		if !h.lowest.IsZero() {
			hits = append(hits, h)
		}
	}
	return merge(hits)
}

// LowestFix returns the lowest version at or above v that no advisory of the
// package affects, among v itself and the fixed versions the advisories
// name. It is v when nothing affects v. Otherwise each listed fix above v is
// tried in order and the first one that is itself clear of every advisory
// (not only those affecting v) wins. Pre-release fixes are skipped unless v is
// a pre-release, since recommending one would move a project off final
// releases. The bool is false when no listed fix clears everything, which
// happens when an advisory has no fix or a later one reopens the hole.
func (db *DB) LowestFix(pkg string, v pep440.Version) (pep440.Version, bool) {
	c := db.compiled(pkg)
	if v.IsZero() {
		return pep440.Version{}, false
	}
	if c == nil || len(db.Match(pkg, v)) == 0 {
		return v, true
	}
	var candidates []pep440.Version
	for i := range c.advs {
		for _, s := range c.advs[i].fixed {
			f, err := pep440.Parse(s)
			if err != nil || pep440.Compare(f, v) <= 0 || f.IsPrerelease() && !v.IsPrerelease() {
				continue
			}
			candidates = append(candidates, f)
		}
	}
	slices.SortStableFunc(candidates, pep440.Compare)
	candidates = slices.CompactFunc(candidates, pep440.Version.Equal)
	for _, f := range candidates {
		if len(db.Match(pkg, f)) == 0 {
			return f, true
		}
	}
	return pep440.Version{}, false
}

// merge groups hits that share an ID or alias (transitively) into Matches,
// sorted by primary ID.
func merge(hits []hit) []Match {
	if len(hits) == 0 {
		return nil
	}
	// Union-find over the hits, joined through a map from each ID and
	// alias to the first hit that carries it. Packages such as tensorflow
	// have hundreds of advisories matching one version, so pairwise
	// comparison would be quadratic.
	parent := make([]int, len(hits))
	for i := range parent {
		parent[i] = i
	}
	var find func(int) int
	find = func(i int) int {
		if parent[i] != i {
			parent[i] = find(parent[i])
		}
		return parent[i]
	}
	owner := make(map[string]int)
	for i, h := range hits {
		for _, k := range h.adv.keys {
			if j, seen := owner[k]; seen {
				parent[find(i)] = find(j)
			} else {
				owner[k] = i
			}
		}
	}
	groups := make(map[int][]hit)
	var roots []int
	for i, h := range hits {
		r := find(i)
		if _, seen := groups[r]; !seen {
			roots = append(roots, r)
		}
		groups[r] = append(groups[r], h)
	}
	out := make([]Match, 0, len(roots))
	for _, r := range roots {
		out = append(out, buildMatch(groups[r]))
	}
	slices.SortFunc(out, func(a, b Match) int { return compareIDs(a.ID, b.ID) })
	return out
}

// buildMatch folds one group of hits into a Match.
func buildMatch(group []hit) Match {
	slices.SortFunc(group, func(a, b hit) int { return compareIDs(a.adv.adv.ID, b.adv.adv.ID) })
	primary := group[0].adv.adv
	m := Match{ID: primary.ID, Package: primary.Package, URL: primary.URL,
		Severity: Severity{Label: LabelUnknown}}
	var aliases, fixed []string
	var lowest, highest pep440.Version
	for _, h := range group {
		a := h.adv.adv
		m.IDs = append(m.IDs, a.ID)
		aliases = append(aliases, a.Aliases...)
		fixed = append(fixed, h.adv.fixed...)
		m.Notes = append(m.Notes, a.Notes...)
		m.Certain = m.Certain || h.certain
		m.Severity = moreSevere(m.Severity, h.adv.severity)
		if !h.lowest.IsZero() && (lowest.IsZero() || pep440.Compare(h.lowest, lowest) < 0) {
			lowest = h.lowest
		}
		if !h.highest.IsZero() && (highest.IsZero() || pep440.Compare(h.highest, highest) > 0) {
			highest = h.highest
		}
	}
	for _, al := range aliases {
		if !slices.Contains(m.IDs, al) && !slices.Contains(m.Aliases, al) {
			m.Aliases = append(m.Aliases, al)
		}
	}
	slices.Sort(m.Aliases)
	slices.Sort(m.Notes)
	m.Notes = slices.Compact(m.Notes)
	m.Fixed = sortVersionStrings(fixed)
	m.LowestAffected, m.HighestAffected = lowest.String(), highest.String()
	return m
}

// moreSevere returns the more severe of two severities; a scored one beats
// an unknown one, and between unknown ones the one with a vector is kept for
// display.
func moreSevere(a, b Severity) Severity {
	switch {
	case a.Label == LabelUnknown && b.Label == LabelUnknown:
		if a.Vector == "" {
			return b
		}
		return a
	case a.Label == LabelUnknown:
		return b
	case b.Label == LabelUnknown:
		return a
	case b.Score > a.Score:
		return b
	}
	return a
}

// compareIDs orders advisory IDs naturally, numbers by value, so that
// PYSEC-2021-88 comes before PYSEC-2021-104.
func compareIDs(a, b string) int {
	for a != "" && b != "" {
		ad, bd := isDigit(a[0]), isDigit(b[0])
		if ad != bd {
			break
		}
		na, nb := chunk(a, ad), chunk(b, bd)
		if ad {
			ta, tb := trimZeros(a[:na]), trimZeros(b[:nb])
			if c := cmp.Or(cmp.Compare(len(ta), len(tb)), strings.Compare(ta, tb)); c != 0 {
				return c
			}
		} else if c := strings.Compare(a[:na], b[:nb]); c != 0 {
			return c
		}
		a, b = a[na:], b[nb:]
	}
	return strings.Compare(a, b)
}

// chunk returns the length of the leading run of digits (or non-digits).
func chunk(s string, digits bool) int {
	i := 0
	for i < len(s) && isDigit(s[i]) == digits {
		i++
	}
	return i
}

func trimZeros(s string) string {
	for len(s) > 1 && s[0] == '0' {
		s = s[1:]
	}
	return s
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }
