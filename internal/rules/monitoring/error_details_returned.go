package monitoring

import (
	"fmt"

	"github.com/flaskguard/flaskguard/internal/finding"
	"github.com/flaskguard/flaskguard/internal/python"
	"github.com/flaskguard/flaskguard/internal/rules/rule"
)

// ErrorDetailsReturned flags error handlers and views that send exception
// messages or tracebacks to the client.
//
// # What it does
//
// Reports exception details that reach the client from:
//
//   - an error handler: a function decorated with @app.errorhandler(X),
//     @bp.errorhandler(X) or @bp.app_errorhandler(X), or registered with
//     app.register_error_handler(X, handler) in the same module;
//   - an `except ... as e:` block of a view: a function decorated with
//     @app.route, @bp.route or @bp.get/post/put/patch/delete("/path"), or
//     a method of a MethodView, View or Flask-RESTful/RESTX Resource.
//
// Details are a traceback (traceback.format_exc(), format_exception,
// format_tb, format_stack, sys.exc_info(), e.__traceback__), reported as
// High whatever the exception; and the exception's text (str(e), repr(e),
// f"{e}", "%s" % e, e.args, e.message, e.orig), reported as Medium when
// the exception's message is not meant for clients. They count when they
// are returned (as the body, in jsonify(), make_response(), Response() or
// a render_template() keyword), flashed, or given as the description to
// abort() or to a Werkzeug HTTP exception (raise BadRequest(str(e))),
// directly or through a local variable (msg = str(e)), also one returned
// after the try statement. Tracebacks and messages are one rule, not two:
// they reach the client the same way and have the same fix, and the
// severity tells them apart.
//
// The text of an exception is for clients, and not reported, when the
// handler or except clause is for a Werkzeug HTTPException or a status
// code (e.description is written for clients, and Flask hands a 500
// handler an InternalServerError with a generic text), for one of the
// project's own exception classes, or for validation errors (ValueError,
// KeyError, JSONDecodeError, *ValidationError). The same holds inside
// `if isinstance(e, HTTPException):` in a handler for Exception.
// e.code, e.name and e.description are always fine, and returning the
// exception object itself (return e) lets Flask render an HTTPException's
// own page. e.original_exception, the error hidden behind a 500, is
// always a detail. Except blocks in helper functions are not followed to
// the views that call them.
//
// # Why is this bad
//
// Exception messages and tracebacks describe the inside of the
// application: SQL statements and table names, file paths, hostnames and
// ports of back-end services, library versions, sometimes configuration
// values and user data. Sent to the client they map the attack surface
// for whoever triggers an error on purpose (CWE-209, generation of error
// message containing sensitive information), and an error that reaches
// the client is often not logged or monitored at all.
//
// # Example
//
//	import traceback
//
//	@app.errorhandler(Exception)
//	def handle_exception(e):
//	    return "<pre>%s</pre>" % traceback.format_exc(), 500
//
//	@app.post("/notes")
//	def create_note():
//	    try:
//	        save(request.form)
//	    except Exception as e:
//	        return jsonify(error=str(e)), 500
//
// # Use instead
//
// Log the exception (with its traceback) for the team, and send the
// client a generic message, or a reference it can quote to support:
//
//	@app.errorhandler(Exception)
//	def handle_exception(e):
//	    if isinstance(e, HTTPException):
//	        return e
//	    app.logger.exception("unhandled error")
//	    return render_template("500.html"), 500
//
//	@app.post("/notes")
//	def create_note():
//	    try:
//	        save(request.form)
//	    except Exception:
//	        app.logger.exception("saving a note failed")
//	        return jsonify(error="The note could not be saved."), 500
//
// # References
//
//   - https://flask.palletsprojects.com/en/stable/errorhandling/
//   - https://cheatsheetseries.owasp.org/cheatsheets/Error_Handling_Cheat_Sheet.html
//   - https://cheatsheetseries.owasp.org/cheatsheets/Logging_Cheat_Sheet.html
//   - https://cwe.mitre.org/data/definitions/209.html
//   - https://cwe.mitre.org/data/definitions/497.html
var ErrorDetailsReturned = rule.Rule{
	ID:         "FG1301",
	Name:       "error-details-returned-to-client",
	Practice:   13,
	CWE:        209,
	Severity:   finding.Medium,
	Confidence: finding.HighConfidence,
	Summary:    "Error handler or view sends the exception message or a traceback to the client",
	Fix:        "Log the exception with logger.exception() (or send it to your error tracker) and return a generic message; show e.description only for HTTPExceptions.",
	Visits:     []python.Kind{python.KindFunctionDef, python.KindClassDef, python.KindCall},
	Check:      checkErrorDetails,
}

