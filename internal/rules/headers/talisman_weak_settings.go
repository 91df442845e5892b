package headers

import (
	"strings"

	"github.com/flaskguard/flaskguard/internal/finding"
	"github.com/flaskguard/flaskguard/internal/flaskmodel"
	"github.com/flaskguard/flaskguard/internal/project"
	"github.com/flaskguard/flaskguard/internal/rules/rule"
)

// TalismanWeakSettings flags Flask-Talisman arguments that weaken the
// headers it sends.
//
// # What it does
//
// Reports literal arguments of Talisman(app, ...) and
// talisman.init_app(app, ...) on an app:
//
//   - frame_options="ALLOW-FROM" (Medium): browsers dropped ALLOW-FROM, so
//     they ignore the header and let any site frame the pages; also
//     frame_options=None or any value other than DENY and SAMEORIGIN.
//     Not reported when the app's CSP has frame-ancestors, which browsers
//     obey instead.
//   - strict_transport_security_max_age below one year (Low; 0 is Medium).
//   - x_content_type_options=False (Low).
//   - referrer_policy="unsafe-url" or "no-referrer-when-downgrade" (Low).
//   - session_cookie_secure=False (Low) when the production configuration
//     does not set SESSION_COOKIE_SECURE itself.
//   - x_xss_protection=True (Info): the XSS auditor it switches on is gone
//     from every current browser and was itself a source of leaks.
//
// Other switches are reported by the rule of their practice:
// strict_transport_security=False and force_https=False by FG1405
// (practice 14), content_security_policy=None and report-only policies by
// FG1201, weak policies by FG1202/FG1203 (practice 12). Values read from
// the environment and instances bound only in development or tests are
// not judged.
//
// # Why is this bad
//
// Talisman's defaults are good; each of these arguments takes one
// protection away: clickjacking protection (CWE-1021), the HTTPS-only
// memory of browsers, MIME-sniffing protection, URL privacy, or the Secure
// flag of the session cookie (CWE-693, protection mechanism failure).
//
// # Example
//
//	Talisman(
//	    app,
//	    frame_options="ALLOW-FROM",
//	    frame_options_allow_from="https://partner.example.com",
//	    strict_transport_security_max_age=3600,
//	    referrer_policy="unsafe-url",
//	)
//
// # Use instead
//
// Keep the defaults, and allow framing by a partner with CSP
// frame-ancestors:
//
//	Talisman(
//	    app,
//	    content_security_policy={
//	        "default-src": "'self'",
//	        "frame-ancestors": "'self' https://partner.example.com",
//	    },
//	)
//
// # References
//
//   - https://github.com/wntrblm/flask-talisman#options
//   - https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/X-Frame-Options
//   - https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/Referrer-Policy
//   - https://cwe.mitre.org/data/definitions/693.html
//   - https://cwe.mitre.org/data/definitions/1021.html
var TalismanWeakSettings = rule.Rule{
	ID:           "FG0802",
	Name:         "talisman-weak-settings",
	Practice:     8,
	CWE:          693,
	Severity:     finding.Medium,
	Confidence:   finding.HighConfidence,
	Summary:      "Flask-Talisman configured with weak header settings (ALLOW-FROM framing, short HSTS max-age, unsafe referrer policy)",
	Fix:          "Keep Talisman's defaults; allow framing with CSP frame-ancestors, keep HSTS max-age at a year or more and use strict-origin-when-cross-origin.",
	CheckProject: checkTalismanWeak,
}

func checkTalismanWeak(c *rule.Ctx) {
	if c.Flask == nil {
		return
	}
	seen := map[finding.Location]bool{}
	report := func(s *flaskmodel.Setting, sev finding.Severity, msg string) {
		if !seen[s.Loc] && !c.Flask.DevOnly(s.Loc) {
			seen[s.Loc] = true
			c.ReportAt(s.Loc, sev, msg)
		}
	}
	for _, e := range c.Flask.Extensions {
		if e.Kind != flaskmodel.ExtTalisman || e.App == nil || c.Flask.DevOnly(e.InitLoc) {
			continue
		}
		framed := framingCovered(c.Flask.AppHeaders(e.App))
		if s := e.Setting("frame_options"); s != nil && !framed {
			if v, ok := flaskmodel.Literal(s); ok {
				val := strings.ToUpper(strings.TrimSpace(v.Str))
				switch {
				case !v.Truthy():
					report(s, finding.Medium, "Talisman frame_options="+s.Text+" sends no X-Frame-Options and the CSP has no frame-ancestors, so any site can frame the pages (clickjacking)")
				case strings.HasPrefix(val, "ALLOW-FROM"):
					report(s, finding.Medium, "Talisman frame_options=\"ALLOW-FROM\": current browsers ignore ALLOW-FROM, so the pages can be framed by any site (clickjacking); allow the partner with CSP frame-ancestors instead")
				case val != "DENY" && val != "SAMEORIGIN":
					report(s, finding.Medium, "Talisman frame_options="+s.Text+" is not DENY or SAMEORIGIN, so browsers ignore it and any site can frame the pages (clickjacking)")
				}
			}
		}
		if hsts, ok := flaskmodel.Literal(e.Setting("strict_transport_security")); !ok || hsts.Truthy() {
			if s := e.Setting("strict_transport_security_max_age"); s != nil {
				if v, ok := flaskmodel.Literal(s); ok && v.Kind == project.IntValue {
					if sev, why, bad := hstsProblem(v.Int); bad {
						report(s, sev, "Talisman strict_transport_security_max_age="+s.Text+": "+why)
					}
				}
			}
		}
		if s := e.Setting("x_content_type_options"); s != nil {
			if v, ok := flaskmodel.Literal(s); ok && !v.Truthy() {
				report(s, finding.Low, "Talisman x_content_type_options=False drops X-Content-Type-Options: nosniff, so browsers may sniff user uploads into HTML or script")
			}
		}
		if s := e.Setting("referrer_policy"); s != nil {
			if v, ok := flaskmodel.Literal(s); ok && v.Kind == project.StringValue {
				if p, weak := weakReferrer(v.Str); weak {
					report(s, finding.Low, "Talisman referrer_policy=\""+p+"\" sends full URLs (paths and query strings, where tokens live) to other sites; use strict-origin-when-cross-origin")
				}
			}
		}
		if s := e.Setting("session_cookie_secure"); s != nil {
			cfg := c.Flask.EffectiveConfig(e.App, flaskmodel.Production)["SESSION_COOKIE_SECURE"]
			if v, ok := flaskmodel.Literal(s); ok && !v.Truthy() && (cfg == nil || cfg.Known && !cfg.Value.Truthy()) {
				report(s, finding.Low, "Talisman session_cookie_secure=False leaves SESSION_COOKIE_SECURE off, so the session cookie is also sent over plain http://")
			}
		}
		if s := e.Setting("x_xss_protection"); s != nil {
			if v, ok := flaskmodel.Literal(s); ok && v.Truthy() {
				report(s, finding.Info, "Talisman x_xss_protection=True sends X-XSS-Protection: 1; mode=block, which current browsers ignore and older ones could be abused through; leave it off and rely on the CSP")
			}
		}
	}
}
