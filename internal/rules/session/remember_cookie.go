package session

import (
	"strings"

	"github.com/flaskguard/flaskguard/internal/finding"
	"github.com/flaskguard/flaskguard/internal/flaskmodel"
	"github.com/flaskguard/flaskguard/internal/project"
	"github.com/flaskguard/flaskguard/internal/python"
	"github.com/flaskguard/flaskguard/internal/rules/internal/ruleutil"
	"github.com/flaskguard/flaskguard/internal/rules/rule"
)

// maxRememberDuration is the longest remember-me cookie left alone: a
// month is a common "remember me for 30 days". Flask-Login's own default
// (365 days) is a library choice and not reported when the key is unset.
const maxRememberDuration = 30 * day

// RememberCookieInsecure flags Flask-Login remember-me cookies deployed
// without Secure or HttpOnly, sent cross-site, or kept very long.
//
// # What it does
//
// For each Flask app with Flask-Login (or Flask-Security) whose code
// actually issues remember-me cookies (login_user(user, remember=...) with
// a value that is not False; Flask-Security always may), it works out the
// REMEMBER_COOKIE_* keys of the deployed configuration (development and
// testing configs are not judged) and reports:
//
//   - REMEMBER_COOKIE_SECURE set to a false constant (Medium), a false
//     fallback of an environment lookup (Low), or never set (Flask-Login's
//     default is False) on an app that is clearly deployed (Low, at the
//     app's creation line). Flask-Talisman does not set this flag;
//   - REMEMBER_COOKIE_HTTPONLY = False (Medium; the default is True);
//   - REMEMBER_COOKIE_SAMESITE = "None" (Low);
//   - REMEMBER_COOKIE_DURATION, or login_user(duration=...), longer than
//     30 days (Low).
//
// # Why is this bad
//
// The remember-me cookie logs its bearer in as the user whenever the
// session has expired, and its value (the user id and an HMAC of it) does
// not change: a copy keeps working until SECRET_KEY changes, whatever the
// cookie's expiry says. Sent over plain HTTP (no Secure) or readable by
// scripts (no HttpOnly) it is the account (CWE-614, CWE-1004).
//
// # Example
//
//	class ProductionConfig(Config):
//	    REMEMBER_COOKIE_HTTPONLY = False
//	    REMEMBER_COOKIE_DURATION = timedelta(days=3650)
//
//	login_user(user, remember=form.remember.data)
//
// # Use instead
//
//	class ProductionConfig(Config):
//	    REMEMBER_COOKIE_SECURE = True
//	    REMEMBER_COOKIE_HTTPONLY = True
//	    REMEMBER_COOKIE_SAMESITE = "Lax"
//	    REMEMBER_COOKIE_DURATION = timedelta(days=14)
//
// # References
//
//   - https://flask-login.readthedocs.io/en/latest/#cookie-settings
//   - https://flask-login.readthedocs.io/en/latest/#remember-me
//   - https://cwe.mitre.org/data/definitions/614.html
//   - https://cwe.mitre.org/data/definitions/1004.html
var RememberCookieInsecure = rule.Rule{
	ID:           "FG0407",
	Name:         "remember-cookie-insecure",
	Practice:     4,
	CWE:          614,
	Severity:     finding.Medium,
	Confidence:   finding.HighConfidence,
	Summary:      "Flask-Login remember-me cookie without Secure or HttpOnly, sent cross-site, or valid for very long",
	Fix:          `Set REMEMBER_COOKIE_SECURE = True, REMEMBER_COOKIE_HTTPONLY = True, REMEMBER_COOKIE_SAMESITE = "Lax" and a REMEMBER_COOKIE_DURATION of weeks, not years, in the production config.`,
	CheckProject: checkRememberCookie,
}

