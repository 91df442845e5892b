package flaskmodel

import (
	"strings"

	"github.com/flaskguard/flaskguard/internal/project"
	"github.com/flaskguard/flaskguard/internal/python"
)

// authCheck is what analyzeAuth found in a function.
type authCheck struct {
	ok bool
	// check names what is checked: "current_user", "session", "g.user",
	// "request.authorization", or the library decorator it wraps.
	check string
}

// analyzeAuth decides whether a project function enforces
// authentication, as a decorator (whose wrapper it defines) or as a
// before-request hook. It does when, anywhere in its body or in the
// functions it defines:
//   - an if statement tests the user (current_user, session, g.user,
//     request.authorization, an Authorization header, directly or through
//     a local variable assigned from one) and denies on the failing side:
//     a negative test (`not`, `not in`, `is None`, is_anonymous) with a
//     return, raise, abort or redirect in its body; a positive test with
//     the denial in its else branch, or with a body that calls the
//     wrapped view followed by a denial;
//   - a nested function is decorated with, or the function returns a
//     call of, a library authentication decorator;
//   - it calls flask_jwt_extended.verify_jwt_in_request.
//
// A positive test whose body denies is the opposite (an
// anonymous_required that sends logged-in users away) and does not count.
func (b *builder) analyzeAuth(f funcRef) authCheck {
	if c, ok := b.auth[f.fn]; ok {
		return *c
	}
	c := &authCheck{}
	b.auth[f.fn] = c // a recursive decorator sees "no" while it is analysed
	a := authScan{b: b, m: f.m}
	a.params(f.fn)
	a.stmts(f.scope, f.fn.Body)
	*c = a.found
	return *c
}

// authScan walks one function for analyzeAuth.
type authScan struct {
	b     *builder
	m     *project.Module
	found authCheck
	// views are the parameter names of the functions walked: in a
	// decorator, one of them is the wrapped view.
	views map[string]bool
}

func (a *authScan) params(fn *python.FunctionDef) {
	if a.views == nil {
		a.views = map[string]bool{}
	}
	for _, p := range fn.Params {
		if p.Name != "" && p.Star == 0 {
			a.views[p.Name] = true
		}
	}
}

func (a *authScan) stmts(scope project.Scope, list []python.Stmt) {
	for i, st := range list {
		if a.found.ok {
			return
		}
		switch st := st.(type) {
		case *python.FunctionDef:
			for _, d := range st.Decorators {
				if q := a.b.proj.QualifyAt(a.m, decoratorFunc(d), scope); authLibrary[q] {
					a.found = authCheck{true, q}
					return
				}
			}
			a.params(st)
			a.stmts(append(scope[:len(scope):len(scope)], st), st.Body)
		case *python.If:
			if a.guard(scope, st, list[i+1:]) {
				return
			}
			a.stmts(scope, st.Body)
			a.stmts(scope, st.Else)
		case *python.Return:
			if c, ok := st.Value.(*python.Call); ok {
				if q := a.b.proj.QualifyAt(a.m, c.Func, scope); authLibrary[q] {
					a.found = authCheck{true, q}
					return
				}
			}
			a.calls(scope, st.Value)
		case *python.ExprStmt:
			a.calls(scope, st.X)
		case *python.Assign:
			a.calls(scope, st.Value)
		default:
			for _, l := range childLists(st) {
				a.stmts(scope, l)
			}
		}
	}
}

// calls looks for verify_jwt_in_request().
func (a *authScan) calls(scope project.Scope, e python.Expr) {
	if e == nil {
		return
	}
	python.Walk(e, func(n python.Node) bool {
		if c, ok := n.(*python.Call); ok {
			if q := a.b.proj.QualifyAt(a.m, c.Func, scope); strings.HasPrefix(q, "flask_jwt_extended.") && strings.HasSuffix(q, "verify_jwt_in_request") {
				a.found = authCheck{true, "verify_jwt_in_request"}
			}
		}
		return !a.found.ok
	})
}

// guard decides whether an if statement is an authentication guard.
func (a *authScan) guard(scope project.Scope, st *python.If, after []python.Stmt) bool {
	what := a.indicator(scope, st.Test, 0)
	if what == "" {
		return false
	}
	ok := false
	switch {
	case negative(st.Test):
		ok = a.denies(scope, st.Body)
	default:
		ok = a.denies(scope, st.Else) || a.allows(st.Body) && a.denies(scope, after)
	}
	if ok {
		a.found = authCheck{true, what}
	}
	return ok
}

