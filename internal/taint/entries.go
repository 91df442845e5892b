package taint

import (
	"bytes"
	"cmp"
	"slices"
	"strings"

	"github.com/flaskguard/flaskguard/internal/project"
	"github.com/flaskguard/flaskguard/internal/python"
)

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

// scanned is what indexing a function body found: whether it reads the
// request, the project functions its calls resolve to, and the method
// names of calls whose receiver is not known.
type scanned struct {
	fn      *python.FunctionDef
	reads   bool
	callees []*python.FunctionDef
	methods []string
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

	// Index every function first (nested functions, routes); bodies are
	// scanned afterwards, since their calls resolve against that index.
	pending := map[*project.Module][]func() *scanned{}
	for _, m := range mods {
		pending[m] = e.indexModule(m)
	}
	// Scanning every body of a large project costs more than the
	// analysis itself, so only modules that can hold an entry point are
	// scanned: those that mention the request or declare a route with
	// parameters, then, round by round, those that import a module with
	// entry points or call a request-reading method by name.
	var all []*scanned
	scannedMods := map[*project.Module]bool{}
	scan := func(m *project.Module) {
		if scannedMods[m] {
			return
		}
		scannedMods[m] = true
		for _, sc := range pending[m] {
			all = append(all, sc())
		}
	}
	// Every view is an entry point, even one that reads no request data:
	// the API rules (weak hashes, weak randomness, cookie flags) ask the
	// engine whether a call in a view is reachable at all, and only an
	// analysed view can say that a constant condition makes it dead.
	routed := map[*project.Module]bool{}
	for _, info := range e.funcs {
		if info.view {
			routed[info.mod] = true
		}
	}
	for _, m := range mods {
		if routed[m] || bytes.Contains(m.File.Source, []byte("request")) || len(e.ix.CallSourceNames()) > 0 {
			scan(m)
		}
	}
	entry := map[*python.FunctionDef]bool{}
	readers := map[string]bool{}
	common := commonMethods()
	for _, s := range all {
		if s.reads {
			entry[s.fn] = true
			if info := e.funcs[s.fn]; info.class != nil && !common[s.fn.Name] {
				readers[s.fn.Name] = true
			}
		}
	}
	for range maxCallDepth {
		// Callers of entry points are entry points: calls resolved to a
		// project function are followed exactly; a method called on an
		// unknown object matches by name, but only methods that read the
		// request themselves and whose names are not common (every dict
		// has get), so that the set does not grow through name clashes.
		grew := false
		for _, s := range all {
			if entry[s.fn] || !calls(s, entry, readers) {
				continue
			}
			entry[s.fn] = true
			grew = true
		}
		entryMods := map[string]bool{}
		for fn := range entry {
			entryMods[e.funcs[fn].mod.Name] = true
		}
		for _, m := range mods {
			if !scannedMods[m] && e.mayCall(m, entryMods, readers) {
				scan(m)
				grew = true
			}
		}
		if !grew {
			break
		}
	}
	var out []*python.FunctionDef
	for _, s := range all {
		info := e.funcs[s.fn]
		switch {
		case entry[s.fn] || info.view && len(info.urlParams) > 0:
			out = append(out, s.fn)
		case info.view:
			e.quiet[s.fn] = true
			out = append(out, s.fn)
		}
	}
	slices.SortFunc(out, func(a, b *python.FunctionDef) int {
		ma, mb := e.funcs[a].mod.File.Path, e.funcs[b].mod.File.Path
		return cmp.Or(cmp.Compare(ma, mb), cmp.Compare(a.Span().Start.Offset, b.Span().Start.Offset))
	})
	return out
}

// mayCall reports whether a module can call an entry point: it imports
// from a module that has one, or mentions a request-reading method.
func (e *engine) mayCall(m *project.Module, entryMods, readers map[string]bool) bool {
	for _, target := range m.Imports {
		for mod := target; mod != ""; {
			if entryMods[mod] {
				return true
			}
			i := strings.LastIndexByte(mod, '.')
			if i < 0 {
				break
			}
			mod = mod[:i]
		}
	}
	for name := range readers {
		if bytes.Contains(m.File.Source, []byte(name)) {
			return true
		}
	}
	return false
}

// calls reports whether a scanned function calls an entry point.
func calls(s *scanned, entry map[*python.FunctionDef]bool, readers map[string]bool) bool {
	for _, c := range s.callees {
		if entry[c] {
			return true
		}
	}
	for _, m := range s.methods {
		if readers[m] {
			return true
		}
	}
	return false
}

