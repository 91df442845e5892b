package templates

import (
	"path"
	"strings"

	"github.com/flaskguard/flaskguard/internal/finding"
	"github.com/flaskguard/flaskguard/internal/jinja"
	"github.com/flaskguard/flaskguard/internal/rules/rule"
)

// UnescapedOutputRule flags template outputs written into HTML without
// escaping.
//
// # What it does
//
// Reports {{ outputs }} of HTML templates that Jinja writes out without
// HTML escaping:
//
//   - a value marked safe: {{ x|safe }} or {{ Markup(x) }};
//   - any output inside {% autoescape false %} ... {% endautoescape %};
//   - any output of a template Flask does not autoescape because of its
//     name (Flask escapes only names ending in .html, .htm, .xml, .xhtml
//     and .svg, so page.j2, page.jinja or page.txt are not escaped) when
//     that template lives in a templates folder and contains HTML
//     elements. Such a template may be served as something else than
//     HTML, which a static reader cannot know, so plain-text templates
//     (e-mails without markup) are left alone.
//
// Not reported, because no user input can come out unescaped: literals
// ({{ "<br>"|safe }}), values read only from Flask's config or made by
// url_for() and gettext (_()) from literals ({{ config.FOOTER|safe }}),
// values escaped before being marked safe
// ({{ x|e|safe }}), JSON ({{ x|tojson|safe }} is HTML-safe), numbers and
// URL-quoted text (|int, |length, |urlencode), and rendered template
// content whose own outputs are checked where they are written:
// {{ super() }}, {{ caller() }}, {{ self.block() }}, macro calls
// (defined in the template or imported), {{ form.hidden_tag() }} and
// {{ csrf_token() }}. Note that {{ x|safe|e }} is still reported: escaping a
// value already marked safe does nothing.
//
// A value passed through a filter whose name says it sanitizes HTML
// (bleach, sanitize, clean, purify, nh3) before |safe is reported with Low
// severity, as a reminder to check the filter. A Markdown filter is not a
// sanitizer: Markdown passes raw HTML through.
//
// An output that request data provably reaches, passed by a view to
// render_template, is reported once, by FG0604 (cross-site-scripting) at
// the view, with the flow from the request to the output; not again here.
//
// # Why is this bad
//
// Autoescaping is what keeps a value containing <script> or
// onerror=... from becoming markup. Marking a value safe or switching
// escaping off hands that decision to whoever controls the value: a note
// body, a user name or a query parameter rendered this way is stored or
// reflected cross-site scripting (CWE-79). FG0604 reports the outputs a
// request value provably reaches with a higher severity; this rule lists
// every other unprotected output so that each can be reviewed.
//
// # Example
//
//	<div class="note-body">{{ note.body|safe }}</div>
//
//	{% autoescape false %}
//	  <p>{{ comment.text }}</p>
//	{% endautoescape %}
//
// # Use instead
//
// Let autoescaping work:
//
//	<div class="note-body">{{ note.body }}</div>
//
// Where the value must stay HTML, clean it with an allow-list sanitizer
// (nh3, bleach) registered as a filter, and use that filter instead of
// |safe:
//
//	# app.py
//	app.jinja_env.filters["sanitize"] = lambda s: Markup(nh3.clean(s))
//
//	<div class="note-body">{{ note.body|sanitize }}</div>
//
// # References
//
//   - https://flask.palletsprojects.com/en/stable/templating/#controlling-autoescaping
//   - https://flask.palletsprojects.com/en/stable/web-security/#cross-site-scripting-xss
//   - https://jinja.palletsprojects.com/en/stable/templates/#html-escaping
//   - https://cwe.mitre.org/data/definitions/79.html
var UnescapedOutputRule = rule.Rule{
	ID:            "FG0630",
	Name:          "template-unescaped-output",
	Practice:      6,
	CWE:           79,
	Severity:      finding.Medium,
	Confidence:    finding.MediumConfidence,
	Summary:       "Template output written without HTML escaping (|safe, Markup, autoescape off, or a name Flask does not autoescape)",
	Fix:           "Drop |safe / Markup and let autoescaping escape the value; if it must stay HTML, sanitize it with an allow-list sanitizer (nh3, bleach) first.",
	CheckTemplate: checkUnescapedOutput,
}

func checkUnescapedOutput(c *rule.Ctx, t *jinja.Template) {
	cv := &coverage{c: c, t: t}
	for i := range t.Outputs {
		o := &t.Outputs[i]
		why, ok := UnescapedOutput(t, o)
		if !ok || cv.has(o) {
			continue
		}
		sev := c.Rule().Severity
		if sanitized(o) {
			sev = finding.Low
		}
		msg := show(o) + " is written without HTML escaping (" + why + "): a value that comes from a user becomes markup, which is cross-site scripting"
		switch o.Context {
		case jinja.Script, jinja.EventAttr:
			msg += "; in JavaScript use |tojson instead"
		}
		c.ReportAt(o.Loc, sev, msg)
	}
}

// UnescapedOutput tells whether an output of a template reaches the page
// without HTML escaping in a way that can carry markup, and why: "marked
// |safe", "wrapped in Markup()", "inside {% autoescape false %}", or "the
// template's name is not autoescaped by Flask". It is false for escaped
// outputs, literals, JSON, numbers and rendered template content (see the
// rule's documentation), and for templates that are not HTML as far as can
// be told. It judges the output as written; for a value followed from the
// view, the join (tainted.go) judges the value's own escaping instead,
// which {% set %} bindings and the view's escaping change.
func UnescapedOutput(t *jinja.Template, o *jinja.Output) (why string, ok bool) {
	if o.Escaped || !isHTMLTemplate(t) || rendersMarkup(t, o) || fromDeployment(o) {
		return "", false
	}
	switch {
	case hasFilter(o, "safe"):
		return "marked |safe", true
	case o.Call == "Markup" || strings.HasSuffix(o.Call, ".Markup"):
		return "wrapped in Markup()", true
	case t.Autoescape && !o.Autoescape:
		return "inside {% autoescape false %}", true
	case !o.Autoescape:
		return "Flask autoescapes only .html, .htm, .xml, .xhtml and .svg templates, not " + path.Base(t.Path), true
	}
	// Markup() in one branch of a conditional expression.
	return "marked safe", true
}

// sanitizerWords mark a filter as an HTML sanitizer by its name.
var sanitizerWords = [...]string{"bleach", "sanitiz", "clean", "purify", "nh3"}

// sanitized reports whether a filter that says it sanitizes HTML runs
// before the value is marked safe.
func sanitized(o *jinja.Output) bool {
	for _, f := range o.Filters {
		if f == "safe" {
			return false
		}
		for _, w := range sanitizerWords {
			if strings.Contains(strings.ToLower(f), w) {
				return true
			}
		}
	}
	return false
}
