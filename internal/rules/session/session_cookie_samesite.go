package session

import (
	"github.com/flaskguard/flaskguard/internal/finding"
	"github.com/flaskguard/flaskguard/internal/flaskmodel"
	"github.com/flaskguard/flaskguard/internal/rules/internal/ruleutil"
	"github.com/flaskguard/flaskguard/internal/rules/rule"
)

// SessionCookieSameSiteNone flags a Flask session cookie that browsers
// send along with cross-site requests.
//
// # What it does
//
// Works out SESSION_COOKIE_SAMESITE in the configuration each Flask app is
// deployed with (development and testing configs are not judged),
// together with the Secure flag (see FG0403), and reports:
//
//   - "None" (the string) without Secure: Medium. The cookie goes with
//     every cross-site request, and over plain HTTP; current browsers
//     even drop such a cookie, so the setting is broken as well as unsafe;
//   - "None" with Secure on an app without CSRFProtect or SeaSurf: Low.
//     Cross-site sending is then a deliberate choice (an embedded widget),
//     but nothing stands between it and cross-site request forgery;
//   - None (Python's, which writes no SameSite attribute) set explicitly
//     without Secure: Low. Browsers that do not default to Lax (Safari,
//     Firefox) send the cookie cross-site.
//
// Flask's default is Python None too, but an unset key is left to the
// Lax-by-default of current browsers rather than reported on every app.
// Flask-Talisman writes its session_cookie_samesite ("Lax" by default)
// into the config when it is initialised; that value counts unless the
// config is loaded after it.
//
// # Why is this bad
//
// SameSite=Lax keeps the session cookie off cross-site POSTs, iframes and
// sub-resource requests, which takes most cross-site request forgery off
// the table. SameSite=None gives that defence up: a page on any site can
// make the browser send authenticated requests to the app (CWE-1275,
// sensitive cookie with improper SameSite attribute).
//
// # Example
//
//	class Config:
//	    # the widget is embedded in the blog, on another domain
//	    SESSION_COOKIE_SAMESITE = "None"
//
// # Use instead
//
//	class Config:
//	    SESSION_COOKIE_SAMESITE = "Lax"
//
// When the app really is embedded cross-site, pair "None" with
// SESSION_COOKIE_SECURE = True and CSRF tokens on every state-changing
// request (CSRFProtect).
//
// # References
//
//   - https://flask.palletsprojects.com/en/stable/config/#SESSION_COOKIE_SAMESITE
//   - https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/Set-Cookie#samesitesamesite-value
//   - https://web.dev/articles/samesite-cookies-explained
//   - https://cwe.mitre.org/data/definitions/1275.html
var SessionCookieSameSiteNone = rule.Rule{
	ID:           "FG0405",
	Name:         "session-cookie-samesite-none",
	Practice:     4,
	CWE:          1275,
	Severity:     finding.Medium,
	Confidence:   finding.HighConfidence,
	Summary:      "Session cookie SameSite=None (or no SameSite) without Secure, so browsers send it with cross-site requests",
	Fix:          `Set SESSION_COOKIE_SAMESITE = "Lax"; if the app must be embedded cross-site, use "None" only with SESSION_COOKIE_SECURE = True and CSRF protection.`,
	CheckProject: checkSessionCookieSameSite,
}

func checkSessionCookieSameSite(c *rule.Ctx) {
	r := ruleutil.NewReporter(c)
	for _, a := range deployedApps(c.Flask) {
		ss := sameSite(c, a)
		if ss.kind == unset || ss.kind == dynamic {
			continue
		}
		secure := secureCookie(c, a)
		loc, what := ss.where()
		switch {
		case ss.value == "None" && !secure:
			r.Report(loc, finding.Medium, what+` sets SameSite=None on the session cookie`+ruleutil.InEnvironment(a.env)+
				" without Secure: browsers attach it to requests from any site (and current ones drop such a cookie altogether)")
		case ss.value == "None" && !csrfProtected(a.app):
			r.Report(loc, finding.Low, what+` sets SameSite=None on the session cookie`+ruleutil.InEnvironment(a.env)+
				" and the app has no CSRF protection: any site can make the browser send authenticated requests")
		case ss.value == "" && ss.entry != nil && !secure:
			r.Report(loc, finding.Low, "SESSION_COOKIE_SAMESITE is None"+ruleutil.InEnvironment(a.env)+
				": the session cookie carries no SameSite attribute and no Secure flag, so browsers without a Lax default send it cross-site")
		}
	}
}

// where is the location and description of what decides SameSite.
func (ss sameSiteValue) where() (finding.Location, string) {
	if ss.entry != nil {
		return ss.entry.Loc, "SESSION_COOKIE_SAMESITE = " + pyText(ss.entry.Value)
	}
	return ss.talisman.InitLoc, "Flask-Talisman"
}

// secureCookie reports whether the deployed session cookie is Secure.
func secureCookie(c *rule.Ctx, a deployedApp) bool {
	if talisman(a.app, "session_cookie_secure") != nil {
		return true
	}
	v, kind := classify(c.Flask, a.cfg["SESSION_COOKIE_SECURE"])
	return kind == dynamic || kind != unset && v.Truthy()
}

// csrfProtected reports whether the app has CSRFProtect or SeaSurf.
func csrfProtected(app *flaskmodel.App) bool {
	return app.Extension(flaskmodel.ExtCSRF) != nil || app.Extension(flaskmodel.ExtSeaSurf) != nil
}
