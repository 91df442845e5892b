package ratelimit

import (
	"strings"

	"github.com/flaskguard/flaskguard/internal/finding"
	"github.com/flaskguard/flaskguard/internal/flaskmodel"
	"github.com/flaskguard/flaskguard/internal/rules/internal/ruleutil"
	"github.com/flaskguard/flaskguard/internal/rules/rule"
)

// RateLimitingMissing flags an app with login, registration or reset
// routes and no rate limiter at all.
//
// # What it does
//
// Reports, once per Flask app and at the line that creates it, an app that
// serves authentication routes (a state-changing route whose URL rule or
// view name says login, signin, register, signup, forgot, password, token,
// otp, verify, 2fa or mfa, or reset next to account, email or request)
// and has no rate limiter: no Flask-Limiter initialised on it, no limit on
// any of its routes, and no project decorator named like a limiter
// (rate_limit, throttle). The message lists the routes.
//
// A Limiter the scan cannot bind to an app (created in one module,
// initialised through code it cannot follow) counts as a limiter, to stay
// quiet rather than guess. Limits enforced outside the code (nginx
// limit_req, a WAF, an API gateway) are invisible to a static scan; say so
// with a suppression and its reason.
//
// # Why is this bad
//
// Without a limit, a login form answers as many password guesses as the
// network carries: credential stuffing with leaked password lists, brute
// force of short passwords, enumeration of accounts through the
// registration and reset forms, and exhaustion of 6-digit one-time codes,
// which fall in minutes (CWE-307, improper restriction of excessive
// authentication attempts).
//
// # Example
//
//	app = Flask(__name__)
//
//	@app.route("/login", methods=["GET", "POST"])
//	def login():
//	    ...
//
// # Use instead
//
//	from flask_limiter import Limiter
//	from flask_limiter.util import get_remote_address
//
//	limiter = Limiter(get_remote_address, app=app, storage_uri="redis://redis:6379")
//
//	@app.route("/login", methods=["GET", "POST"])
//	@limiter.limit("5 per minute", methods=["POST"])
//	def login():
//	    ...
//
// # References
//
//   - https://flask-limiter.readthedocs.io/en/stable/
//   - https://cheatsheetseries.owasp.org/cheatsheets/Authentication_Cheat_Sheet.html#protect-against-automated-attacks
//   - https://cwe.mitre.org/data/definitions/307.html
var RateLimitingMissing = rule.Rule{
	ID:           "FG1001",
	Name:         "rate-limiting-missing",
	Practice:     10,
	CWE:          307,
	Severity:     finding.Medium,
	Confidence:   finding.HighConfidence,
	Summary:      "App with login/registration/reset routes and no rate limiter (no Flask-Limiter)",
	Fix:          `Set up Flask-Limiter on the app (with shared storage such as Redis) and put a strict limit ("5 per minute") on each authentication route.`,
	CheckProject: checkRateLimitingMissing,
}

func checkRateLimitingMissing(c *rule.Ctx) {
	if c.Flask == nil {
		return
	}
	unbound := false
	for _, e := range c.Flask.Extensions {
		unbound = unbound || e.Kind == flaskmodel.ExtLimiter && e.App == nil
	}
	for _, app := range c.Flask.Apps {
		if lim := app.Extension(flaskmodel.ExtLimiter); lim != nil {
			limiterEvidence(c, app, lim)
			continue
		}
		routes := authRoutes(app)
		if len(routes) == 0 || unbound || anyLimit(app) {
			continue
		}
		c.ReportAt(app.Loc, finding.Medium, app.Label+" has no rate limiting (no Flask-Limiter) although it serves "+
			ruleutil.RouteExamples(routes, 4)+": passwords, one-time codes and tokens can be guessed as fast as the server answers")
	}
}

// anyLimit reports whether some route of the app has a limit or a
// decorator named like one (a project's own rate_limit or throttle).
func anyLimit(app *flaskmodel.App) bool {
	for _, r := range app.Routes {
		if len(r.RateLimits) > 0 {
			return true
		}
		for _, d := range r.Decorators {
			n := strings.ToLower(d.Name + " " + d.Qualified)
			if strings.Contains(n, "limit") || strings.Contains(n, "throttl") {
				return true
			}
		}
	}
	return false
}

// limiterEvidence records, for the scorecard, the app's limiter, its
// storage and the limits on its authentication routes, when every one of
// them is limited and the limiter is not switched off.
func limiterEvidence(c *rule.Ctx, app *flaskmodel.App, lim *flaskmodel.Extension) {
	if disabledBy(c.Flask, app) != nil {
		return
	}
	var parts []string
	for _, r := range authRoutes(app) {
		if _, ok := limited(r); !ok {
			return
		}
		var vals []string
		for _, l := range r.RateLimits {
			if l.ValueKnown && l.Value != "" {
				vals = append(vals, l.Value)
			}
		}
		part := ruleutil.RouteName(r)
		if len(vals) > 0 {
			part += " (" + strings.Join(vals, "; ") + ")"
		}
		parts = append(parts, part)
	}
	msg := "Flask-Limiter (" + ruleutil.At(lim.Loc) + ")"
	if st := storageOf(c, app, lim); st.kind == storageShared {
		msg += " with " + st.scheme + " storage"
	}
	switch {
	case len(parts) > 0:
		if len(parts) > 4 {
			parts = append(parts[:4], "...")
		}
		msg += " limits " + strings.Join(parts, ", ")
	default:
		msg += " is set up on " + app.Label
	}
	c.Evidence(lim.Loc, msg)
}
