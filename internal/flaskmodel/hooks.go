package flaskmodel

import (
	"github.com/flaskguard/flaskguard/internal/project"
	"github.com/flaskguard/flaskguard/internal/python"
)

// hookKinds maps the hook registration methods to their kinds.
var hookKinds = map[string]HookKind{
	"before_request":     BeforeRequest,
	"after_request":      AfterRequest,
	"before_app_request": BeforeAppRequest,
	"after_app_request":  AfterAppRequest,
	"teardown_request":   TeardownRequest,
}

// hooks records request hooks and error handlers, registered with a
// decorator (@app.after_request, @bp.errorhandler(404)) or a call
// (app.after_request(fn), app.register_error_handler(500, fn)).
func (b *builder) hooks() {
	for _, ds := range b.col.defs {
		if ds.fn == nil {
			continue
		}
		f := funcRef{ds.m, append(ds.scope[:len(ds.scope):len(ds.scope)], ds.fn), ds.fn}
		for _, d := range ds.fn.Decorators {
			switch d := d.(type) {
			case *python.Attribute:
				if k, ok := hookKinds[d.Attr]; ok {
					b.addHook(ds.site, k, d.Value, f, d)
				}
			case *python.Call:
				a, ok := d.Func.(*python.Attribute)
				if !ok || a.Attr != "errorhandler" && a.Attr != "app_errorhandler" {
					continue
				}
				if code, ok := argument(d, 0, "code_or_exception"); ok {
					b.addErrorHandler(ds.site, a.Attr == "app_errorhandler", a.Value, code, f, d)
				}
			}
		}
	}
	for _, cs := range b.col.methods {
		name := methodOf(cs.call)
		a, ok := cs.call.Func.(*python.Attribute)
		if !ok {
			continue
		}
		if k, ok := hookKinds[name]; ok {
			if arg, ok := argument(cs.call, 0, "f"); ok {
				for _, f := range b.res.functions(cs.m, cs.scope, nil, arg, 0) {
					b.addHook(cs.site, k, a.Value, f, cs.call)
				}
			}
			continue
		}
		if name != "register_error_handler" {
			continue
		}
		code, ok1 := argument(cs.call, 0, "code_or_exception")
		fn, ok2 := argument(cs.call, 1, "f")
		if ok1 && ok2 {
			for _, f := range b.res.functions(cs.m, cs.scope, nil, fn, 0) {
				b.addErrorHandler(cs.site, false, a.Value, code, f, cs.call)
			}
		}
	}
}

func (b *builder) addHook(s site, kind HookKind, recv python.Expr, f funcRef, at python.Node) {
	for _, o := range b.res.objects(s.m, s.scope, nil, recv) {
		if o.app == nil && o.bp == nil {
			continue
		}
		h := &Hook{Kind: kind, App: o.app, Blueprint: o.bp, Name: f.fn.Name, Func: f.fn, Module: f.m,
			Loc: loc(s.m, at.Span())}
		switch kind {
		case AfterRequest, AfterAppRequest:
			h.Headers = b.headers(f)
		case BeforeRequest, BeforeAppRequest:
			h.Auth = b.hookAuth(f, h.Loc)
		}
		b.md.Hooks = append(b.md.Hooks, h)
		if o.app != nil {
			o.app.Hooks = append(o.app.Hooks, h)
			continue
		}
		o.bp.Hooks = append(o.bp.Hooks, h)
		if kind == BeforeAppRequest || kind == AfterAppRequest {
			for _, app := range mountApps(o.bp) {
				app.Hooks = append(app.Hooks, h)
			}
		}
	}
}

// mountApps lists the apps a blueprint is mounted on, once each.
func mountApps(bp *Blueprint) []*App {
	var out []*App
	for _, m := range bp.Mounts {
		if !containsApp(out, m.App) {
			out = append(out, m.App)
		}
	}
	return out
}

