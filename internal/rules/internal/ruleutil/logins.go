package ruleutil

import (
	"bytes"
	"slices"
	"strings"

	"github.com/flaskguard/flaskguard/internal/flaskmodel"
	"github.com/flaskguard/flaskguard/internal/project"
)

// This file answers the CSRF questions that both FG0501
// (csrf-protection-missing, over the Flask model) and FG0503
// (form-without-csrf-token, over templates) ask, so that the two grade a
// missing token the same way: does the app keep logins in cookies, and
// does a CSRF extension check its requests?

// AuthSource says what credential a route's authentication checks, which
// decides whether a forged cross-site request carries it.
type AuthSource int

const (
	// NoAuth: nothing the model sees requires a logged-in user.
	NoAuth AuthSource = iota
	// TokenAuth: a bearer token, API key or JWT in a header, which a
	// browser never adds to a request on its own.
	TokenAuth
	// CookieAuth: the session or remember-me cookie, which the browser
	// adds to every request to the site, forged ones included.
	CookieAuth
)

// tokenLibraries are the prefixes of authentication decorators that read
// a header token. flask_jwt_extended also covers JWTs kept in cookies,
// which it protects with its own double-submit CSRF check.
var tokenLibraries = []string{"flask_jwt_extended.", "flask_praetorian.", "flask_security.auth_token_required",
	"flask_security.decorators.auth_token_required", "flask_security.http_auth_required",
	"flask_security.decorators.http_auth_required"}

// RouteAuth classifies a route's authentication: cookie when anything
// checks the session, token when only header credentials are checked.
// Flask-HTTPAuth counts as a token: browsers do replay cached Basic
// credentials, but apps using it are nearly always APIs for scripts.
func RouteAuth(r *flaskmodel.Route) AuthSource {
	src := NoAuth
	for _, a := range r.Auth {
		switch AuthOf(a) {
		case CookieAuth:
			return CookieAuth
		case TokenAuth:
			src = TokenAuth
		}
	}
	return src
}

// AuthOf classifies one authentication requirement of a route.
func AuthOf(a flaskmodel.Auth) AuthSource {
	switch a.Kind {
	case flaskmodel.AuthHTTPAuth:
		return TokenAuth
	case flaskmodel.AuthLibrary:
		for _, p := range tokenLibraries {
			if strings.HasPrefix(a.Qualified, p) {
				return TokenAuth
			}
		}
		return CookieAuth
	}
	// Project decorators and before_request hooks: what they check.
	switch c := a.Check; {
	case c == "request.authorization" || c == "request.headers" || strings.Contains(c, "jwt"):
		return TokenAuth
	}
	return CookieAuth
}

// sessionNames are the flask and Flask-Login names whose use means the
// app keeps a logged-in user (or flash messages, CSRF tokens) in the
// session cookie.
var sessionNames = []string{"flask.session", "flask.flash", "flask_login.current_user", "flask_login.login_user"}

// loginExtension reports whether an extension keeps logins in cookies:
// Flask-Login, Flask-Security or server-side sessions (Flask-Session).
func loginExtension(e *flaskmodel.Extension) bool {
	switch e.Kind {
	case flaskmodel.ExtLogin, flaskmodel.ExtSecurity, flaskmodel.ExtSession:
		return true
	}
	return false
}

// CookieLogin reports whether an app keeps a login in cookies: a login
// extension on it, a route of it authenticated by the session, or code
// anywhere in the project that imports flask.session, flash or
// Flask-Login's current_user (imports are not tied to one app).
func CookieLogin(md *flaskmodel.Model, app *flaskmodel.App) bool {
	if slices.ContainsFunc(app.Extensions, loginExtension) {
		return true
	}
	for _, r := range app.Routes {
		if RouteAuth(r) == CookieAuth {
			return true
		}
	}
	return importsSession(md)
}

