package session

import (
	"strings"

	"github.com/flaskguard/flaskguard/internal/python"
	"github.com/flaskguard/flaskguard/internal/rules/internal/ruleutil"
	"github.com/flaskguard/flaskguard/internal/rules/rule"
)

// hookDecorators are the decorators (bare or called) that register a
// function Flask runs while it handles a request, on an app or a
// blueprint.
var hookDecorators = map[string]bool{
	"before_request": true, "after_request": true, "before_app_request": true, "after_app_request": true,
	"teardown_request": true, "teardown_app_request": true, "errorhandler": true, "app_errorhandler": true,
	"context_processor": true, "app_context_processor": true, "url_value_preprocessor": true,
	"url_defaults": true,
}

// viewBases are the classes of class-based views: their HTTP-method
// methods answer requests as view functions do.
var viewBases = [...]string{"flask.views.View", "flask.views.MethodView", "flask_restful.Resource", "flask_restx.Resource"}

// viewMethods are the methods of a class-based view that handle requests.
var viewMethods = map[string]bool{
	"get": true, "post": true, "put": true, "patch": true, "delete": true, "head": true, "options": true,
	"dispatch_request": true,
}

// handlers finds the functions of the current module that run while a
// request is handled: views (@app.route, @bp.get("/x"), also inside a
// def init(app): registration function, where the app is a parameter that
// cannot be resolved, so the decorator is recognised by its shape),
// functions passed to add_url_rule(view_func=...), request hooks and
// error handlers, the HTTP methods of class-based views, and, within the
// module, the functions and methods these call, transitively.
func handlers(c *rule.Ctx) map[*python.FunctionDef]bool {
	byName := map[string][]*python.FunctionDef{}
	var viewFuncNames []string
	out := map[*python.FunctionDef]bool{}
	var queue []*python.FunctionDef
	add := func(fn *python.FunctionDef) {
		if !out[fn] {
			out[fn] = true
			queue = append(queue, fn)
		}
	}
	python.Walk(c.File.Module, func(n python.Node) bool {
		switch n := n.(type) {
		case *python.FunctionDef:
			byName[n.Name] = append(byName[n.Name], n)
			if handlerDecorated(n) {
				add(n)
			}
		case *python.ClassDef:
			if isViewClass(c, n) {
				for _, s := range n.Body {
					if fn, ok := s.(*python.FunctionDef); ok && viewMethods[fn.Name] {
						add(fn)
					}
				}
			}
		case *python.Call:
			if a, ok := n.Func.(*python.Attribute); ok && a.Attr == "add_url_rule" {
				if v, ok := ruleutil.Argument(n, "view_func", 2); ok {
					if name, ok := v.(*python.Name); ok {
						viewFuncNames = append(viewFuncNames, name.ID)
					}
				}
			}
		}
		return true
	})
	for _, name := range viewFuncNames {
		for _, fn := range byName[name] {
			add(fn)
		}
	}
	// Follow calls by name to the module's functions, and self.m() to
	// methods: each function enters the queue once, so this ends.
	for len(queue) > 0 {
		fn := queue[0]
		queue = queue[1:]
		python.Walk(fn, func(n python.Node) bool {
			call, ok := n.(*python.Call)
			if !ok {
				return true
			}
			switch f := call.Func.(type) {
			case *python.Name:
				for _, callee := range byName[f.ID] {
					add(callee)
				}
			case *python.Attribute:
				if self, ok := f.Value.(*python.Name); ok && (self.ID == "self" || self.ID == "cls") {
					for _, callee := range byName[f.Attr] {
						add(callee)
					}
				}
			}
			return true
		})
	}
	return out
}

// handlerDecorated reports whether a function is decorated as a view or a
// request hook: @x.route(...), @x.get/post/put/patch/delete("/path"),
// @x.websocket("/path"), @x.before_request, @x.errorhandler(404)...
func handlerDecorated(fn *python.FunctionDef) bool {
	for _, d := range fn.Decorators {
		if a, ok := d.(*python.Attribute); ok && hookDecorators[a.Attr] {
			return true
		}
		call, ok := d.(*python.Call)
		if !ok {
			continue
		}
		a, ok := call.Func.(*python.Attribute)
		if !ok {
			continue
		}
		switch {
		case a.Attr == "route" || hookDecorators[a.Attr]:
			return true
		case a.Attr == "get" || a.Attr == "post" || a.Attr == "put" || a.Attr == "patch" || a.Attr == "delete" ||
			a.Attr == "websocket":
			rule, ok := ruleutil.Argument(call, "rule", 0)
			if !ok {
				continue
			}
			if s, ok := python.StringValue(rule); ok && strings.HasPrefix(s, "/") {
				return true
			}
		}
	}
	return false
}

// isViewClass reports whether a class derives from a class-based view.
func isViewClass(c *rule.Ctx, cls *python.ClassDef) bool {
	scope := c.Module.ScopeAt(cls.Span().Start)
	for _, b := range cls.Bases {
		if b.Name != "" || b.Star != 0 {
			continue
		}
		q := c.Project.QualifyAt(c.Module, b.Value, scope)
		for _, v := range viewBases {
			if c.Project.IsSubclass(q, v) {
				return true
			}
		}
	}
	return false
}
