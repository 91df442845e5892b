// Package csrf holds the rules of practice 5, "CSRF protection": apps
// that take state-changing requests with no CSRF protection at all
// (FG0501), protection switched off or weakened by configuration (FG0502),
// and views exempted from it although they act on the session cookie
// (FG0504). FG0503, forms without a token, is a template rule and lives in
// internal/rules/templates.
//
// The rules read the Flask model: each route's methods, authentication and
// CSRF status (protected, exempt, none), and the extensions and deployed
// configuration of each app.
package csrf

import (
	"bytes"
	"slices"
	"strings"

	"github.com/flaskguard/flaskguard/internal/flaskmodel"
)

// authSource says what credential a route's authentication checks, which
// decides whether a forged cross-site request carries it.
type authSource int

const (
	noAuth authSource = iota
	// tokenAuth: a bearer token, API key or JWT in a header, which a
	// browser never adds to a request on its own.
	tokenAuth
	// cookieAuth: the session or remember-me cookie, which the browser
	// adds to every request to the site, forged ones included.
	cookieAuth
)

// tokenLibraries are the prefixes of authentication decorators that read
// a header token. flask_jwt_extended also covers JWTs kept in cookies,
// which it protects with its own double-submit CSRF check.
var tokenLibraries = []string{"flask_jwt_extended.", "flask_praetorian.", "flask_security.auth_token_required",
	"flask_security.decorators.auth_token_required", "flask_security.http_auth_required",
	"flask_security.decorators.http_auth_required"}

// routeAuth classifies a route's authentication: cookie when anything
// checks the session, token when only header credentials are checked.
// Flask-HTTPAuth counts as a token: browsers do replay cached Basic
// credentials, but apps using it are nearly always APIs for scripts.
func routeAuth(r *flaskmodel.Route) authSource {
	src := noAuth
	for _, a := range r.Auth {
		switch authOf(a) {
		case cookieAuth:
			return cookieAuth
		case tokenAuth:
			src = tokenAuth
		}
	}
	return src
}

func authOf(a flaskmodel.Auth) authSource {
	switch a.Kind {
	case flaskmodel.AuthHTTPAuth:
		return tokenAuth
	case flaskmodel.AuthLibrary:
		for _, p := range tokenLibraries {
			if strings.HasPrefix(a.Qualified, p) {
				return tokenAuth
			}
		}
		return cookieAuth
	}
	// Project decorators and before_request hooks: what they check.
	switch c := a.Check; {
	case c == "request.authorization" || c == "request.headers" || strings.Contains(c, "jwt"):
		return tokenAuth
	}
	return cookieAuth
}

// sessionNames are the flask and Flask-Login names whose use means the
// app keeps a logged-in user (or flash messages, CSRF tokens) in the
// session cookie.
var sessionNames = []string{"flask.session", "flask.flash", "flask_login.current_user", "flask_login.login_user"}

// usesCookies reports whether an app keeps a login in cookies: a login
// extension, a route authenticated by the session, or code that imports
// flask.session, flash or Flask-Login's current_user.
func usesCookies(md *flaskmodel.Model, app *flaskmodel.App) bool {
	if app.Extension(flaskmodel.ExtLogin) != nil || app.Extension(flaskmodel.ExtSecurity) != nil ||
		app.Extension(flaskmodel.ExtSession) != nil {
		return true
	}
	for _, r := range app.Routes {
		if routeAuth(r) == cookieAuth {
			return true
		}
	}
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

// shortClass is the class name without its module:
// flask_wtf.csrf.CSRFProtect → CSRFProtect.
func shortClass(q string) string { return q[strings.LastIndexByte(q, '.')+1:] }
