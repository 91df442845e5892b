package templates

import (
	"slices"
	"strconv"
	"strings"

	"github.com/flaskguard/flaskguard/internal/finding"
	"github.com/flaskguard/flaskguard/internal/flaskmodel"
	"github.com/flaskguard/flaskguard/internal/jinja"
	"github.com/flaskguard/flaskguard/internal/rules/internal/ruleutil"
	"github.com/flaskguard/flaskguard/internal/rules/rule"
)

// FormWithoutCSRFToken flags POST forms in templates that render no CSRF
// token.
//
// # What it does
//
// Reports <form method="post"> elements (the method in any case) of
// templates whose body renders no CSRF token. A token is any of:
// {{ csrf_token() }}, {{ form.csrf_token }}, {{ form.hidden_tag() }}, any
// output naming csrf ({{ csrf_input() }}), or an <input> whose name
// contains "csrf" and whose value is a template output. Macros called in
// the form and templates included there are followed, in the same
// template or in templates it imports ({% import "forms.html" as f %},
// {% from "forms.html" import csrf_field %}), so a macro that renders the
// token counts.
//
// To stay precise, a form is not reported when what it renders cannot be
// read: a macro or include whose template is not in the scan, an include
// with a computed name, {{ caller() }} or {{ super() }}, a {% block %}
// inside the form that a child template may fill, or a form inside
// {% raw %} (a client-side template). Nor are GET forms, forms whose
// method is computed, and forms whose action is an absolute URL of
// another site (https://..., //...): a payment gateway or a search engine
// checks its own requests, and our token would mean nothing to it.
//
// Severity follows what a forged submission would carry, judged for the
// apps whose routes render the template by name, or for every app of the
// project when no route renders it directly (a layout, a macro library, a
// template of a blueprint the scan cannot place):
//
//   - Medium when the app keeps logins in cookies, the same test FG0501
//     uses: Flask-Login, Flask-Security or Flask-Session, a route guarded
//     by the session, or code that uses flask.session, flash or
//     current_user. Another site can submit the form as the logged-in
//     user. Medium too when the scan holds no Python code to tell.
//   - Low when it keeps none (an anonymous upload form, an echo or test
//     form): another site can still submit the form through a visitor's
//     browser, but not in anyone's name.
//   - Info when every such app has CSRFProtect or SeaSurf switched on for
//     all requests (not turned off by WTF_CSRF_ENABLED, WTF_CSRF_CHECK_DEFAULT
//     or CSRF_DISABLE in the deployed config). The extension then rejects
//     the form's POST with 400 Bad Request unless the page's JavaScript
//     adds the token as a header: a broken form, not a forgeable one. It
//     stays reported, as a bug worth fixing, but as Info it does not fail
//     practice 5 on the scorecard. A view exempted from the extension
//     that relies on the session is FG0504's.
//
// # Why is this bad
//
// Without a token bound to the user's session, any site the user visits
// can make their browser submit the form with their cookies: change the
// e-mail address, delete data, transfer money (cross-site request
// forgery, CWE-352). Without logins a forged submission acts as nobody,
// but it still comes from the visitor's browser and address (spam, votes,
// uploads in their name). With Flask-WTF's CSRFProtect enabled, a form
// without the token is rejected with 400 Bad Request, so the form is
// broken instead; either way it needs the token.
//
// # Example
//
//	<form method="post" action="{{ url_for('account.delete') }}">
//	  <button type="submit">Delete my account</button>
//	</form>
//
// # Use instead
//
// Enable CSRFProtect(app) and render the token in every POST form:
//
//	<form method="post" action="{{ url_for('account.delete') }}">
//	  <input type="hidden" name="csrf_token" value="{{ csrf_token() }}">
//	  <button type="submit">Delete my account</button>
//	</form>
//
// With a Flask-WTF form class, {{ form.hidden_tag() }} renders it.
//
// # References
//
//   - https://flask-wtf.readthedocs.io/en/stable/csrf/
//   - https://flask.palletsprojects.com/en/stable/web-security/#cross-site-request-forgery-csrf
//   - https://cheatsheetseries.owasp.org/cheatsheets/Cross-Site_Request_Forgery_Prevention_Cheat_Sheet.html
//   - https://cwe.mitre.org/data/definitions/352.html
var FormWithoutCSRFToken = rule.Rule{
	ID:            "FG0503",
	Name:          "form-without-csrf-token",
	Practice:      5,
	CWE:           352,
	Severity:      finding.Medium,
	Confidence:    finding.MediumConfidence,
	Summary:       "POST form in a template that renders no CSRF token",
	Fix:           "Add <input type=\"hidden\" name=\"csrf_token\" value=\"{{ csrf_token() }}\"> (or {{ form.hidden_tag() }}) inside the form and enable CSRFProtect(app).",
	CheckTemplate: checkFormCSRF,
}

// maxDepth bounds how far macro calls and includes are followed. Real
// templates nest form helpers two or three levels deep; the bound also
// stops macros that call each other in a cycle.
const maxDepth = 4

// tokenResult is what can be told about a region rendering a token.
type tokenResult int

const (
	noToken tokenResult = iota
	unknownToken
	hasToken
)

