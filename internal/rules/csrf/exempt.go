package csrf

import (
	"strings"

	"github.com/flaskguard/flaskguard/internal/finding"
	"github.com/flaskguard/flaskguard/internal/flaskmodel"
	"github.com/flaskguard/flaskguard/internal/python"
	"github.com/flaskguard/flaskguard/internal/rules/internal/ruleutil"
	"github.com/flaskguard/flaskguard/internal/rules/rule"
)

// CSRFExemptCookieAuthView flags a view exempted from CSRF protection
// although it acts on the session cookie.
//
// # What it does
//
// Reports each state-changing route that is exempt from CSRFProtect or
// SeaSurf (@csrf.exempt on the view, csrf.exempt(view), csrf.exempt(bp)
// on its blueprint) and relies on the cookie to know the user: a
// Flask-Login or Flask-Security login_required, a project decorator or
// before_request hook that checks session or current_user, or a view body
// that reads flask.session or current_user. A login check makes it
// Medium; a body that only uses the session, with no login check, Low (a
// forged request can do what the view does with the session, often a
// logout or a preference).
//
// Exempt views that authenticate with a header token (JWT, API key,
// Flask-HTTPAuth) or check a request signature (hmac.compare_digest, a
// Stripe or GitHub signature header) are what exemptions are for, and are
// not reported; neither are exempt views that use no authentication at all
// (a public webhook receiver), since a forged request gains nothing a
// direct one would not.
//
// # Why is this bad
//
// The exemption switches the token check off for exactly one view, but
// the browser still sends the session cookie with a request that another
// site makes. Any page a logged-in user visits can then call the view in
// that user's name (CWE-352). Exemptions are often added to make an AJAX
// call or a mobile client work and then forgotten.
//
// # Example
//
//	@bp.route("/account/delete", methods=["POST"])
//	@csrf.exempt
//	@login_required
//	def delete_account():
//	    db.session.delete(current_user)
//
// # Use instead
//
// Drop the exemption and send the token with the request (the
// X-CSRFToken header from {{ csrf_token() }} for fetch calls), or move
// the view behind token authentication if it serves non-browser clients:
//
//	@bp.route("/account/delete", methods=["POST"])
//	@login_required
//	def delete_account():
//	    db.session.delete(current_user)
//
// # References
//
//   - https://flask-wtf.readthedocs.io/en/stable/csrf/#exclude-views-from-protection
//   - https://flask-wtf.readthedocs.io/en/stable/csrf/#javascript-requests
//   - https://cheatsheetseries.owasp.org/cheatsheets/Cross-Site_Request_Forgery_Prevention_Cheat_Sheet.html
//   - https://cwe.mitre.org/data/definitions/352.html
var CSRFExemptCookieAuthView = rule.Rule{
	ID:           "FG0504",
	Name:         "csrf-exempt-cookie-auth-view",
	Practice:     5,
	CWE:          352,
	Severity:     finding.Medium,
	Confidence:   finding.HighConfidence,
	Summary:      "View exempted from CSRF protection although it authenticates the user by the session cookie",
	Fix:          "Remove @csrf.exempt and send the CSRF token (X-CSRFToken header) with the request, or authenticate the view with a header token instead of the cookie.",
	CheckProject: checkCSRFExempt,
}

func checkCSRFExempt(c *rule.Ctx) {
	if c.Flask == nil {
		return
	}
	r := ruleutil.NewReporter(c)
	for _, rt := range c.Flask.Routes {
		if rt.CSRF != flaskmodel.CSRFExempt || !rt.StateChanging() {
			continue
		}
		auth := ruleutil.RouteAuth(rt)
		if auth == ruleutil.TokenAuth || verifiesSignature(c, rt) {
			continue
		}
		how := ""
		for _, a := range rt.Auth {
			if ruleutil.AuthOf(a) == ruleutil.CookieAuth {
				how = a.Name
				if a.Check != "" {
					how += " (" + a.Check + ")"
				}
				break
			}
		}
		sev, uses := finding.Medium, "knows its user by the session cookie"
		if how == "" {
			// No login check, but the body acts on the session: what a
			// forged request can do is bounded by what the view does with
			// it (often a logout or a preference).
			sev, uses, how = finding.Low, "acts on the session cookie", readsSession(c, rt)
		}
		if how == "" {
			continue
		}
		loc := rt.Loc
		for _, d := range rt.Decorators {
			if d.Kind == flaskmodel.DecoratorCSRFExempt {
				loc = d.Loc
			}
		}
		r.Report(loc, sev, ruleutil.RouteName(rt)+" is exempt from CSRF protection ("+rt.CSRFBy+") but "+uses+" ("+
			how+"): any site a logged-in user visits can call it in the user's name")
	}
}

// sessionReads are the names whose use in a view means it acts on the
// user the session cookie identifies.
var sessionReads = map[string]string{
	"flask.session": "session", "flask_login.current_user": "current_user",
	"flask_login.utils.current_user": "current_user", "flask_security.current_user": "current_user",
}

// readsSession names what a view body reads of the session, "" if
// nothing.
func readsSession(c *rule.Ctx, rt *flaskmodel.Route) string {
	fn, m := rt.View.Func, rt.View.Module
	if fn == nil || m == nil {
		return ""
	}
	found := ""
	for _, st := range fn.Body {
		python.Walk(st, func(n python.Node) bool {
			if found != "" {
				return false
			}
			if name, ok := n.(*python.Name); ok {
				found = sessionReads[c.Project.QualifyAt(m, name, m.ScopeAt(name.Span().Start))]
			}
			return true
		})
	}
	return found
}

// signatureCalls are the calls that verify a signed request body.
var signatureCalls = []string{"hmac.compare_digest", "secrets.compare_digest", "stripe.Webhook.construct_event",
	"stripe.WebhookSignature.verify_header"}

// verifiesSignature reports whether a view checks a request signature:
// it calls a constant-time comparison or a webhook verifier, or reads a
// header whose name mentions a signature.
func verifiesSignature(c *rule.Ctx, rt *flaskmodel.Route) bool {
	fn, m := rt.View.Func, rt.View.Module
	if fn == nil || m == nil {
		return false
	}
	found := false
	for _, st := range fn.Body {
		python.Walk(st, func(n python.Node) bool {
			switch n := n.(type) {
			case *python.Call:
				q := c.Project.QualifyAt(m, n.Func, m.ScopeAt(n.Span().Start))
				for _, s := range signatureCalls {
					found = found || q == s
				}
			case *python.String:
				found = found || strings.Contains(strings.ToLower(n.Value), "signature")
			}
			return !found
		})
	}
	return found
}
