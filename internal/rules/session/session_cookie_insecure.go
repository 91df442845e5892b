package session

import (
	"strings"

	"github.com/flaskguard/flaskguard/internal/finding"
	"github.com/flaskguard/flaskguard/internal/flaskmodel"
	"github.com/flaskguard/flaskguard/internal/rules/internal/ruleutil"
	"github.com/flaskguard/flaskguard/internal/rules/rule"
)

// SessionCookieInsecure flags a Flask session cookie that is deployed
// without the Secure attribute.
//
// # What it does
//
// Works out SESSION_COOKIE_SECURE in the configuration each Flask app is
// deployed with (its production config; development and testing configs
// are not judged) and reports:
//
//   - SESSION_COOKIE_SECURE = False, or another false constant, written
//     in code or a deployment file: Medium, at that line;
//   - a false default of an environment lookup that no deployment file
//     sets (os.environ.get("SESSION_COOKIE_SECURE", False)): Low;
//   - no setting at all (Flask's default is False) when the app keeps
//     something in its session (Flask-Login, Flask-WTF, flash, session)
//     and is clearly deployed (a production config, a gunicorn or uWSGI
//     command, a Dockerfile or Procfile): Low, at the app's creation line.
//
// Flask-Talisman with session_cookie_secure left at its default (True)
// sets the flag on every request outside debug mode, whatever the config
// says, so an app with Talisman is not reported. Values the code computes
// (from the environment without a literal default, from a helper) are not
// reported.
//
// # Why is this bad
//
// Without Secure a browser also sends the session cookie over plain HTTP:
// to an http:// link, to the redirect from http to https, on a network that
// rewrites requests. Whoever is on the path (public Wi-Fi, a compromised
// router) reads the cookie and is logged in as the user (CWE-614). HSTS
// narrows the window but does not cover the first visit or other
// subdomains.
//
// # Example
//
//	class ProductionConfig(Config):
//	    SESSION_COOKIE_SECURE = False
//
// # Use instead
//
//	class ProductionConfig(Config):
//	    SESSION_COOKIE_SECURE = True
//	    SESSION_COOKIE_HTTPONLY = True
//	    SESSION_COOKIE_SAMESITE = "Lax"
//
//	class DevelopmentConfig(Config):
//	    SESSION_COOKIE_SECURE = False  # plain-HTTP local server
//
// # References
//
//   - https://flask.palletsprojects.com/en/stable/config/#SESSION_COOKIE_SECURE
//   - https://flask.palletsprojects.com/en/stable/security/#set-cookie-options
//   - https://github.com/wntrblm/flask-talisman#options
//   - https://cheatsheetseries.owasp.org/cheatsheets/Session_Management_Cheat_Sheet.html#secure-attribute
//   - https://cwe.mitre.org/data/definitions/614.html
var SessionCookieInsecure = rule.Rule{
	ID:           "FG0403",
	Name:         "session-cookie-insecure",
	Practice:     4,
	CWE:          614,
	Severity:     finding.Medium,
	Confidence:   finding.HighConfidence,
	Summary:      "Flask session cookie deployed without SESSION_COOKIE_SECURE, so browsers also send it over plain HTTP",
	Fix:          "Set SESSION_COOKIE_SECURE = True in the production configuration (or use Flask-Talisman, which sets it); relax it only in the development config.",
	CheckProject: checkSessionCookieSecure,
}

func checkSessionCookieSecure(c *rule.Ctx) {
	r := ruleutil.NewReporter(c)
	for _, a := range deployedApps(c.Flask) {
		e := a.cfg["SESSION_COOKIE_SECURE"]
		if talisman(a.app, "session_cookie_secure") != nil {
			cookieEvidence(c, a)
			continue
		}
		v, kind := classify(c.Flask, e)
		switch {
		case kind == literal && !v.Truthy():
			r.Report(e.Loc, finding.Medium, "SESSION_COOKIE_SECURE is "+pyText(e.Value)+ruleutil.InEnvironment(a.env)+
				": browsers send the session cookie over plain HTTP too, where anyone on the network can read it and take over the session")
		case kind == fallback && !v.Truthy():
			r.Report(e.Loc, finding.Low, "SESSION_COOKIE_SECURE falls back to "+pyText(e.Value)+fallbackNote(e)+ruleutil.InEnvironment(a.env)+
				": the session cookie then also travels over plain HTTP")
		case kind == unset && usesSession(c.Flask, a.app):
			if why := deploySignal(c, a); why != "" {
				r.Report(a.app.Loc, finding.Low, "SESSION_COOKIE_SECURE is never set for "+a.app.Label+
					" (Flask's default is False) although "+why+": the session cookie also travels over plain HTTP")
			}
		case kind == literal && v.Truthy():
			cookieEvidence(c, a)
		}
	}
}

