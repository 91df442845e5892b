package csp

import (
	"github.com/flaskguard/flaskguard/internal/finding"
	"github.com/flaskguard/flaskguard/internal/flaskmodel"
	"github.com/flaskguard/flaskguard/internal/rules/internal/ruleutil"
	"github.com/flaskguard/flaskguard/internal/rules/rule"
)

// ContentSecurityPolicyMissing flags a Flask app whose responses carry no
// enforced Content-Security-Policy.
//
// # What it does
//
// Reports, once per application that serves routes:
//
//   - Flask-Talisman bound with content_security_policy=None, False, ""
//     or {} (Medium, at that argument) when nothing else sets a policy;
//   - only a report-only policy (Talisman's
//     content_security_policy_report_only=True, or a hook setting
//     Content-Security-Policy-Report-Only) (Low, at that place): the
//     browser reports violations and blocks nothing;
//   - no policy at all (Medium, at the line that creates the app): no
//     Flask-Talisman (whose default policy is default-src 'self';
//     object-src 'none'), no after-request hook of the app setting
//     Content-Security-Policy, no <meta http-equiv="Content-Security-Policy">
//     in a template.
//
// It stays silent when a hook hands the response to code it cannot
// follow, or when a Python file outside tests spells
// "Content-Security-Policy" elsewhere (a WSGI middleware or a view may set
// it). Apps made only for tests or development, Flask objects without
// routes, and JSON-only APIs (no templates, and no code that renders
// template strings or writes HTML) are not judged. A policy added by a reverse proxy is not visible
// to the scan; suppress the finding with a reason if yours does.
//
// # Why is this bad
//
// A CSP is the browser-side backstop against cross-site scripting: with a
// policy that allows scripts only from the site itself (or with a
// nonce), an injected <script> or event handler does not run, and
// <object>, <base> and framing can be locked down too. Without one, any
// escaping mistake in a template is directly exploitable (CWE-693,
// protection mechanism failure; CWE-1021 for the framing part).
//
// # Example
//
//	app = Flask(__name__)
//	Talisman(app, content_security_policy=None)
//
// # Use instead
//
//	app = Flask(__name__)
//	Talisman(
//	    app,
//	    content_security_policy={
//	        "default-src": "'self'",
//	        "object-src": "'none'",
//	        "base-uri": "'self'",
//	        "frame-ancestors": "'none'",
//	    },
//	)
//
// # References
//
//   - https://flask.palletsprojects.com/en/stable/web-security/#content-security-policy-csp
//   - https://github.com/wntrblm/flask-talisman#content-security-policy
//   - https://cheatsheetseries.owasp.org/cheatsheets/Content_Security_Policy_Cheat_Sheet.html
//   - https://cwe.mitre.org/data/definitions/693.html
var ContentSecurityPolicyMissing = rule.Rule{
	ID:           "FG1201",
	Name:         "content-security-policy-missing",
	Practice:     12,
	CWE:          693,
	Severity:     finding.Medium,
	Confidence:   finding.MediumConfidence,
	Summary:      "No enforced Content-Security-Policy: no Talisman, no hook or <meta> setting one, or the policy is off or report-only",
	Fix:          "Send a Content-Security-Policy: Flask-Talisman's default (default-src 'self'; object-src 'none') or a stricter nonce-based policy.",
	CheckProject: checkCSPMissing,
}

func checkCSPMissing(c *rule.Ctx) {
	if c.Flask == nil {
		return
	}
	metas := metaPolicies(c)
	html := servesHTML(c)
	for _, app := range c.Flask.ServingApps() {
		var reportOnly *flaskmodel.ResponseHeader
		enforced := false
		hs := c.Flask.AppHeaders(app)
		for i, h := range hs {
			switch h.Name {
			case cspHeader:
				if !enforced {
					c.Evidence(h.Loc, app.Label+" sends a Content-Security-Policy from "+by(h)+": "+short(valueOr(h)))
				}
				enforced = true
			case cspHeader + "-Report-Only":
				reportOnly = &hs[i]
			}
		}
		switch {
		case enforced:
			continue
		case len(metas) > 0:
			c.Evidence(metas[0].at, app.Label+" pages carry a CSP <meta> element: "+short(metas[0].value))
			continue
		case !html || ruleutil.OpaqueHook(app):
			continue
		}
		if _, ok := c.Flask.Mentions("Content-Security-Policy", "content-security-policy"); ok {
			continue
		}
		if off := cspSwitchedOff(c, app); off != nil {
			c.ReportAt(off.Loc, finding.Medium, "Talisman content_security_policy="+off.Text+" turns off the Content-Security-Policy of "+app.Label+
				", so an injected <script> or event handler runs with nothing to stop it")
			continue
		}
		if reportOnly != nil {
			c.ReportAt(reportOnly.Loc, finding.Low, app.Label+" sends only Content-Security-Policy-Report-Only: browsers report violations but block nothing; "+
				"enforce the policy once the reports are clean")
			continue
		}
		c.ReportAt(app.Loc, finding.Medium, app.Label+" sends no Content-Security-Policy (no Flask-Talisman, no after_request hook or <meta> element setting one), "+
			"so any injected <script> or event handler runs")
	}
}

// servesHTML reports whether the project produces HTML at all: it has
// templates, or its code renders template strings or writes markup. A
// JSON-only API is not judged: browsers do not run script from a JSON
// response served with its own content type, so a CSP protects nothing
// there (its other headers are FG0801's business).
func servesHTML(c *rule.Ctx) bool {
	if len(c.Templates.All()) > 0 {
		return true
	}
	_, ok := c.Flask.Mentions("render_template", "text/html", "<html", "<!doctype", "<!DOCTYPE", "Markup(", "<script", "<div", "<p>")
	return ok
}

// cspSwitchedOff returns the Talisman argument that turns an app's policy
// off, or nil.
func cspSwitchedOff(c *rule.Ctx, app *flaskmodel.App) *flaskmodel.Setting {
	for _, e := range app.Extensions {
		if e.Kind != flaskmodel.ExtTalisman || c.Flask.DevOnly(e.InitLoc) {
			continue
		}
		s := e.Setting("content_security_policy")
		if s == nil {
			continue
		}
		if v, ok := flaskmodel.Literal(s); ok && !v.Truthy() || s.Dict != nil && len(s.Dict) == 0 {
			return s
		}
	}
	return nil
}

// by names what sends a header.
func by(h flaskmodel.ResponseHeader) string {
	if h.Hook != nil {
		return "after_request hook " + h.Hook.Name + " (" + ruleutil.At(h.Loc) + ")"
	}
	return "Talisman (" + ruleutil.At(h.Talisman.InitLoc) + ")"
}

func valueOr(h flaskmodel.ResponseHeader) string {
	if h.Known {
		return h.Value
	}
	return "a policy computed at run time"
}
