package debug

import (
	"github.com/flaskguard/flaskguard/internal/finding"
	"github.com/flaskguard/flaskguard/internal/python"
	"github.com/flaskguard/flaskguard/internal/rules/internal/ruleutil"
	"github.com/flaskguard/flaskguard/internal/rules/rule"
)

// DebuggerEvalex flags the Werkzeug debugger mounted with code evaluation.
//
// # What it does
//
// Reports werkzeug.debug.DebuggedApplication(app, evalex=True) under any
// import alias, and werkzeug.serving.run_simple(..., use_debugger=True)
// unless use_evalex is turned off, since run_simple evaluates code by
// default. DebuggedApplication with evalex=False is not reported: it shows
// tracebacks but no console, which FG0301's concerns about leaked source
// cover better than a code-execution rule.
//
// # Why is this bad
//
// With evalex on, every frame of a traceback page gets an interactive
// Python console, and /console opens one directly. Whoever gets past the
// PIN (derived from guessable machine data, or switched off with
// WERKZEUG_DEBUG_PIN=off) runs arbitrary code as the server's user.
// Werkzeug 3.0.3 and later serve the console only to a localhost Host
// header, but that header is client-supplied (CVE-2024-34069 shows the
// check is not a boundary). This is code injection by design (CWE-94).
//
// # Example
//
//	from werkzeug.debug import DebuggedApplication
//
//	from myapp import app
//
//	app.wsgi_app = DebuggedApplication(app.wsgi_app, evalex=True)
//
// # Use instead
//
// Do not mount the debugger in code that can reach a server. For local
// debugging use flask run --debug, which is off unless asked for:
//
//	from myapp import app
//
//	# no debugger middleware; errors go to the log and a plain 500 page
//
// # References
//
//   - https://werkzeug.palletsprojects.com/en/stable/debug/
//   - https://werkzeug.palletsprojects.com/en/stable/serving/#werkzeug.serving.run_simple
//   - https://github.com/advisories/GHSA-2g68-c3qc-8985
//   - https://cwe.mitre.org/data/definitions/94.html
var DebuggerEvalex = rule.Rule{
	ID:         "FG0303",
	Name:       "werkzeug-debugger-evalex",
	Practice:   3,
	CWE:        94,
	Severity:   finding.Critical,
	Confidence: finding.HighConfidence,
	Summary:    "Werkzeug DebuggedApplication or run_simple with the code-evaluating console on",
	Fix:        "Remove DebuggedApplication / use_debugger from code that runs on servers.",
	Visits:     []python.Kind{python.KindCall},
	Check:      checkDebuggerEvalex,
}

// debuggedApplication and runSimple are the qualified names (current and
// pre-1.0 top-level re-exports) of the two ways to mount the debugger.
var (
	debuggedApplication = map[string]bool{"werkzeug.debug.DebuggedApplication": true, "werkzeug.DebuggedApplication": true}
	runSimple           = map[string]bool{"werkzeug.serving.run_simple": true, "werkzeug.run_simple": true}
)

func checkDebuggerEvalex(c *rule.Ctx, n python.Node) {
	call := n.(*python.Call)
	// Resolving a name costs a scope lookup, so calls are first screened by
	// the callee's own name or a module-level import alias of it.
	if !mayBe(c, call.Func, "DebuggedApplication", "run_simple") {
		return
	}
	q := c.Project.Qualify(c.Module, call.Func)
	scope := c.Module.ScopeAt(call.Span().Start)
	switch {
	case debuggedApplication[q]:
		// DebuggedApplication(app, evalex=False, ...)
		if e, ok := ruleutil.Argument(call, "evalex", 1); ok {
			if _, on := truthyLiteral(c, c.Module, e, scope); on {
				c.Report(ruleutil.ArgSpan(call, e), "DebuggedApplication(evalex=True) serves an interactive Python console on every error page and at /console")
			}
		}
	case runSimple[q]:
		// run_simple(hostname, port, application, use_reloader, use_debugger, use_evalex, ...)
		dbg, ok := ruleutil.Argument(call, "use_debugger", 4)
		if !ok {
			return
		}
		if _, on := truthyLiteral(c, c.Module, dbg, scope); !on {
			return
		}
		if ev, ok := ruleutil.Argument(call, "use_evalex", 5); ok && knownFalse(c, ev, scope) {
			return
		}
		c.Report(ruleutil.ArgSpan(call, dbg), "run_simple(use_debugger=True) serves the Werkzeug debugger with its interactive Python console (use_evalex defaults to True)")
	}
}