// indicator names the user check an expression makes, or "".
func (a *authScan) indicator(scope project.Scope, e python.Expr, depth int) string {
	found := ""
	python.Walk(e, func(n python.Node) bool {
		if found != "" {
			return false
		}
		switch n := n.(type) {
		case *python.Name:
			q := a.b.proj.QualifyAt(a.m, n, scope)
			switch {
			case q == "flask_login.current_user" || q == "flask_login.utils.current_user" || q == "flask_security.current_user":
				found = "current_user"
			case q == "flask.session":
				found = "session"
			case q == "" && depth == 0:
				// A local variable assigned from a user check:
				// user = session.get("user_id"); if user is None: ...
				if res, ok := a.b.proj.Lookup(a.m, scope, n.ID); ok && len(res.Bindings) == 1 && res.Bindings[0].Value != nil {
					found = a.indicator(res.Scope, res.Bindings[0].Value, depth+1)
				}
			}
		case *python.Attribute:
			q := a.b.proj.QualifyAt(a.m, n, scope)
			switch {
			case strings.HasPrefix(q, "flask.g.") && userWord(n.Attr):
				found = "g." + n.Attr
			case q == "flask.request.authorization":
				found = "request.authorization"
			}
		case *python.Call:
			fn, ok := n.Func.(*python.Attribute)
			if !ok || fn.Attr != "get" {
				return true
			}
			key, _ := n.Positional(0)
			k, _ := python.StringValue(key)
			switch q := a.b.proj.QualifyAt(a.m, fn.Value, scope); {
			case q == "flask.g" && userWord(k):
				found = "g." + k
			case q == "flask.request.headers" && (strings.EqualFold(k, "Authorization") || userWord(k)):
				found = "request.headers"
			}
		}
		return true
	})
	return found
}

// userWord reports whether a name is about the user or credentials.
func userWord(s string) bool {
	l := strings.ToLower(s)
	for _, w := range []string{"user", "auth", "identity", "account", "login", "token", "api_key", "api-key"} {
		if strings.Contains(l, w) {
			return true
		}
	}
	return false
}

// negative reports whether a test is true when the user is missing:
// `not x`, `x not in session`, `x is None`, `x == None/False`, `x != y`,
// `current_user.is_anonymous`.
func negative(e python.Expr) bool {
	neg := false
	python.Walk(e, func(n python.Node) bool {
		switch n := n.(type) {
		case *python.UnaryOp:
			neg = neg || n.Op == "not"
		case *python.Compare:
			for i, op := range n.Ops {
				switch op {
				case "not in", "!=":
					neg = true
				case "is", "==":
					neg = neg || isNoneOrFalse(n.Operands[i]) || isNoneOrFalse(n.Operands[i+1])
				}
			}
		case *python.Attribute:
			neg = neg || n.Attr == "is_anonymous"
		}
		return !neg
	})
	return neg
}

func isNoneOrFalse(e python.Expr) bool {
	c, ok := e.(*python.Constant)
	return ok && (c.Value == python.None || c.Value == python.False)
}

// denies reports whether statements refuse the request: a raise, a call
// of abort or redirect, or a return that does not call the wrapped view.
func (a *authScan) denies(scope project.Scope, list []python.Stmt) bool {
	for _, st := range list {
		switch st := st.(type) {
		case *python.Raise:
			return true
		case *python.Return:
			// A bare return lets a before-request hook carry on.
			return st.Value != nil && !a.callsView(st.Value)
		case *python.ExprStmt:
			if c, ok := st.X.(*python.Call); ok {
				q := a.b.proj.QualifyAt(a.m, c.Func, scope)
				if strings.HasSuffix(q, "abort") || strings.HasSuffix(q, "redirect") || strings.HasSuffix(q, "unauthorized") {
					return true
				}
			}
		case *python.If:
			if a.denies(scope, st.Body) && a.denies(scope, st.Else) {
				return true
			}
		}
	}
	return false
}

// allows reports whether statements return the wrapped view's result.
func (a *authScan) allows(list []python.Stmt) bool {
	for _, st := range list {
		if r, ok := st.(*python.Return); ok {
			return a.callsView(r.Value)
		}
	}
	return false
}

// callsView recognises `view(*args, **kwargs)` where view is a parameter
// of the decorator.
func (a *authScan) callsView(e python.Expr) bool {
	c, ok := e.(*python.Call)
	if !ok {
		return false
	}
	n, ok := c.Func.(*python.Name)
	return ok && a.views[n.ID]
}

// decoratorFunc is the decorator function of `@d` and `@d(args)`.
func decoratorFunc(e python.Expr) python.Expr {
	if c, ok := e.(*python.Call); ok {
		return c.Func
	}
	return e
}

// childLists returns the statement lists nested in a compound statement
// other than functions and ifs, which authScan handles itself.
func childLists(s python.Stmt) [][]python.Stmt {
	switch s := s.(type) {
	case *python.For:
		return [][]python.Stmt{s.Body, s.Else}
	case *python.While:
		return [][]python.Stmt{s.Body, s.Else}
	case *python.With:
		return [][]python.Stmt{s.Body}
	case *python.Try:
		out := [][]python.Stmt{s.Body, s.Else, s.Finally}
		for _, h := range s.Handlers {
			out = append(out, h.Body)
		}
		return out
	}
	return nil
}
