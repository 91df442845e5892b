package session

import (
	"github.com/flaskguard/flaskguard/internal/finding"
	"github.com/flaskguard/flaskguard/internal/rules/internal/ruleutil"
	"github.com/flaskguard/flaskguard/internal/rules/rule"
)

// SessionCookieHTTPOnlyDisabled flags a Flask session cookie whose
// HttpOnly attribute is switched off.
//
// # What it does
//
// Works out SESSION_COOKIE_HTTPONLY in the configuration each Flask app
// is deployed with (development and testing configs are not judged) and
// reports a false constant: Medium when written in code or a deployment
// file, Low when it is only the default of an environment lookup that no
// deployment file sets. Flask's default is True, so an unset key is fine.
// Flask-Talisman (session_cookie_http_only=True by default) writes True
// into the config when it is initialised, so a False loaded before
// Talisman is not reported; one loaded after it is.
//
// # Why is this bad
//
// Without HttpOnly, JavaScript on the page can read the session cookie
// through document.cookie. Any cross-site scripting flaw, or a compromised
// third-party script, then sends the cookie to an attacker, who replays it
// from anywhere (CWE-1004). With HttpOnly the same flaw is still bad, but
// it cannot steal the session outright.
//
// # Example
//
//	app.config.update(
//	    SESSION_COOKIE_HTTPONLY=False,  # the SPA reads the session
//	)
//
// # Use instead
//
// Keep HttpOnly on, and give scripts what they need through an API call
// or a separate, non-secret cookie:
//
//	app.config.update(SESSION_COOKIE_HTTPONLY=True)
//
// # References
//
//   - https://flask.palletsprojects.com/en/stable/config/#SESSION_COOKIE_HTTPONLY
//   - https://flask.palletsprojects.com/en/stable/security/#set-cookie-options
//   - https://owasp.org/www-community/HttpOnly
//   - https://cwe.mitre.org/data/definitions/1004.html
var SessionCookieHTTPOnlyDisabled = rule.Rule{
	ID:           "FG0404",
	Name:         "session-cookie-httponly-disabled",
	Practice:     4,
	CWE:          1004,
	Severity:     finding.Medium,
	Confidence:   finding.HighConfidence,
	Summary:      "SESSION_COOKIE_HTTPONLY switched off, so scripts (and XSS) can read the session cookie",
	Fix:          "Remove SESSION_COOKIE_HTTPONLY = False (Flask's default is True) from the deployed configuration.",
	CheckProject: checkSessionCookieHTTPOnly,
}

func checkSessionCookieHTTPOnly(c *rule.Ctx) {
	r := ruleutil.NewReporter(c)
	for _, a := range deployedApps(c.Flask) {
		if httpOnly(c, a) {
			continue
		}
		e := a.cfg["SESSION_COOKIE_HTTPONLY"]
		if _, kind := classify(c.Flask, e); kind == fallback {
			r.Report(e.Loc, finding.Low, "SESSION_COOKIE_HTTPONLY falls back to "+pyText(e.Value)+fallbackNote(e)+ruleutil.InEnvironment(a.env)+
				": scripts on the page, and any XSS, can then read the session cookie")
			continue
		}
		r.Report(e.Loc, finding.Medium, "SESSION_COOKIE_HTTPONLY is "+pyText(e.Value)+ruleutil.InEnvironment(a.env)+
			": scripts on the page, and any XSS, can read the session cookie and send it away")
	}
}
