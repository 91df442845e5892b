package debug

import (
	"strings"

	"github.com/flaskguard/flaskguard/internal/finding"
	"github.com/flaskguard/flaskguard/internal/project"
	"github.com/flaskguard/flaskguard/internal/python"
	"github.com/flaskguard/flaskguard/internal/rules/internal/ruleutil"
	"github.com/flaskguard/flaskguard/internal/rules/rule"
)

// DebugEnabled flags Flask debug mode switched on in code.
//
// # What it does
//
// Reports code that turns on Flask's debug mode, and with it the
// interactive Werkzeug debugger, on a Flask application object:
//
//   - app.run(debug=True), any truthy literal (debug=1), and
//     app.run(use_debugger=True) or app.run(use_evalex=True);
//   - socketio.run(app, debug=True) on a flask_socketio.SocketIO: for the
//     eventlet and gevent servers Flask-SocketIO wraps the app in
//     DebuggedApplication(app, evalex=True) itself, and for the threading
//     server it runs the Werkzeug development server with the debugger;
//   - app.debug = True, app.config["DEBUG"] = True,
//     app.config.update(DEBUG=True), app.config.update({"DEBUG": True}) and
//     app.config.from_mapping(DEBUG=True);
//   - DEBUG = True in a config class or settings module that
//     app.config.from_object loads, including a base class whose
//     DEBUG = True a production class inherits without overriding it.
//
// The app is resolved through imports, aliases (from flask import Flask as
// F), factories (app = create_app(), across modules), project subclasses of
// flask.Flask and current_app. Calls on other objects with a run method
// (schedulers, test runners) are not reported, nor are values read from
// the environment or from settings that cannot be resolved.
//
// Config classes whose names mark them as for development or tests (Dev*,
// Development*, Local*, Test*, Testing*) may set DEBUG = True: that is how
// Flask projects are meant to be structured. A run call inside an
// if __name__ == "__main__" block is reported with Medium severity instead of
// High: flask run, gunicorn and uWSGI never execute that block, but
// python app.py does, and it is a common way to start an app on a server
// or in a container (CMD ["python", "app.py"]), so it stays a finding.
//
// # Why is this bad
//
// In debug mode an unhandled exception renders the Werkzeug debugger,
// whose console runs arbitrary Python code in the server process. The PIN
// that guards it is derived from guessable machine data, and tracebacks
// show source code, paths and settings to anyone who triggers an error.
// A debug-mode app also reloads code on file changes and propagates
// exceptions, behaviour meant only for a developer's machine (CWE-489,
// active debug code).
//
// # Example
//
//	from flask import Flask
//
//	app = Flask(__name__)
//
//	if __name__ == "__main__":
//	    app.run(host="0.0.0.0", debug=True)
//
// # Use instead
//
// Leave debug off in code and turn it on only on a developer's machine,
// with flask run --debug or FLASK_DEBUG=1 in an uncommitted shell:
//
//	import os
//	from flask import Flask
//
//	app = Flask(__name__)
//
//	if __name__ == "__main__":
//	    app.run(debug=os.environ.get("FLASK_DEBUG") == "1")
//
// # References
//
//   - https://flask.palletsprojects.com/en/stable/debugging/
//   - https://flask.palletsprojects.com/en/stable/config/#DEBUG
//   - https://werkzeug.palletsprojects.com/en/stable/debug/
//   - https://flask-socketio.readthedocs.io/en/latest/api.html#flask_socketio.SocketIO.run
//   - https://cwe.mitre.org/data/definitions/489.html
var DebugEnabled = rule.Rule{
	ID:         "FG0301",
	Name:       "flask-debug-enabled",
	Practice:   3,
	CWE:        489,
	Severity:   finding.High,
	Confidence: finding.HighConfidence,
	Summary:    "Flask debug mode (and the Werkzeug debugger) switched on in code",
	Fix:        "Remove debug=True / DEBUG = True from production code paths; enable debugging with `flask run --debug` on a developer machine only.",
	Visits:     []python.Kind{python.KindCall, python.KindAssign, python.KindModule},
	Check:      checkDebugEnabled,
	// CheckProject only records scorecard evidence (debug_evidence.go).
	CheckProject: debugEvidence,
}

func checkDebugEnabled(c *rule.Ctx, n python.Node) {
	switch n := n.(type) {
	case *python.Call:
		checkRun(c, n)
		checkConfigMapping(c, n)
	case *python.Assign:
		checkDebugAssign(c, n)
	case *python.Module:
		checkConfigObjects(c)
	}
}

