package injection

import (
	"github.com/flaskguard/flaskguard/internal/finding"
	"github.com/flaskguard/flaskguard/internal/rules/rule"
	"github.com/flaskguard/flaskguard/internal/taint/spec"
)

// CrossSiteScripting flags request data sent back as HTML without escaping.
//
// # What it does
//
// Reports request data that reaches a response body unescaped: a string
// returned by a view (or the body of a (body, status) tuple),
// make_response, Response(...) and set_data(...) of a response a browser
// renders as a document, and Markup(...), which declares its argument
// safe. markupsafe.escape, html.escape and bleach.clean make a value safe
// for HTML; dicts and lists returned by a view become JSON and are not
// reported. A response given another content type is not a document:
// mimetype= or content_type= (JSON, plain text, CSV...), a Content-Type in
// the headers passed to Response or make_response or returned in a
// (body, status, headers) tuple, one set on the response in the
// statements right after it is made (resp.headers["Content-Type"] = ...,
// resp.mimetype = ...), and responses made by jsonify(). HTML, XML and
// SVG types are documents: their script runs. Values passed to
// render_template are escaped by Jinja in .html templates; templates that
// print them with |safe are the template rules' business.
//
// # Why is this bad
//
// A browser runs script it finds in the page: `?q=<script>...</script>`
// echoed back steals the session or acts as the user (reflected XSS,
// CWE-79).
//
// # Example
//
//	@app.route("/search")
//	def search():
//	    q = request.args.get("q", "")
//	    return f"<h2>Results for {q}</h2>"
//
// # Use instead
//
// Render a template (autoescaped), or escape:
//
//	from markupsafe import escape
//
//	@app.route("/search")
//	def search():
//	    q = request.args.get("q", "")
//	    return f"<h2>Results for {escape(q)}</h2>"
//
// # References
//
//   - https://flask.palletsprojects.com/en/stable/security/#cross-site-scripting-xss
//   - https://owasp.org/www-community/attacks/xss/
//   - https://cwe.mitre.org/data/definitions/79.html
var CrossSiteScripting = rule.Rule{
	ID:         "FG0604",
	Name:       "cross-site-scripting",
	Practice:   6,
	CWE:        79,
	Severity:   finding.High,
	Confidence: finding.MediumConfidence,
	Summary:    "request data returned in an HTML response without escaping",
	Fix:        "Render HTML with templates (autoescaped) or escape values with markupsafe.escape; never wrap request data in Markup.",
	CheckProject: func(c *rule.Ctx) {
		c.ReportFlows(spec.HTML)
		// The practice's evidence is recorded once, here (evidence.go).
		practiceEvidence(c)
	},
}
