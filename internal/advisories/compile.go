package advisories

import (
	"cmp"
	"slices"

	"github.com/flaskguard/flaskguard/internal/pep440"
)

// eventKind is the kind of a range event.
type eventKind uint8

const (
	evIntroduced eventKind = iota
	evFixed
	evLastAffected
	evLimit
)

// event is a range event with its version parsed.
type event struct {
	kind eventKind
	// zero marks introduced "0", "from the first release", which sorts
	// before every version.
	zero bool
	v    pep440.Version
}

// compiledAdv is an advisory ready for matching.
type compiledAdv struct {
	adv *Advisory
	// ranges hold each ECOSYSTEM range's events sorted by version.
	ranges [][]event
	// listed holds the positions in compiledPkg.known of the parsable
	// versions[] entries, sorted; raw holds the entries that are not PEP 440
	// versions, which can only match as exact strings.
	listed []int32
	raw    []string
	// uncertain is set when an event version could not be parsed, so the
	// ranges could only be read conservatively (see compileRange).
	uncertain bool
	fixed     []string
	severity  Severity
	// keys are the ID and aliases, under which records merge.
	keys []string
}

// compiledPkg is every advisory of one package, compiled.
type compiledPkg struct {
	advs []compiledAdv
	// known is every valid version the advisories mention, sorted, without
	// PEP 440 duplicates.
	known []pep440.Version
}

func compilePkg(advs []Advisory) *compiledPkg {
	c := &compiledPkg{advs: make([]compiledAdv, len(advs))}
	// Advisories of one package repeat the same version strings many
	// times (tensorflow's hundreds of records each list most releases), so
	// each distinct string is parsed once.
	vc := versionCache{}
	for i := range advs {
		ca := &c.advs[i]
		ca.adv = &advs[i]
		ca.keys = advs[i].Keys()
		ca.severity = ParseSeverity(advs[i].Severity)
		for _, r := range advs[i].Ranges {
			events, uncertain := compileRange(r, vc)
			ca.uncertain = ca.uncertain || uncertain
			if len(events) > 0 {
				ca.ranges = append(ca.ranges, events)
			}
			ca.fixed = append(ca.fixed, fixedValues(r)...)
		}
		ca.fixed = sortVersionStrings(ca.fixed)
		for _, s := range advs[i].Versions {
			if _, ok := vc.parse(s); !ok {
				ca.raw = append(ca.raw, s)
			}
		}
	}
	for _, e := range vc {
		if e.ok {
			c.known = append(c.known, e.v)
		}
	}
	slices.SortFunc(c.known, func(a, b pep440.Version) int {
		if d := pep440.Compare(a, b); d != 0 {
			return d
		}
		// Equal versions spelled differently ("1.0", "1.0.0") tie; the
		// canonical string breaks the tie so the survivor is always the
		// same one.
		return cmp.Compare(a.String(), b.String())
	})
	c.known = slices.CompactFunc(c.known, pep440.Version.Equal)
	// versions[] entries become positions in known: sorted small integers
	// instead of a parsed copy per advisory, which for packages with
	// hundreds of records is most of the memory.
	for i := range advs {
		ca := &c.advs[i]
		for _, s := range advs[i].Versions {
			if v, ok := vc.parse(s); ok {
				ca.listed = append(ca.listed, c.rank(v))
			}
		}
		slices.Sort(ca.listed)
		ca.listed = slices.Compact(ca.listed)
	}
	return c
}

// rank returns the position of v in known, or -1 when no known version
// equals v.
func (c *compiledPkg) rank(v pep440.Version) int32 {
	i, found := slices.BinarySearchFunc(c.known, v, pep440.Compare)
	if !found {
		return -1
	}
	return int32(i)
}

// versionCache memoises pep440.Parse by input string, failures included.
type versionCache map[string]parsedVersion

type parsedVersion struct {
	v  pep440.Version
	ok bool
}

func (vc versionCache) parse(s string) (pep440.Version, bool) {
	if e, seen := vc[s]; seen {
		return e.v, e.ok
	}
	v, err := pep440.Parse(s)
	vc[s] = parsedVersion{v, err == nil}
	return v, err == nil
}

