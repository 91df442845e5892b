package osv

import (
	"encoding/json"
	"errors"
	"fmt"
	"slices"

	"github.com/flaskguard/flaskguard/internal/pep440"
)

// Applicability notes. They record when an advisory only bites in some
// setups, so that a later feature can lower or explain a finding (a Windows
// path bug on a Linux deployment, a sandbox escape in an app that never
// uses the Jinja sandbox).
const (
	NoteWindowsOnly   = "windows-only"
	NoteDebuggerOnly  = "debugger-only"
	NoteSandboxOnly   = "sandbox-only"
	NoteDevServerOnly = "dev-server-only"
)

// knownNotes lists the notes curated.json may use, so a typo fails the
// generator instead of silently never matching.
var knownNotes = [...]string{NoteWindowsOnly, NoteDebuggerOnly, NoteSandboxOnly, NoteDevServerOnly}

// Curated is the content of curated.json: advisories newer than the OSV
// snapshot, written by hand from the project's fact sheet, and notes for
// advisories the snapshot already has.
type Curated struct {
	// Source says where the curated facts come from.
	Source     string     `json:"source"`
	Advisories []Advisory `json:"advisories"`
	// Annotations add notes to advisories found in the OSV data.
	Annotations []Annotation `json:"annotations"`
}

// Annotation attaches notes to every advisory of Package whose ID or aliases
// include one of IDs.
type Annotation struct {
	Package string   `json:"package"`
	IDs     []string `json:"ids"`
	Notes   []string `json:"notes"`
}

// ParseCurated decodes and checks curated.json.
func ParseCurated(data []byte) (Curated, error) {
	var c Curated
	if err := json.Unmarshal(data, &c); err != nil {
		return Curated{}, fmt.Errorf("decode curated advisories: %w", err)
	}
	for i := range c.Advisories {
		if err := checkCurated(&c.Advisories[i]); err != nil {
			return Curated{}, fmt.Errorf("curated advisory %q: %w", c.Advisories[i].ID, err)
		}
	}
	for _, a := range c.Annotations {
		if a.Package != pep440.NormalizeName(a.Package) || len(a.IDs) == 0 {
			return Curated{}, fmt.Errorf("curated annotation %v: needs a normalised package and ids", a.IDs)
		}
		if err := checkNotes(a.Notes); err != nil {
			return Curated{}, fmt.Errorf("curated annotation %v: %w", a.IDs, err)
		}
	}
	return c, nil
}

// checkCurated holds hand-written entries to a stricter standard than OSV
// data: every version must be valid PEP 440, because a typo in a range would
// silently change what is reported.
func checkCurated(a *Advisory) error {
	if a.ID == "" || a.Package == "" || a.Package != pep440.NormalizeName(a.Package) {
		return errors.New("needs an id and a normalised package name")
	}
	if len(a.Ranges) == 0 && len(a.Versions) == 0 {
		return errors.New("needs ranges or versions")
	}
	for _, r := range a.Ranges {
		for _, e := range r.Events {
			v, n := eventValue(e)
			if n != 1 {
				return fmt.Errorf("event %+v must set exactly one field", e)
			}
			if v == "0" && e.Introduced == "0" {
				continue
			}
			if _, err := pep440.Parse(v); err != nil {
				return fmt.Errorf("event: %w", err)
			}
		}
	}
	for _, v := range a.Versions {
		if _, err := pep440.Parse(v); err != nil {
			return fmt.Errorf("versions: %w", err)
		}
	}
	return checkNotes(a.Notes)
}

func eventValue(e Event) (string, int) {
	var v string
	n := 0
	for _, s := range []string{e.Introduced, e.Fixed, e.LastAffected, e.Limit} {
		if s != "" {
			v = s
			n++
		}
	}
	return v, n
}

func checkNotes(notes []string) error {
	for _, n := range notes {
		if !slices.Contains(knownNotes[:], n) {
			return fmt.Errorf("unknown note %q (want one of %v)", n, knownNotes)
		}
	}
	return nil
}

// Apply merges curated facts into advisories read from OSV data and returns
// the sorted result and the number of curated advisories added. A curated
// advisory is added only when no advisory of the same package shares its ID
// or an alias with it, so that data which already has it (a newer export)
// does not report it twice; its notes then go to the advisory found.
// Annotations that match nothing are counted in unmatched: the generator
// treats that as an error, a user-supplied --db need not contain them.
func Apply(advs []Advisory, c Curated) (out []Advisory, added, unmatched int) {
	out = slices.Clone(advs)
	byKey := make(map[[2]string][]int) // (package, id or alias) → indexes
	for i := range out {
		for _, k := range out[i].Keys() {
			byKey[[2]string{out[i].Package, k}] = append(byKey[[2]string{out[i].Package, k}], i)
		}
	}
	find := func(pkg string, keys []string) []int {
		var idx []int
		for _, k := range keys {
			idx = append(idx, byKey[[2]string{pkg, k}]...)
		}
		slices.Sort(idx)
		return slices.Compact(idx)
	}
	for _, ca := range c.Advisories {
		if idx := find(ca.Package, ca.Keys()); len(idx) > 0 {
			for _, i := range idx {
				out[i].Notes = mergeNotes(out[i].Notes, ca.Notes)
			}
			continue
		}
		ca.Curated = true
		ca.Aliases = sortedUnique(ca.Aliases)
		ca.Notes = mergeNotes(nil, ca.Notes)
		if ca.URL == "" {
			ca.URL = URLFor(ca.ID)
		}
		out = append(out, ca)
		added++
	}
	for _, an := range c.Annotations {
		idx := find(an.Package, an.IDs)
		if len(idx) == 0 {
			unmatched++
		}
		for _, i := range idx {
			out[i].Notes = mergeNotes(out[i].Notes, an.Notes)
		}
	}
	Sort(out)
	return out, added, unmatched
}

func mergeNotes(a, b []string) []string {
	return sortedUnique(append(slices.Clone(a), b...))
}
