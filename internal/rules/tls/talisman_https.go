package tls

import (
	"fmt"
	"strings"

	"github.com/flaskguard/flaskguard/internal/finding"
	"github.com/flaskguard/flaskguard/internal/flaskmodel"
	"github.com/flaskguard/flaskguard/internal/project"
	"github.com/flaskguard/flaskguard/internal/rules/rule"
)

// TalismanHTTPSNotForced flags Flask-Talisman told not to enforce HTTPS.
//
// # What it does
//
// Reports literal arguments of Talisman(app, ...) or
// talisman.init_app(app, ...) on an app:
//
//   - strict_transport_security=False (Medium): no
//     Strict-Transport-Security header at all;
//   - force_https=False (Low): http:// requests are served instead of
//     redirected. Low, because a load balancer or proxy often does the
//     redirect; if yours does, suppress the finding with that reason.
//
// Talisman instances bound only in development or tests (create_test_app,
// if app.debug:) and values read from the environment are not judged;
// Talisman already skips the redirect in debug mode.
//
// # Why is this bad
//
// Without a redirect, a user who types the address or follows an old
// http:// link talks to the site in clear text; without HSTS the browser
// never learns to refuse plain HTTP, so an attacker on the network can
// keep the user on http:// (SSL stripping) and read or change everything,
// session cookies included (CWE-319, cleartext transmission of sensitive
// information).
//
// # Example
//
//	Talisman(app, force_https=False, strict_transport_security=False)
//
// # Use instead
//
//	Talisman(app)  # redirects to https:// and sends HSTS for a year
//
// Behind a proxy that terminates TLS, apply ProxyFix so Talisman sees the
// original scheme instead of switching force_https off.
//
// # References
//
//   - https://github.com/wntrblm/flask-talisman#options
//   - https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/Strict-Transport-Security
//   - https://flask.palletsprojects.com/en/stable/deploying/proxy_fix/
//   - https://cwe.mitre.org/data/definitions/319.html
var TalismanHTTPSNotForced = rule.Rule{
	ID:           "FG1405",
	Name:         "talisman-https-not-forced",
	Practice:     14,
	CWE:          319,
	Severity:     finding.Medium,
	Confidence:   finding.HighConfidence,
	Summary:      "Flask-Talisman with force_https=False or strict_transport_security=False: plain HTTP served, no HSTS",
	Fix:          "Keep Talisman's force_https and strict_transport_security on; behind a TLS-terminating proxy, use ProxyFix(x_proto=1) instead of turning them off.",
	CheckProject: checkTalismanHTTPS,
}

func checkTalismanHTTPS(c *rule.Ctx) {
	if c.Flask == nil {
		return
	}
	seen := map[finding.Location]bool{}
	var good []*flaskmodel.Extension
	for _, e := range c.Flask.Extensions {
		if e.Kind != flaskmodel.ExtTalisman || e.App == nil || c.Flask.DevOnly(e.InitLoc) {
			continue
		}
		bad := false
		if s := e.Setting("strict_transport_security"); s != nil {
			if v, ok := flaskmodel.Literal(s); ok && !v.Truthy() {
				bad = true
				if !seen[s.Loc] {
					seen[s.Loc] = true
					c.ReportAt(s.Loc, finding.Medium, "Talisman strict_transport_security="+s.Text+" sends no Strict-Transport-Security header, "+
						"so browsers never learn to refuse plain http:// and an attacker on the network can strip TLS")
				}
			}
		}
		if s := e.Setting("force_https"); s != nil {
			if v, ok := flaskmodel.Literal(s); ok && !v.Truthy() {
				bad = true
				if !seen[s.Loc] {
					seen[s.Loc] = true
					c.ReportAt(s.Loc, finding.Low, "Talisman force_https="+s.Text+" serves plain http:// requests instead of redirecting them to https:// "+
						"(unless a proxy in front redirects them)")
				}
			}
		}
		if !bad && !e.Call.HasStarArgs() {
			good = append(good, e)
		}
	}
	tlsEvidence(c, good)
}

// tlsEvidence records, once per serving app, what makes it use HTTPS:
// Talisman's redirect and HSTS, an HSTS header set by a hook, or
// PREFERRED_URL_SCHEME = "https" in its production configuration.
func tlsEvidence(c *rule.Ctx, talismans []*flaskmodel.Extension) {
	for _, app := range c.Flask.ServingApps() {
		if msg, at, ok := appTLS(c, app, talismans); ok {
			c.Evidence(at, msg)
		}
	}
}

func appTLS(c *rule.Ctx, app *flaskmodel.App, talismans []*flaskmodel.Extension) (string, finding.Location, bool) {
	for _, e := range talismans {
		if e.App != app {
			continue
		}
		for _, h := range flaskmodel.TalismanHeaders(e) {
			if h.Name == "Strict-Transport-Security" {
				hsts := "HSTS"
				if h.Known {
					hsts += " (" + h.Value + ")"
				}
				return fmt.Sprintf("Talisman forces HTTPS and sends %s for %s (%s:%d)", hsts, app.Label, e.InitLoc.Path, e.InitLoc.StartLine), e.InitLoc, true
			}
		}
	}
	for _, h := range c.Flask.AppHeaders(app) {
		if h.Hook != nil && h.Name == "Strict-Transport-Security" && h.Known && strings.Contains(strings.ToLower(h.Value), "max-age") {
			return fmt.Sprintf("after_request hook %s sends Strict-Transport-Security: %s for %s (%s:%d)", h.Hook.Name, h.Value, app.Label, h.Loc.Path, h.Loc.StartLine), h.Loc, true
		}
	}
	if e := c.Flask.EffectiveConfig(app, flaskmodel.Production)["PREFERRED_URL_SCHEME"]; e != nil && e.Known &&
		e.Value.Kind == project.StringValue && strings.EqualFold(e.Value.Str, "https") {
		return fmt.Sprintf("PREFERRED_URL_SCHEME = \"https\" for %s (%s:%d)", app.Label, e.Loc.Path, e.Loc.StartLine), e.Loc, true
	}
	return "", finding.Location{}, false
}
