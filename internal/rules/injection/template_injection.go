package injection

import (
	"github.com/flaskguard/flaskguard/internal/finding"
	"github.com/flaskguard/flaskguard/internal/rules/rule"
	"github.com/flaskguard/flaskguard/internal/taint/spec"
)

// TemplateInjection flags request data used as template source.
//
// # What it does
//
// Reports request data that becomes the source of a template:
// render_template_string, stream_template_string, jinja2.Template,
// Environment.from_string (app.jinja_env included) and mako's Template.
// Values passed as context (render_template_string(SRC, name=name)) are
// data and are not reported.
//
// # Why is this bad
//
// Jinja expressions reach Python objects: `{{ cycler.__init__.__globals__.os.popen('id').read() }}`
// runs a command on the server. Formatting request data into a template's
// source hands the client the template language (CWE-1336).
//
// # Example
//
//	@app.route("/hello")
//	def hello():
//	    name = request.args.get("name", "")
//	    return render_template_string("<h1>Hello %s</h1>" % name)
//
// # Use instead
//
// Keep the template constant and pass the data as context; Jinja escapes it:
//
//	@app.route("/hello")
//	def hello():
//	    return render_template_string("<h1>Hello {{ name }}</h1>", name=request.args.get("name", ""))
//
// # References
//
//   - https://flask.palletsprojects.com/en/stable/api/#flask.render_template_string
//   - https://portswigger.net/web-security/server-side-template-injection
//   - https://cwe.mitre.org/data/definitions/1336.html
var TemplateInjection = rule.Rule{
	ID:           "FG0603",
	Name:         "server-side-template-injection",
	Practice:     6,
	CWE:          1336,
	Severity:     finding.Critical,
	Confidence:   finding.HighConfidence,
	Summary:      "request data becomes the source of a template",
	Fix:          "Keep template source constant (a file or a literal) and pass request data as context variables.",
	CheckProject: func(c *rule.Ctx) { c.ReportFlows(spec.Template) },
}
