// Package jinja reads Jinja templates as Flask renders them into HTML: it
// finds every {{ output }}, {% statement %} and {# comment #}, tells in
// which HTML context each output lands (text, a quoted or unquoted
// attribute, a URL or event-handler attribute, a script or style body, an
// HTML comment), whether Flask's autoescaping still covers it, and which
// forms post without a CSRF token.
//
// The HTML structure comes from golang.org/x/net/html's tokenizer, not from
// a parser of our own. Jinja syntax may sit anywhere in the markup, even
// between attributes or inside a quoted attribute with quotes of its own
// (href="{{ url_for("x") }}"), which would derail any HTML tokenizer. So the
// template is first scanned for Jinja delimiters, each construct is masked
// with a placeholder of the same length made of bytes the tokenizer treats
// as ordinary name or text characters, and the masked copy is tokenized.
// Byte offsets stay those of the source, so every token and every
// placeholder maps back to the construct and its line.
//
// Parse never panics and never gives up: a malformed template yields what
// could be read plus Errors with line numbers.
//
// Flow follows the values a view passes to render_template through a
// template as Jinja renders it (includes, layouts, loops, assignments,
// filters) to the outputs that write them out, with how each is escaped
// there, so that the rules can tell which outputs request data reaches.
package jinja

import (
	"fmt"
	"strings"

	"github.com/flaskguard/flaskguard/internal/finding"
)

// Context is the place in the HTML document where an output lands, which
// decides what escaping must do there.
type Context string

// The contexts an output can land in.
const (
	// Text is element content (RCDATA elements such as <textarea> and
	// <title> included): HTML escaping protects it.
	Text Context = "text"
	// AttrQuoted is a quoted attribute value that is neither a URL nor an
	// event handler.
	AttrQuoted Context = "attr-quoted"
	// AttrUnquoted is an unquoted attribute value, whatever the attribute:
	// a space in the value starts a new attribute, and escaping does not
	// encode spaces.
	AttrUnquoted Context = "attr-unquoted"
	// URLAttr is a quoted attribute the browser reads as a URL (href, src,
	// action, formaction, ...): escaping does not stop javascript: URLs.
	URLAttr Context = "url-attr"
	// EventAttr is a quoted on* attribute, run as JavaScript after the
	// browser decodes its entities, so HTML escaping does not protect it.
	EventAttr Context = "event-attr"
	// Tag is inside a tag but outside any attribute value: where attribute
	// names go (<input {{ attrs }}>).
	Tag Context = "tag"
	// Script is the body of a <script> element run as JavaScript.
	Script Context = "script"
	// ScriptData is the body of a <script> element of a type the browser
	// does not run (application/json, text/template, ...): a data block.
	ScriptData Context = "script-data"
	// Style is the body of a <style> element.
	Style Context = "style"
	// Comment is inside an HTML comment.
	Comment Context = "comment"
)

// Template is one parsed template.
type Template struct {
	// Path is the template's path as given to Parse (relative to the scan
	// root, slash-separated).
	Path string
	// Name is the name render_template uses for it: the path below the
	// outermost folder named "templates" ("auth/login.html"), or "" for a
	// template outside any such folder.
	Name   string
	Source []byte
	// Autoescape tells whether Flask escapes outputs of this template, by
	// its file name: on for names ending in .html, .htm, .xml, .xhtml and
	// .svg (case-sensitive, as Flask's select_jinja_autoescape compares),
	// off for .txt, .j2, .jinja, .md and everything else.
	Autoescape bool
	// HasHTML is true when the template contains at least one start tag of
	// a known HTML element, so that it produces markup whatever its name.
	HasHTML bool
	Outputs []Output
	// Blocks lists the statements that shape rendering: autoescape
	// regions, extends, include, import, set, macro, call, block, filter
	// and raw, in source order.
	Blocks []Block
	Forms  []Form
	// Macros are the macros the template defines, with what they render
	// that bears on CSRF.
	Macros []Macro
	// Top is what the template renders outside its macros.
	Top Body
	// Comments maps the 1-based line of each {# comment #} to its text
	// from a '#' on, without the closing "#}": "# flaskguard: ignore[FG0630]".
	// Suppression directives in a template comment govern their own line.
	Comments map[int]string
	// Errors are the syntax problems found, in source order.
	Errors []Error
}

// Output is one {{ expression }}.
type Output struct {
	// Expr is the expression as written, without delimiters.
	Expr string
	// Root is the leading variable name: "user" in user.name|e, "" when
	// the expression starts with a literal.
	Root string
	// Names are the free variables the expression reads, in order of first
	// appearance: not attributes, filter or test names, keyword names.
	Names []string
	// Filters are the filters applied at the top level, in order ("e",
	// "safe"); dotted filter names are kept whole.
	Filters []string
	// Call is the dotted name of the function when the whole value is one
	// call: "url_for", "form.hidden_tag", "forms.render_field", "super".
	Call string
	// Constant is true when the value is built from literals only
	// ("<br>"|safe, 'checked' if x else ''): it cannot carry user input.
	Constant bool
	Context  Context
	// AttrName is the attribute the output sits in (lower-cased), for the
	// attribute contexts, and AttrQuote its quote character (0 unquoted).
	AttrName  string
	AttrQuote byte
	// Element is the lower-cased name of the element whose start tag
	// holds the output, for the attribute and tag contexts: whether a URL
	// attribute runs javascript: URLs depends on it (<a href> does,
	// <img src> does not).
	Element string
	// AtValueStart is true when the output begins its attribute value, so
	// it decides a URL's scheme.
	AtValueStart bool
	// Autoescape is the autoescaping in force where the output sits: the
	// template's, or that of the innermost {% autoescape %} block.
	Autoescape bool
	// Escaped is the effective result: the value is HTML-escaped on output
	// (autoescape on and no |safe or Markup, or an explicit |e, |escape,
	// |forceescape) or cannot carry markup (|tojson, |urlencode, |int, ...).
	Escaped bool
	// Macro is the innermost macro the output sits in, Set the variable a
	// {% set %} block captures it into.
	Macro string
	Set   string
	Loc   finding.Location
	// start and end are the byte offsets of the whole {{ ... }}.
	start, end int
}

