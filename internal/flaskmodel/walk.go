package flaskmodel

import (
	"fmt"
	"maps"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/flaskguard/flaskguard/internal/finding"
	"github.com/flaskguard/flaskguard/internal/project"
	"github.com/flaskguard/flaskguard/internal/python"
)

// site is where a statement or call sits: its module, the functions
// around it, the for loops around it in the same function (for loop
// targets that name blueprints or modules) and whether it runs only under
// a condition.
type site struct {
	m     *project.Module
	scope project.Scope
	loops []*python.For
	cond  bool
	class *python.ClassDef
}

// callSite is a call with its site.
type callSite struct {
	site
	call *python.Call
}

// defSite is a decorated function or class with its site (the scope
// outside it, where its decorators are evaluated).
type defSite struct {
	site
	fn  *python.FunctionDef
	cls *python.ClassDef
}

// assignSite is an assignment with its site.
type assignSite struct {
	site
	assign *python.Assign
}

// collected is what one pass over every module finds: the only calls,
// definitions and assignments the later phases look at. Filtering by name
// here keeps Build cheap on large projects, where most calls have nothing
// to do with Flask.
type collected struct {
	ctors   []callSite // candidate constructor calls: Flask(...), Blueprint(...), CSRFProtect(...)
	methods []callSite // candidate method calls: x.route, x.register_blueprint, x.init_app, ...
	applied []callSite // calls of a call: limiter.limit("1/s")(bp)
	sites   []callSite // calls of a project function, to follow arguments into parameters
	defs    []defSite
	assigns []assignSite
	classes []defSite // classes with bases (forms, config classes, views)
	// crashes are internal errors met walking a module (see collectModule).
	crashes []finding.Diagnostic
	// varOf maps a constructor call to the plain name it is assigned to.
	varOf map[*python.Call]string
	// monitorImports are the imports of monitoring packages, at any
	// depth, for MonitoringProofs.
	monitorImports []monitorImport
	// logCalls are the logging set-ups the model does not record (see
	// loggingCalls), for LoggingProofs: found here, on all cores, and not
	// in the serial rule pass that asks for them.
	logCalls []Proof
}

// monitorImport is an import statement naming a monitoring package:
// `import name` or `from name import ...`.
type monitorImport struct {
	m    *project.Module
	name string
	at   python.Span
}

// nameFlags say what a called name may be; one map lookup per call
// answers all the walker's questions.
type nameFlags uint8

const (
	// flagCtor: a known constructor (Flask, Blueprint, CSRFProtect, ...),
	// a project class deriving from Flask or Blueprint, or a monitoring
	// set-up function (sentry_sdk.init).
	flagCtor nameFlags = 1 << iota
	// flagMethod: a method or function the model interprets (methodNames).
	flagMethod
	// flagFunc: a module-level function of the project, whose parameters
	// may receive an app or blueprint.
	flagFunc
)

// walker finds the interesting statements of one module at a time.
type walker struct {
	out collected
	// names classifies call names project-wide; it is shared by the
	// walkers of all goroutines and only read.
	names map[string]nameFlags
	// aliases are the module's local names for constructors (`from flask
	// import Blueprint as BP`); local its nested function names.
	aliases map[string]bool
	local   map[string]bool
}