// checkRun reports app.run(debug=True) and socketio.run(app, debug=True).
func checkRun(c *rule.Ctx, call *python.Call) {
	run, ok := ruleutil.DevServerRun(c, call)
	if !ok {
		return
	}
	what, scope := run.What, run.Scope
	// Flask.run(host, port, debug, load_dotenv, **options);
	// SocketIO.run(app, host, port, **kwargs) takes debug by keyword only.
	debugPos := 2
	if run.SocketIO {
		debugPos = -1
	}
	debugArg, hasDebug := ruleutil.Argument(call, "debug", debugPos)
	useDebugger, hasUseDebugger := call.Keyword("use_debugger")
	var culprit python.Expr
	var v project.Value
	for _, e := range []python.Expr{debugArg, useDebugger} {
		if e == nil {
			continue
		}
		if val, ok := truthyLiteral(c, c.Module, e, scope); ok {
			culprit, v = e, val
			break
		}
	}
	if culprit == nil {
		evalex, ok := call.Keyword("use_evalex")
		off := hasDebug && knownFalse(c, debugArg, scope) || hasUseDebugger && knownFalse(c, useDebugger, scope)
		if !ok || off {
			return
		}
		if val, ok := truthyLiteral(c, c.Module, evalex, scope); ok {
			culprit, v = evalex, val
		}
	}
	if culprit == nil {
		return
	}
	msg := what + " starts the Werkzeug development server with debug mode on" + ruleutil.EnvNote(v) +
		": an error page opens an interactive debugger that runs Python code on the server"
	sev := finding.High
	if c.Module.InMainGuard(call.Span().Start) {
		sev = finding.Medium
		msg += "; it is under `if __name__ == \"__main__\"`, so it runs whenever the app is started with `python " +
			baseName(c.Path) + "`"
	}
	c.ReportSeverity(ruleutil.ArgSpan(call, culprit), sev, msg)
}

// checkConfigMapping reports DEBUG=True given to config.update,
// from_mapping or setdefault.
func checkConfigMapping(c *rule.Ctx, call *python.Call) {
	app, method, ok := project.ConfigMethod(call)
	if !ok || !c.Project.IsFlaskApp(c.Module, app) {
		return
	}
	for _, en := range c.Project.ConfigEntries(c.Module, call) {
		if en.Key != "DEBUG" {
			continue
		}
		if v, ok := truthyLiteral(c, en.Module, en.Value, en.Scope); ok {
			c.ReportAt(c.LocationIn(en.Module.File.Path, en.Value.Span()), c.Rule().Severity,
				"app.config."+method+" sets DEBUG to a true value"+ruleutil.EnvNote(v)+
					": debug mode turns on the Werkzeug debugger, which runs Python code sent by anyone who sees an error page")
		}
	}
}

// checkDebugAssign reports app.debug = True and app.config["DEBUG"] = True.
func checkDebugAssign(c *rule.Ctx, a *python.Assign) {
	if a.Value == nil || a.Op != "" {
		return
	}
	for _, t := range a.Targets {
		var what string
		if attr, ok := t.(*python.Attribute); ok && attr.Attr == "debug" && c.Project.IsFlaskApp(c.Module, attr.Value) {
			what = "app.debug"
		} else if app, key, ok := project.ConfigKey(t); ok && key == "DEBUG" && c.Project.IsFlaskApp(c.Module, app) {
			what = `app.config["DEBUG"]`
		} else {
			continue
		}
		if v, ok := truthyLiteral(c, c.Module, a.Value, c.Module.ScopeAt(a.Span().Start)); ok {
			c.Report(a.Value.Span(), what+" is set to a true value"+ruleutil.EnvNote(v)+
				": debug mode turns on the Werkzeug debugger, which runs Python code sent by anyone who sees an error page")
			return
		}
	}
}

// checkConfigObjects reports, once per file, DEBUG = True lines of this
// file that a config class or settings module loaded by
// app.config.from_object picks up. Reporting from the defining file keeps
// one finding per line however many from_object calls reach it.
func checkConfigObjects(c *rule.Ctx) {
	for _, v := range ruleutil.LoadedConfigValues(c, "DEBUG") {
		if !debugLiteral(c, c.Module, v.Binding) {
			continue
		}
		msg := "DEBUG = True in a settings module that app.config.from_object loads"
		if len(v.Classes) > 0 {
			msg = "DEBUG = True is used by " + strings.Join(v.Classes, ", ") + ", which app.config.from_object loads"
		}
		c.Report(v.Value.Span(), msg+": debug mode turns on the Werkzeug debugger wherever this config is deployed")
	}
}

// debugLiteral reports whether a binding is a plain assignment of a truthy
// literal.
func debugLiteral(c *rule.Ctx, m *project.Module, b project.Binding) bool {
	if _, ok := b.Node.(*python.Assign); !ok {
		return false
	}
	_, ok := truthyLiteral(c, m, b.Value, nil)
	return ok
}

func baseName(p string) string {
	return p[strings.LastIndexByte(p, '/')+1:]
}
