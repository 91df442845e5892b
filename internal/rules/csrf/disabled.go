package csrf

import (
	"bytes"
	"slices"
	"strings"

	"github.com/flaskguard/flaskguard/internal/finding"
	"github.com/flaskguard/flaskguard/internal/flaskmodel"
	"github.com/flaskguard/flaskguard/internal/project"
	"github.com/flaskguard/flaskguard/internal/python"
	"github.com/flaskguard/flaskguard/internal/rules/internal/ruleutil"
	"github.com/flaskguard/flaskguard/internal/rules/rule"
)

// CSRFProtectionDisabled flags CSRF protection switched off or weakened
// by configuration.
//
// # What it does
//
// Looks at the configuration each Flask app is deployed with (its
// production config; development and testing configs, where turning CSRF
// off for the test client is the documented practice, are not judged) and
// reports, for apps that use Flask-WTF (CSRFProtect or a FlaskForm):
//
//   - WTF_CSRF_ENABLED = False: Medium (Low when it is only the default of
//     an environment lookup nothing sets). Neither CSRFProtect nor
//     FlaskForm checks tokens any more;
//   - WTF_CSRF_CHECK_DEFAULT = False with CSRFProtect and no csrf.protect()
//     call anywhere: Medium. No view is checked;
//   - WTF_CSRF_METHODS without POST: Medium;
//   - WTF_CSRF_SSL_STRICT = False: Low. On HTTPS the Referer is no longer
//     required to match the host;
//   - WTF_CSRF_TIME_LIMIT = None: Low. A token stays valid as long as the
//     session;
//
// and, for apps with Flask-SeaSurf, CSRF_DISABLE set to a true value
// (Medium). Values computed at run time are not reported.
//
// # Why is this bad
//
// The protection is there in the code, which makes the app look safe,
// while the deployed configuration lets any site submit requests in a
// logged-in user's name (CWE-352). The weaker settings each remove a layer:
// the strict Referer check stops token reuse from a leaked page on another
// origin, and a time limit bounds how long a token copied from a page,
// a cache or a log keeps working.
//
// # Example
//
//	class ProductionConfig(Config):
//	    WTF_CSRF_ENABLED = False  # the mobile app could not send the token
//
// # Use instead
//
// Keep WTF_CSRF_ENABLED on and exempt only the token-authenticated API
// views (@csrf.exempt), or send the token in the X-CSRFToken header:
//
//	class TestingConfig(Config):
//	    WTF_CSRF_ENABLED = False  # test client only
//
// # References
//
//   - https://flask-wtf.readthedocs.io/en/stable/config/
//   - https://flask-wtf.readthedocs.io/en/stable/csrf/
//   - https://github.com/maxcountryman/flask-seasurf
//   - https://cwe.mitre.org/data/definitions/352.html
var CSRFProtectionDisabled = rule.Rule{
	ID:           "FG0502",
	Name:         "csrf-protection-disabled",
	Practice:     5,
	CWE:          352,
	Severity:     finding.Medium,
	Confidence:   finding.HighConfidence,
	Summary:      "CSRF protection switched off or weakened in the deployed configuration (WTF_CSRF_ENABLED = False, ...)",
	Fix:          "Remove WTF_CSRF_ENABLED = False (and the other relaxations) from the production config; exempt single token-authenticated views instead.",
	CheckProject: checkCSRFDisabled,
}

