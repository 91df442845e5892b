package advisories

import (
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/flaskguard/flaskguard/internal/pep440"
)

// refPackage is a deliberately plain second matcher, written independently
// of compile.go and match.go to cross-check them. It never evaluates an
// event against a version. Instead it sorts every version the package's
// data mentions once, gives equal versions one rank, turns each range into
// explicit rank intervals by pairing opening and closing events, and marks
// the ranks inside them. A pinned version is then affected by an advisory
// when its rank is marked.
type refPackage struct {
	rank     map[string]int // version string as written → rank
	affected map[string][]bool
	// rawListed holds versions[] entries that are not PEP 440, which can
	// only match as exact strings.
	rawListed map[string][]string
}

func buildRef(advs []Advisory) *refPackage {
	ref := &refPackage{rank: map[string]int{}, affected: map[string][]bool{}, rawListed: map[string][]string{}}
	// Collect and rank every parsable version string.
	type sv struct {
		s string
		v pep440.Version
	}
	var all []sv
	for _, a := range advs {
		for _, s := range mentioned(a) {
			if v, err := pep440.Parse(s); err == nil {
				all = append(all, sv{s, v})
			}
		}
	}
	sort.SliceStable(all, func(i, j int) bool { return pep440.Compare(all[i].v, all[j].v) < 0 })
	n := 0
	for i := range all {
		if i > 0 && pep440.Compare(all[i-1].v, all[i].v) != 0 {
			n++
		}
		ref.rank[all[i].s] = n
	}
	size := n + 1
	for _, a := range advs {
		if a.Withdrawn {
			continue
		}
		marks := make([]bool, size)
		for _, r := range a.Ranges {
			markRange(ref, r, marks)
		}
		for _, s := range a.Versions {
			if rk, ok := ref.rank[s]; ok {
				marks[rk] = true
			} else {
				ref.rawListed[s] = append(ref.rawListed[s], a.ID)
			}
		}
		ref.affected[a.ID] = marks
	}
	return ref
}

// markRange pairs a range's events into [open, close] rank intervals. The
// "from the beginning" introduced "0" has rank -1, as does an introduced we
// cannot rank (read conservatively, like the matcher); closing events we
// cannot rank are ignored.
func markRange(ref *refPackage, r Range, marks []bool) {
	type ev struct {
		rank int
		kind string
	}
	var evs []ev
	for _, e := range r.Events {
		switch {
		case e.Introduced != "":
			rk, ok := ref.rank[e.Introduced]
			if e.Introduced == "0" || !ok {
				rk = -1
			}
			evs = append(evs, ev{rk, "introduced"})
		case e.Fixed != "":
			if rk, ok := ref.rank[e.Fixed]; ok {
				evs = append(evs, ev{rk, "fixed"})
			}
		case e.LastAffected != "":
			if rk, ok := ref.rank[e.LastAffected]; ok {
				evs = append(evs, ev{rk, "last_affected"})
			}
		}
	}
	sort.SliceStable(evs, func(i, j int) bool { return evs[i].rank < evs[j].rank })
	open := -2 // no window open
	mark := func(from, to int) {
		for k := max(from, 0); k <= to && k < len(marks); k++ {
			marks[k] = true
		}
	}
	for _, e := range evs {
		switch {
		case e.kind == "introduced" && open == -2:
			open = e.rank
		case e.kind == "fixed" && open != -2:
			mark(open, e.rank-1)
			open = -2
		case e.kind == "last_affected" && open != -2:
			mark(open, e.rank)
			open = -2
		}
	}
	if open != -2 {
		mark(open, len(marks)-1)
	}
}

// mentioned returns every version string an advisory names.
func mentioned(a Advisory) []string {
	out := slices.Clone(a.Versions)
	for _, r := range a.Ranges {
		for _, e := range r.Events {
			for _, s := range []string{e.Introduced, e.Fixed, e.LastAffected} {
				if s != "" && s != "0" {
					out = append(out, s)
				}
			}
		}
	}
	return out
}

// expect returns the reference's sorted IDs for a version string.
func (ref *refPackage) expect(s string) []string {
	var out []string
	if rk, ok := ref.rank[s]; ok {
		for id, marks := range ref.affected {
			if marks[rk] {
				out = append(out, id)
			}
		}
	} else {
		out = append(out, ref.rawListed[s]...)
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// isFlaskEcosystem picks Flask itself, the Pallets libraries it is built on
// and every flask-* extension.
func isFlaskEcosystem(pkg string) bool {
	switch pkg {
	case "flask", "werkzeug", "jinja2", "itsdangerous", "markupsafe", "click", "blinker":
		return true
	}
	return strings.HasPrefix(pkg, "flask-")
}

// TestReferenceAgreement pins every package at every version string its
// advisory data mentions and checks that Match (or MatchString for
// non-PEP 440 strings) reports exactly the advisories the reference finds.
// The Flask ecosystem is the part that matters most and is counted on its
// own; the rest of the database is checked too because it is cheap.
func TestReferenceAgreement(t *testing.T) {
	db := loadDB(t)
	var flaskPairs, flaskPkgs, allPairs int
	for _, pkg := range db.Packages() {
		advs := db.Advisories(pkg)
		for _, a := range advs {
			for _, r := range a.Ranges {
				for _, e := range r.Events {
					if e.Limit != "" {
						t.Fatalf("%s %s has a limit event; the reference does not model limits", pkg, a.ID)
					}
				}
			}
		}
		ref := buildRef(advs)
		var versions []string
		for _, a := range advs {
			versions = append(versions, mentioned(a)...)
		}
		slices.Sort(versions)
		versions = slices.Compact(versions)
		for _, s := range versions {
			got, _ := flatIDs(db.MatchString(pkg, s))
			if want := ref.expect(s); !slices.Equal(got, want) {
				t.Errorf("%s %s: Match %v, reference %v", pkg, s, got, want)
			}
			allPairs++
			if isFlaskEcosystem(pkg) {
				flaskPairs++
			}
		}
		if isFlaskEcosystem(pkg) {
			flaskPkgs++
		}
	}
	if flaskPkgs < 13 || flaskPairs < 500 {
		t.Errorf("only %d Flask-ecosystem packages and %d pairs compared", flaskPkgs, flaskPairs)
	}
	t.Logf("reference agreement: %d (package, version) pairs in %d Flask-ecosystem packages, %d pairs in all %d packages",
		flaskPairs, flaskPkgs, allPairs, len(db.Packages()))
}

// flatIDs returns every ID in the matches, sorted, and whether all were
// certain.
func flatIDs(ms []Match) ([]string, bool) {
	var out []string
	certain := true
	for _, m := range ms {
		out = append(out, m.IDs...)
		certain = certain && m.Certain
	}
	slices.Sort(out)
	return out, certain
}
