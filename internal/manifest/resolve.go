package manifest

import (
	"cmp"
	"path"
	"slices"
)

// Resolution is what Resolve decides: which requirements describe what a
// project installs, and which are made moot by a more precise one.
type Resolution struct {
	// Effective are the requirements to check, ordered by file and line.
	Effective []Requirement
	// Shadowed are the requirements that Effective ones stand in for.
	Shadowed []Shadow
}

// Shadow is a requirement that a more precise one replaces.
type Shadow struct {
	Requirement Requirement
	// By is the effective requirement that replaces it; its Loc says
	// where to look instead.
	By Requirement
}

// Resolve decides, per folder, which requirements say what is installed.
// Files in one folder describe one project, so for each project name:
//
//   - entries of a lockfile win over manifest entries (poetry.lock over
//     pyproject.toml, Pipfile.lock over Pipfile, uv.lock over a
//     requirements.txt next to it);
//   - without a lock entry, pinned entries (a single == or ===) win over
//     ranges and unpinned ones (pip-tools' requirements.txt over its .in);
//   - all entries of the winning kind stay effective: two lockfiles in one
//     folder may pin different versions, and either may be installed.
//
// A name that only a manifest lists stays effective even next to a
// lockfile: the lock may be stale, or belong to another tool, and the
// audit should not lose the requirement. The same entry read twice (a file
// found by the walk and again through -r) counts once, and so does a
// package a lockfile lists twice with the same version (pdm.lock repeats
// packages once per set of extras).
func Resolve(files []*File) Resolution {
	type key struct{ dir, name string }
	type posKey struct {
		path       string
		line, col  int
		normalized string
	}
	var all []Requirement
	seen := map[posKey]bool{}
	for _, f := range files {
		if f == nil {
			continue
		}
		for _, r := range f.Requirements {
			k := posKey{r.Loc.Path, r.Loc.StartLine, r.Loc.StartCol, r.Normalized}
			if !seen[k] {
				seen[k] = true
				all = append(all, r)
			}
		}
	}
	slices.SortStableFunc(all, compareLoc)

	byName := map[key][]Requirement{}
	var order []key
	for _, r := range all {
		k := key{path.Dir(r.Loc.Path), r.Normalized}
		if _, ok := byName[k]; !ok {
			order = append(order, k)
		}
		byName[k] = append(byName[k], r)
	}
	var res Resolution
	for _, k := range order {
		reqs := byName[k]
		best := 0
		for _, r := range reqs {
			best = max(best, rank(r))
		}
		var winners []Requirement
		for _, r := range reqs {
			switch {
			case rank(r) < best:
				// The first winner is in reqs, which are in file order.
				res.Shadowed = append(res.Shadowed, Shadow{Requirement: r, By: firstOfRank(reqs, best)})
			case r.Locked && slices.ContainsFunc(winners, func(w Requirement) bool { return sameLockEntry(w, r) }):
				i := slices.IndexFunc(winners, func(w Requirement) bool { return sameLockEntry(w, r) })
				res.Shadowed = append(res.Shadowed, Shadow{Requirement: r, By: winners[i]})
			default:
				winners = append(winners, r)
			}
		}
		res.Effective = append(res.Effective, winners...)
	}
	slices.SortStableFunc(res.Effective, compareLoc)
	slices.SortStableFunc(res.Shadowed, func(a, b Shadow) int { return compareLoc(a.Requirement, b.Requirement) })
	return res
}

// rank orders how precisely a requirement says what is installed.
func rank(r Requirement) int {
	switch {
	case r.Locked:
		return 2
	case r.Version != "":
		return 1
	}
	return 0
}

func firstOfRank(reqs []Requirement, want int) Requirement {
	i := slices.IndexFunc(reqs, func(r Requirement) bool { return rank(r) == want })
	return reqs[i]
}

// sameLockEntry reports whether two lock entries of one file pin the same
// thing.
func sameLockEntry(a, b Requirement) bool {
	return a.Loc.Path == b.Loc.Path && a.Version == b.Version && a.URL == b.URL
}

func compareLoc(a, b Requirement) int {
	return cmp.Or(cmp.Compare(a.Loc.Path, b.Loc.Path), cmp.Compare(a.Loc.StartLine, b.Loc.StartLine),
		cmp.Compare(a.Loc.StartCol, b.Loc.StartCol))
}