// compileRange parses and sorts one range's events as the OSV schema says:
// by version, introduced "0" first, ties kept in record order. An event whose
// version is not PEP 440 cannot be placed; rather than guess, the range is
// read conservatively and marked uncertain: an unplaceable introduced counts
// as "0" and an unplaceable fixed, last_affected or limit is dropped, so the
// window it would close stays open. Reporting a version that may be fixed,
// flagged as uncertain, is better than silently clearing one that may not be.
func compileRange(r Range, vc versionCache) (events []event, uncertain bool) {
	for _, e := range r.Events {
		var ev event
		var s string
		switch {
		case e.Introduced != "":
			ev.kind, s = evIntroduced, e.Introduced
		case e.Fixed != "":
			ev.kind, s = evFixed, e.Fixed
		case e.LastAffected != "":
			ev.kind, s = evLastAffected, e.LastAffected
		case e.Limit != "":
			ev.kind, s = evLimit, e.Limit
		default:
			continue
		}
		if ev.kind == evIntroduced && s == "0" {
			ev.zero = true
			events = append(events, ev)
			continue
		}
		v, ok := vc.parse(s)
		if !ok {
			uncertain = true
			if ev.kind == evIntroduced {
				ev.zero = true
				events = append(events, ev)
			}
			continue
		}
		ev.v = v
		events = append(events, ev)
	}
	slices.SortStableFunc(events, func(a, b event) int {
		switch {
		case a.zero && b.zero:
			return 0
		case a.zero:
			return -1
		case b.zero:
			return 1
		}
		return pep440.Compare(a.v, b.v)
	})
	return events, uncertain
}

// affects reports whether the advisory affects v, whose position in the
// package's known versions is rank (-1 if none): v is listed in versions[]
// or falls inside any ECOSYSTEM range.
func (ca *compiledAdv) affects(v pep440.Version, rank int32) bool {
	if rank >= 0 {
		if _, found := slices.BinarySearch(ca.listed, rank); found {
			return true
		}
	}
	for _, events := range ca.ranges {
		if rangeAffects(events, v) {
			return true
		}
	}
	return false
}

// rangeAffects is the OSV schema's evaluation of one sorted range: every
// event at or below v sets the state (introduced opens, fixed closes at its
// version, last_affected closes just after it), so the last one wins and a
// range may hold several windows. With limit events, v must also lie below
// one of them.
func rangeAffects(events []event, v pep440.Version) bool {
	affected, limited, belowLimit := false, false, false
	for _, e := range events {
		switch e.kind {
		case evIntroduced:
			if e.zero || pep440.Compare(v, e.v) >= 0 {
				affected = true
			}
		case evFixed:
			if pep440.Compare(v, e.v) >= 0 {
				affected = false
			}
		case evLastAffected:
			if pep440.Compare(v, e.v) > 0 {
				affected = false
			}
		case evLimit:
			limited = true
			if pep440.Compare(v, e.v) < 0 {
				belowLimit = true
			}
		}
	}
	return affected && (!limited || belowLimit)
}

// fixedValues returns a range's fixed event values as written.
func fixedValues(r Range) []string {
	var out []string
	for _, e := range r.Events {
		if e.Fixed != "" {
			out = append(out, e.Fixed)
		}
	}
	return out
}

// sortVersionStrings orders version strings by PEP 440 and drops equal
// spellings after the first; strings that do not parse go last, in string
// order.
func sortVersionStrings(in []string) []string {
	type item struct {
		s  string
		v  pep440.Version
		ok bool
	}
	items := make([]item, 0, len(in))
	for _, s := range in {
		v, err := pep440.Parse(s)
		items = append(items, item{s, v, err == nil})
	}
	slices.SortStableFunc(items, func(a, b item) int {
		switch {
		case a.ok && b.ok:
			return pep440.Compare(a.v, b.v)
		case a.ok != b.ok:
			if a.ok {
				return -1
			}
			return 1
		}
		return cmp.Compare(a.s, b.s)
	})
	items = slices.CompactFunc(items, func(a, b item) bool {
		if a.ok && b.ok {
			return a.v.Equal(b.v)
		}
		return a.s == b.s
	})
	out := make([]string, len(items))
	for i, it := range items {
		out[i] = it.s
	}
	return out
}