// ProjectCookieLogin reports whether anything in the project keeps a
// login in cookies, for code the scan cannot tie to one app (a template
// no route of a known app renders): an app that does, a login extension
// bound to no known app, a route authenticated by the session on a
// blueprint no known app registers, or the session imports CookieLogin
// looks for.
func ProjectCookieLogin(md *flaskmodel.Model) bool {
	if slices.ContainsFunc(md.Extensions, loginExtension) {
		return true
	}
	for _, r := range md.Routes {
		if RouteAuth(r) == CookieAuth {
			return true
		}
	}
	return importsSession(md)
}

// importsSession reports whether a module imports one of sessionNames, or
// imports flask and spells out flask.session.
func importsSession(md *flaskmodel.Model) bool {
	for _, m := range md.Project().Modules {
		for _, target := range m.Imports {
			if slices.Contains(sessionNames, target) {
				return true
			}
		}
		if m.Imports["flask"] == "flask" && bytes.Contains(m.File.Source, []byte("flask.session")) {
			return true
		}
	}
	return false
}

// ShortClass is a class name without its module, for messages:
// flask_wtf.csrf.CSRFProtect → CSRFProtect.
func ShortClass(q string) string { return q[strings.LastIndexByte(q, '.')+1:] }

// CSRFExtension returns the app's CSRFProtect or SeaSurf, nil if none.
func CSRFExtension(app *flaskmodel.App) *flaskmodel.Extension {
	if e := app.Extension(flaskmodel.ExtCSRF); e != nil {
		return e
	}
	return app.Extension(flaskmodel.ExtSeaSurf)
}

// CSRFSwitchedOff returns the deployed config entry that switches the
// app's CSRF protection off: WTF_CSRF_ENABLED false (for Flask-WTF users),
// WTF_CSRF_CHECK_DEFAULT false (with CSRFProtect: only views that call
// csrf.protect() are checked), CSRF_DISABLE true (with SeaSurf). nil when
// none does.
func CSRFSwitchedOff(md *flaskmodel.Model, app *flaskmodel.App) *flaskmodel.ConfigEntry {
	cfg := md.EffectiveConfig(app, app.DeployedEnvironment())
	wtf := app.Extension(flaskmodel.ExtCSRF) != nil
	if v, ok := DeployedConstant(md, cfg["WTF_CSRF_ENABLED"]); ok && !v.Truthy() && (wtf || len(md.Forms) > 0) {
		return cfg["WTF_CSRF_ENABLED"]
	}
	if v, ok := DeployedConstant(md, cfg["WTF_CSRF_CHECK_DEFAULT"]); ok && !v.Truthy() && wtf {
		return cfg["WTF_CSRF_CHECK_DEFAULT"]
	}
	if v, ok := DeployedConstant(md, cfg["CSRF_DISABLE"]); ok && v.Truthy() && app.Extension(flaskmodel.ExtSeaSurf) != nil {
		return cfg["CSRF_DISABLE"]
	}
	return nil
}

// CSRFEnforced returns the extension that checks a CSRF token on every
// state-changing request of the app by default: a CSRFProtect or SeaSurf
// bound to it that the deployed configuration does not switch off. nil
// otherwise.
func CSRFEnforced(md *flaskmodel.Model, app *flaskmodel.App) *flaskmodel.Extension {
	if e := CSRFExtension(app); e != nil && CSRFSwitchedOff(md, app) == nil {
		return e
	}
	return nil
}

// DeployedConstant returns a config entry's constant value: a literal, or
// the default of an environment lookup that no deployment file (other than
// a development or test one) sets.
func DeployedConstant(md *flaskmodel.Model, e *flaskmodel.ConfigEntry) (project.Value, bool) {
	if e == nil || !e.Known {
		return project.Value{}, false
	}
	if e.Value.EnvFallback {
		for _, s := range md.EnvValues(e.EnvVar) {
			if s.Env != flaskmodel.Development && s.Env != flaskmodel.Testing {
				return project.Value{}, false
			}
		}
	}
	return e.Value, true
}
