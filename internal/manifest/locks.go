package manifest

import (
	"slices"

	"github.com/flaskguard/flaskguard/internal/confsrc/tomlpos"
	"github.com/flaskguard/flaskguard/internal/pep440"
)

// The TOML lockfiles share a shape, an array of package tables with a name
// and a version, and differ in how they name groups, markers and sources.
// Each reader below maps its tool's fields onto Requirement; Loc is always
// the package's `name = "..."` line.

// lockPackage reads the name and version of the package table pkg at path
// p. It reports false, after recording why, for an entry without a valid
// name.
func (d *tomlDoc) lockPackage(pkg map[string]any, p string) (Requirement, bool) {
	name := d.str(pkg, "name", p)
	if !validName(name) {
		d.bad(p, "package without a valid name")
		return Requirement{}, false
	}
	r := Requirement{Name: name, Normalized: pep440.NormalizeName(name), Locked: true, Loc: d.loc(tomlpos.Join(p, "name"))}
	if v := d.str(pkg, "version", p); v != "" {
		if !validVersionText(v) {
			d.bad(tomlpos.Join(p, "version"), "invalid version %q", v)
			return Requirement{}, false
		}
		r.Version, r.Specifier = v, "=="+v
	}
	return r, true
}

// lockReader maps one package table at path p onto r; it reports false
// for packages that are not dependencies.
type lockReader func(d *tomlDoc, pkg map[string]any, p string, r *Requirement) bool

// readLock decodes src and reads its array of package tables at key.
func readLock(f *File, src []byte, key string, read lockReader) (*File, error) {
	d, err := decodeTOML(f, src)
	if err != nil {
		return nil, err
	}
	d.readPackages(key, read)
	return f, d.errs.err()
}

// readPackages reads the array of package tables at key, each through
// read.
func (d *tomlDoc) readPackages(key string, read lockReader) {
	f := d.f
	for i, pkg := range d.tables(d.root[key], key) {
		p := tomlpos.Elem(key, i)
		if pkg == nil {
			continue
		}
		r, ok := d.lockPackage(pkg, p)
		if ok && read(d, pkg, p, &r) {
			f.Requirements = append(f.Requirements, r)
		}
	}
	sortBySource(f.Requirements)
}

// readPoetryLock reads poetry.lock. Groups come from "groups" (Poetry 2)
// or "category" (Poetry 1); "markers" is a string, or a table by group.
func readPoetryLock(f *File, src []byte) (*File, error) {
	return readLock(f, src, "package", func(d *tomlDoc, pkg map[string]any, p string, r *Requirement) bool {
		r.Group = lockGroup(d.strings(pkg, "groups", p), "main")
		if c := d.str(pkg, "category", p); c != "" && c != "main" {
			r.Group = c
		}
		switch m := pkg["markers"].(type) {
		case string:
			r.Marker = m
		case map[string]any:
			// One marker per group: the runtime one, else the first.
			if s, ok := m["main"].(string); ok {
				r.Marker = s
			} else if keys := sortedKeys(m); len(keys) > 0 {
				r.Marker, _ = m[keys[0]].(string)
			}
		}
		r.Editable, _ = pkg["develop"].(bool)
		sp := tomlpos.Join(p, "source")
		source := d.table(pkg["source"], sp)
		// "legacy" sources are private indexes: packages from them have no
		// URL of their own.
		switch d.str(source, "type", sp) {
		case "git":
			r.URL = "git+" + d.str(source, "url", sp)
			if ref := d.str(source, "resolved_reference", sp); ref != "" {
				r.URL += "@" + ref
			} else if ref := d.str(source, "reference", sp); ref != "" {
				r.URL += "@" + ref
			}
		case "url", "file", "directory":
			r.URL = d.str(source, "url", sp)
		}
		return true
	})
}

// readPDMLock reads pdm.lock: "groups" lists the groups that need the
// package ("default" is the runtime one), "marker" when it applies.
func readPDMLock(f *File, src []byte) (*File, error) {
	return readLock(f, src, "package", func(d *tomlDoc, pkg map[string]any, p string, r *Requirement) bool {
		r.Group = lockGroup(d.strings(pkg, "groups", p), "default")
		r.Marker = d.str(pkg, "marker", p)
		r.Extras = d.strings(pkg, "extras", p)
		r.Editable, _ = pkg["editable"].(bool)
		switch {
		case pkg["git"] != nil:
			r.URL = "git+" + d.str(pkg, "git", p)
			if rev := d.str(pkg, "revision", p); rev != "" {
				r.URL += "@" + rev
			}
		case pkg["url"] != nil:
			r.URL = d.str(pkg, "url", p)
		case pkg["path"] != nil:
			r.URL = d.str(pkg, "path", p)
		}
		return true
	})
}

// readPylock reads a PEP 751 pylock.toml. Its packages come from an index,
// a VCS, an archive or a directory; an editable directory is the project
// being developed and is skipped.
func readPylock(f *File, src []byte) (*File, error) {
	return readLock(f, src, "packages", func(d *tomlDoc, pkg map[string]any, p string, r *Requirement) bool {
		r.Marker = d.str(pkg, "marker", p)
		if vcs := d.table(pkg["vcs"], tomlpos.Join(p, "vcs")); vcs != nil {
			vp := tomlpos.Join(p, "vcs")
			r.URL = d.str(vcs, "type", vp) + "+" + d.str(vcs, "url", vp)
			if id := d.str(vcs, "commit-id", vp); id != "" {
				r.URL += "@" + id
			}
		}
		if dir := d.table(pkg["directory"], tomlpos.Join(p, "directory")); dir != nil {
			if editable, _ := dir["editable"].(bool); editable {
				return false
			}
			r.URL = d.str(dir, "path", tomlpos.Join(p, "directory"))
		}
		if archive := d.table(pkg["archive"], tomlpos.Join(p, "archive")); archive != nil {
			ap := tomlpos.Join(p, "archive")
			if r.URL = d.str(archive, "url", ap); r.URL == "" {
				r.URL = d.str(archive, "path", ap)
			}
		}
		return true
	})
}

// lockGroup turns a lockfile's list of groups into Requirement.Group: ""
// when the runtime group (main) is among them, else the first.
func lockGroup(groups []string, main string) string {
	if len(groups) == 0 || slices.Contains(groups, main) {
		return ""
	}
	return groups[0]
}
