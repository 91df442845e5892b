package manifest

import (
	"strings"

	"github.com/flaskguard/flaskguard/internal/finding"
	"github.com/flaskguard/flaskguard/internal/python"
)

// readSetupCfg reads setuptools' declarative setup.cfg: install_requires
// and setup_requires (group "build") in [options], and every key of
// [options.extras_require] (group "optional:<key>"). Values hold one
// requirement per line, as current setuptools reads them; "file: a.txt"
// names requirements files, which become Includes.
func readSetupCfg(f *File, src []byte) (*File, error) {
	ls := indexLines(src)
	var errs errorList
	// inKey is set after any key, whose indented continuation lines must
	// not be read as keys; inValue only after keys that hold requirements.
	section, group, inKey, inValue := "", "", false, false
	for off := 0; off < len(src); off = nextLine(src, off) {
		end := lineEnd(src, off)
		i := off + skipBlanks(string(src[off:end]), 0)
		if i == end || src[i] == '#' || src[i] == ';' {
			// configparser keeps blank lines inside values and drops
			// comment lines, so neither ends a value.
			continue
		}
		if i > off && inKey {
			if inValue {
				readCfgEntry(f, &errs, ls, src, i, end, group)
			}
			continue
		}
		inKey, inValue = false, false
		if src[i] == '[' {
			section = strings.ToLower(strings.TrimSpace(strings.Trim(string(src[i:end]), "[] \t")))
			continue
		}
		eq := strings.IndexAny(string(src[i:end]), "=:")
		if eq < 0 {
			line, _ := ls.Pos(i)
			errs.add(f.Path, line, "expected \"key = value\"")
			continue
		}
		key := strings.TrimSpace(string(src[i : i+eq]))
		inKey = true
		group, inValue = cfgGroup(section, key)
		if inValue {
			readCfgEntry(f, &errs, ls, src, i+eq+1, end, group)
		}
	}
	return f, errs.err()
}

// cfgGroup tells whether key of section holds requirements, and in which
// group.
func cfgGroup(section, key string) (string, bool) {
	switch {
	case section == "options" && key == "install_requires":
		return "", true
	case section == "options" && key == "setup_requires":
		return "build", true
	case section == "options.extras_require":
		return "optional:" + key, true
	}
	return "", false
}

// readCfgEntry reads the requirement (or "file:" directive) between from
// and end, dropping an inline comment.
func readCfgEntry(f *File, errs *errorList, ls lines, src []byte, from, end int, group string) {
	from += skipBlanks(string(src[from:end]), 0)
	for j := from; j < end; j++ {
		if src[j] == '#' && j > from && isBlank(src[j-1]) {
			end = j
			break
		}
	}
	text := strings.TrimRight(string(src[from:end]), " \t")
	if text == "" {
		return
	}
	loc := ls.Loc(f.Path, from, from+len(text))
	if files, ok := strings.CutPrefix(text, "file:"); ok {
		for _, name := range strings.FieldsFunc(files, func(r rune) bool { return r == ',' || r == ' ' || r == '\t' }) {
			f.Includes = append(f.Includes, Include{Path: name, Loc: loc})
		}
		return
	}
	r, ok, err := parseRequirementLine(text)
	if err != nil {
		errs.add(f.Path, loc.StartLine, "invalid requirement %q: %v", text, err)
		return
	}
	if ok {
		r.Group, r.Loc = group, loc
		f.Requirements = append(f.Requirements, r)
	}
}

// readSetupPy reads the literal requirement lists of a setup() call:
// install_requires, setup_requires (group "build") and extras_require
// (groups "optional:<key>"). A list may be written in place, be a
// module-level variable, or be built with + and * from those. When the
// list is computed (read from requirements.txt by a helper), the string
// literals naming .txt or .in files in the expression become Includes.
func readSetupPy(f *File, src []byte) (*File, error) {
	pf, err := python.Parse(f.Path, src)
	if err != nil {
		return nil, &ParseError{Path: f.Path, Msg: err.Error(), Err: err}
	}
	s := &setupReader{f: f, vars: map[string]python.Expr{}}
	var errs errorList
	if len(pf.Errors) > 0 {
		// The rest of the tree is still there: read what can be read.
		e := pf.Errors[0]
		errs.add(f.Path, int(e.Span.Start.Line), "syntax error: %s", e.Message)
	}
	s.errs = &errs
	for _, st := range pf.Module.Body {
		if a, ok := st.(*python.Assign); ok && a.Op == "" && a.Value != nil {
			for _, t := range a.Targets {
				if n, ok := t.(*python.Name); ok {
					s.vars[n.ID] = a.Value
				}
			}
		}
	}
	python.Walk(pf.Module, func(n python.Node) bool {
		c, ok := n.(*python.Call)
		if !ok {
			return true
		}
		switch name, _ := python.DottedName(c.Func); name {
		case "setup", "setuptools.setup", "distutils.core.setup":
			s.call(c)
		}
		return true
	})
	sortBySource(f.Requirements)
	return f, errs.err()
}

