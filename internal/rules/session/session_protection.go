package session

import (
	"cmp"

	"github.com/flaskguard/flaskguard/internal/finding"
	"github.com/flaskguard/flaskguard/internal/flaskmodel"
	"github.com/flaskguard/flaskguard/internal/project"
	"github.com/flaskguard/flaskguard/internal/rules/internal/ruleutil"
	"github.com/flaskguard/flaskguard/internal/rules/rule"
)

// SessionProtectionDisabled flags Flask-Login's session protection
// switched off.
//
// # What it does
//
// Reports, for each Flask app with Flask-Login, a session protection mode
// that turns the check off: login_manager.session_protection = None (or
// any value other than "basic" and "strong", which Flask-Login treats the
// same way), given to the LoginManager as an attribute or keyword, or
// SESSION_PROTECTION = None in the deployed configuration, which
// Flask-Login reads in preference to the attribute. A SESSION_PROTECTION
// of "basic" or "strong" in the deployed config makes an attribute of None
// harmless, and is not reported. Development and testing configs are not
// judged.
//
// # Why is this bad
//
// With session protection on, Flask-Login stores a hash of the client's
// IP address and user agent in the session and compares it on each
// request: "basic" marks a session used from elsewhere as not fresh (so
// fresh_login_required views ask for the password again) and drops the
// remember-me login, "strong" logs the session out. Turned off, a session
// or remember cookie taken from one browser works unchanged in another,
// and fixation or theft of the session goes unnoticed (CWE-384). It is
// defence in depth, hence Low.
//
// # Example
//
//	login_manager = LoginManager()
//	login_manager.session_protection = None
//
// # Use instead
//
//	login_manager = LoginManager()
//	login_manager.session_protection = "strong"
//
// # References
//
//   - https://flask-login.readthedocs.io/en/latest/#session-protection
//   - https://cheatsheetseries.owasp.org/cheatsheets/Session_Management_Cheat_Sheet.html#binding-the-session-id-to-other-user-properties
//   - https://cwe.mitre.org/data/definitions/384.html
var SessionProtectionDisabled = rule.Rule{
	ID:           "FG0408",
	Name:         "session-protection-disabled",
	Practice:     4,
	CWE:          384,
	Severity:     finding.Low,
	Confidence:   finding.HighConfidence,
	Summary:      "Flask-Login session protection switched off (session_protection = None)",
	Fix:          `Leave login_manager.session_protection at "basic" or set it to "strong"; do not set SESSION_PROTECTION = None.`,
	CheckProject: checkSessionProtection,
}

func checkSessionProtection(c *rule.Ctx) {
	r := ruleutil.NewReporter(c)
	for _, a := range deployedApps(c.Flask) {
		lm := a.app.Extension(flaskmodel.ExtLogin)
		if lm == nil {
			continue
		}
		if e := a.cfg["SESSION_PROTECTION"]; e != nil {
			if v, kind := classify(c.Flask, e); (kind == literal || kind == fallback) && !protects(v) {
				r.Report(e.Loc, finding.Low, "SESSION_PROTECTION is "+pyText(e.Value)+ruleutil.InEnvironment(a.env)+
					": Flask-Login no longer notices a session or remember-me cookie used from another browser")
			}
			continue // the config decides over the attribute
		}
		if s := lm.Setting("session_protection"); s != nil && s.Known && !s.Value.EnvFallback && !protects(s.Value) {
			r.Report(s.Loc, finding.Low, "session_protection is "+pyText(s.Value)+" on "+cmp.Or(lm.Var, "the LoginManager")+
				": Flask-Login no longer notices a session or remember-me cookie used from another browser")
		}
	}
}

// protects reports whether a mode turns Flask-Login's check on: it is
// skipped unless the mode is exactly "basic" or "strong".
func protects(v project.Value) bool {
	return v.Kind == project.StringValue && (v.Str == "basic" || v.Str == "strong")
}
