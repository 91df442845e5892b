package ratelimit

import (
	"github.com/flaskguard/flaskguard/internal/finding"
	"github.com/flaskguard/flaskguard/internal/flaskmodel"
	"github.com/flaskguard/flaskguard/internal/rules/internal/ruleutil"
	"github.com/flaskguard/flaskguard/internal/rules/rule"
)

// AuthRouteWithoutRateLimit flags an authentication route that the app's
// rate limiter does not cover.
//
// # What it does
//
// For each Flask app with Flask-Limiter, reports each authentication
// route (see FG1001 for which routes count) that no limit applies to: no
// @limiter.limit or shared_limit on the view, no blueprint-wide limit, and
// no default_limits or application_limits (RATELIMIT_DEFAULT,
// RATELIMIT_APPLICATION) on the app; and each one exempted with
// @limiter.exempt or limiter.exempt(bp), reported at the exemption. When
// the deployed configuration switches the limiter off
// (RATELIMIT_ENABLED = False in production or in the only config; a
// TestingConfig doing so is fine), that one line is reported instead.
//
// Default limits count as a limit even when generous: the rule is about
// routes nothing guards. Exemptions through exempt_when callables and
// request filters are not followed.
//
// # Why is this bad
//
// A limiter on the rest of the app does not help the one route where
// guessing pays: the login, the one-time code, the password reset.
// Left out or exempted, it takes password and code guesses as fast as
// the server answers (CWE-307).
//
// # Example
//
//	limiter = Limiter(get_remote_address, app=app)
//
//	@app.route("/login", methods=["POST"])
//	def login():
//	    ...
//
// # Use instead
//
//	@app.route("/login", methods=["POST"])
//	@limiter.limit("5 per minute;50 per day")
//	def login():
//	    ...
//
// # References
//
//   - https://flask-limiter.readthedocs.io/en/stable/recipes.html
//   - https://flask-limiter.readthedocs.io/en/stable/configuration.html
//   - https://cwe.mitre.org/data/definitions/307.html
var AuthRouteWithoutRateLimit = rule.Rule{
	ID:           "FG1002",
	Name:         "auth-route-without-rate-limit",
	Practice:     10,
	CWE:          307,
	Severity:     finding.Medium,
	Confidence:   finding.HighConfidence,
	Summary:      "Login/registration/reset route without a rate limit although the app has Flask-Limiter",
	Fix:          `Decorate the route with @limiter.limit("5 per minute") (or give the limiter default_limits), and do not exempt authentication routes.`,
	CheckProject: checkAuthRouteLimits,
}

func checkAuthRouteLimits(c *rule.Ctx) {
	if c.Flask == nil {
		return
	}
	r := ruleutil.NewReporter(c)
	for _, app := range c.Flask.Apps {
		if app.Extension(flaskmodel.ExtLimiter) == nil {
			continue
		}
		routes := authRoutes(app)
		if len(routes) == 0 {
			continue
		}
		if e := disabledBy(c.Flask, app); e != nil {
			r.Report(e.Loc, finding.Medium, "RATELIMIT_ENABLED is "+e.Text+" in the deployed configuration of "+app.Label+
				": Flask-Limiter enforces no limit, so nothing slows down guessing on "+ruleutil.RouteExamples(routes, 3))
			continue
		}
		// One finding per exemption: limiter.exempt(bp) exempts every
		// route of the blueprint at once.
		exempted := map[finding.Location][]*flaskmodel.Route{}
		var order []finding.Location
		for _, rt := range routes {
			exempt, ok := limited(rt)
			switch {
			case exempt != nil:
				if exempted[exempt.Loc] == nil {
					order = append(order, exempt.Loc)
				}
				exempted[exempt.Loc] = append(exempted[exempt.Loc], rt)
			case !ok:
				r.Report(rt.Loc, finding.Medium, ruleutil.RouteName(rt)+" has no rate limit (no @limiter.limit, no default limits on the app): passwords, codes or tokens sent to it can be guessed as fast as the server answers")
			}
		}
		for _, loc := range order {
			r.Report(loc, finding.Medium, "exempt from rate limiting: "+ruleutil.RouteExamples(exempted[loc], 3)+
				"; passwords, codes or tokens sent there can be guessed as fast as the server answers")
		}
	}
}
