package templates

import (
	"path"
	"slices"

	"github.com/flaskguard/flaskguard/internal/jinja"
	"github.com/flaskguard/flaskguard/internal/taint/spec"
)

// syntaxClasses are the taint classes that only quoting-like sanitizers
// (URL quoting, int()) clear, never HTML escaping: a value still tainted
// for one of them can hold blanks, quotes, brackets and semicolons, which
// break out of an unquoted attribute or into JavaScript whether or not it
// was HTML-escaped in the view.
const syntaxClasses = spec.HTML | spec.Code | spec.Command

// scriptURLs are the URL attributes, by element, where a javascript: URL
// runs (or, for <script src>, where any URL is script) and <base href>,
// which redirects the page's relative scripts. Images, media and links
// to stylesheets do not run javascript: URLs.
var scriptURLs = map[string][]string{
	"href":       {"a", "area", "base"},
	"xlink:href": nil, // SVG <a xlink:href>; any element
	"action":     {"form"},
	"formaction": {"button", "input"},
	"src":        {"iframe", "frame", "embed", "script"},
	"data":       {"object"},
}

// runsURL reports whether a URL attribute of an element can run script.
func runsURL(element, attr string) bool {
	els, ok := scriptURLs[attr]
	return ok && (els == nil || slices.Contains(els, element))
}

// unsafeReach tells whether request data with the given taint classes,
// written out by a template output as the reach says, is cross-site
// scripting, and why, worded to follow "reaches {{ x }} in file:line".
// Escaping decides in text and quoted attributes; elsewhere the context
// does: HTML escaping does not stop a javascript: URL, an unquoted
// attribute, an event handler or a script block.
func unsafeReach(r jinja.Reach, classes spec.Class) (string, bool) {
	t, o := r.Template, r.Output
	if !t.Autoescape && !t.HasHTML {
		// A plain-text template (an e-mail body): render_template loads
		// it, so its folder does not matter, but it makes no page.
		return "", false
	}
	if r.Raw() && classes&spec.HTML != 0 {
		return "rendered without escaping (" + rawReason(r) + ")", true
	}
	// Not escaped here but escaped in the view (markupsafe.escape), or
	// escaped here: the context decides.
	if r.Plain || classes&syntaxClasses == 0 {
		return "", false
	}
	switch o.Context {
	case jinja.AttrUnquoted:
		return "in the unquoted value of the " + o.AttrName + " attribute, where a blank starts a new attribute (an onmouseover handler, say) that escaping does not stop", true
	case jinja.Tag:
		if last(r.Filters) == "xmlattr" {
			return "", false
		}
		return "where attribute names go, so that it adds attributes (an onmouseover handler, say) that escaping does not stop", true
	case jinja.URLAttr:
		switch {
		case o.AtValueStart && runsURL(o.Element, o.AttrName) && classes&spec.Redirect != 0:
			return "at the start of the " + o.AttrName + " attribute of <" + o.Element + ">, where escaping does not stop a javascript: URL", true
		case r.JSON && o.AttrQuote == '"':
			return "as |tojson output in the double-quoted " + o.AttrName + " attribute, whose quotes it ends", true
		}
	case jinja.EventAttr:
		if r.JSON && o.AttrQuote == '\'' {
			return "", false
		}
		return "in the " + o.AttrName + " event handler, which the browser runs as JavaScript after decoding the escapes", true
	case jinja.Script:
		// Escaped text in a quoted string literal cannot end it (quotes and
		// '<' are encoded): fragile, which FG0632 says, but not a hole.
		if r.JSON || (!r.Raw() || classes&spec.HTML == 0) && t.InJSString(o) {
			return "", false
		}
		return "in a <script> block without |tojson, where HTML escaping does not stop JavaScript injection", true
	case jinja.Style:
		return "in a <style> block, where HTML escaping does not stop CSS injection", true
	case jinja.AttrQuoted:
		switch {
		case o.AttrName == "srcdoc":
			return "in the srcdoc attribute, which the browser parses as a page after decoding the escapes", true
		case r.JSON && o.AttrQuote == '"':
			return "as |tojson output in the double-quoted " + o.AttrName + " attribute, whose quotes it ends", true
		}
	}
	return "", false
}

// rawReason says why a reach is not escaped, in the words of FG0630.
func rawReason(r jinja.Reach) string {
	t, o := r.Template, r.Output
	switch {
	case slices.Contains(r.Filters, "safe"):
		return "marked |safe"
	case r.Markup:
		return "wrapped in Markup()"
	case t.Autoescape && !o.Autoescape:
		return "inside {% autoescape false %}"
	}
	return "Flask autoescapes only .html, .htm, .xml, .xhtml and .svg templates, not " + path.Base(t.Path)
}

func last(s []string) string {
	if len(s) == 0 {
		return ""
	}
	return s[len(s)-1]
}