// cookieEvidence records, for the scorecard, the flags an app's session
// cookie gets in its deployed configuration, when Secure is among them.
func cookieEvidence(c *rule.Ctx, a deployedApp) {
	secure := a.cfg["SESSION_COOKIE_SECURE"]
	tal := talisman(a.app, "session_cookie_secure")
	flags := "Secure"
	if httpOnly(c, a) {
		flags += "/HttpOnly"
	}
	if ss := sameSite(c, a); ss.value == "Lax" || ss.value == "Strict" {
		flags += "/SameSite=" + ss.value
	}
	v, kind := classify(c.Flask, secure)
	switch {
	case kind == literal && v.Truthy():
		what := "session cookie " + flags + " set"
		if secure.Object != nil && secure.Object.Class != nil {
			what += " in " + secure.Object.Name
		}
		c.Evidence(secure.Loc, what+" ("+ruleutil.At(secure.Loc)+")")
	case tal != nil:
		c.Evidence(tal.InitLoc, "session cookie "+flags+" set by Flask-Talisman ("+ruleutil.At(tal.InitLoc)+")")
	}
}

// httpOnly reports whether the deployed session cookie is HttpOnly:
// Flask's default, unless a false constant overrides it (and Talisman
// does not set it back).
func httpOnly(c *rule.Ctx, a deployedApp) bool {
	e := a.cfg["SESSION_COOKIE_HTTPONLY"]
	v, kind := classify(c.Flask, e)
	if kind == unset || kind == dynamic || v.Truthy() {
		return true
	}
	tal := talisman(a.app, "session_cookie_http_only")
	return tal != nil && !loadedAfter(e, tal)
}

// sameSiteValue is the deployed SameSite setting of the session cookie.
type sameSiteValue struct {
	// value is "Lax", "Strict", "None" (the string), "" for no attribute
	// (Python None or unset), or "?" when not known.
	value string
	// entry is the config entry that decides it, nil when Talisman or
	// Flask's default does; kind says how it is known.
	entry    *flaskmodel.ConfigEntry
	talisman *flaskmodel.Extension
	kind     valueKind
}

// sameSite works out the session cookie's SameSite: Talisman writes its
// session_cookie_samesite ("Lax" by default) into the config when it is
// initialised, so it wins over config loaded before that.
func sameSite(c *rule.Ctx, a deployedApp) sameSiteValue {
	e := a.cfg["SESSION_COOKIE_SAMESITE"]
	if tal := a.app.Extension(flaskmodel.ExtTalisman); tal != nil && (e == nil || !loadedAfter(e, tal)) {
		s := tal.Setting("session_cookie_samesite")
		switch {
		case s == nil:
			return sameSiteValue{value: "Lax", talisman: tal, kind: literal}
		case !s.Known:
			return sameSiteValue{value: "?", talisman: tal}
		}
		return sameSiteValue{value: sameSiteText(s.Value.Str, s.Value.Truthy()), talisman: tal, kind: literal}
	}
	v, kind := classify(c.Flask, e)
	switch kind {
	case unset:
		return sameSiteValue{kind: unset}
	case dynamic:
		return sameSiteValue{value: "?", entry: e, kind: kind}
	}
	return sameSiteValue{value: sameSiteText(v.Str, v.Truthy()), entry: e, kind: kind}
}

// sameSiteText normalises a SameSite value as Werkzeug writes it.
func sameSiteText(s string, truthy bool) string {
	if !truthy {
		return ""
	}
	switch strings.ToLower(s) {
	case "lax":
		return "Lax"
	case "strict":
		return "Strict"
	case "none":
		return "None"
	}
	return "?"
}
