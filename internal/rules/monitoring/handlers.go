// Package monitoring holds the rules of practice 13, "monitoring and
// incident response": error handlers and views that send exception
// messages or tracebacks to the client instead of logging them (FG1301).
package monitoring

import (
	"strings"

	"github.com/flaskguard/flaskguard/internal/project"
	"github.com/flaskguard/flaskguard/internal/python"
	"github.com/flaskguard/flaskguard/internal/rules/rule"
)

// handlerType returns the exception class or status code a function is
// registered for with @app.errorhandler(X) or @bp.app_errorhandler(X)
// (any receiver: Flask apps, blueprints and Flask-RESTX APIs all answer the
// client with what the handler returns). Flask-RESTX's bare
// @api.errorhandler handles every exception; its type is nil.
func handlerType(fn *python.FunctionDef) (python.Expr, bool) {
	for _, d := range fn.Decorators {
		if a, ok := d.(*python.Attribute); ok && a.Attr == "errorhandler" {
			return nil, true
		}
		call, ok := d.(*python.Call)
		if !ok {
			continue
		}
		a, ok := call.Func.(*python.Attribute)
		if !ok || a.Attr != "errorhandler" && a.Attr != "app_errorhandler" {
			continue
		}
		if t, ok := call.Positional(0); ok {
			return t, true
		}
		if t, ok := call.Keyword("code_or_exception"); ok {
			return t, true
		}
	}
	return nil, false
}

// isRouteView reports whether a function is decorated as a view:
// @x.route(...), or @x.get/post/put/patch/delete("/path").
func isRouteView(fn *python.FunctionDef) bool {
	for _, d := range fn.Decorators {
		call, ok := d.(*python.Call)
		if !ok {
			continue
		}
		a, ok := call.Func.(*python.Attribute)
		if !ok {
			continue
		}
		switch a.Attr {
		case "route":
			return true
		case "get", "post", "put", "patch", "delete":
			if rule, ok := call.Positional(0); ok {
				if s, ok := python.StringValue(rule); ok && strings.HasPrefix(s, "/") {
					return true
				}
			}
		}
	}
	return false
}

// viewBases are the classes of class-based views: their HTTP-method
// methods answer requests like view functions do.
var viewBases = [...]string{"flask.views.View", "flask.views.MethodView", "flask_restful.Resource", "flask_restx.Resource"}

// viewMethods returns the methods of a class-based view that handle
// requests.
func viewMethods(c *rule.Ctx, cls *python.ClassDef) []*python.FunctionDef {
	isView := false
	for _, b := range cls.Bases {
		if b.Name != "" || b.Star != 0 {
			continue
		}
		q := c.Project.QualifyAt(c.Module, b.Value, c.Module.ScopeAt(cls.Span().Start))
		for _, v := range viewBases {
			isView = isView || c.Project.IsSubclass(q, v)
		}
	}
	if !isView {
		return nil
	}
	var out []*python.FunctionDef
	for _, s := range cls.Body {
		if fn, ok := s.(*python.FunctionDef); ok {
			switch fn.Name {
			case "get", "post", "put", "patch", "delete", "head", "options", "dispatch_request":
				out = append(out, fn)
			}
		}
	}
	return out
}

// registeredHandler resolves app.register_error_handler(X, handler) to
// the handler's definition in this module (a local function of the
// enclosing function, or a module-level one) and its exception type.
func registeredHandler(c *rule.Ctx, call *python.Call) (*python.FunctionDef, python.Expr, bool) {
	a, ok := call.Func.(*python.Attribute)
	if !ok || a.Attr != "register_error_handler" {
		return nil, nil, false
	}
	typ, ok1 := call.Positional(0)
	ref, ok2 := call.Positional(1)
	name, ok3 := ref.(*python.Name)
	if !ok1 || !ok2 || !ok3 {
		return nil, nil, false
	}
	if fn := c.Module.ScopeAt(call.Span().Start).Innermost(); fn != nil {
		for _, s := range fn.Body {
			if def, ok := s.(*python.FunctionDef); ok && def.Name == name.ID {
				return def, typ, true
			}
		}
	}
	for _, b := range c.Module.Bindings[name.ID] {
		if b.Kind == project.BindFunction {
			return b.Function, typ, true
		}
	}
	return nil, nil, false
}

// textIsForClients reports whether the message of an exception of type e
// is meant to be shown: Werkzeug's HTTP exceptions and status codes
// (their description is written for clients; Flask hands a 500 handler an
// InternalServerError with a generic text) and the ones Flask-WTF and
// Flask-Limiter derive from them, the project's own exception
// classes (their messages are the app's), and validation errors
// (ValueError, KeyError, JSONDecodeError, *ValidationError). Everything
// else, Exception first, carries whatever a library put in it: SQL,
// paths, hostnames, settings.
func textIsForClients(c *rule.Ctx, e python.Expr, scope project.Scope) bool {
	switch x := e.(type) {
	case *python.Number:
		return true
	case *python.Tuple:
		for _, el := range x.Elts {
			if !textIsForClients(c, el, scope) {
				return false
			}
		}
		return len(x.Elts) > 0
	case *python.Name, *python.Attribute:
		q := c.Project.QualifyAt(c.Module, e, scope)
		if n, ok := e.(*python.Name); ok && q == "" {
			q = "builtins." + n.ID
		}
		if strings.HasPrefix(q, "werkzeug.exceptions.") || c.Project.ClassNamed(q) != nil {
			return true
		}
		switch q {
		case "builtins.ValueError", "builtins.KeyError", "builtins.LookupError", "builtins.IndexError",
			"builtins.UnicodeDecodeError", "json.JSONDecodeError", "json.decoder.JSONDecodeError",
			// HTTPException subclasses defined by extensions.
			"flask_wtf.csrf.CSRFError", "flask_wtf.CSRFError", "flask_limiter.RateLimitExceeded",
			"flask_limiter.errors.RateLimitExceeded":
			return true
		}
		return strings.HasSuffix(q, "ValidationError")
	}
	return false
}

// typeName is how a handler's exception type reads in a message.
func typeName(c *rule.Ctx, e python.Expr) string {
	if e == nil {
		return "any exception"
	}
	return c.File.Text(e.Span())
}
