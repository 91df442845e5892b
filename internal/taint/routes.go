package taint

import (
	"strings"

	"github.com/flaskguard/flaskguard/internal/project"
	"github.com/flaskguard/flaskguard/internal/python"
)

// routeMethods are the decorator methods that declare a Flask route
// (@app.route, @bp.get, ...).
func routeMethods() map[string]bool {
	return map[string]bool{"route": true, "get": true, "post": true, "put": true, "patch": true, "delete": true}
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
		e.setEndpoint(m, c, 1, info)
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
	if !ok {
		return
	}
	// A class-based view is registered as Class.as_view("name"); its
	// handler methods are the views.
	classView := false
	if call, isCall := view.(*python.Call); isCall {
		if a, isAttr := call.Func.(*python.Attribute); isAttr && a.Attr == "as_view" {
			view, classView = a.Value, true
		}
	}
	name, isName := view.(*python.Name)
	if !isName {
		return
	}
	res, ok := e.proj.Lookup(m, m.ScopeAt(c.Span().Start), name.ID)
	if !ok {
		return
	}
	for _, b := range res.Bindings {
		switch {
		case b.Kind == project.BindFunction && !classView:
			e.markView(m, c, res.Module, b.Function)
		case b.Kind == project.BindClass && classView:
			for _, st := range b.Class.Body {
				if fn, ok := st.(*python.FunctionDef); ok && isClassViewMethod(fn.Name) {
					e.markView(m, c, res.Module, fn)
				}
			}
		}
	}
}

// isClassViewMethod reports whether Flask calls a method of a View or
// MethodView class of that name to handle a request.
func isClassViewMethod(name string) bool {
	switch name {
	case "get", "post", "put", "patch", "delete", "head", "options", "dispatch_request":
		return true
	}
	return false
}

// markView records a function that add_url_rule call c registers.
func (e *engine) markView(m *project.Module, c *python.Call, defMod *project.Module, fn *python.FunctionDef) {
	info := e.funcs[fn]
	if info == nil {
		// Defined later in the file: index it now, the walk will keep
		// this record.
		info = &funcInfo{mod: defMod}
		e.funcs[fn] = info
	}
	if rule, ok := c.Keyword("rule"); ok {
		e.setRule(m, rule, info)
	} else if rule, ok := c.Positional(0); ok {
		e.setRule(m, rule, info)
	}
	e.setEndpoint(m, c, 1, info)
}

// setRule marks a view and records the URL parameters of its rule that
// carry client text: <name>, <string:name>, <path:name>, <any(...):name>,
// but not <int:id>, <float:x> or <uuid:u>.
func (e *engine) setRule(m *project.Module, expr python.Expr, info *funcInfo) {
	info.view = true
	v, ok := e.proj.ConstAt(m, expr, m.ScopeAt(expr.Span().Start))
	if !ok || v.Kind != project.StringValue {
		info.rootRule = true
		return
	}
	info.rule = v.Str
	info.rootRule = info.rootRule || rootRule(v.Str)
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
			if info.typedParams == nil {
				info.typedParams = map[string]bool{}
			}
			info.typedParams[strings.TrimSpace(name)] = true
			continue
		}
		if info.urlParams == nil {
			info.urlParams = map[string]string{}
		}
		info.urlParams[strings.TrimSpace(name)] = part
	}
}

// setEndpoint records the endpoint= a route declaration names (keyword,
// or the positional argument at pos of add_url_rule); a route without
// one is named after its view function. A name that is not a constant
// leaves the view unnamed, so url_for finds nothing it could be sure of.
func (e *engine) setEndpoint(m *project.Module, c *python.Call, pos int, info *funcInfo) {
	x, ok := c.Keyword("endpoint")
	if !ok {
		if a, isAttr := c.Func.(*python.Attribute); !isAttr || a.Attr != "add_url_rule" {
			return
		}
		if x, ok = c.Positional(pos); !ok {
			return
		}
	}
	if k, isConst := x.(*python.Constant); isConst && k.Value == python.None {
		return // endpoint=None: named after the function
	}
	v, ok := e.proj.ConstAt(m, x, m.ScopeAt(x.Span().Start))
	if !ok || v.Kind != project.StringValue {
		info.endpoints = append(info.endpoints, "")
		return
	}
	info.endpoints = append(info.endpoints, v.Str)
}

// rootRule reports a URL rule that can build a URL whose path is just
// "/", or one that starts with two slashes: "/", "", "/<path:p>". What
// the program appends to such a URL may start with "/" (or "\") and
// make it "//host", a URL on another site; any other rule builds a path
// that what follows cannot take off the site.
func rootRule(r string) bool {
	return len(r) < 2 || r[0] != '/' || strings.IndexByte("/\\<", r[1]) >= 0
}
