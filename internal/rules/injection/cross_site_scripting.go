package injection

import (
	"github.com/flaskguard/flaskguard/internal/finding"
	"github.com/flaskguard/flaskguard/internal/rules/rule"
	"github.com/flaskguard/flaskguard/internal/rules/templates"
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
// SVG types are documents: their script runs.
//
// Request data passed to render_template (or stream_template) as a
// context variable is followed into the template Flask loads for the
// view: the app's template folder, then its blueprints' folders in
// registration order, names below them ("admin/users.html") included. In
// that template, in those it includes and in its layouts (a child's
// blocks replace the layout's), through loop variables, {% set %} and
// {% with %}, attributes, items and filters, every output that writes the
// value where escaping does not protect it is reported at the keyword
// argument, naming the output, with a trace that ends there:
//
//   - written without escaping: |safe, Markup(), inside
//     {% autoescape false %}, or a template Flask does not autoescape by
//     its name (page.j2, page.jinja) that contains HTML;
//   - in an unquoted attribute value, or where attribute names go;
//   - at the start of a URL attribute that runs javascript: URLs (href of
//     <a>, action of <form>, src of <iframe> and <script>...), even when
//     escaped, in the view or in the template;
//   - in an event handler attribute, a <script> block without |tojson
//     (outside a quoted string literal, which escaped text cannot end), a
//     <style> block or an iframe's srcdoc; |tojson output in a
//     double-quoted attribute.
//
// Escaped text and quoted attributes are safe, and so are values written
// after a fixed start of a URL (href="/search?q={{ q }}"), |tojson in a
// script, numbers (|int, |length) and URL-quoted text (|urlencode), a
// value escaped in the view and then marked |safe, a value only tested
// ({% if q %}) or given to url_for(), and plain-text templates without
// markup. Outputs inside macros and values passed to macros are not
// followed. The template rules (FG0630, FG0631, FG0632) leave the outputs
// reported here to this rule.
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
//	@app.route("/find")
//	def find():
//	    return render_template("find.html", q=request.args.get("q", ""))
//
// with templates/find.html:
//
//	<p>You searched for {{ q|safe }}</p>
//	<a href="{{ q }}">search again</a>
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
// and let templates/find.html escape the value, behind a fixed start in
// URLs:
//
//	<p>You searched for {{ q }}</p>
//	<a href="/find?q={{ q|urlencode }}">search again</a>
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
	Summary:    "request data returned in an HTML response, or written out by a template, without escaping",
	Fix:        "Render HTML with templates (autoescaped) or escape values with markupsafe.escape; never wrap request data in Markup.",
	CheckProject: func(c *rule.Ctx) {
		c.ReportFlows(spec.HTML)
		for _, to := range templates.TaintedOutputs(c) {
			c.ReportTrace(to.Arg, to.Message, to.Trace)
		}
		// The practice's evidence is recorded once, here (evidence.go).
		practiceEvidence(c)
	},
}
