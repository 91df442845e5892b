package monitoring

import (
	"fmt"
	"strings"

	"github.com/flaskguard/flaskguard/internal/project"
	"github.com/flaskguard/flaskguard/internal/python"
	"github.com/flaskguard/flaskguard/internal/rules/rule"
)

// detail is exception information found on its way to the client.
type detail struct {
	at python.Expr
	// what describes it for the message.
	what string
	// trace is true for a traceback, false for the exception's text.
	trace bool
}

// scanner looks for exception details in what a block of code sends to
// the client: its return values, flash() messages and abort()
// descriptions. exc is the name the exception is bound to (the handler's
// parameter, or `except ... as exc`); forClients says its text is meant
// for clients (see textIsForClients). vars holds the locals the block
// assigned a detail to (msg = str(e)), one hop, in source order.
type scanner struct {
	c          *rule.Ctx
	scope      project.Scope
	exc        string
	forClients bool
	vars       map[string]detail
	// report receives a detail and how it is sent, a format for its
	// description ("returns %s to the client").
	report func(d detail, how string)
}

// block scans statements in order, following nested blocks but not
// nested functions or classes. Under `if isinstance(exc, T)` with T an
// exception whose text is for clients (HTTPException), exc's text is fine.
func (s *scanner) block(list []python.Stmt) {
	for _, st := range list {
		switch x := st.(type) {
		case *python.Return:
			s.returned(x.Value)
		case *python.ExprStmt:
			s.sent(x.X)
		case *python.Raise:
			s.raised(x.Exc)
		case *python.Assign:
			s.sent(x.Value)
			if len(x.Targets) == 1 && x.Op == "" && x.Value != nil {
				if n, ok := x.Targets[0].(*python.Name); ok {
					if d, ok := s.find(x.Value); ok {
						s.vars[n.ID] = detail{at: n, trace: d.trace,
							what: fmt.Sprintf("`%s` (assigned %s on line %d)", n.ID, d.what, x.Span().Start.Line)}
					} else {
						delete(s.vars, n.ID)
					}
				}
			}
		case *python.If:
			saved := s.forClients
			if t, ok := isinstanceOf(x.Test, s.exc); ok && textIsForClients(s.c, t, s.scope) {
				s.forClients = true
			}
			s.block(x.Body)
			s.forClients = saved
			s.block(x.Else)
		case *python.For:
			s.block(x.Body)
			s.block(x.Else)
		case *python.While:
			s.block(x.Body)
			s.block(x.Else)
		case *python.With:
			s.block(x.Body)
		case *python.Try:
			s.block(x.Body)
			for _, h := range x.Handlers {
				s.block(h.Body)
			}
			s.block(x.Else)
			s.block(x.Finally)
		case *python.Match:
			for _, mc := range x.Cases {
				s.block(mc.Body)
			}
		}
	}
}

// returned checks a return value. Returning the exception object itself
// (return e, or return e, e.code) hands an HTTPException back to Flask to
// render, which is not its text.
func (s *scanner) returned(v python.Expr) {
	if s.isExc(v) {
		return
	}
	if t, ok := v.(*python.Tuple); ok && len(t.Elts) > 0 && s.isExc(t.Elts[0]) {
		v = &python.Tuple{Elts: t.Elts[1:]}
	}
	if d, ok := s.find(v); ok {
		s.report(d, "returns %s to the client")
	}
}

// sent checks flash(...) and abort(code, description) calls in an
// expression statement or assignment.
func (s *scanner) sent(e python.Expr) {
	call, ok := e.(*python.Call)
	if !ok {
		return
	}
	var args []python.Expr
	how := ""
	switch s.c.Project.QualifyAt(s.c.Module, call.Func, s.scope) {
	case "flask.flash":
		how = "flashes %s to the client"
		if m, ok := call.Positional(0); ok {
			args = append(args, m)
		}
		if m, ok := call.Keyword("message"); ok {
			args = append(args, m)
		}
	case "flask.abort", "werkzeug.exceptions.abort":
		// abort(code, description) renders an error page with the
		// description; abort(response) sends the response.
		how = "shows %s to the client on the abort() error page"
		args = describing(call)
	}
	for _, a := range args {
		if d, ok := s.find(a); ok {
			s.report(d, how)
			return
		}
	}
}

// raised checks `raise BadRequest(description)` and the other Werkzeug
// HTTP exceptions, whose description is shown on the error page.
func (s *scanner) raised(e python.Expr) {
	call, ok := e.(*python.Call)
	if !ok || !strings.HasPrefix(s.c.Project.QualifyAt(s.c.Module, call.Func, s.scope), "werkzeug.exceptions.") {
		return
	}
	for _, a := range describing(call) {
		if d, ok := s.find(a); ok {
			s.report(d, "shows %s to the client on the "+s.c.File.Text(call.Func.Span())+" error page")
			return
		}
	}
}

// describing returns the arguments of abort() or an HTTP exception that
// reach the page: the positional ones and description=, not
// original_exception=, which Flask keeps for the handler.
func describing(call *python.Call) []python.Expr {
	var out []python.Expr
	for _, a := range call.Args {
		if a.Star == 0 && (a.Name == "" || a.Name == "description") {
			out = append(out, a.Value)
		}
	}
	return out
}

