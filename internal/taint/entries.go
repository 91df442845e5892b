package taint

import (
	"cmp"
	"slices"
	"strings"

	"github.com/flaskguard/flaskguard/internal/project"
	"github.com/flaskguard/flaskguard/internal/python"
)

// routeMethods are the decorator methods that declare a Flask route
// (@app.route, @bp.get, ...).
func routeMethods() map[string]bool {
	return map[string]bool{"route": true, "get": true, "post": true, "put": true, "patch": true, "delete": true}
}

// commonMethods are method names too common to link a call to a project
// method by name alone (every dict has get); callers of project methods
// with these names are found through the class name instead.
func commonMethods() map[string]bool {
	m := map[string]bool{}
	for _, n := range strings.Fields(`get set post put delete patch run update add read write save load open
		close items keys values pop append format join split strip lower upper replace find index count copy
		clear extend insert remove sort reverse send execute filter query first all one render process handle
		call __call__ __init__ __enter__ __exit__ __getitem__ __str__ __repr__ main dispatch_request`) {
		m[n] = true
	}
	return m
}

// scanned is what indexing a function body found.
type scanned struct {
	fn    *python.FunctionDef
	reads bool
	calls []string
}

// entries indexes every function of the project and returns the entry
// points, in file and source order: functions that read the request,
// directly or through a project function that does, and route views whose
// URL parameters carry client text.
func (e *engine) entries() []*python.FunctionDef {
	mods := make([]*project.Module, 0, len(e.proj.Modules))
	seen := map[*project.Module]bool{}
	for _, m := range e.proj.Modules {
		if !seen[m] {
			seen[m] = true
			mods = append(mods, m)
		}
	}
	slices.SortFunc(mods, func(a, b *project.Module) int { return cmp.Compare(a.File.Path, b.File.Path) })

	var all []*scanned
	for _, m := range mods {
		all = append(all, e.indexModule(m)...)
	}
	// Callers of entry points are entry points, found by the names they
	// call: cheap, and generous only for names shared by several functions.
	entry := map[*python.FunctionDef]bool{}
	names := map[string]bool{}
	common := commonMethods()
	mark := func(fn *python.FunctionDef) {
		entry[fn] = true
		info := e.funcs[fn]
		if info.class == nil || !common[fn.Name] {
			names[fn.Name] = true
		}
		if info.class != nil {
			names[info.class.Def.Name] = true
		}
	}
	for _, s := range all {
		if s.reads {
			mark(s.fn)
		}
	}
	for range maxCallDepth {
		grew := false
		for _, s := range all {
			if entry[s.fn] {
				continue
			}
			for _, c := range s.calls {
				if names[c] {
					mark(s.fn)
					grew = true
					break
				}
			}
		}
		if !grew {
			break
		}
	}
	var out []*python.FunctionDef
	for _, s := range all {
		if info := e.funcs[s.fn]; entry[s.fn] || info.view && len(info.urlParams) > 0 {
			out = append(out, s.fn)
		}
	}
	return out
}

// indexModule records every function of a module in e.funcs, with its
// route, and scans its body for request reads and calls.
func (e *engine) indexModule(m *project.Module) []*scanned {
	req := e.requestNames(m)
	var out []*scanned
	var visit func(list []python.Stmt, class *project.Class, parent *python.FunctionDef)
	visit = func(list []python.Stmt, class *project.Class, parent *python.FunctionDef) {
		for _, s := range list {
			python.Walk(s, func(n python.Node) bool {
				switch n := n.(type) {
				case *python.FunctionDef:
					info := e.funcs[n]
					if info == nil {
						info = &funcInfo{}
						e.funcs[n] = info
					}
					info.mod, info.class, info.parent = m, class, parent
					e.routeOf(m, n, info)
					out = append(out, e.scanBody(m, n, req))
					visit(n.Body, nil, n)
					return false
				case *python.ClassDef:
					visit(n.Body, &project.Class{Module: m, Def: n}, parent)
					return false
				case *python.Call:
					e.addURLRule(m, n)
				}
				return true
			})
		}
	}
	visit(m.File.Module.Body, nil, nil)
	return out
}

// requestNames are the module-level names that denote the request or a
// module it is reached from ("request", or "flask" for flask.request).
func (e *engine) requestNames(m *project.Module) map[string]string {
	out := map[string]string{}
	for name, target := range m.Imports {
		if e.ix.Source(target) != nil || e.ix.Source(target+".request") != nil {
			out[name] = target
		}
	}
	return out
}

