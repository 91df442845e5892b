package templates

import (
	"path"
	"slices"

	"github.com/flaskguard/flaskguard/internal/finding"
	"github.com/flaskguard/flaskguard/internal/flaskmodel"
	"github.com/flaskguard/flaskguard/internal/jinja"
	"github.com/flaskguard/flaskguard/internal/project"
	"github.com/flaskguard/flaskguard/internal/python"
	"github.com/flaskguard/flaskguard/internal/taint"
)

// renderSite is a render_template call that receives request data.
type renderSite struct {
	mod  *project.Module
	call *python.Call
	// names are the template names tried in order: one, or the list
	// given to render_template (Flask renders the first that exists).
	names []string
}

// sites finds render calls in the Python modules, indexing each module's
// calls by location once.
type sites struct {
	proj  *project.Project
	res   *taint.Result
	calls map[string]map[finding.Location]*python.Call
	funcs map[string][]*python.FunctionDef
}

func newSites(proj *project.Project, res *taint.Result) *sites {
	return &sites{proj: proj, res: res, calls: map[string]map[finding.Location]*python.Call{},
		funcs: map[string][]*python.FunctionDef{}}
}

// index walks a module once for its calls and functions.
func (s *sites) index(p string) *project.Module {
	m := s.proj.ModuleAt(p)
	if m == nil {
		return nil
	}
	if _, done := s.calls[p]; done {
		return m
	}
	calls := map[finding.Location]*python.Call{}
	var funcs []*python.FunctionDef
	python.Walk(m.File.Module, func(n python.Node) bool {
		switch n := n.(type) {
		case *python.Call:
			calls[locOf(p, n.Span())] = n
		case *python.FunctionDef:
			funcs = append(funcs, n)
		}
		return true
	})
	s.calls[p], s.funcs[p] = calls, funcs
	return m
}

// site locates the call of a template use and the names it renders.
func (s *sites) site(u taint.TemplateUse) (renderSite, bool) {
	m := s.index(u.Location.Path)
	if m == nil {
		return renderSite{}, false
	}
	c := s.calls[u.Location.Path][u.Location]
	if c == nil {
		return renderSite{}, false
	}
	rs := renderSite{mod: m, call: c}
	rs.names = s.names(m, c, u.Template)
	return rs, len(rs.names) > 0
}

// argOf returns where a call passes a context variable: its keyword
// argument, else the **mapping that holds it, else the call.
func (rs renderSite) argOf(name string) finding.Location {
	var star *python.Arg
	for i, a := range rs.call.Args {
		switch {
		case a.Star == 0 && a.Name == name:
			return locOf(rs.mod.File.Path, a.Loc)
		case a.Star == 2 && star == nil:
			star = &rs.call.Args[i]
		}
	}
	if star != nil {
		return locOf(rs.mod.File.Path, star.Loc)
	}
	return locOf(rs.mod.File.Path, rs.call.Span())
}

// names reads the template name argument: the engine's constant, a
// literal list or tuple of names, or a constant the project model or the
// engine's call facts fold it to.
func (s *sites) names(m *project.Module, c *python.Call, known string) []string {
	if known != "" {
		return []string{known}
	}
	e, ok := c.Positional(0)
	if !ok {
		e, ok = c.Keyword("template_name_or_list")
	}
	if !ok {
		return nil
	}
	var elts []python.Expr
	switch x := e.(type) {
	case *python.List:
		elts = x.Elts
	case *python.Tuple:
		elts = x.Elts
	default:
		elts = []python.Expr{e}
	}
	var out []string
	for _, x := range elts {
		if v, ok := s.proj.Const(m, x); ok && v.Kind == project.StringValue {
			out = append(out, v.Str)
		}
	}
	if len(out) == 0 {
		if facts, ok := s.res.Call(m, c); ok {
			if f, ok := facts.Arg(0, "template_name_or_list"); ok && f.Const.Kind == taint.StrConst {
				out = append(out, f.Const.Str)
			}
		}
	}
	return out
}

// enclosing returns the innermost function of a module holding a place.
func (s *sites) enclosing(loc finding.Location) *python.FunctionDef {
	if s.index(loc.Path) == nil {
		return nil
	}
	var best *python.FunctionDef
	for _, fn := range s.funcs[loc.Path] {
		sp := fn.Span()
		if before(loc.StartLine, loc.StartCol, sp.Start) || !before(loc.StartLine, loc.StartCol, sp.End) {
			continue
		}
		if best == nil || !before(int(sp.Start.Line), int(sp.Start.Col), best.Span().Start) {
			best = fn
		}
	}
	return best
}

// before reports whether line:col comes before a position.
func before(line, col int, p python.Pos) bool {
	return line < int(p.Line) || line == int(p.Line) && col < int(p.Col)
}

func locOf(p string, sp python.Span) finding.Location {
	return finding.Location{Path: p, StartLine: int(sp.Start.Line), StartCol: int(sp.Start.Col), EndLine: int(sp.End.Line), EndCol: int(sp.End.Col)}
}

// searchPath is the template folders of one app (or blueprint) that may
// render a call, in Flask's order; empty means unknown.
type searchPath struct {
	folders []flaskmodel.TemplateFolder
}

// searchPaths returns the folders that apply to a render call: those of
// every app serving a route whose view holds the call, or, for a helper,
// the view the request data came through (the functions of the trace,
// latest first). A blueprint registered on no app known to the scan
// searches its own folder. Without a route, every app may render it.
func (s *sites) searchPaths(md *flaskmodel.Model, rs renderSite, u taint.TemplateUse) []searchPath {
	if md == nil {
		return []searchPath{{}}
	}
	var routes []*flaskmodel.Route
	fns := []*python.FunctionDef{rs.mod.ScopeAt(rs.call.Span().Start).Innermost()}
	for i := len(u.Trace) - 1; i >= 0; i-- {
		fns = append(fns, s.enclosing(u.Trace[i].Location))
	}
	for _, fn := range fns {
		if fn != nil {
			if routes = md.RoutesOf(fn); len(routes) > 0 {
				break
			}
		}
	}
	var apps []*flaskmodel.App
	var out []searchPath
	for _, r := range routes {
		switch {
		case r.App != nil && !slices.Contains(apps, r.App):
			apps = append(apps, r.App)
		case r.App == nil && r.Blueprint != nil:
			if f, ok := md.BlueprintTemplateFolder(r.Blueprint); ok {
				out = append(out, searchPath{folders: []flaskmodel.TemplateFolder{f}})
			}
		}
	}
	if len(routes) == 0 {
		apps = md.Apps
	}
	for _, a := range apps {
		out = append(out, searchPath{folders: md.TemplateSearchPath(a)})
	}
	if len(out) == 0 {
		out = append(out, searchPath{})
	}
	return out
}

// lookup finds templates by name as Flask's loader does for one search
// path: the first folder holding the name. When none does (a folder the
// scan cannot place, a root path computed at run time), any template of
// the scan with that name stands in (jinja.Set.FindTemplate).
func (sp searchPath) lookup(set *jinja.Set) jinja.Lookup {
	return func(name string) *jinja.Template {
		for _, f := range sp.folders {
			if f.Path == "" {
				continue
			}
			if t := set.ByPath(path.Join(f.Path, name)); t != nil {
				return t
			}
		}
		return set.FindTemplate(name)
	}
}
