// Package templates holds the rules that read Jinja templates: POST forms
// without a CSRF token (practice 5, FG0503) and outputs that Flask's
// autoescaping does not protect (practice 6: |safe and autoescape off
// FG0630, unquoted attributes FG0631, script contexts without |tojson
// FG0632). The templates come from internal/jinja, which places each
// {{ output }} in its HTML context.
//
// TaintedOutputs joins the taint engine's findings to the templates: the
// outputs that request data passed to render_template reaches and that
// write it out unprotected, which FG0604 reports at the view and these
// rules then leave alone (tainted.go).
package templates

import (
	"slices"
	"strings"

	"github.com/flaskguard/flaskguard/internal/jinja"
)

// noSyntaxFilters turn any value into text that cannot hold a blank, a
// quote or a bracket, so it cannot leave an attribute or a JavaScript
// expression: numbers, and URL-quoted text.
var noSyntaxFilters = map[string]bool{
	"int": true, "float": true, "length": true, "count": true, "round": true, "abs": true,
	"wordcount": true, "urlencode": true,
}

// noSyntaxCalls are Flask and Flask-WTF helpers whose result is a URL with
// blanks and quotes percent-encoded, or a token of URL-safe characters.
var noSyntaxCalls = map[string]bool{"url_for": true, "csrf_token": true, "csp_nonce": true}

// cannotBreakOut reports whether an output's value can hold no blank,
// quote or bracket: a literal, a number, URL-quoted text, url_for() or a
// token, or a loop counter.
func cannotBreakOut(o *jinja.Output) bool {
	if o.Constant || noSyntaxCalls[o.Call] || o.Root == "loop" && len(o.Names) == 1 {
		return true
	}
	return len(o.Filters) > 0 && noSyntaxFilters[o.Filters[len(o.Filters)-1]]
}

// deploymentNames are the template globals whose values the application
// and its operator set, never a request: Flask's config, and the functions
// url_for (the app's own routes) and gettext and its short forms (the
// translation catalogue) when all their arguments are literals.
var deploymentNames = map[string]bool{
	"config": true, "url_for": true, "_": true, "gettext": true, "ngettext": true,
	"pgettext": true, "npgettext": true,
}

// fromDeployment reports whether an output reads nothing but deployment
// names, as in {{ config.MAX_SIZE }} or {{ _('See %(a)s', a='<a href="{}">'
// .format(url_for('index'))) }}: no user input can be in it, so it is
// trusted like a literal. Any other name read, even as an argument
// (url_for('x', q=request.args.q)), makes it false.
func fromDeployment(o *jinja.Output) bool {
	for _, n := range o.Names {
		if !deploymentNames[n] {
			return false
		}
	}
	return len(o.Names) > 0
}

// rendersMarkup reports whether an output writes out template content
// rendered elsewhere (super(), caller(), a block, a macro of this
// template or an imported one) or a form helper's HTML: its own outputs are
// checked where they are written, and |safe on it changes nothing.
func rendersMarkup(t *jinja.Template, o *jinja.Output) bool {
	switch {
	case o.Call == "":
		return false
	case o.Call == "super" || o.Call == "caller" || strings.HasPrefix(o.Call, "self."),
		strings.HasSuffix(o.Call, "hidden_tag"), strings.Contains(strings.ToLower(o.Call), "csrf"):
		return true
	}
	return isMacroName(t, o.Call)
}

// isMacroName reports whether a called name is a macro of the template:
// defined in it, imported by name ({% from "x" import m %}), or reached
// through an imported namespace ({% import "x" as forms %}: forms.m).
func isMacroName(t *jinja.Template, name string) bool {
	alias, _, dotted := strings.Cut(name, ".")
	for _, b := range t.Blocks {
		if b.Kind != jinja.BlockImport {
			continue
		}
		if dotted && b.Alias == alias {
			return true
		}
		if !dotted && slices.ContainsFunc(b.Names, func(n jinja.ImportedName) bool { return n.As == name }) {
			return true
		}
	}
	return !dotted && slices.ContainsFunc(t.Macros, func(m jinja.Macro) bool { return m.Name == name })
}

// hasFilter reports whether an output applies the named filter.
func hasFilter(o *jinja.Output, name string) bool { return slices.Contains(o.Filters, name) }

// isHTMLTemplate reports whether a template is rendered as HTML as far as
// can be told: Flask autoescapes it by name, or it lives in a templates
// folder (render_template can load it) and contains HTML elements.
func isHTMLTemplate(t *jinja.Template) bool {
	return t.Autoescape || t.Name != "" && t.HasHTML
}

// show renders an output as written, for messages.
func show(o *jinja.Output) string { return "{{ " + o.Expr + " }}" }