// collect walks every module, on all cores, and returns what the walkers
// found in module order, so that the result does not depend on timing.
func collect(anc *ancestry, mods []*project.Module) collected {
	names := map[string]nameFlags{}
	for n := range ctorNames(anc, mods) {
		names[n] |= flagCtor
	}
	for n := range monitorNames {
		names[n] |= flagCtor
	}
	for n := range methodNames {
		names[n] |= flagMethod
	}
	for _, m := range mods {
		for name, bs := range m.Bindings {
			for _, bd := range bs {
				if bd.Kind == project.BindFunction {
					names[name] |= flagFunc
				}
			}
		}
	}
	per := make([]collected, len(mods))
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), max(len(mods), 1)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1) - 1)
				if i >= len(mods) {
					return
				}
				per[i] = collectModule(anc.proj, names, mods[i])
			}
		}()
	}
	wg.Wait()
	out := collected{varOf: map[*python.Call]string{}}
	for _, c := range per {
		out.crashes = append(out.crashes, c.crashes...)
		out.ctors = append(out.ctors, c.ctors...)
		out.methods = append(out.methods, c.methods...)
		out.applied = append(out.applied, c.applied...)
		out.sites = append(out.sites, c.sites...)
		out.defs = append(out.defs, c.defs...)
		out.assigns = append(out.assigns, c.assigns...)
		out.classes = append(out.classes, c.classes...)
		out.monitorImports = append(out.monitorImports, c.monitorImports...)
		out.logCalls = append(out.logCalls, c.logCalls...)
		maps.Copy(out.varOf, c.varOf)
	}
	return out
}

// collectModule walks one module. A panic in the walk is our bug: the
// module is left out of the model and the crash kept for the scan to
// report, instead of ending the process from a worker goroutine.
func collectModule(proj *project.Project, names map[string]nameFlags, m *project.Module) (out collected) {
	defer func() {
		if p := recover(); p != nil {
			var path string
			if m.File != nil {
				path = m.File.Path
			}
			out = collected{crashes: []finding.Diagnostic{{Kind: finding.InternalError,
				Location: finding.Location{Path: path},
				Message:  fmt.Sprintf("the Flask model skipped this file after a crash: %v", p)}}}
		}
	}()
	w := &walker{names: names, out: collected{varOf: map[*python.Call]string{}}}
	w.module(m)
	w.out.logCalls = loggingCalls(proj, m)
	return w.out
}

func (w *walker) module(m *project.Module) {
	w.aliases = map[string]bool{}
	w.local = map[string]bool{}
	for local, target := range m.Imports {
		if w.names[lastPart(target)]&flagCtor != 0 || monitorFuncs[target] != "" {
			w.aliases[local] = true
		}
	}
	w.stmts(site{m: m}, m.File.Module.Body)
}

func (w *walker) stmts(s site, list []python.Stmt) {
	for _, st := range list {
		w.stmt(s, st)
	}
}

func (w *walker) stmt(s site, st python.Stmt) {
	switch st := st.(type) {
	case *python.FunctionDef:
		if len(st.Decorators) > 0 {
			w.out.defs = append(w.out.defs, defSite{site: s, fn: st})
		}
		// Nested helpers are defined before they are called, so their
		// calls that follow are recorded too.
		w.local[st.Name] = true
		inner := site{m: s.m, scope: append(s.scope[:len(s.scope):len(s.scope)], st)}
		w.stmts(inner, st.Body)
	case *python.ClassDef:
		if len(st.Decorators) > 0 {
			w.out.defs = append(w.out.defs, defSite{site: s, cls: st})
		}
		if len(st.Bases) > 0 {
			w.out.classes = append(w.out.classes, defSite{site: s, cls: st})
		}
		inner := s
		inner.class = st
		w.stmts(inner, st.Body)
	case *python.Assign:
		w.assign(s, st)
	case *python.ExprStmt:
		w.exprs(s, st.X)
	case *python.Return:
		w.exprs(s, st.Value)
	case *python.If:
		w.exprs(s, st.Test)
		c := s
		c.cond = true
		w.stmts(c, st.Body)
		w.stmts(c, st.Else)
	case *python.For:
		w.exprs(s, st.Iter)
		c := s
		c.cond = true
		c.loops = append(s.loops[:len(s.loops):len(s.loops)], st)
		w.stmts(c, st.Body)
		c.loops = s.loops
		w.stmts(c, st.Else)
	case *python.While:
		w.exprs(s, st.Test)
		c := s
		c.cond = true
		w.stmts(c, st.Body)
		w.stmts(c, st.Else)
	case *python.With:
		// A with block runs its body unconditionally (app.app_context()).
		for _, it := range st.Items {
			w.exprs(s, it.Context)
		}
		w.stmts(s, st.Body)
	case *python.Try:
		// The try body, else and finally run on the normal path; only the
		// handlers are conditional.
		w.stmts(s, st.Body)
		c := s
		c.cond = true
		for _, h := range st.Handlers {
			w.stmts(c, h.Body)
		}
		w.stmts(s, st.Else)
		w.stmts(s, st.Finally)
	case *python.Match:
		w.exprs(s, st.Subject)
		c := s
		c.cond = true
		for _, mc := range st.Cases {
			w.stmts(c, mc.Body)
		}
	case *python.BadStmt:
		w.stmts(s, st.Body)
	case *python.Raise:
		w.exprs(s, st.Exc)
	case *python.Import:
		for _, a := range st.Names {
			w.monitorImport(s.m, a.Name, st.Span())
		}
	case *python.ImportFrom:
		if st.Level == 0 {
			w.monitorImport(s.m, st.Module, st.Span())
		}
	}
}