// BlockKind names a statement kind in Blocks.
type BlockKind string

// The statements recorded in Template.Blocks.
const (
	BlockAutoescape BlockKind = "autoescape"
	BlockExtends    BlockKind = "extends"
	BlockInclude    BlockKind = "include"
	// BlockImport is {% import %} and {% from ... import %}.
	BlockImport BlockKind = "import"
	// BlockSet is {% set x = ... %} and the block form {% set x %}...{% endset %}.
	BlockSet    BlockKind = "set"
	BlockMacro  BlockKind = "macro"
	BlockCall   BlockKind = "call"
	BlockBlock  BlockKind = "block"
	BlockFilter BlockKind = "filter"
	BlockRaw    BlockKind = "raw"
)

// Block is one statement of interest, with its region when it has one.
type Block struct {
	Kind BlockKind
	// Name is the macro, block or set variable name, the macro a call
	// block calls, or for extends, include and import the template name
	// when it is a string literal ("" when computed).
	Name string
	// Args is the rest of the statement after its keyword, as written.
	Args string
	// Autoescape is, for an autoescape block, whether escaping is on
	// inside it.
	Autoescape bool
	// Alias is the name of {% import "x" as alias %}; Names the macros of
	// {% from "x" import a, b as c %}.
	Alias string
	Names []ImportedName
	// Loc is the opening statement, End the closing one (zero for single
	// statements and for blocks left open).
	Loc, End finding.Location
	// start and end delimit the block's content in bytes.
	start, end int
}

// ImportedName is one name of a {% from ... import %}.
type ImportedName struct {
	Name string // the macro's name in the imported template
	As   string // the local name (Name unless renamed with "as")
}

// Body is what a region of a template (a form, a macro, the template
// outside its macros) renders that bears on CSRF protection.
type Body struct {
	// HasCSRFToken is true when the region renders a CSRF token:
	// csrf_token(), form.csrf_token, form.hidden_tag(), any output naming
	// csrf, or an <input name="...csrf..."> with a template value.
	HasCSRFToken bool
	// Calls are the macros called in the region ("render_csrf",
	// "forms.field"), by {{ ... }} or {% call %}, which may render a token.
	Calls []string
	// Includes are the templates included by literal name.
	Includes []string
	// Opaque is true when part of the region is filled in elsewhere and
	// cannot be read here: {{ caller() }}, a {% block %} a child template
	// may override, or an include with a computed name.
	Opaque bool
}

// Form is one <form> element.
type Form struct {
	// Method is the method attribute, lower-cased and trimmed ("" when
	// absent, which means GET); Jinja in it is kept as written.
	Method string
	// Action is the action attribute as written, Jinja included.
	Action string
	Body
	// Macro is the macro the form is defined in, if any.
	Macro string
	// Loc is the form's start tag.
	Loc finding.Location
}

// Macro is one {% macro %} definition.
type Macro struct {
	Name string
	Body
	Loc finding.Location
}

// Error is a syntax problem in a template.
type Error struct {
	Line, Col int
	Message   string
}

func (e Error) Error() string { return fmt.Sprintf("line %d:%d: %s", e.Line, e.Col, e.Message) }

// autoescapeExts are the endings for which Flask turns autoescaping on
// (Flask.select_jinja_autoescape; .svg since Flask 2.2).
var autoescapeExts = [...]string{".html", ".htm", ".xml", ".xhtml", ".svg"}

// Parse reads a template. It always returns a Template with everything
// that could be read; the error is non-nil exactly when t.Errors is not
// empty and wraps the first of them.
func Parse(path string, src []byte) (*Template, error) {
	t := &Template{Path: path, Name: templateName(path), Source: src, Comments: map[int]string{}}
	for _, ext := range autoescapeExts {
		if strings.HasSuffix(path, ext) {
			t.Autoescape = true
		}
	}
	p := newParser(t)
	p.run()
	if len(t.Errors) == 0 {
		return t, nil
	}
	if len(t.Errors) == 1 {
		return t, fmt.Errorf("%s: %w", path, t.Errors[0])
	}
	return t, fmt.Errorf("%s: %w (and %d more errors)", path, t.Errors[0], len(t.Errors)-1)
}

// templateName returns the path below the outermost "templates" folder:
// that is the loader root of an app or of a blueprint's template_folder.
func templateName(path string) string {
	parts := strings.Split(path, "/")
	for i, p := range parts[:len(parts)-1] {
		if p == "templates" {
			return strings.Join(parts[i+1:], "/")
		}
	}
	return ""
}
