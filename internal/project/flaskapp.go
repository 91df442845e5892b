package project

import (
	"github.com/flaskguard/flaskguard/internal/python"
)

// FlaskClass is the qualified name of Flask's application class.
const FlaskClass = "flask.Flask"

// flaskAliases are other import paths of flask.Flask.
var flaskAliases = [...]string{"flask.app.Flask", "flask.sansio.app.App"}

// IsFlaskApp reports whether an expression refers to a Flask application
// object. See IsFlaskAppAt; the scope is found from the expression's position.
func (p *Project) IsFlaskApp(m *Module, e python.Expr) bool {
	return p.IsFlaskAppAt(m, e, m.ScopeAt(e.Span().Start))
}

// IsFlaskAppAt reports whether an expression, seen from scope, refers to a
// Flask application object:
//   - a call of flask.Flask or of a project subclass of it;
//   - a call of an app factory: a project function that returns such an
//     object (def create_app(): app = Flask(__name__); ...; return app),
//     followed across modules and through factories calling factories;
//   - a name bound (in the scope or at module level) to one of those, or
//     imported from a project module where it is one (from myapp import app);
//   - a parameter annotated with flask.Flask (def init_app(app: Flask));
//   - flask.current_app, which is the app while a request is handled.
//
// Anything unknown is not an app: rules built on this report nothing
// rather than guess.
func (p *Project) IsFlaskAppAt(m *Module, e python.Expr, scope Scope) bool {
	return p.isFlaskClass(p.ClassOfAt(m, e, scope))
}

func (p *Project) isFlaskClass(q string) bool {
	if q == "" {
		return false
	}
	for _, a := range flaskAliases {
		if q == a {
			return true
		}
	}
	return p.IsSubclass(q, FlaskClass)
}

// IsInstanceAt reports whether an expression evaluates to an instance of
// the class named class (qualified, such as "flask_socketio.SocketIO") or
// of a project subclass of it, by the same resolution as IsFlaskAppAt.
func (p *Project) IsInstanceAt(m *Module, e python.Expr, scope Scope, class string) bool {
	q := p.ClassOfAt(m, e, scope)
	if class == FlaskClass {
		return p.isFlaskClass(q)
	}
	return q != "" && p.IsSubclass(q, class)
}

// ClassOfAt returns the qualified name of the class an expression is an
// instance of, as far as static resolution can tell, or "". A call of a
// class gives that class; a call of a project function gives the class of
// what it returns; names and attributes follow their bindings.
func (p *Project) ClassOfAt(m *Module, e python.Expr, scope Scope) string {
	return p.classOf(m, scope, e, 0)
}

func (p *Project) classOf(m *Module, scope Scope, e python.Expr, depth int) string {
	if e == nil || depth > maxDepth {
		return ""
	}
	switch e := e.(type) {
	case *python.Call:
		if a, ok := e.Func.(*python.Attribute); ok && a.Attr == "_get_current_object" {
			// current_app._get_current_object() unwraps the proxy.
			return p.classOf(m, scope, a.Value, depth+1)
		}
		fq := p.QualifyAt(m, e.Func, scope)
		if fq == "" {
			return ""
		}
		if fm, fn := p.Function(fq); fn != nil {
			return p.returnClass(fm, fn, depth+1)
		}
		return fq
	case *python.Name:
		r, ok := p.lookup(m, scope, e.ID)
		if !ok {
			return ""
		}
		return p.bindingsClass(r, depth+1)
	case *python.Attribute:
		q := p.QualifyAt(m, e, scope)
		if q == "flask.current_app" {
			return FlaskClass
		}
		if bm, _, bs := p.moduleBinding(q); len(bs) > 0 {
			return p.bindingsClass(resolved{module: bm, bindings: bs}, depth+1)
		}
	case *python.Await:
		return p.classOf(m, scope, e.Value, depth+1)
	}
	return ""
}

// bindingsClass is the class of the first binding whose class is known.
func (p *Project) bindingsClass(r resolved, depth int) string {
	for _, b := range r.bindings {
		var q string
		switch b.Kind {
		case BindImport:
			if b.Target == "flask.current_app" {
				return FlaskClass
			}
			if bm, _, bs := p.moduleBinding(p.canonical(b.Target)); len(bs) > 0 && bm != nil {
				q = p.bindingsClass(resolved{module: bm, bindings: bs}, depth+1)
			}
		case BindAssign:
			q = p.classOf(r.module, r.scope, b.Value, depth+1)
		case BindParam:
			// The annotation is evaluated outside the function.
			if b.Param.Annotation != nil {
				q = p.QualifyAt(r.module, b.Param.Annotation, r.scope[:len(r.scope)-1])
			}
		}
		if q != "" {
			return q
		}
	}
	return ""
}

// returnClass is the class of the first return value of fn whose class is
// known: a factory returns its app.
func (p *Project) returnClass(m *Module, fn *python.FunctionDef, depth int) string {
	if depth > maxDepth {
		return ""
	}
	scope := Scope{fn}
	for _, r := range returns(fn.Body) {
		if q := p.classOf(m, scope, r.Value, depth+1); q != "" {
			return q
		}
	}
	return ""
}