// monitorImport records an import of a monitoring package.
func (w *walker) monitorImport(m *project.Module, name string, at python.Span) {
	if top, _, _ := strings.Cut(name, "."); monitoringPackages[top] != "" {
		w.out.monitorImports = append(w.out.monitorImports, monitorImport{m, name, at})
	}
}

// assign records assignments to attributes and subscripts (app.debug,
// app.config["K"], login_manager.session_protection, app.wsgi_app) and the
// variable a constructor call is bound to.
func (w *walker) assign(s site, a *python.Assign) {
	if a.Value == nil {
		return
	}
	for _, t := range a.Targets {
		switch t := t.(type) {
		case *python.Attribute, *python.Subscript:
			w.out.assigns = append(w.out.assigns, assignSite{site: s, assign: a})
		case *python.Name:
			if c, ok := a.Value.(*python.Call); ok && a.Op == "" && w.isCtor(c) {
				w.out.varOf[c] = t.ID
			}
		}
	}
	w.exprs(s, a.Value)
}

// exprs looks for calls in an expression. Lambda bodies are skipped:
// code there runs later, with arguments the model cannot know.
func (w *walker) exprs(s site, e python.Expr) {
	python.Walk(e, func(n python.Node) bool {
		switch n := n.(type) {
		case *python.Lambda:
			return false
		case *python.Call:
			w.call(s, n)
		}
		return true
	})
}

func (w *walker) list(s site, es []python.Expr) {
	for _, e := range es {
		w.exprs(s, e)
	}
}

func (w *walker) call(s site, c *python.Call) {
	var tail string
	alias := false
	switch f := c.Func.(type) {
	case *python.Name:
		tail = f.ID
		alias = w.aliases[tail]
	case *python.Attribute:
		tail = f.Attr
	case *python.Call:
		w.out.applied = append(w.out.applied, callSite{s, c})
		return
	default:
		return
	}
	flags := w.names[tail]
	if alias || flags&flagCtor != 0 {
		w.out.ctors = append(w.out.ctors, callSite{s, c})
	}
	// Handler objects (logging.StreamHandler, RotatingFileHandler) are
	// logging set-up.
	if flags&flagMethod != 0 || strings.HasSuffix(tail, "Handler") {
		w.out.methods = append(w.out.methods, callSite{s, c})
	}
	if flags&flagFunc != 0 || w.local[tail] {
		w.out.sites = append(w.out.sites, callSite{s, c})
	}
}

// isCtor reports whether a call may be a constructor the model tracks.
func (w *walker) isCtor(c *python.Call) bool {
	switch f := c.Func.(type) {
	case *python.Name:
		return w.aliases[f.ID] || w.names[f.ID]&flagCtor != 0
	case *python.Attribute:
		return w.names[f.Attr]&flagCtor != 0
	}
	return false
}
