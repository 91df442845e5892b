package ruleutil

import (
	"testing"

	"github.com/flaskguard/flaskguard/internal/flaskmodel"
)

// A route is cookie-authenticated as soon as one requirement reads the
// session; header tokens alone make it token-authenticated.
func TestRouteAuth(t *testing.T) {
	login := flaskmodel.Auth{Kind: flaskmodel.AuthLibrary, Qualified: "flask_login.login_required"}
	jwt := flaskmodel.Auth{Kind: flaskmodel.AuthLibrary, Qualified: "flask_jwt_extended.jwt_required"}
	basic := flaskmodel.Auth{Kind: flaskmodel.AuthHTTPAuth}
	apiKey := flaskmodel.Auth{Check: "request.headers"}
	session := flaskmodel.Auth{Check: "session"}
	for _, tc := range []struct {
		name string
		auth []flaskmodel.Auth
		want AuthSource
	}{
		{"none", nil, NoAuth},
		{"flask-login", []flaskmodel.Auth{login}, CookieAuth},
		{"jwt", []flaskmodel.Auth{jwt}, TokenAuth},
		{"httpauth and api key", []flaskmodel.Auth{basic, apiKey}, TokenAuth},
		{"token then session", []flaskmodel.Auth{jwt, session}, CookieAuth},
	} {
		if got := RouteAuth(&flaskmodel.Route{Auth: tc.auth}); got != tc.want {
			t.Errorf("%s: RouteAuth = %d, want %d", tc.name, got, tc.want)
		}
	}
}

func TestShortClass(t *testing.T) {
	if got := ShortClass("flask_wtf.csrf.CSRFProtect"); got != "CSRFProtect" {
		t.Errorf("ShortClass = %q", got)
	}
	if got := ShortClass("SeaSurf"); got != "SeaSurf" {
		t.Errorf("ShortClass(no module) = %q", got)
	}
}