type setupReader struct {
	f    *File
	errs *errorList
	// vars are the module-level assignments, for lists passed by name.
	vars map[string]python.Expr
}

func (s *setupReader) call(c *python.Call) {
	if v, ok := c.Keyword("install_requires"); ok {
		s.list(v, "", 0)
	}
	if v, ok := c.Keyword("setup_requires"); ok {
		s.list(v, "build", 0)
	}
	if v, ok := c.Keyword("extras_require"); ok {
		if d, ok := s.resolve(v).(*python.Dict); ok {
			for i, k := range d.Keys {
				if key, ok := python.StringValue(k); ok {
					s.list(d.Values[i], "optional:"+key, 0)
				}
			}
		}
	}
}

// maxDepth bounds how far list expressions are followed through names,
// so that `a = a + b` or two names bound to each other cannot loop.
const maxDepth = 8

// list reads the requirements of the list expression e.
func (s *setupReader) list(e python.Expr, group string, depth int) {
	if depth > maxDepth {
		return
	}
	switch x := e.(type) {
	case *python.Name:
		if v, ok := s.vars[x.ID]; ok {
			s.list(v, group, depth+1)
		}
	case *python.List:
		s.elements(x.Elts, group, depth)
	case *python.Tuple:
		s.elements(x.Elts, group, depth)
	case *python.BinOp:
		if x.Op == "+" {
			s.list(x.Left, group, depth+1)
			s.list(x.Right, group, depth+1)
		}
	case *python.String:
		// A single requirement string is allowed too.
		s.element(x, group)
	default:
		s.includes(e)
	}
}

func (s *setupReader) elements(elts []python.Expr, group string, depth int) {
	for _, el := range elts {
		switch x := el.(type) {
		case *python.String:
			s.element(x, group)
		case *python.Starred:
			s.list(x.Value, group, depth+1)
		}
	}
}

// element reads one requirement string literal.
func (s *setupReader) element(str *python.String, group string) {
	text, ok := python.StringValue(str)
	if !ok {
		return
	}
	loc := spanLoc(s.f.Path, str.Span())
	r, ok, err := parseRequirementLine(strings.TrimSpace(text))
	if err != nil {
		s.errs.add(s.f.Path, loc.StartLine, "invalid requirement %q: %v", text, err)
		return
	}
	if ok {
		r.Group, r.Loc = group, loc
		s.f.Requirements = append(s.f.Requirements, r)
	}
}

// includes records the requirements files a computed list reads.
func (s *setupReader) includes(e python.Expr) {
	python.Walk(e, func(n python.Node) bool {
		if str, ok := n.(*python.String); ok {
			if v, ok := python.StringValue(str); ok && (strings.HasSuffix(v, ".txt") || strings.HasSuffix(v, ".in")) {
				s.f.Includes = append(s.f.Includes, Include{Path: v, Loc: spanLoc(s.f.Path, str.Span())})
			}
		}
		return true
	})
}

// resolve follows a name to its module-level value.
func (s *setupReader) resolve(e python.Expr) python.Expr {
	for range maxDepth {
		n, ok := e.(*python.Name)
		if !ok {
			break
		}
		v, ok := s.vars[n.ID]
		if !ok {
			break
		}
		e = v
	}
	return e
}

func spanLoc(p string, sp python.Span) finding.Location {
	return finding.Location{Path: p, StartLine: int(sp.Start.Line), StartCol: int(sp.Start.Col), EndLine: int(sp.End.Line), EndCol: int(sp.End.Col)}
}
