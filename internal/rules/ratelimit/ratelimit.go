// Package ratelimit holds the rules of practice 10, "rate limiting":
// authentication routes of an app with no limiter at all (FG1001) or
// left out of the limiter (FG1002), and limiters that do not limit what
// they seem to because every worker process counts on its own (FG1003) or
// every client behind a proxy shares one key (FG1004).
//
// An authentication route is a route that accepts a state-changing method
// and whose URL rule or view name has one of the words in authWords:
// where passwords, one-time codes and tokens are tried, guessing is
// limited only by how fast requests are answered.
package ratelimit

import (
	"strings"
	"unicode"

	"github.com/flaskguard/flaskguard/internal/flaskmodel"
)

// authWords are the words of a URL rule or view name that mark a route
// where credentials or codes are checked or accounts created.
var authWords = map[string]bool{
	"login": true, "signin": true, "logon": true, "register": true, "registration": true, "signup": true,
	"forgot": true, "password": true, "passwd": true, "token": true, "tokens": true,
	"otp": true, "totp": true, "verify": true, "verification": true, "2fa": true, "mfa": true,
	"authenticate": true,
}

// isAuthRoute reports whether a route is an authentication route: it
// accepts a state-changing method (a GET that only renders the login form
// cannot be used to guess) and its rule or view name says so.
func isAuthRoute(r *flaskmodel.Route) bool {
	if !r.StateChanging() {
		return false
	}
	return hasAuthWord(r.DeclaredRule) || hasAuthWord(r.Rule) || hasAuthWord(r.View.Name)
}

// resetWords, next to "reset", make it an account reset rather than the
// reset of a game, a counter or a form: reset_request, /reset/<email>.
// ("password" and "token" are authentication words of their own.)
var resetWords = map[string]bool{"account": true, "email": true, "pass": true, "pw": true, "pwd": true,
	"request": true, "link": true, "code": true, "pin": true, "login": true}

// hasAuthWord splits a name into words (at punctuation and camelCase)
// and looks for authWords, also among adjacent pairs ("sign_in",
// "log-in").
func hasAuthWord(name string) bool {
	ws := words(name)
	reset := false
	for i, w := range ws {
		if authWords[w] || i > 0 && authWords[ws[i-1]+w] {
			return true
		}
		reset = reset || w == "reset"
	}
	if reset {
		for _, w := range ws {
			if resetWords[w] {
				return true
			}
		}
	}
	return false
}

// words splits a name into lower-case words of letters and digits. It is
// not ruleutil.Words, which splits after a digit and drops words of digits:
// the URL rule /2FA must keep "2fa", an authentication word.
func words(name string) []string {
	var out []string
	start := -1
	rs := []rune(name)
	for i, r := range rs {
		alnum := unicode.IsLetter(r) || unicode.IsDigit(r)
		boundary := !alnum || i > 0 && unicode.IsUpper(r) && unicode.IsLower(rs[i-1])
		if boundary && start >= 0 {
			out = append(out, strings.ToLower(string(rs[start:i])))
			start = -1
		}
		if alnum && start < 0 {
			start = i
		}
	}
	if start >= 0 {
		out = append(out, strings.ToLower(string(rs[start:])))
	}
	return out
}

// authRoutes returns an app's authentication routes, once per rule and
// methods (a view served under two rules counts twice).
func authRoutes(app *flaskmodel.App) []*flaskmodel.Route {
	var out []*flaskmodel.Route
	for _, r := range app.Routes {
		if isAuthRoute(r) {
			out = append(out, r)
		}
	}
	return out
}

// limited reports whether a route has a limit that applies to it: its
// own, a blueprint's, the app's defaults or application limits, with no
// exemption.
func limited(r *flaskmodel.Route) (exempt *flaskmodel.RateLimit, ok bool) {
	for i := range r.RateLimits {
		if r.RateLimits[i].Kind == flaskmodel.RateLimitExempt {
			return &r.RateLimits[i], false
		}
	}
	return nil, len(r.RateLimits) > 0
}

// configValue returns a deployed config entry's constant string and
// whether it is known: a literal, or the default of an environment lookup
// that no deployment file other than a development or test one sets.
func configValue(md *flaskmodel.Model, e *flaskmodel.ConfigEntry) (string, bool) {
	if e == nil || !e.Known {
		return "", false
	}
	if e.Value.EnvFallback && envSet(md, e.EnvVar) {
		return "", false
	}
	return e.Value.Str, true
}

// envSet reports whether a deployment file that is not for development
// or tests sets an environment variable.
func envSet(md *flaskmodel.Model, name string) bool {
	for _, s := range md.EnvValues(name) {
		if s.Env != flaskmodel.Development && s.Env != flaskmodel.Testing {
			return true
		}
	}
	return false
}

// deployedConfig is the configuration an app is deployed with.
func deployedConfig(md *flaskmodel.Model, app *flaskmodel.App) map[string]*flaskmodel.ConfigEntry {
	return md.EffectiveConfig(app, app.DeployedEnvironment())
}

// disabledBy returns the deployed RATELIMIT_ENABLED entry when it is a
// false constant: Flask-Limiter then enforces nothing.
func disabledBy(md *flaskmodel.Model, app *flaskmodel.App) *flaskmodel.ConfigEntry {
	e := deployedConfig(md, app)["RATELIMIT_ENABLED"]
	if e == nil || !e.Known || e.Value.EnvFallback || e.Value.Truthy() {
		return nil
	}
	return e
}