func (s *scanner) isExc(e python.Expr) bool {
	n, ok := e.(*python.Name)
	return ok && s.exc != "" && n.ID == s.exc
}

// isinstanceOf recognises `isinstance(exc, T)` and returns T.
func isinstanceOf(test python.Expr, exc string) (python.Expr, bool) {
	call, ok := test.(*python.Call)
	if !ok {
		return nil, false
	}
	if n, ok := call.Func.(*python.Name); !ok || n.ID != "isinstance" || len(call.Args) != 2 {
		return nil, false
	}
	if n, ok := call.Args[0].Value.(*python.Name); !ok || n.ID != exc {
		return nil, false
	}
	return call.Args[1].Value, true
}

// find returns the first exception detail in what e sends: the exception
// object formatted as text, its args or message attributes, the
// exception it wraps, a traceback, or a local holding one of these. It
// follows str(), repr(), f-strings, %, +, .format, jsonify(),
// make_response(), Response() and render_template() keywords, and stops
// at other calls (a helper may well log the error and return a generic
// text).
func (s *scanner) find(e python.Expr) (detail, bool) {
	switch x := e.(type) {
	case *python.Name:
		if s.isExc(x) && !s.forClients {
			return detail{at: x, what: "the text of exception `" + x.ID + "`"}, true
		}
		if d, ok := s.vars[x.ID]; ok {
			return detail{at: x, what: d.what, trace: d.trace}, true
		}
	case *python.Attribute:
		if s.isExc(x.Value) {
			return s.excAttr(x)
		}
		return s.find(x.Value)
	case *python.Subscript:
		return s.find(x.Value)
	case *python.Call:
		return s.call(x)
	case *python.String:
		return s.first(x.Interpolations...)
	case *python.BinOp:
		if x.Op == "+" || x.Op == "%" {
			return s.first(x.Left, x.Right)
		}
	case *python.Dict:
		return s.first(x.Values...)
	case *python.List:
		return s.first(x.Elts...)
	case *python.Tuple:
		return s.first(x.Elts...)
	case *python.Set:
		return s.first(x.Elts...)
	case *python.IfExp:
		return s.first(x.Body, x.Else)
	case *python.BoolOp:
		return s.first(x.Left, x.Right)
	case *python.Starred:
		return s.find(x.Value)
	case *python.NamedExpr:
		return s.find(x.Value)
	}
	return detail{}, false
}

func (s *scanner) first(es ...python.Expr) (detail, bool) {
	for _, e := range es {
		if e == nil {
			continue
		}
		if d, ok := s.find(e); ok {
			return d, true
		}
	}
	return detail{}, false
}

// excAttr judges exc.<attr>: code, name and description are what
// HTTPException offers clients; original_exception and the chained
// __cause__/__context__ are the hidden error whatever the handler's type;
// __traceback__ is a traceback; anything else (args, message, orig,
// strerror, filename) is the exception's own detail.
func (s *scanner) excAttr(x *python.Attribute) (detail, bool) {
	code := s.c.File.Text(x.Span())
	switch x.Attr {
	case "code", "name", "description", "status_code", "status", "__class__", "get_response", "get_description":
		return detail{}, false
	case "__traceback__":
		return detail{at: x, what: "the traceback `" + code + "`", trace: true}, true
	case "original_exception", "__cause__", "__context__":
		return detail{at: x, what: "the underlying exception `" + code + "`"}, true
	}
	if s.forClients {
		return detail{}, false
	}
	return detail{at: x, what: "the exception detail `" + code + "`"}, true
}

// call follows exception details through formatting and response-building
// calls, and recognises the traceback module's formatters.
func (s *scanner) call(x *python.Call) (detail, bool) {
	q := s.c.Project.QualifyAt(s.c.Module, x.Func, s.scope)
	if n, ok := x.Func.(*python.Name); ok && q == "" {
		q = "builtins." + n.ID
	}
	switch q {
	case "traceback.format_exc", "traceback.format_exception", "traceback.format_exception_only",
		"traceback.format_tb", "traceback.format_stack", "traceback.extract_tb", "traceback.extract_stack",
		"sys.exc_info":
		return detail{at: x, what: "a traceback (`" + s.c.File.Text(x.Span()) + "`)", trace: true}, true
	case "builtins.str", "builtins.repr", "builtins.format", "builtins.dict", "builtins.list", "builtins.tuple",
		"json.dumps", "flask.jsonify", "flask.make_response", "flask.Response", "flask.wrappers.Response",
		"werkzeug.Response", "werkzeug.wrappers.Response", "flask.render_template", "flask.render_template_string",
		"markupsafe.Markup", "markupsafe.escape", "flask.escape", "html.escape":
		return s.args(x)
	}
	if a, ok := x.Func.(*python.Attribute); ok {
		switch a.Attr {
		case "format", "format_map", "join":
			if d, ok := s.find(a.Value); ok {
				return d, true
			}
			return s.args(x)
		case "strip", "lower", "upper", "splitlines", "split", "replace", "encode", "decode", "title":
			return s.find(a.Value)
		}
	}
	return detail{}, false
}

func (s *scanner) args(x *python.Call) (detail, bool) {
	for _, a := range x.Args {
		if d, ok := s.find(a.Value); ok {
			return d, true
		}
	}
	return detail{}, false
}
