package pep440

import (
	"fmt"
	"strings"
)

// SpecifierSet is a comma-joined list of clauses that must all hold, such as
// ">=2.0,<3,!=2.1.*". The zero value is the empty set, which every final
// release satisfies.
type SpecifierSet struct {
	specs []Specifier
}

// ParseSpecifierSet reads a comma-separated list of clauses. Blank input is
// the empty set; empty items between commas are skipped, as packaging does.
func ParseSpecifierSet(s string) (SpecifierSet, error) {
	var set SpecifierSet
	for item := range strings.SplitSeq(s, ",") {
		if strings.TrimSpace(item) == "" {
			continue
		}
		sp, err := ParseSpecifier(item)
		if err != nil {
			return SpecifierSet{}, fmt.Errorf("specifier set %q: %w", s, err)
		}
		set.specs = append(set.specs, sp)
	}
	return set, nil
}

// Specifiers returns a copy of the set's clauses in the order written.
func (s SpecifierSet) Specifiers() []Specifier {
	return append([]Specifier(nil), s.specs...)
}

// IsEmpty reports whether the set has no clauses.
func (s SpecifierSet) IsEmpty() bool { return len(s.specs) == 0 }

// String joins the normalised clauses with commas in the order written.
func (s SpecifierSet) String() string {
	parts := make([]string, len(s.specs))
	for i, sp := range s.specs {
		parts[i] = sp.String()
	}
	return strings.Join(parts, ",")
}

// Contains reports whether v satisfies every clause. Pre-releases (including
// development releases) are excluded, as PEP 440 asks, unless allowPre is true
// or a clause names a pre-release ("==2.0b1", ">=3.0rc1"). Independently of
// that, "<V" never admits pre-releases of V and ">V" never admits
// post-releases or local versions of V; "==V" ignores a candidate's local
// label unless V has one.
func (s SpecifierSet) Contains(v Version, allowPre bool) bool {
	if v.IsZero() {
		return false
	}
	if v.IsPrerelease() && !allowPre && !s.mentionsPrerelease() {
		return false
	}
	for _, sp := range s.specs {
		if !sp.matches(v) {
			return false
		}
	}
	return true
}

// Pinned returns the single version the set allows when it is exactly one
// "==" clause without a wildcard (or a "===" clause naming a valid version),
// the form lockfiles and pinned requirements use.
func (s SpecifierSet) Pinned() (Version, bool) {
	if len(s.specs) != 1 {
		return Version{}, false
	}
	sp := s.specs[0]
	if (sp.op == "==" && !sp.wildcard || sp.op == "===") && sp.parsed {
		return sp.version, true
	}
	return Version{}, false
}

func (s SpecifierSet) mentionsPrerelease() bool {
	for _, sp := range s.specs {
		if sp.mentionsPrerelease() {
			return true
		}
	}
	return false
}
