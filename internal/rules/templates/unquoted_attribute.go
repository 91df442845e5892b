package templates

import (
	"github.com/flaskguard/flaskguard/internal/finding"
	"github.com/flaskguard/flaskguard/internal/jinja"
	"github.com/flaskguard/flaskguard/internal/rules/rule"
)

// UnquotedAttribute flags template outputs in unquoted attribute values
// and in the attribute list of a tag.
//
// # What it does
//
// Reports {{ outputs }} of HTML templates written
//
//   - as an unquoted attribute value: <a href={{ url }}>,
//     <div class={{ cls }}>, <input value={{ q }}>;
//   - where attribute names go: <div {{ attrs }}>.
//
// Not reported: values that cannot contain a blank, a quote or '>':
// literals ({{ 'checked' if on }}), numbers (|int, |length, loop.index),
// URL-quoted text (|urlencode), url_for() and csrf_token(); values the
// operator sets (Flask's config, translations of literals); and
// {{ attrs|xmlattr }}, which quotes and escapes every value itself.
//
// An output that request data provably reaches, passed by a view to
// render_template, is reported once, by FG0604 (cross-site-scripting) at
// the view, with the flow from the request to the output; not again here.
//
// # Why is this bad
//
// HTML escaping encodes <, >, &, ' and " but not blanks, '=' or '`'. In an
// unquoted attribute a value such as "x onmouseover=alert(document.cookie)"
// ends the attribute at the blank and adds an event handler of the
// attacker's choosing, all without a single character that autoescaping
// touches. Flask's security documentation warns about exactly this case.
// Where attribute names go, any text adds attributes (CWE-79).
//
// # Example
//
//	<a href={{ profile.website }}>{{ profile.name }}</a>
//	<img src="{{ avatar }}" class={{ style }}>
//
// # Use instead
//
// Always quote attribute values that hold template output, and build
// attribute lists with |xmlattr:
//
//	<a href="{{ profile.website }}">{{ profile.name }}</a>
//	<img src="{{ avatar }}" class="{{ style }}">
//	<div{{ {"class": cls, "title": title}|xmlattr }}>
//
// # References
//
//   - https://flask.palletsprojects.com/en/stable/web-security/#cross-site-scripting-xss
//   - https://jinja.palletsprojects.com/en/stable/templates/#jinja-filters.xmlattr
//   - https://cheatsheetseries.owasp.org/cheatsheets/Cross_Site_Scripting_Prevention_Cheat_Sheet.html
//   - https://cwe.mitre.org/data/definitions/79.html
var UnquotedAttribute = rule.Rule{
	ID:            "FG0631",
	Name:          "template-unquoted-attribute",
	Practice:      6,
	CWE:           79,
	Severity:      finding.Medium,
	Confidence:    finding.MediumConfidence,
	Summary:       "Template output in an unquoted HTML attribute value, where escaping does not stop attribute injection",
	Fix:           "Put the attribute value in double quotes: href=\"{{ url }}\"; build attribute lists with |xmlattr.",
	CheckTemplate: checkUnquotedAttribute,
}

func checkUnquotedAttribute(c *rule.Ctx, t *jinja.Template) {
	if !isHTMLTemplate(t) {
		return
	}
	cv := &coverage{c: c, t: t}
	for i := range t.Outputs {
		o := &t.Outputs[i]
		if cannotBreakOut(o) || fromDeployment(o) {
			continue
		}
		var msg string
		switch o.Context {
		case jinja.AttrUnquoted:
			msg = show(o) + " is the unquoted value of the " + o.AttrName +
				" attribute: a blank in the value starts a new attribute (an onmouseover handler, say), which HTML escaping does not prevent"
		case jinja.Tag:
			if !hasFilter(o, "xmlattr") && !rendersMarkup(t, o) {
				msg = show(o) + " is written where attribute names go: any text in it becomes attributes (an onmouseover handler, say), which HTML escaping does not prevent"
			}
		}
		if msg != "" && !cv.has(o) {
			c.ReportAt(o.Loc, c.Rule().Severity, msg)
		}
	}
}
