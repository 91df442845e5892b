package manifest

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/flaskguard/flaskguard/internal/confsrc/tomlpos"
	"github.com/flaskguard/flaskguard/internal/pep440"
)

// poetry reads the dependency tables of [tool.poetry]: dependencies (the
// runtime ones), dev-dependencies (Poetry before 1.2, group "dev") and
// group.<name>.dependencies (group <name>).
func (d *tomlDoc) poetry(poetry map[string]any) {
	const base = "tool.poetry"
	d.poetryDeps(poetry["dependencies"], base+".dependencies", "")
	d.poetryDeps(poetry["dev-dependencies"], base+".dev-dependencies", "dev")
	groups := d.table(poetry["group"], base+".group")
	for _, g := range sortedKeys(groups) {
		p := tomlpos.Join(base+".group", g)
		group := d.table(groups[g], p)
		d.poetryDeps(group["dependencies"], tomlpos.Join(p, "dependencies"), g)
	}
}

// poetryDeps reads a Poetry dependency table at path p. A value is a
// constraint string, a table (version, extras, markers, git, path, url...)
// or an array of tables, one per environment; "python" is the interpreter,
// not a package.
func (d *tomlDoc) poetryDeps(v any, p, group string) {
	deps := d.table(v, p)
	for _, name := range sortedKeys(deps) {
		if name == "python" {
			continue
		}
		kp := tomlpos.Join(p, name)
		switch x := deps[name].(type) {
		case string:
			d.poetryDep(name, map[string]any{"version": x}, kp, group)
		case map[string]any:
			d.poetryDep(name, x, kp, group)
		case []any:
			for i, e := range x {
				if t, ok := e.(map[string]any); ok {
					d.poetryDep(name, t, tomlpos.Elem(kp, i), group)
				} else {
					d.bad(tomlpos.Elem(kp, i), "expected a table")
				}
			}
		default:
			d.bad(kp, "expected a version string or a table")
		}
	}
}

// poetryDep reads one dependency of name, described by table t at path p.
func (d *tomlDoc) poetryDep(name string, t map[string]any, p, group string) {
	if !validName(name) {
		d.bad(p, "invalid project name %q", name)
		return
	}
	r := Requirement{Name: name, Normalized: pep440.NormalizeName(name), Group: group, Loc: d.loc(p)}
	spec, version, err := poetryConstraint(d.str(t, "version", p))
	if err != nil {
		d.bad(p, "%v", err)
		return
	}
	r.Specifier, r.Version = spec, version
	r.Extras = d.strings(t, "extras", p)
	r.Marker = d.str(t, "markers", p)
	if git := d.str(t, "git", p); git != "" {
		r.URL = "git+" + git
		for _, ref := range []string{"rev", "tag", "branch"} {
			if s := d.str(t, ref, p); s != "" {
				r.URL += "@" + s
				break
			}
		}
	} else if u := d.str(t, "url", p); u != "" {
		r.URL = u
	} else if path := d.str(t, "path", p); path != "" {
		r.URL = path
		r.Editable, _ = t["develop"].(bool)
	}
	d.f.Requirements = append(d.f.Requirements, r)
}

// poetryConstraint converts a Poetry version constraint to a PEP 440
// specifier, with the version it pins when it allows only one:
//
//	"*", ""            → ""
//	"^2.1.3"           → ">=2.1.3,<3.0.0" (up to the next change of the first non-zero part)
//	"~2.1"             → ">=2.1,<2.2"      (up to the next minor, or major when only one part)
//	"2.0.1", "=2.0.1"  → "==2.0.1"
//	"2.1.*"            → "==2.1.*"
//	">= 1.2, < 2.0"    → ">=1.2,<2.0"      (blanks and commas both mean "and")
//
// A union ("^1.0 || ^2.0") has no PEP 440 form; each side is converted and
// the sides are joined with "||".
func poetryConstraint(s string) (spec, version string, err error) {
	s = strings.TrimSpace(s)
	if strings.Contains(s, "|") {
		var sides []string
		for _, side := range strings.Split(s, "|") {
			if strings.TrimSpace(side) == "" {
				continue
			}
			c, _, err := poetryConstraint(side)
			if err != nil {
				return "", "", err
			}
			sides = append(sides, c)
		}
		return strings.Join(sides, "||"), "", nil
	}
	var clauses []string
	for _, c := range poetryClauses(s) {
		conv, err := poetryClause(c)
		if err != nil {
			return "", "", fmt.Errorf("invalid version constraint %q: %w", s, err)
		}
		if conv != "" {
			clauses = append(clauses, conv)
		}
	}
	spec = strings.Join(clauses, ",")
	if v, ok := strings.CutPrefix(spec, "=="); ok && len(clauses) == 1 && !strings.Contains(v, "*") {
		version = v
	}
	return spec, version, nil
}

// poetryClauses splits a constraint at commas and blanks, keeping an
// operator written apart from its version (">= 1.2") with it.
func poetryClauses(s string) []string {
	fields := strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ' ' || r == '\t' })
	var out []string
	pending := ""
	for _, f := range fields {
		if strings.Trim(f, "<>=!~^") == "" {
			pending += f
			continue
		}
		out = append(out, pending+f)
		pending = ""
	}
	if pending != "" {
		out = append(out, pending)
	}
	return out
}

// poetryClause converts one clause.
func poetryClause(c string) (string, error) {
	var op, v string
	switch {
	case c == "*":
		return "", nil
	case strings.HasPrefix(c, "^"):
		op, v = "^", c[1:]
	case strings.HasPrefix(c, "~="):
		op, v = "~=", c[2:]
	case strings.HasPrefix(c, "~"):
		op, v = "~", c[1:]
	default:
		for _, o := range [...]string{"===", "==", "!=", "<=", ">=", "<", ">", "="} {
			if strings.HasPrefix(c, o) {
				op, v = o, c[len(o):]
				break
			}
		}
		if op == "" {
			op, v = "==", c
		} else if op == "=" {
			op = "=="
		}
	}
	if v == "" || !validVersionText(v) {
		return "", fmt.Errorf("bad version %q", v)
	}
	switch op {
	case "^":
		return bounded(v, func(parts []uint64) int {
			for i, n := range parts {
				if n != 0 {
					return i
				}
			}
			return len(parts) - 1
		})
	case "~":
		return bounded(v, func(parts []uint64) int { return min(1, len(parts)-1) })
	}
	return op + v, nil
}

// bounded writes ">=v,<u", where u bumps the release part of v that pick
// chooses and zeroes the parts after it, keeping as many parts as v has.
func bounded(v string, pick func([]uint64) int) (string, error) {
	release := v
	if i := strings.IndexFunc(v, func(r rune) bool { return r != '.' && (r < '0' || r > '9') }); i >= 0 {
		release = v[:i]
	}
	release = strings.TrimSuffix(release, ".")
	if release == "" {
		return "", fmt.Errorf("version %q has no release number", v)
	}
	fields := strings.Split(release, ".")
	parts := make([]uint64, len(fields))
	for i, s := range fields {
		n, err := strconv.ParseUint(s, 10, 64)
		if err != nil || n == ^uint64(0) {
			return "", errors.New("bad release number " + strconv.Quote(s))
		}
		parts[i] = n
	}
	k := pick(parts)
	upper := make([]string, len(parts))
	for i := range parts {
		switch {
		case i < k:
			upper[i] = strconv.FormatUint(parts[i], 10)
		case i == k:
			upper[i] = strconv.FormatUint(parts[i]+1, 10)
		default:
			upper[i] = "0"
		}
	}
	return ">=" + v + ",<" + strings.Join(upper, "."), nil
}