// scanBody finds whether a function reads the request and the names of
// the functions it calls, without entering nested functions.
func (e *engine) scanBody(m *project.Module, fn *python.FunctionDef, req map[string]string) *scanned {
	s := &scanned{fn: fn}
	local := map[string]string{}
	for _, st := range fn.Body {
		python.Walk(st, func(n python.Node) bool {
			switch n := n.(type) {
			case *python.FunctionDef, *python.ClassDef:
				return false
			case *python.ImportFrom:
				// A local `from flask import request` is a request too.
				for _, a := range n.Names {
					if q := n.Module + "." + a.Name; e.ix.Source(q) != nil {
						local[importedName(a)] = q
					}
				}
			case *python.Name:
				if _, ok := req[n.ID]; ok {
					s.reads = true
				} else if _, ok := local[n.ID]; ok {
					s.reads = true
				}
			case *python.Call:
				if name := lastName(n.Func); name != "" {
					s.calls = append(s.calls, name)
					if e.ix.IsCallSource(name) || e.callSourceName(name) {
						s.reads = true
					}
				}
			}
			return true
		})
	}
	return s
}

// callSourceName reports whether a called name is the last part of a
// user-declared call source.
func (e *engine) callSourceName(name string) bool {
	return e.ix.IsCallSource(name) || e.ix.IsCallSource("*."+name)
}

// lastName is the name a call expression ends in: f for f(), m for x.m().
func lastName(e python.Expr) string {
	switch x := e.(type) {
	case *python.Name:
		return x.ID
	case *python.Attribute:
		return x.Attr
	}
	return ""
}

// routeOf reads a function's route decorators.
func (e *engine) routeOf(m *project.Module, fn *python.FunctionDef, info *funcInfo) {
	methods := routeMethods()
	for _, d := range fn.Decorators {
		c, ok := d.(*python.Call)
		if !ok {
			continue
		}
		a, ok := c.Func.(*python.Attribute)
		if !ok || !methods[a.Attr] {
			continue
		}
		rule, ok := c.Positional(0)
		if !ok {
			rule, ok = c.Keyword("rule")
		}
		if !ok {
			continue
		}
		if _, isStr := rule.(*python.String); !isStr && a.Attr != "route" {
			continue // @cache.get(...) and the like are not routes
		}
		e.setRule(m, rule, info)
	}
}

// addURLRule handles app.add_url_rule(rule, endpoint, view_func).
func (e *engine) addURLRule(m *project.Module, c *python.Call) {
	a, ok := c.Func.(*python.Attribute)
	if !ok || a.Attr != "add_url_rule" {
		return
	}
	view, ok := c.Keyword("view_func")
	if !ok {
		view, ok = c.Positional(2)
	}
	name, isName := view.(*python.Name)
	if !ok || !isName {
		return
	}
	res, ok := e.proj.Lookup(m, m.ScopeAt(c.Span().Start), name.ID)
	if !ok {
		return
	}
	for _, b := range res.Bindings {
		if b.Kind != project.BindFunction {
			continue
		}
		info := e.funcs[b.Function]
		if info == nil {
			// Defined later in the file: index it now, the walk will
			// keep this record.
			info = &funcInfo{mod: res.Module}
			e.funcs[b.Function] = info
		}
		if rule, ok := c.Keyword("rule"); ok {
			e.setRule(m, rule, info)
		} else if rule, ok := c.Positional(0); ok {
			e.setRule(m, rule, info)
		}
	}
}

// setRule marks a view and records the URL parameters of its rule that
// carry client text: <name>, <string:name>, <path:name>, <any(...):name>,
// but not <int:id>, <float:x> or <uuid:u>.
func (e *engine) setRule(m *project.Module, expr python.Expr, info *funcInfo) {
	info.view = true
	v, ok := e.proj.ConstAt(m, expr, m.ScopeAt(expr.Span().Start))
	if !ok || v.Kind != project.StringValue {
		return
	}
	info.rule = v.Str
	for rest := v.Str; ; {
		i := strings.IndexByte(rest, '<')
		j := strings.IndexByte(rest, '>')
		if i < 0 || j < i {
			return
		}
		part := rest[i+1 : j]
		rest = rest[j+1:]
		conv, name, found := strings.Cut(part, ":")
		if !found {
			conv, name = "string", part
		}
		if k := strings.IndexByte(conv, '('); k >= 0 {
			conv = conv[:k]
		}
		if e.ix.IsSafeConverter(strings.TrimSpace(conv)) {
			continue
		}
		if info.urlParams == nil {
			info.urlParams = map[string]string{}
		}
		info.urlParams[strings.TrimSpace(name)] = part
	}
}
