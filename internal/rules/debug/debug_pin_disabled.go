package debug

import (
	"path"

	"github.com/flaskguard/flaskguard/internal/confsrc"
	"github.com/flaskguard/flaskguard/internal/finding"
	"github.com/flaskguard/flaskguard/internal/project"
	"github.com/flaskguard/flaskguard/internal/python"
	"github.com/flaskguard/flaskguard/internal/rules/internal/ruleutil"
	"github.com/flaskguard/flaskguard/internal/rules/rule"
)

// DebugPinDisabled flags the Werkzeug debugger's PIN switched off.
//
// # What it does
//
// Reports WERKZEUG_DEBUG_PIN=off, the value that makes Werkzeug skip its
// PIN prompt, wherever it is set:
//
//   - in .env and .flaskenv files, Dockerfile ENV, compose environment
//     entries and Procfiles;
//   - in Python, os.environ["WERKZEUG_DEBUG_PIN"] = "off",
//     os.environ.setdefault("WERKZEUG_DEBUG_PIN", "off"),
//     os.environ.update(WERKZEUG_DEBUG_PIN="off") and os.putenv(...);
//   - DebuggedApplication(app, pin_security=False), which does the same in
//     code.
//
// Werkzeug compares the variable to "off" exactly, so "OFF" or "0" do not
// disable the PIN and are not reported.
//
// # Why is this bad
//
// The PIN is the only authentication in front of the debugger's console,
// which runs arbitrary Python code in the server process. With the PIN off,
// anyone who can make the app raise an error while debugging is on can
// execute code on the host: a critical function with no authentication
// (CWE-306).
//
// # Example
//
//	# .flaskenv
//	FLASK_DEBUG=1
//	WERKZEUG_DEBUG_PIN=off
//
// # Use instead
//
// Leave the PIN on (the default). Developers who find the prompt tedious
// can bind the dev server to 127.0.0.1 rather than disable the check:
//
//	# .flaskenv
//	FLASK_APP=app.py
//
// # References
//
//   - https://werkzeug.palletsprojects.com/en/stable/debug/#debugger-pin
//   - https://cwe.mitre.org/data/definitions/306.html
var DebugPinDisabled = rule.Rule{
	ID:          "FG0304",
	Name:        "werkzeug-debug-pin-disabled",
	Practice:    3,
	CWE:         306,
	Severity:    finding.High,
	Confidence:  finding.HighConfidence,
	Summary:     "Werkzeug debugger PIN disabled with WERKZEUG_DEBUG_PIN=off or pin_security=False",
	Fix:         "Remove WERKZEUG_DEBUG_PIN=off and pin_security=False; keep the debugger off on servers.",
	Visits:      []python.Kind{python.KindCall, python.KindAssign},
	Check:       checkDebugPin,
	CheckConfig: checkDebugPinConfig,
}

const pinVar = "WERKZEUG_DEBUG_PIN"

const pinMessage = "WERKZEUG_DEBUG_PIN=off removes the PIN that guards the Werkzeug debugger console: anyone who reaches an error page can run Python code on the server"

func checkDebugPinConfig(c *rule.Ctx, f *confsrc.File) {
	switch f.Kind {
	case confsrc.Env, confsrc.Dockerfile, confsrc.Compose, confsrc.Procfile:
	default:
		return
	}
	for _, s := range f.Settings {
		if s.Key == pinVar && s.Value == "off" && s.Directive != "ARG" {
			c.ReportAt(s.Loc, c.Rule().Severity, pinMessage+" (set in "+path.Base(f.Path)+")")
		}
	}
}

func checkDebugPin(c *rule.Ctx, n python.Node) {
	switch n := n.(type) {
	case *python.Assign:
		for _, t := range n.Targets {
			sub, ok := t.(*python.Subscript)
			if ok && n.Value != nil && isPinKey(sub.Index) && isOff(c, n.Value) &&
				c.Project.Qualify(c.Module, sub.Value) == "os.environ" {
				c.Report(n.Span(), pinMessage)
			}
		}
	case *python.Call:
		if !mayBe(c, n.Func, "setdefault", "putenv", "update", "DebuggedApplication") {
			return
		}
		switch q := c.Project.Qualify(c.Module, n.Func); {
		case q == "os.environ.setdefault" || q == "os.putenv":
			k, kok := n.Positional(0)
			v, vok := n.Positional(1)
			if kok && vok && isPinKey(k) && isOff(c, v) {
				c.Report(n.Span(), pinMessage)
			}
		case q == "os.environ.update":
			if v, ok := n.Keyword(pinVar); ok && isOff(c, v) {
				c.Report(ruleutil.ArgSpan(n, v), pinMessage)
			}
			if d, ok := n.Positional(0); ok {
				if dict, ok := d.(*python.Dict); ok {
					for i, k := range dict.Keys {
						if k != nil && isPinKey(k) && isOff(c, dict.Values[i]) {
							c.Report(dict.Values[i].Span(), pinMessage)
						}
					}
				}
			}
		case debuggedApplication[q]:
			if v, ok := n.Keyword("pin_security"); ok && knownFalse(c, v, c.Module.ScopeAt(n.Span().Start)) {
				c.Report(ruleutil.ArgSpan(n, v), "DebuggedApplication(pin_security=False) removes the PIN that guards the debugger console: anyone who reaches an error page can run Python code on the server")
			}
		}
	}
}

func isPinKey(e python.Expr) bool {
	s, ok := e.(*python.String)
	return ok && s.IsConstant() && s.Value == pinVar
}

func isOff(c *rule.Ctx, e python.Expr) bool {
	v, ok := c.Project.Const(c.Module, e)
	return ok && v.Kind == project.StringValue && v.Str == "off"
}