func checkCSRFDisabled(c *rule.Ctx) {
	if c.Flask == nil {
		return
	}
	r := ruleutil.NewReporter(c)
	protects := protectCalls(c)
	for _, app := range c.Flask.Apps {
		env := app.DeployedEnvironment()
		cfg := c.Flask.EffectiveConfig(app, env)
		off := ruleutil.CSRFSwitchedOff(c.Flask, app)
		wtf := app.Extension(flaskmodel.ExtCSRF)
		if wtf != nil || len(c.Flask.Forms) > 0 {
			if off != nil && off.Key == "WTF_CSRF_ENABLED" {
				sev := finding.Medium
				if off.Value.EnvFallback {
					sev = finding.Low
				}
				r.Report(off.Loc, sev, "WTF_CSRF_ENABLED is "+off.Text+ruleutil.InEnvironment(env)+
					": neither CSRFProtect nor FlaskForm checks a CSRF token, so any site can submit requests in a logged-in user's name")
			}
			if e := cfg["WTF_CSRF_METHODS"]; e != nil {
				if methods, ok := constList(c, e); ok && !slices.Contains(methods, "POST") {
					r.Report(e.Loc, finding.Medium, "WTF_CSRF_METHODS leaves out POST"+ruleutil.InEnvironment(env)+
						": CSRFProtect no longer checks form submissions")
				}
			}
			if v, ok := ruleutil.DeployedConstant(c.Flask, cfg["WTF_CSRF_SSL_STRICT"]); ok && !v.Truthy() {
				e := cfg["WTF_CSRF_SSL_STRICT"]
				r.Report(e.Loc, finding.Low, "WTF_CSRF_SSL_STRICT is "+e.Text+ruleutil.InEnvironment(env)+
					": on HTTPS the Referer no longer has to match the host, so a token leaked to another origin can be replayed from it")
			}
			if v, ok := ruleutil.DeployedConstant(c.Flask, cfg["WTF_CSRF_TIME_LIMIT"]); ok && v.Kind == project.NoneValue {
				e := cfg["WTF_CSRF_TIME_LIMIT"]
				r.Report(e.Loc, finding.Low, "WTF_CSRF_TIME_LIMIT is None"+ruleutil.InEnvironment(env)+
					": a CSRF token stays valid for the whole session instead of an hour")
			}
		}
		if off != nil && off.Key == "WTF_CSRF_CHECK_DEFAULT" && len(protects) == 0 {
			r.Report(off.Loc, finding.Medium, "WTF_CSRF_CHECK_DEFAULT is "+off.Text+ruleutil.InEnvironment(env)+
				" and nothing calls csrf.protect(): CSRFProtect is initialised but checks no request")
		}
		if off != nil && off.Key == "CSRF_DISABLE" {
			r.Report(off.Loc, finding.Medium, "CSRF_DISABLE is "+off.Text+ruleutil.InEnvironment(env)+
				": Flask-SeaSurf checks no request, so any site can submit requests in a logged-in user's name")
		}
	}
}

// constList reads a config entry written as a list, tuple or set of
// string literals, upper-cased.
func constList(c *rule.Ctx, e *flaskmodel.ConfigEntry) ([]string, bool) {
	m := c.Project.ModuleAt(e.Loc.Path)
	if m == nil || e.Expr == nil {
		return nil, false
	}
	var elts []python.Expr
	switch x := e.Expr.(type) {
	case *python.List:
		elts = x.Elts
	case *python.Tuple:
		elts = x.Elts
	case *python.Set:
		elts = x.Elts
	default:
		return nil, false
	}
	out := make([]string, 0, len(elts))
	for _, el := range elts {
		v, ok := c.Project.ConstAt(m, el, m.ScopeAt(el.Span().Start))
		if !ok || v.Kind != project.StringValue {
			return nil, false
		}
		out = append(out, strings.ToUpper(v.Str))
	}
	return out, true
}

// protectCalls finds csrf.protect() calls on a CSRFProtect, which check
// a request by hand when WTF_CSRF_CHECK_DEFAULT is off.
func protectCalls(c *rule.Ctx) []finding.Location {
	var out []finding.Location
	for _, m := range c.Project.Modules {
		if !bytes.Contains(m.File.Source, []byte(".protect(")) {
			continue
		}
		python.Walk(m.File.Module, func(n python.Node) bool {
			call, ok := n.(*python.Call)
			if !ok {
				return true
			}
			if fn, ok := call.Func.(*python.Attribute); ok && fn.Attr == "protect" &&
				c.Project.IsInstanceAt(m, fn.Value, m.ScopeAt(call.Span().Start), "flask_wtf.csrf.CSRFProtect") {
				out = append(out, c.LocationIn(m.File.Path, call.Span()))
			}
			return true
		})
	}
	return out
}
