package templates

import (
	"strings"

	"github.com/flaskguard/flaskguard/internal/finding"
	"github.com/flaskguard/flaskguard/internal/jinja"
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
// # Why is this bad
//
// Without a token bound to the user's session, any site the user visits
// can make their browser submit the form with their cookies: change the
// e-mail address, delete data, transfer money (cross-site request
// forgery, CWE-352). With Flask-WTF's CSRFProtect enabled, a form without
// the token is rejected with 400 Bad Request, so the form is broken
// instead; either way it needs the token.
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
	for _, f := range t.Forms {
		if f.Method != "post" || externalAction(f.Action) {
			continue
		}
		if rendersToken(c.Templates, t, f.Body, 0) != noToken {
			continue
		}
		c.ReportAt(f.Loc, c.Rule().Severity,
			"POST form without a CSRF token: nothing inside it renders csrf_token(), form.csrf_token or form.hidden_tag(), so another site can submit it with the user's cookies")
	}
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