func checkRememberCookie(c *rule.Ctx) {
	if c.Flask == nil || len(c.Flask.Apps) == 0 {
		return
	}
	calls := loginUserCalls(c)
	r := ruleutil.NewReporter(c)
	login := false
	for _, a := range deployedApps(c.Flask) {
		security := a.app.Extension(flaskmodel.ExtSecurity) != nil
		if a.app.Extension(flaskmodel.ExtLogin) == nil && !security {
			continue
		}
		login = true
		var remember *loginCall
		for i := range calls {
			if calls[i].remember {
				remember = &calls[i]
				break
			}
		}
		if remember == nil && !security {
			continue // no remember-me cookie is ever issued
		}
		checkRememberSecure(c, r, a, remember)
		if e := a.cfg["REMEMBER_COOKIE_HTTPONLY"]; e != nil {
			if v, kind := classify(c.Flask, e); (kind == literal || kind == fallback) && !v.Truthy() {
				r.Report(e.Loc, finding.Medium, "REMEMBER_COOKIE_HTTPONLY is "+pyText(e.Value)+ruleutil.InEnvironment(a.env)+
					": scripts on the page, and any XSS, can read the remember-me cookie, which logs its bearer in as the user")
			}
		}
		if e := a.cfg["REMEMBER_COOKIE_SAMESITE"]; e != nil {
			if v, kind := classify(c.Flask, e); kind != dynamic && v.Kind == project.StringValue && strings.EqualFold(v.Str, "none") {
				r.Report(e.Loc, finding.Low, "REMEMBER_COOKIE_SAMESITE is \"None\""+ruleutil.InEnvironment(a.env)+
					": browsers attach the remember-me cookie to requests from any site")
			}
		}
		if e := a.cfg["REMEMBER_COOKIE_DURATION"]; e != nil && !(e.Known && e.Value.EnvFallback) {
			if s, ok := entrySeconds(c, e); ok && s > maxRememberDuration {
				r.Report(e.Loc, finding.Low, "REMEMBER_COOKIE_DURATION is "+days(s)+ruleutil.InEnvironment(a.env)+
					": a copied remember-me cookie logs its bearer in for that long")
			}
		}
	}
	for _, call := range calls {
		if login && call.remember && call.duration > maxRememberDuration {
			r.Report(call.durationLoc, finding.Low, "login_user keeps the remember-me cookie for "+days(call.duration)+
				": a copied cookie logs its bearer in for that long")
		}
	}
}

// checkRememberSecure reports a remember-me cookie without Secure.
func checkRememberSecure(c *rule.Ctx, r *ruleutil.Reporter, a deployedApp, remember *loginCall) {
	e := a.cfg["REMEMBER_COOKIE_SECURE"]
	v, kind := classify(c.Flask, e)
	switch {
	case kind == literal && !v.Truthy():
		r.Report(e.Loc, finding.Medium, "REMEMBER_COOKIE_SECURE is "+pyText(e.Value)+ruleutil.InEnvironment(a.env)+
			": browsers send the remember-me cookie over plain HTTP, where anyone on the network can copy it and log in as the user")
	case kind == fallback && !v.Truthy():
		r.Report(e.Loc, finding.Low, "REMEMBER_COOKIE_SECURE falls back to "+pyText(e.Value)+fallbackNote(e)+ruleutil.InEnvironment(a.env)+
			": the remember-me cookie then also travels over plain HTTP")
	case kind == unset:
		why := deploySignal(c, a)
		if why == "" {
			return
		}
		issued := "Flask-Security issues remember-me cookies"
		if remember != nil {
			issued = "login_user issues remember-me cookies (" + ruleutil.At(remember.loc) + ")"
		}
		r.Report(a.app.Loc, finding.Low, "REMEMBER_COOKIE_SECURE is never set for "+a.app.Label+
			" (Flask-Login's default is False) although "+issued+" and "+why+
			": the remember-me cookie also travels over plain HTTP")
	}
}

// loginCall is one call of flask_login.login_user.
type loginCall struct {
	loc finding.Location
	// remember is true unless the remember argument is absent or a false
	// constant.
	remember bool
	// duration is the duration argument in seconds, 0 if absent or not
	// constant.
	duration    float64
	durationLoc finding.Location
}

// loginUserCalls finds the login_user calls of the project, in path and
// source order. Only modules that import flask_login are walked.
func loginUserCalls(c *rule.Ctx) []loginCall {
	var out []loginCall
	for _, m := range ruleutil.SortedModules(c.Project) {
		if !importsPrefix(m, "flask_login") {
			continue
		}
		python.Walk(m.File.Module, func(n python.Node) bool {
			call, ok := n.(*python.Call)
			if !ok {
				return true
			}
			scope := m.ScopeAt(call.Span().Start)
			switch c.Project.QualifyAt(m, call.Func, scope) {
			case "flask_login.login_user", "flask_login.utils.login_user":
			default:
				return true
			}
			lc := loginCall{loc: c.LocationIn(m.File.Path, call.Span())}
			if e, ok := ruleutil.Argument(call, "remember", 1); ok {
				v, known := c.Project.ConstAt(m, e, scope)
				lc.remember = !known || v.Truthy()
			}
			if e, ok := ruleutil.Argument(call, "duration", 2); ok {
				if s, ok := exprSeconds(c, m, scope, e, 0); ok {
					lc.duration, lc.durationLoc = s, c.LocationIn(m.File.Path, e.Span())
				}
			}
			out = append(out, lc)
			return true
		})
	}
	return out
}

// importsPrefix reports whether a module imports anything from a package.
func importsPrefix(m *project.Module, pkg string) bool {
	for _, target := range m.Imports {
		if target == pkg || strings.HasPrefix(target, pkg+".") {
			return true
		}
	}
	return false
}
