package csrf

import (
	"strconv"

	"github.com/flaskguard/flaskguard/internal/finding"
	"github.com/flaskguard/flaskguard/internal/flaskmodel"
	"github.com/flaskguard/flaskguard/internal/rules/internal/ruleutil"
	"github.com/flaskguard/flaskguard/internal/rules/rule"
)

// CSRFProtectionMissing flags a Flask app that accepts state-changing
// requests without any CSRF protection.
//
// # What it does
//
// Reports, once per Flask app and at the line that creates it, an app
// that has no CSRFProtect and no SeaSurf, and whose state-changing routes
// (POST, PUT, PATCH, DELETE, or methods that are not a literal) are not
// covered by a validated FlaskForm either. The message counts those
// routes and names a few. Routes are counted when they are authenticated
// by the session cookie or by nothing; routes that only accept header
// tokens (flask_jwt_extended, Flask-HTTPAuth, a project decorator checking
// the Authorization header or an API key) are left out, since a browser
// never adds those to a forged request.
//
// Severity is Medium when the app keeps a login in cookies (Flask-Login,
// Flask-Security, Flask-Session, a route guarded by the session, code that
// uses flask.session or flash), and Low when it does not but its routes
// read forms or render templates (a public form can still be submitted
// cross-site). A JSON API with neither is not reported. An app with a
// CSRFProtect or SeaSurf that configuration switches off is FG0502's, and
// a project where such an extension is created but the scan cannot tell
// which app it is bound to is left alone.
//
// # Why is this bad
//
// A browser attaches the site's cookies to every request to it, including
// a form another site submits or a fetch another site makes. Without a
// per-session token that other sites cannot read, any page a logged-in
// user visits can change their password, delete their data or move their
// money in their name (CWE-352, cross-site request forgery). SameSite=Lax
// cookies narrow this but do not cover older browsers, same-site
// subdomains or GET routes that change state.
//
// # Example
//
//	app = Flask(__name__)
//
//	@app.route("/account/email", methods=["POST"])
//	@login_required
//	def change_email():
//	    current_user.email = request.form["email"]
//
// # Use instead
//
//	from flask_wtf.csrf import CSRFProtect
//
//	app = Flask(__name__)
//	csrf = CSRFProtect(app)
//
// and put {{ csrf_token() }} in every form (or send the X-CSRFToken
// header from JavaScript).
//
// # References
//
//   - https://flask-wtf.readthedocs.io/en/stable/csrf/
//   - https://flask.palletsprojects.com/en/stable/security/#cross-site-request-forgery-csrf
//   - https://cheatsheetseries.owasp.org/cheatsheets/Cross-Site_Request_Forgery_Prevention_Cheat_Sheet.html
//   - https://cwe.mitre.org/data/definitions/352.html
var CSRFProtectionMissing = rule.Rule{
	ID:           "FG0501",
	Name:         "csrf-protection-missing",
	Practice:     5,
	CWE:          352,
	Severity:     finding.Medium,
	Confidence:   finding.HighConfidence,
	Summary:      "Flask app takes state-changing requests with no CSRF protection (no CSRFProtect, SeaSurf or FlaskForm)",
	Fix:          "Initialise flask_wtf.csrf.CSRFProtect on the app and put {{ csrf_token() }} in every form; exempt only token-authenticated or signed endpoints.",
	CheckProject: checkCSRFMissing,
}

func checkCSRFMissing(c *rule.Ctx) {
	if c.Flask == nil {
		return
	}
	unbound := false
	for _, e := range c.Flask.Extensions {
		unbound = unbound || e.App == nil && (e.Kind == flaskmodel.ExtCSRF || e.Kind == flaskmodel.ExtSeaSurf)
	}
	for _, app := range c.Flask.Apps {
		if ext := ruleutil.CSRFExtension(app); ext != nil {
			if ruleutil.CSRFSwitchedOff(c.Flask, app) == nil {
				protectionEvidence(c, app, ext)
			}
			continue
		}
		var prone, forms, tokens []*flaskmodel.Route
		html := false
		for _, r := range app.Routes {
			switch {
			case !r.StateChanging():
			case r.CSRF == flaskmodel.CSRFProtected:
				forms = append(forms, r)
			case ruleutil.RouteAuth(r) == ruleutil.TokenAuth:
				tokens = append(tokens, r)
			default:
				prone = append(prone, r)
				html = html || len(r.Templates) > 0 || readsForm(r)
			}
		}
		if len(prone) == 0 {
			switch {
			case len(forms) > 0:
				c.Evidence(app.Loc, "every state-changing route of "+app.Label+" validates a FlaskForm, which checks its CSRF token ("+
					plural(len(forms), "route")+")")
			case len(tokens) > 0:
				c.Evidence(app.Loc, "the state-changing routes of "+app.Label+" ("+strconv.Itoa(len(tokens))+
					") authenticate with header tokens, which browsers do not attach to cross-site requests")
			}
			continue
		}
		if unbound {
			continue // a CSRFProtect exists; which app it guards is not known
		}
		cookies := ruleutil.CookieLogin(c.Flask, app)
		if !cookies && !html {
			continue // a stateless JSON API: nothing a browser attaches on its own
		}
		sev, why := finding.Medium, "any site a logged-in user visits can submit them in the user's name"
		if !cookies {
			sev, why = finding.Low, "any site can submit its forms through a visitor's browser"
		}
		msg := app.Label + " has " + plural(len(prone), "state-changing route") + " and no CSRF protection (no CSRFProtect, SeaSurf or FlaskForm): " +
			ruleutil.RouteExamples(prone, 3) + "; " + why
		if len(forms) > 0 {
			msg += " (" + plural(len(forms), "other route") + " validate a FlaskForm)"
		}
		c.ReportAt(app.Loc, sev, msg)
	}
}

// readsForm reports whether a route reads a form or uploaded files.
func readsForm(r *flaskmodel.Route) bool {
	for _, in := range r.Inputs {
		switch in.Source {
		case "form", "files", "values":
			return true
		}
	}
	return len(r.Forms) > 0
}

// protectionEvidence records, for the scorecard, which state-changing
// routes an app's CSRF extension covers.
func protectionEvidence(c *rule.Ctx, app *flaskmodel.App, ext *flaskmodel.Extension) {
	total := 0
	var exempt []*flaskmodel.Route
	for _, r := range app.Routes {
		if !r.StateChanging() {
			continue
		}
		total++
		if r.CSRF == flaskmodel.CSRFExempt {
			exempt = append(exempt, r)
		}
	}
	msg := ruleutil.ShortClass(ext.Class) + " (" + ruleutil.At(ext.InitLoc) + ") covers " + strconv.Itoa(total-len(exempt)) + " of " +
		plural(total, "state-changing route") + " of " + app.Label
	if len(exempt) > 0 {
		msg += " (" + strconv.Itoa(len(exempt)) + " exempt: " + ruleutil.RouteExamples(exempt, 3) + ")"
	}
	c.Evidence(ext.InitLoc, msg)
}

func plural(n int, what string) string {
	if n == 1 {
		return "1 " + what
	}
	return strconv.Itoa(n) + " " + what + "s"
}
