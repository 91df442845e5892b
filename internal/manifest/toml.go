package manifest

import (
	"cmp"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/BurntSushi/toml"

	"github.com/flaskguard/flaskguard/internal/confsrc/tomlpos"
	"github.com/flaskguard/flaskguard/internal/finding"
)

// tomlDoc is a decoded TOML manifest with the positions of its keys. The
// readers decode into generic maps rather than structs: the decoder would
// reject a whole lockfile for one value of an unexpected type, and without
// a line; walking the maps lets a reader skip that entry and say where it
// is.
type tomlDoc struct {
	f    *File
	root map[string]any
	ix   tomlpos.Index
	errs errorList
}

// decodeTOML parses src; a syntax error is fatal and gives its line.
func decodeTOML(f *File, src []byte) (*tomlDoc, error) {
	var root map[string]any
	if _, err := toml.Decode(string(src), &root); err != nil {
		var pe toml.ParseError
		if errors.As(err, &pe) {
			return nil, &ParseError{Path: f.Path, Line: pe.Position.Line, Msg: pe.Message, Err: err}
		}
		return nil, &ParseError{Path: f.Path, Msg: err.Error(), Err: err}
	}
	return &tomlDoc{f: f, root: root, ix: tomlpos.Scan(src)}, nil
}

// loc is where the TOML path p is written, from the start of its key to
// the end of its value. An array of tables is where its first [[header]]
// is; a path the position scanner did not record falls back to its nearest
// recorded ancestor, then to the first line.
func (d *tomlDoc) loc(p string) finding.Location {
	e, ok := d.ix[p]
	if !ok {
		e, ok = d.ix[tomlpos.Elem(p, 0)]
	}
	if !ok {
		e, ok = d.ix.Lookup(p)
	}
	if !ok {
		return finding.Location{Path: d.f.Path, StartLine: 1, StartCol: 1, EndLine: 1, EndCol: 1}
	}
	return finding.Location{Path: d.f.Path, StartLine: e.Key.StartLine, StartCol: e.Key.StartCol,
		EndLine: e.Value.EndLine, EndCol: e.Value.EndCol}
}

// bad records an error about the value at path p.
func (d *tomlDoc) bad(p, format string, args ...any) {
	d.errs.add(d.f.Path, d.loc(p).StartLine, "%s: %s", p, fmt.Sprintf(format, args...))
}

// table returns the table at path p, which is v; a missing table is empty
// and a value of another type is an error.
func (d *tomlDoc) table(v any, p string) map[string]any {
	switch t := v.(type) {
	case nil:
		return nil
	case map[string]any:
		return t
	}
	d.bad(p, "expected a table")
	return nil
}

// tables returns the array of tables at path p, written either as
// [[header]] sections or as an inline array of tables.
func (d *tomlDoc) tables(v any, p string) []map[string]any {
	switch t := v.(type) {
	case nil:
		return nil
	case []map[string]any:
		return t
	case []any:
		out := make([]map[string]any, len(t))
		for i, e := range t {
			if m, ok := e.(map[string]any); ok {
				out[i] = m
			} else {
				d.bad(tomlpos.Elem(p, i), "expected a table")
			}
		}
		return out
	}
	d.bad(p, "expected an array of tables")
	return nil
}

// str returns the string at key of table t (at path p); a missing key
// gives "", another type an error.
func (d *tomlDoc) str(t map[string]any, key, p string) string {
	switch v := t[key].(type) {
	case nil:
		return ""
	case string:
		return v
	}
	d.bad(tomlpos.Join(p, key), "expected a string")
	return ""
}

// strings returns the array of strings at key of table t (at path p).
func (d *tomlDoc) strings(t map[string]any, key, p string) []string {
	v, ok := t[key]
	if !ok {
		return nil
	}
	list, ok := v.([]any)
	if !ok {
		d.bad(tomlpos.Join(p, key), "expected an array of strings")
		return nil
	}
	out := make([]string, 0, len(list))
	for i, e := range list {
		if s, ok := e.(string); ok {
			out = append(out, s)
		} else {
			d.bad(tomlpos.Elem(tomlpos.Join(p, key), i), "expected a string")
		}
	}
	return out
}

// requirementList reads the array of requirement strings v at path p into
// group. Tables in the array are skipped: the only ones allowed are PEP
// 735's {include-group = "..."}, whose requirements are read with their
// own group.
func (d *tomlDoc) requirementList(v any, p, group string) {
	if v == nil {
		return
	}
	list, ok := v.([]any)
	if !ok {
		d.bad(p, "expected an array of requirement strings")
		return
	}
	for i, e := range list {
		ep := tomlpos.Elem(p, i)
		switch x := e.(type) {
		case string:
			d.requirementString(x, ep, group)
		case map[string]any:
		default:
			d.bad(ep, "expected a requirement string")
		}
	}
}

// requirementString reads one PEP 508 string at path p. PDM also writes
// editable entries ("-e file:///${PROJECT_ROOT}/lib#egg=lib") in these
// lists, and pip-style URLs are accepted as in requirements files.
func (d *tomlDoc) requirementString(s, p, group string) {
	loc := d.loc(p)
	rest, editable := strings.CutPrefix(strings.TrimSpace(s), "-e ")
	r, ok, err := parseRequirementLine(rest)
	if err != nil {
		d.errs.add(d.f.Path, loc.StartLine, "invalid requirement %q: %v", s, err)
		return
	}
	if ok {
		r.Group, r.Editable, r.Loc = group, editable, loc
		d.f.Requirements = append(d.f.Requirements, r)
	}
}

// sortedKeys returns the keys of m in order, so that readers walking maps
// record errors deterministically.
func sortedKeys[V any](m map[string]V) []string {
	return slices.Sorted(maps.Keys(m))
}

// sortBySource puts requirements in source order.
func sortBySource(reqs []Requirement) {
	slices.SortStableFunc(reqs, func(a, b Requirement) int {
		return cmp.Or(cmp.Compare(a.Loc.StartLine, b.Loc.StartLine), cmp.Compare(a.Loc.StartCol, b.Loc.StartCol))
	})
}

// validName reports whether s is a PEP 508 project name.
func validName(s string) bool {
	end := scanName(s, 0)
	return s != "" && end == len(s) && !isNameSep(s[end-1])
}