func containsApp(list []*App, a *App) bool {
	for _, x := range list {
		if x == a {
			return true
		}
	}
	return false
}

func (b *builder) addErrorHandler(s site, appWide bool, recv, code python.Expr, f funcRef, at python.Node) {
	eh := &ErrorHandler{AppWide: appWide, Name: f.fn.Name, Func: f.fn, Module: f.m, Loc: loc(s.m, at.Span())}
	if v, ok := b.proj.ConstAt(s.m, code, s.scope); ok && v.Kind == project.IntValue {
		eh.Code = int(v.Int)
	} else if q := b.proj.QualifyAt(s.m, code, s.scope); q != "" {
		eh.Exception = q
	} else if d, ok := python.DottedName(code); ok {
		eh.Exception = d
	}
	for _, o := range b.res.objects(s.m, s.scope, nil, recv) {
		switch {
		case o.app != nil:
			c := *eh
			c.App = o.app
			b.md.ErrorHandlers = append(b.md.ErrorHandlers, &c)
			o.app.ErrorHandlers = append(o.app.ErrorHandlers, &c)
		case o.bp != nil:
			c := *eh
			c.Blueprint = o.bp
			b.md.ErrorHandlers = append(b.md.ErrorHandlers, &c)
			o.bp.ErrorHandlers = append(o.bp.ErrorHandlers, &c)
			if appWide {
				for _, app := range mountApps(o.bp) {
					app.ErrorHandlers = append(app.ErrorHandlers, &c)
				}
			}
		}
	}
}

// headers lists the response headers a function sets with constant
// names: `resp.headers["X"] = v`, `resp.headers.set("X", v)` (also add,
// setdefault, add_header) and `resp.headers.update({...})` / extend.
func (b *builder) headers(f funcRef) []Header {
	s := site{m: f.m, scope: f.scope}
	var out []Header
	add := func(name string, m *project.Module, scope project.Scope, value python.Expr, at python.Span) {
		h := Header{Name: name, Loc: loc(f.m, at)}
		if v, ok := b.proj.ConstAt(m, value, scope); ok && v.Kind == project.StringValue {
			h.Value, h.Known = v.Str, true
		} else {
			h.Value = m.File.Text(value.Span())
		}
		out = append(out, h)
	}
	for _, st := range f.fn.Body {
		python.Walk(st, func(n python.Node) bool {
			switch n := n.(type) {
			case *python.FunctionDef, *python.ClassDef, *python.Lambda:
				return false
			case *python.Assign:
				for _, t := range n.Targets {
					sub, ok := t.(*python.Subscript)
					if !ok || !isHeaders(sub.Value) || n.Value == nil || n.Op != "" {
						continue
					}
					if name, ok := python.StringValue(sub.Index); ok {
						add(name, f.m, f.scope, n.Value, n.Span())
					}
				}
			case *python.Call:
				fn, ok := n.Func.(*python.Attribute)
				if !ok || !isHeaders(fn.Value) {
					return true
				}
				switch fn.Attr {
				case "set", "setdefault", "add", "add_header":
					k, ok1 := n.Positional(0)
					v, ok2 := n.Positional(1)
					if name, ok := python.StringValue(k); ok && ok1 && ok2 {
						add(name, f.m, f.scope, v, n.Span())
					}
				case "update", "extend":
					for _, a := range n.Args {
						if a.Star == 0 && a.Name != "" {
							add(a.Name, f.m, f.scope, a.Value, n.Span())
							continue
						}
						for _, it := range b.dictItems(s.m, s.scope, a.Value, 0) {
							add(it.key, it.m, it.scope, it.value, n.Span())
						}
					}
				}
			}
			return true
		})
	}
	return out
}

// isHeaders recognises `<anything>.headers`.
func isHeaders(e python.Expr) bool {
	a, ok := e.(*python.Attribute)
	return ok && a.Attr == "headers"
}
