package headers

import (
	"fmt"
	"slices"
	"strings"

	"github.com/flaskguard/flaskguard/internal/finding"
	"github.com/flaskguard/flaskguard/internal/flaskmodel"
	"github.com/flaskguard/flaskguard/internal/rules/internal/ruleutil"
	"github.com/flaskguard/flaskguard/internal/rules/rule"
)

// SecurityHeadersMissing flags a Flask app that sends no security headers.
//
// # What it does
//
// Reports, once per application at the line that creates it, an app that
// serves routes and has no way of adding browser security headers:
//
//   - no Flask-Talisman instance bound to it (Talisman(app) or
//     talisman.init_app(app), in any module);
//   - no after-request hook of the app (after_request, or a blueprint's
//     after_app_request) that sets X-Content-Type-Options,
//     X-Frame-Options, Strict-Transport-Security, Referrer-Policy,
//     Content-Security-Policy, Permissions-Policy or a cross-origin policy.
//
// It stays silent when it cannot be sure: a hook that hands the response
// to another function (the secure package's
// secure_headers.framework.flask(response)) or writes headers from a dict
// it cannot resolve, or any Python file outside tests that spells a
// security header's name (a WSGI middleware or a custom Response class
// may set it). Apps created only for tests or development, and Flask
// objects that serve no routes, are not judged.
//
// Headers added by a reverse proxy (nginx add_header, Caddy header) are
// not visible to the scan: nginx and Caddy configuration files are not
// read. If the proxy adds them, suppress the finding with a reason.
//
// # Why is this bad
//
// Flask adds no security headers of its own. Without them browsers sniff
// uploaded files into HTML or script (X-Content-Type-Options), let any
// site frame the pages for clickjacking (X-Frame-Options or CSP
// frame-ancestors), keep following http:// links that an attacker on the
// network can intercept (Strict-Transport-Security), and send full URLs
// with tokens to other sites (Referrer-Policy). These are the cheap
// defences that turn many bugs into non-events (CWE-693, protection
// mechanism failure).
//
// # Example
//
//	from flask import Flask
//
//	app = Flask(__name__)
//
//	@app.route("/")
//	def index():
//	    return render_template("index.html")
//
// # Use instead
//
// Use Flask-Talisman, whose defaults send all of them, or set them in an
// after-request hook:
//
//	from flask_talisman import Talisman
//
//	app = Flask(__name__)
//	Talisman(app)
//
//	# or
//	@app.after_request
//	def security_headers(resp):
//	    resp.headers["X-Content-Type-Options"] = "nosniff"
//	    resp.headers["X-Frame-Options"] = "DENY"
//	    resp.headers["Strict-Transport-Security"] = "max-age=31536000; includeSubDomains"
//	    resp.headers["Referrer-Policy"] = "strict-origin-when-cross-origin"
//	    return resp
//
// # References
//
//   - https://flask.palletsprojects.com/en/stable/web-security/#security-headers
//   - https://github.com/wntrblm/flask-talisman
//   - https://cheatsheetseries.owasp.org/cheatsheets/HTTP_Headers_Cheat_Sheet.html
//   - https://cwe.mitre.org/data/definitions/693.html
var SecurityHeadersMissing = rule.Rule{
	ID:           "FG0801",
	Name:         "security-headers-missing",
	Practice:     8,
	CWE:          693,
	Severity:     finding.Medium,
	Confidence:   finding.MediumConfidence,
	Summary:      "Flask app sends no security headers: no Flask-Talisman and no after_request hook setting them",
	Fix:          "Add Flask-Talisman (Talisman(app)) or an after_request hook that sets X-Content-Type-Options, X-Frame-Options, Strict-Transport-Security and Referrer-Policy.",
	CheckProject: checkHeadersMissing,
}

// headerNames are the spellings that show code setting security headers
// by itself.
var headerNames = []string{"X-Frame-Options", "X-Content-Type-Options", "Strict-Transport-Security",
	"Content-Security-Policy", "Referrer-Policy", "x-frame-options", "x-content-type-options",
	"strict-transport-security", "content-security-policy", "referrer-policy"}

func checkHeadersMissing(c *rule.Ctx) {
	if c.Flask == nil {
		return
	}
	for _, app := range c.Flask.ServingApps() {
		var sent []flaskmodel.ResponseHeader
		for _, h := range c.Flask.AppHeaders(app) {
			if flaskmodel.IsSecurityHeader(h.Name) {
				sent = append(sent, h)
			}
		}
		if len(sent) > 0 {
			where := sent[0].Loc
			if sent[0].Talisman != nil && sent[0].Talisman.InitLoc.Path != "" {
				where = sent[0].Talisman.InitLoc
			}
			c.Evidence(where, headersEvidence(app, sent))
			continue
		}
		if ruleutil.OpaqueHook(app) {
			continue
		}
		if _, ok := c.Flask.Mentions(headerNames...); ok {
			continue
		}
		c.ReportAt(app.Loc, finding.Medium, fmt.Sprintf("%s sends no security headers: no Flask-Talisman is bound to it and no after_request hook sets "+
			"X-Content-Type-Options, X-Frame-Options, Strict-Transport-Security or Referrer-Policy, so browsers may sniff uploads into script, "+
			"let other sites frame its pages and follow http:// links", app.Label))
	}
}

// headersEvidence describes what sends an app's security headers.
func headersEvidence(app *flaskmodel.App, sent []flaskmodel.ResponseHeader) string {
	var names []string
	var by []string
	for _, h := range sent {
		n := h.Name
		if n == "Strict-Transport-Security" {
			n = "HSTS"
		}
		if h.Name == "Content-Security-Policy" || h.Name == "Content-Security-Policy-Report-Only" {
			n = "a CSP"
		}
		if !slices.Contains(names, n) {
			names = append(names, n)
		}
		what := ""
		switch {
		case h.Talisman != nil:
			what = "Talisman (" + ruleutil.At(h.Talisman.InitLoc) + ")"
		case h.Hook != nil:
			what = "after_request hook " + h.Hook.Name + " (" + ruleutil.At(h.Hook.Loc) + ")"
		}
		if what != "" && !slices.Contains(by, what) {
			by = append(by, what)
		}
	}
	return fmt.Sprintf("%s gets security headers from %s: %s", app.Label, strings.Join(by, " and "), strings.Join(names, ", "))
}