func checkErrorDetails(c *rule.Ctx, n python.Node) {
	switch x := n.(type) {
	case *python.FunctionDef:
		if typ, ok := handlerType(x); ok {
			checkHandler(c, x, typ)
		} else if isRouteView(x) {
			checkExcepts(c, x, "the view "+x.Name, seen{})
		}
	case *python.ClassDef:
		for _, m := range viewMethods(c, x) {
			checkExcepts(c, m, "the view "+x.Name+"."+m.Name, seen{})
		}
	case *python.Call:
		if fn, typ, ok := registeredHandler(c, x); ok {
			checkHandler(c, fn, typ)
		}
	}
}

// seen holds the spans already reported while checking one function, so
// that an except block inside an error handler, scanned both as part of
// the handler and on its own, yields one finding per detail.
type seen map[python.Span]bool

// checkHandler scans an error handler's body, with its first parameter
// as the exception, and the except blocks inside it.
func checkHandler(c *rule.Ctx, fn *python.FunctionDef, typ python.Expr) {
	if len(fn.Body) == 0 {
		return
	}
	where := "the error handler " + fn.Name + " (for " + typeName(c, typ) + ")"
	done := seen{}
	s := newScanner(c, fn, where, done)
	if len(fn.Params) > 0 && fn.Params[0].Star == 0 {
		s.exc = fn.Params[0].Name
	}
	s.forClients = textIsForClients(c, typ, s.scope)
	s.block(fn.Body)
	checkExcepts(c, fn, where, done)
}

// checkExcepts scans every except block of a function (not of nested
// functions), and the returns after it that use a local the block set.
func checkExcepts(c *rule.Ctx, fn *python.FunctionDef, where string, done seen) {
	if len(fn.Body) == 0 {
		return
	}
	for _, st := range fn.Body {
		python.Walk(st, func(n python.Node) bool {
			switch x := n.(type) {
			case *python.FunctionDef, *python.ClassDef, *python.Lambda:
				return false
			case *python.Try:
				for _, h := range x.Handlers {
					clause := "the bare `except:` block of "
					if h.Type != nil {
						clause = "the `except " + typeName(c, h.Type) + "` block of "
					}
					s := newScanner(c, fn, clause+where, done)
					s.exc = h.Name
					s.forClients = h.Type != nil && textIsForClients(c, h.Type, s.scope)
					s.block(h.Body)
					if len(s.vars) > 0 {
						s.exc = "" // Python unbinds `e` when the block ends
						s.after(fn.Body, int(h.Loc.End.Offset))
					}
				}
			}
			return true
		})
	}
}

func newScanner(c *rule.Ctx, fn *python.FunctionDef, where string, done seen) *scanner {
	s := &scanner{c: c, scope: c.Module.ScopeAt(fn.Body[0].Span().Start), vars: map[string]detail{}}
	s.report = func(d detail, how string) {
		if done[d.at.Span()] {
			return
		}
		done[d.at.Span()] = true
		sev, why := finding.Medium, ": exception messages describe the inside of the app (SQL, paths, hosts, settings) to whoever triggers the error"
		if d.trace {
			sev, why = finding.High, ": a traceback shows source paths, code and values to whoever triggers the error"
		}
		c.ReportSeverity(d.at.Span(), sev, where+" "+fmt.Sprintf(how, d.what)+why)
	}
	return s
}

// after checks the returns and flash calls that follow offset in a
// function body for the locals an except block assigned.
func (s *scanner) after(body []python.Stmt, offset int) {
	for _, st := range body {
		python.Walk(st, func(n python.Node) bool {
			switch x := n.(type) {
			case *python.FunctionDef, *python.ClassDef, *python.Lambda:
				return false
			case *python.Return:
				if int(x.Span().Start.Offset) >= offset {
					s.returned(x.Value)
				}
			case *python.ExprStmt:
				if int(x.Span().Start.Offset) >= offset {
					s.sent(x.X)
				}
			}
			return true
		})
	}
}