// indexModule records every function of a module in e.funcs, with its
// route, and returns the scans of their bodies for request reads and
// calls, to run once every module is indexed.
func (e *engine) indexModule(m *project.Module) []func() *scanned {
	req := e.requestNames(m)
	var pending []func() *scanned
	var visit func(list []python.Stmt, class *project.Class, parent *python.FunctionDef)
	visit = func(list []python.Stmt, class *project.Class, parent *python.FunctionDef) {
		w := &walker{stmt: func(st python.Stmt) bool {
			switch n := st.(type) {
			case *python.FunctionDef:
				info := e.funcs[n]
				if info == nil {
					info = &funcInfo{}
					e.funcs[n] = info
				}
				info.mod, info.class, info.parent = m, class, parent
				if parent != nil {
					if e.nested[parent] == nil {
						e.nested[parent] = map[string]*python.FunctionDef{}
					}
					e.nested[parent][n.Name] = n
				}
				e.routeOf(m, n, info)
				fn, cls := n, class
				pending = append(pending, func() *scanned { return e.scanBody(m, fn, cls, req) })
				visit(n.Body, nil, n)
				return false
			case *python.ClassDef:
				visit(n.Body, &project.Class{Module: m, Def: n}, parent)
				return false
			case *python.ExprStmt:
				if c, ok := n.X.(*python.Call); ok {
					e.addURLRule(m, c)
				}
			}
			return true
		}}
		w.stmts(list)
	}
	visit(m.File.Module.Body, nil, nil)
	return pending
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

// scanBody finds whether a function reads the request and what it
// calls, without entering nested functions.
func (e *engine) scanBody(m *project.Module, fn *python.FunctionDef, class *project.Class, req map[string]string) *scanned {
	s := &scanned{fn: fn}
	local := map[string]string{}
	var scope project.Scope
	if len(fn.Body) > 0 {
		scope = m.ScopeAt(fn.Body[0].Span().Start)
	}
	w := &walker{
		stmt: func(st python.Stmt) bool {
			switch n := st.(type) {
			case *python.FunctionDef, *python.ClassDef:
				return false
			case *python.ImportFrom:
				// A local `from flask import request` is a request too.
				for _, a := range n.Names {
					if q := n.Module + "." + a.Name; e.ix.Source(q) != nil {
						local[importedName(a)] = q
					}
				}
			}
			return true
		},
		expr: func(x python.Expr) {
			switch n := x.(type) {
			case *python.Name:
				if _, ok := req[n.ID]; ok {
					s.reads = true
				} else if _, ok := local[n.ID]; ok {
					s.reads = true
				}
			case *python.Call:
				if name := lastName(n.Func); name != "" && e.ix.MayBeCallSource(name) {
					s.reads = true
				}
				e.scanCall(m, scope, class, n, s)
			}
		},
	}
	w.stmts(fn.Body)
	if !s.reads && e.ix.HasDeclarations() {
		// A declared source of the project, called by any name (an
		// alias, a method of self): its callers read the request through it.
		for _, def := range s.callees {
			if e.declaredSource(def) {
				s.reads = true
				break
			}
		}
	}
	return s
}

// scanCall resolves the callee of a call for the entry-point search.
func (e *engine) scanCall(m *project.Module, scope project.Scope, class *project.Class, c *python.Call, s *scanned) {
	add := func(ref *funcRef) {
		switch {
		case ref == nil:
		case ref.def != nil:
			s.callees = append(s.callees, ref.def)
		case ref.class != nil:
			if _, init := e.method(ref.class, "__init__"); init != nil {
				s.callees = append(s.callees, init)
			}
		}
	}
	switch x := c.Func.(type) {
	case *python.Name:
		// A function nested in this one or an enclosing one, else a
		// module-level name (function, class or import).
		for i := len(scope) - 1; i >= 0; i-- {
			if def := e.nested[scope[i]][x.ID]; def != nil {
				s.callees = append(s.callees, def)
				return
			}
			if e.localNames(scope[i])[x.ID] {
				return
			}
		}
		for _, b := range m.Bindings[x.ID] {
			switch b.Kind {
			case project.BindFunction:
				s.callees = append(s.callees, b.Function)
			case project.BindClass:
				add(&funcRef{class: &project.Class{Module: m, Def: b.Class}})
			case project.BindImport:
				add(e.callable(b.Target))
			}
		}
	case *python.Attribute:
		if n, ok := x.Value.(*python.Name); ok && class != nil && (n.ID == "self" || n.ID == "cls") {
			if _, def := e.method(class, x.Attr); def != nil {
				s.callees = append(s.callees, def)
				return
			}
		}
		// A dotted name rooted in a module-level name (a module, a
		// class) resolves without looking into function bodies.
		if d, ok := python.DottedName(x); ok && !e.localIn(scope, rootName(d)) {
			if q := e.proj.QualifyAt(m, x, nil); q != "" {
				if ref := e.callable(q); ref != nil {
					add(ref)
					return
				}
			}
		}
		s.methods = append(s.methods, x.Attr)
	}
}

// localIn reports whether a name is bound by one of the functions of a scope.
func (e *engine) localIn(scope project.Scope, name string) bool {
	for _, fn := range scope {
		if e.localNames(fn)[name] {
			return true
		}
	}
	return false
}

// rootName is the first part of a dotted name.
func rootName(d string) string {
	if i := strings.IndexByte(d, '.'); i >= 0 {
		return d[:i]
	}
	return d
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
