package manifest

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/flaskguard/flaskguard/internal/confsrc/tomlpos"
	"github.com/flaskguard/flaskguard/internal/pep440"
)

// readPipfile reads Pipenv's Pipfile: [packages] (the runtime ones) and
// [dev-packages] (group "develop", the name Pipfile.lock gives it). A
// value is a specifier ("==2.2.0", "*" for any) or a table with version,
// extras, markers, git and ref, path, file and editable.
func readPipfile(f *File, src []byte) (*File, error) {
	d, err := decodeTOML(f, src)
	if err != nil {
		return nil, err
	}
	for _, cat := range [...]struct{ key, group string }{{"packages", ""}, {"dev-packages", "develop"}} {
		pkgs := d.table(d.root[cat.key], cat.key)
		for _, name := range sortedKeys(pkgs) {
			p := tomlpos.Join(cat.key, name)
			t, ok := pkgs[name].(map[string]any)
			if s, isStr := pkgs[name].(string); isStr {
				t, ok = map[string]any{"version": s}, true
			}
			if !ok {
				d.bad(p, "expected a version string or a table")
				continue
			}
			if r, ok := d.pipfilePackage(name, t, p); ok {
				r.Group = cat.group
				f.Requirements = append(f.Requirements, r)
			}
		}
	}
	sortBySource(f.Requirements)
	return f, d.errs.err()
}

// pipfilePackage reads one Pipfile entry. An editable local path is the
// project itself and is skipped.
func (d *tomlDoc) pipfilePackage(name string, t map[string]any, p string) (Requirement, bool) {
	if !validName(name) {
		d.bad(p, "invalid project name %q", name)
		return Requirement{}, false
	}
	r := Requirement{Name: name, Normalized: pep440.NormalizeName(name), Loc: d.loc(p)}
	r.Editable, _ = t["editable"].(bool)
	if path := d.str(t, "path", p); path != "" {
		if r.Editable {
			return Requirement{}, false
		}
		r.URL = path
	}
	if v := strings.TrimSpace(d.str(t, "version", p)); v != "" && v != "*" {
		// Pipenv reads a bare version as an exact pin.
		if v[0] >= '0' && v[0] <= '9' {
			v = "==" + v
		}
		spec, version, err := parseSpecifier(v)
		if err != nil {
			d.bad(p, "%v", err)
			return Requirement{}, false
		}
		r.Specifier, r.Version = spec, version
	}
	r.Extras = d.strings(t, "extras", p)
	r.Marker = d.str(t, "markers", p)
	if git := d.str(t, "git", p); git != "" {
		r.URL = "git+" + git
		if ref := d.str(t, "ref", p); ref != "" {
			r.URL += "@" + ref
		}
	} else if file := d.str(t, "file", p); file != "" {
		r.URL = file
	}
	return r, true
}

// pipfileLockEntry is the part of a Pipfile.lock package entry an audit
// needs; hashes, index and the rest are ignored.
type pipfileLockEntry struct {
	Version  string   `json:"version"`
	Markers  string   `json:"markers"`
	Extras   []string `json:"extras"`
	Git      string   `json:"git"`
	Ref      string   `json:"ref"`
	File     string   `json:"file"`
	Path     string   `json:"path"`
	Editable bool     `json:"editable"`
}

// readPipfileLock reads Pipfile.lock, JSON with one object per category:
// "default" (the runtime packages), "develop" and any custom category,
// each mapping names to entries with "version": "==x". encoding/json keeps
// no positions, so the reader walks the tokens itself and takes each
// package key's offset from the decoder.
func readPipfileLock(f *File, src []byte) (*File, error) {
	ls := indexLines(src)
	dec := json.NewDecoder(bytes.NewReader(src))
	fail := func(err error) (*File, error) {
		off := int(dec.InputOffset())
		var se *json.SyntaxError
		if errors.As(err, &se) {
			off = int(se.Offset)
		}
		line, _ := ls.Pos(min(off, max(len(src)-1, 0)))
		return nil, &ParseError{Path: f.Path, Line: line, Msg: err.Error(), Err: err}
	}
	if err := expectDelim(dec, '{'); err != nil {
		return fail(err)
	}
	var errs errorList
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return fail(err)
		}
		category, _ := tok.(string)
		if category == "_meta" {
			var skip json.RawMessage
			if err := dec.Decode(&skip); err != nil {
				return fail(err)
			}
			continue
		}
		if err := expectDelim(dec, '{'); err != nil {
			return fail(fmt.Errorf("category %q: %w", category, err))
		}
		group := category
		if group == "default" {
			group = ""
		}
		for dec.More() {
			start := skipJSONSpace(src, int(dec.InputOffset()))
			tok, err := dec.Token()
			if err != nil {
				return fail(err)
			}
			name, _ := tok.(string)
			loc := ls.Loc(f.Path, start, int(dec.InputOffset()))
			var e pipfileLockEntry
			if err := dec.Decode(&e); err != nil {
				var te *json.UnmarshalTypeError
				if !errors.As(err, &te) {
					return fail(err)
				}
				// The value was read to its end; only this entry is lost.
				errs.add(f.Path, loc.StartLine, "package %q: %v", name, err)
				continue
			}
			if r, ok := pipfileLockRequirement(name, e); ok {
				r.Group, r.Loc = group, loc
				f.Requirements = append(f.Requirements, r)
			} else if !e.Editable || e.Path == "" {
				errs.add(f.Path, loc.StartLine, "package %q: invalid name or version %q", name, e.Version)
			}
		}
		if err := expectDelim(dec, '}'); err != nil {
			return fail(err)
		}
	}
	if err := expectDelim(dec, '}'); err != nil {
		return fail(err)
	}
	return f, errs.err()
}

// pipfileLockRequirement makes a requirement of an entry. It reports
// false for the project itself (an editable path) and for entries that are
// not valid.
func pipfileLockRequirement(name string, e pipfileLockEntry) (Requirement, bool) {
	if !validName(name) || e.Editable && e.Path != "" {
		return Requirement{}, false
	}
	r := Requirement{Name: name, Normalized: pep440.NormalizeName(name), Marker: e.Markers, Extras: e.Extras,
		Editable: e.Editable, Locked: true}
	if e.Version != "" {
		spec, version, err := parseSpecifier(e.Version)
		if err != nil {
			return Requirement{}, false
		}
		r.Specifier, r.Version = spec, version
	}
	switch {
	case e.Git != "":
		r.URL = "git+" + e.Git
		if e.Ref != "" {
			r.URL += "@" + e.Ref
		}
	case e.File != "":
		r.URL = e.File
	case e.Path != "":
		r.URL = e.Path
	}
	return r, true
}

// expectDelim reads the next token and checks it is the delimiter want.
func expectDelim(dec *json.Decoder, want json.Delim) error {
	tok, err := dec.Token()
	if err != nil {
		return err
	}
	if d, ok := tok.(json.Delim); !ok || d != want {
		return fmt.Errorf("expected %q, found %v", rune(want), tok)
	}
	return nil
}

// skipJSONSpace skips the blanks and the comma between the end of one
// token and the start of the next.
func skipJSONSpace(src []byte, off int) int {
	for off < len(src) && strings.IndexByte(" \t\r\n,", src[off]) >= 0 {
		off++
	}
	return off
}