func checkFormCSRF(c *rule.Ctx, t *jinja.Template) {
	var sev finding.Severity
	var msg string
	for _, f := range t.Forms {
		if f.Method != "post" || externalAction(f.Action) {
			continue
		}
		if rendersToken(c.Templates, t, f.Body, 0) != noToken {
			continue
		}
		if msg == "" {
			sev, msg = gradeForm(c, t)
		}
		c.ReportAt(f.Loc, sev, msg)
	}
}

// noTokenMsg opens every message: what the form lacks.
const noTokenMsg = "POST form without a CSRF token: nothing inside it renders csrf_token(), form.csrf_token or form.hidden_tag()"

// gradeForm returns the severity and message for the token-less forms of
// a template, from the apps that render it (see the rule's doc).
func gradeForm(c *rule.Ctx, t *jinja.Template) (finding.Severity, string) {
	md := c.Flask
	if md == nil || len(c.Project.Modules) == 0 {
		// No Python to read: whether logins live in cookies is unknown.
		return c.Rule().Severity, noTokenMsg + ", so another site can submit it with the user's cookies"
	}
	apps := renderingApps(md, c.Templates, t)
	whole := len(apps) == 0
	if whole {
		apps = md.Apps
	}
	var guard *flaskmodel.Extension
	for i, app := range apps {
		e := ruleutil.CSRFEnforced(md, app)
		if e == nil {
			guard = nil
			break
		}
		if i == 0 {
			guard = e
		}
	}
	if guard != nil {
		return finding.Info, noTokenMsg + ", but " + ruleutil.ShortClass(guard.Class) + " (" + ruleutil.At(guard.InitLoc) +
			") checks every POST of " + appLabels(apps) + ", so submitting it fails with 400 Bad Request unless " +
			"JavaScript sends the token in a header: a broken form rather than a forgeable one"
	}
	cookies := whole && ruleutil.ProjectCookieLogin(md)
	for _, app := range apps {
		cookies = cookies || ruleutil.CookieLogin(md, app)
	}
	if cookies {
		return finding.Medium, noTokenMsg + ", so another site can submit it with the user's cookies"
	}
	return finding.Low, noTokenMsg + ": the app keeps no login in cookies, so another site can submit it " +
		"through a visitor's browser, though not in a logged-in user's name"
}

// renderingApps returns the apps with a route that renders template t by
// a literal name, in model order.
func renderingApps(md *flaskmodel.Model, set *jinja.Set, t *jinja.Template) []*flaskmodel.App {
	var out []*flaskmodel.App
	for _, r := range md.Routes {
		if r.App == nil || slices.Contains(out, r.App) {
			continue
		}
		for _, tm := range r.Templates {
			if set.FindTemplate(tm.Name) == t {
				out = append(out, r.App)
				break
			}
		}
	}
	return out
}

// appLabels names apps for messages: "app", "app and admin", "3 apps".
func appLabels(apps []*flaskmodel.App) string {
	switch len(apps) {
	case 1:
		return apps[0].Label
	case 2:
		return apps[0].Label + " and " + apps[1].Label
	}
	return strconv.Itoa(len(apps)) + " apps"
}

// externalAction reports whether a form posts to another site: its
// action is a literal absolute URL.
func externalAction(action string) bool {
	a := strings.ToLower(strings.TrimSpace(action))
	return strings.HasPrefix(a, "https://") || strings.HasPrefix(a, "http://") || strings.HasPrefix(a, "//")
}

// rendersToken tells whether a region of template t renders a CSRF token,
// following the macros it calls and the templates it includes.
func rendersToken(set *jinja.Set, t *jinja.Template, b jinja.Body, depth int) tokenResult {
	if b.HasCSRFToken {
		return hasToken
	}
	if b.Opaque || depth >= maxDepth {
		return unknownToken
	}
	result := noToken
	for _, name := range b.Includes {
		inc := set.FindTemplate(name)
		r := unknownToken
		if inc != nil {
			r = rendersToken(set, inc, inc.Top, depth+1)
		}
		result = max(result, r)
	}
	for _, name := range b.Calls {
		result = max(result, callRendersToken(set, t, name, depth))
	}
	return result
}

// callRendersToken resolves a call made in template t to a macro and
// tells whether the macro renders a token. A name that is no macro of the
// template (a global function, a WTForms field) tells nothing: noToken.
// A macro imported from a template the scan does not have, or imported
// under a computed template name, is unknown.
func callRendersToken(set *jinja.Set, t *jinja.Template, name string, depth int) tokenResult {
	alias, macro, dotted := strings.Cut(name, ".")
	if !dotted {
		for _, m := range t.Macros {
			if m.Name == name {
				return rendersToken(set, t, m.Body, depth+1)
			}
		}
	}
	for _, b := range t.Blocks {
		if b.Kind != jinja.BlockImport {
			continue
		}
		want, match := macro, dotted && b.Alias == alias
		for _, n := range b.Names {
			if !dotted && n.As == name {
				want, match = n.Name, true
			}
		}
		if !match {
			continue
		}
		lib := set.FindTemplate(b.Name)
		if lib == nil {
			return unknownToken
		}
		for _, m := range lib.Macros {
			if m.Name == want {
				return rendersToken(set, lib, m.Body, depth+1)
			}
		}
		return unknownToken
	}
	return noToken
}
