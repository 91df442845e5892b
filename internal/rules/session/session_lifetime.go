package session

import (
	"github.com/flaskguard/flaskguard/internal/finding"
	"github.com/flaskguard/flaskguard/internal/rules/internal/ruleutil"
	"github.com/flaskguard/flaskguard/internal/rules/rule"
)

// maxSessionLifetime is the longest PERMANENT_SESSION_LIFETIME left
// alone: a week covers "stay logged in across the working week", which is
// what long sessions are usually for. OWASP suggests hours for sensitive
// apps; a week keeps the rule to settings chosen to be long.
const maxSessionLifetime = 7 * day

// flaskSessionLifetime is Flask's default PERMANENT_SESSION_LIFETIME (31
// days): a setting above it is Medium, having been made longer on purpose.
const flaskSessionLifetime = 31 * day

// SessionLifetimeTooLong flags permanent sessions that stay valid for
// more than a week.
//
// # What it does
//
// Evaluates PERMANENT_SESSION_LIFETIME in the configuration each Flask app
// is deployed with (development and testing configs are not judged): an
// integer number of seconds, a timedelta(...) call, arithmetic on those
// (60 * 60 * 24 * 365, timedelta(days=1) * 30) and names bound to them.
// It reports a lifetime longer than 7 days: Low up to Flask's own default
// of 31 days, Medium beyond it. Flask's default is not reported when the
// key is unset, nor are values the code computes at run time.
//
// # Why is this bad
//
// Flask's session cookie is signed, not stored: the server cannot revoke
// it. PERMANENT_SESSION_LIFETIME is both how long the browser keeps a
// permanent session and the maximum age Flask accepts a signature for, on
// every session. A cookie copied from a shared computer, a proxy log or a
// stolen laptop works for that long, logout or password change
// notwithstanding (CWE-613, insufficient session expiration).
//
// # Example
//
//	class Config:
//	    PERMANENT_SESSION_LIFETIME = timedelta(days=365)
//
// # Use instead
//
//	class Config:
//	    PERMANENT_SESSION_LIFETIME = timedelta(hours=12)
//
// For "remember me", use Flask-Login's remember cookie, which is separate
// from the session.
//
// # References
//
//   - https://flask.palletsprojects.com/en/stable/config/#PERMANENT_SESSION_LIFETIME
//   - https://cheatsheetseries.owasp.org/cheatsheets/Session_Management_Cheat_Sheet.html#session-expiration
//   - https://cwe.mitre.org/data/definitions/613.html
var SessionLifetimeTooLong = rule.Rule{
	ID:           "FG0406",
	Name:         "session-lifetime-too-long",
	Practice:     4,
	CWE:          613,
	Severity:     finding.Low,
	Confidence:   finding.HighConfidence,
	Summary:      "PERMANENT_SESSION_LIFETIME longer than 7 days: a copied session cookie keeps working that long",
	Fix:          "Shorten PERMANENT_SESSION_LIFETIME to hours or a few days (timedelta(hours=12)); use a remember-me cookie for long logins.",
	CheckProject: checkSessionLifetime,
}

func checkSessionLifetime(c *rule.Ctx) {
	r := ruleutil.NewReporter(c)
	for _, a := range deployedApps(c.Flask) {
		e := a.cfg["PERMANENT_SESSION_LIFETIME"]
		if e == nil || e.Known && e.Value.EnvFallback {
			continue // Flask's default, or decided by the deployment
		}
		s, ok := entrySeconds(c, e)
		if !ok || s <= maxSessionLifetime {
			continue
		}
		sev := finding.Low
		if s > flaskSessionLifetime {
			sev = finding.Medium
		}
		r.Report(e.Loc, sev, "PERMANENT_SESSION_LIFETIME is "+days(s)+ruleutil.InEnvironment(a.env)+
			": Flask accepts a session cookie's signature for that long, so a copied cookie stays valid after logout")
	}
}
