package jinja

import (
	"bytes"
	"html"
	"strings"

	xhtml "golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Placeholder bytes. A masked construct is placeholderStart followed by
// placeholderFill up to its length. Neither byte is special to the HTML
// tokenizer: inside a tag they read as name or unquoted-value characters,
// elsewhere as text, and they contain no blank, quote, '<', '>', '=' or
// '/', so a construct never splits or merges the tokens around it.
const (
	placeholderStart = 0x01
	placeholderFill  = 0x02
)

// mask returns a copy of src with every construct replaced by a
// placeholder of the same length. Stray placeholder bytes in the source
// become '?' so that they cannot pass for a construct.
func mask(src []byte, cons []construct) []byte {
	m := bytes.Clone(src)
	for i, c := range m {
		if c == placeholderStart || c == placeholderFill {
			m[i] = '?'
		}
	}
	for _, c := range cons {
		m[c.start] = placeholderStart
		for i := c.start + 1; i < c.end; i++ {
			m[i] = placeholderFill
		}
	}
	return m
}

// maxOpenForms is how many <form> start tags may share one body, as the
// branches of {% if %}...{% elif %}...{% else %} that open the same form
// in different ways do. Four covers such chains in real templates.
const maxOpenForms = 4

// rawContexts are the elements whose content the tokenizer reads as raw
// text, and the context of an output placed there. Script is refined by
// the element's type.
var rawContexts = map[string]Context{
	"script": Script, "style": Style, "textarea": Text, "title": Text, "xmp": Text,
	"iframe": Text, "noembed": Text, "noframes": Text, "noscript": Text, "plaintext": Text,
}

// htmlPass tokenizes the masked template and records the context of every
// construct, the forms with their bodies, and hidden CSRF inputs.
func (p *parser) htmlPass() {
	masked := mask(p.src, p.cons)
	z := xhtml.NewTokenizer(bytes.NewReader(masked))
	pos, next := 0, 0
	var rawCtx Context
	var open []int // indices in p.forms of forms whose end tag is pending
	for {
		tt := z.Next()
		if tt == xhtml.ErrorToken {
			break
		}
		s := pos
		pos += len(z.Raw())
		e := pos
		ctx := rawCtx
		rawCtx = ""
		switch tt {
		case xhtml.TextToken:
			if ctx == "" {
				ctx = Text
			}
			next = p.placeAll(next, s, e, placement{context: ctx})
		case xhtml.CommentToken, xhtml.DoctypeToken:
			next = p.placeAll(next, s, e, placement{context: Comment})
		case xhtml.StartTagToken, xhtml.SelfClosingTagToken:
			name, _ := z.TagName()
			tag := string(name)
			attrs := scanAttrs(masked, s, e)
			next = p.placeInTag(next, s, e, tag, attrs)
			if atom.Lookup(name) != 0 {
				p.t.HasHTML = true
			}
			if c, ok := rawContexts[tag]; ok {
				rawCtx = c
				if tag == "script" && !runsAsScript(p.attrValue(attrs, "type")) {
					rawCtx = ScriptData
				}
			}
			switch tag {
			case "form":
				if len(open) == maxOpenForms {
					// A form left open ends where a later one starts,
					// so that each event counts for a few forms at most.
					p.forms[open[0]].bodyEnd = s
					open = open[1:]
				}
				p.forms = append(p.forms, formSpan{
					form: Form{
						Method: strings.ToLower(strings.TrimSpace(p.attrValue(attrs, "method"))),
						Action: p.attrRaw(attrs, "action"),
						Loc:    p.loc(s, e),
					},
					start: s, bodyStart: e, bodyEnd: len(p.src),
				})
				open = append(open, len(p.forms)-1)
			case "input":
				if p.isTokenInput(attrs) {
					p.events = append(p.events, event{off: s, kind: evToken})
				}
			}
		case xhtml.EndTagToken:
			next = p.placeAll(next, s, e, placement{context: Tag})
			if name, _ := z.TagName(); string(name) == "form" {
				// </form> ends every open form: a form tag duplicated in
				// {% if %}/{% else %} branches shares one body.
				for _, i := range open {
					p.forms[i].bodyEnd = s
				}
				open = open[:0]
			}
		}
	}
}

// placeAll gives every construct starting in [s, e) the same placement and
// returns the index of the first construct after e.
func (p *parser) placeAll(next, s, e int, pl placement) int {
	for ; next < len(p.cons) && p.cons[next].start < e; next++ {
		if p.cons[next].start >= s {
			p.places[next] = pl
		}
	}
	return next
}

// placeInTag places the constructs of a start tag: in an attribute value,
// or in the tag itself (attribute names and the space between).
func (p *parser) placeInTag(next, s, e int, element string, attrs []attrSpan) int {
	for ; next < len(p.cons) && p.cons[next].start < e; next++ {
		off := p.cons[next].start
		if off < s {
			continue
		}
		pl := placement{context: Tag, element: element}
		for _, a := range attrs {
			if !a.hasValue || off < a.vs || off >= a.ve {
				continue
			}
			name := strings.ToLower(string(p.src[a.ks:a.ke]))
			pl = placement{attrName: name, element: element, quote: a.quote, atStart: off == a.vs}
			switch {
			case a.quote == 0:
				pl.context = AttrUnquoted
			case IsEventAttr(name):
				pl.context = EventAttr
			case IsURLAttr(name):
				pl.context = URLAttr
			default:
				pl.context = AttrQuoted
			}
			break
		}
		p.places[next] = pl
	}
	return next
}

// attrSpan is one attribute of a start tag: the byte ranges of its name
// and value in the source, and the value's quote (0 when unquoted).
type attrSpan struct {
	ks, ke   int
	vs, ve   int
	quote    byte
	hasValue bool
}

// scanAttrs splits the start tag b[s:e], as delimited by the tokenizer,
// into attribute spans. The tokenizer returns attribute names and values
// but not where they are, and the place of each construct is what matters
// here, so this follows the tokenizer's own rules (readTag,
// readTagAttrKey, readTagAttrVal in golang.org/x/net/html) over the bytes
// it already delimited.
func scanAttrs(b []byte, s, e int) []attrSpan {
	var out []attrSpan
	i := s + 1
	for i < e && !isHTMLSpace(b[i]) && b[i] != '/' && b[i] != '>' {
		i++
	}
	for {
		i = skipHTMLSpace(b, i, e)
		if i >= e || b[i] == '>' {
			return out
		}
		a := attrSpan{ks: i}
		for j := i; j < e; j++ {
			c := b[j]
			if c == '=' && j == a.ks {
				continue // an '=' first is part of the name
			}
			if isHTMLSpace(c) || c == '/' || c == '>' || c == '=' {
				break
			}
			i = j + 1
		}
		a.ke = max(i, a.ks)
		i = a.ke
		j := skipHTMLSpace(b, i, e)
		switch {
		case j < e && b[j] == '/':
			i = j + 1
		case j < e && b[j] == '=':
			j = skipHTMLSpace(b, j+1, e)
			a.hasValue = true
			a.vs, a.ve = j, j
			switch {
			case j >= e || b[j] == '>':
				i = j
			case b[j] == '"' || b[j] == '\'':
				a.quote = b[j]
				a.vs = j + 1
				k := bytes.IndexByte(b[a.vs:e], a.quote)
				if k < 0 {
					a.ve, i = e, e
				} else {
					a.ve, i = a.vs+k, a.vs+k+1
				}
			default:
				k := j
				for k < e && !isHTMLSpace(b[k]) && b[k] != '>' {
					k++
				}
				a.ve, i = k, k
			}
		}
		if a.ke > a.ks || a.hasValue {
			out = append(out, a)
		}
		if i <= a.ks {
			i = a.ks + 1 // always make progress
		}
	}
}

func isHTMLSpace(c byte) bool {
	return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f'
}

func skipHTMLSpace(b []byte, i, e int) int {
	for i < e && isHTMLSpace(b[i]) {
		i++
	}
	return i
}

// attr returns the first attribute with the given (lower-case) name.
func (p *parser) attr(attrs []attrSpan, name string) (attrSpan, bool) {
	for _, a := range attrs {
		if strings.EqualFold(string(p.src[a.ks:a.ke]), name) {
			return a, true
		}
	}
	return attrSpan{}, false
}

// attrRaw returns an attribute's value as written in the source.
func (p *parser) attrRaw(attrs []attrSpan, name string) string {
	a, ok := p.attr(attrs, name)
	if !ok || !a.hasValue {
		return ""
	}
	return string(p.src[a.vs:a.ve])
}

// attrValue returns an attribute's value with character references
// decoded, as the browser reads it.
func (p *parser) attrValue(attrs []attrSpan, name string) string {
	return html.UnescapeString(p.attrRaw(attrs, name))
}

// isTokenInput reports whether an <input> carries a CSRF token: a name
// mentioning csrf and a value the template computes.
func (p *parser) isTokenInput(attrs []attrSpan) bool {
	if !strings.Contains(strings.ToLower(p.attrValue(attrs, "name")), "csrf") {
		return false
	}
	v, ok := p.attr(attrs, "value")
	return ok && v.hasValue && p.exprAt(v.vs, v.ve)
}

// runsAsScript reports whether a <script> of this type attribute is run
// as JavaScript (HTML's classic and module scripts). A type computed by
// the template is assumed to run.
func runsAsScript(typ string) bool {
	typ = strings.ToLower(strings.TrimSpace(typ))
	typ, _, _ = strings.Cut(typ, ";")
	switch strings.TrimSpace(typ) {
	case "", "module", "text/javascript", "application/javascript", "application/ecmascript",
		"text/ecmascript", "application/x-javascript", "application/x-ecmascript",
		"text/x-javascript", "text/x-ecmascript", "text/jscript", "text/livescript":
		return true
	}
	return strings.Contains(typ, "{")
}

// urlAttrs are the attributes browsers read as URLs.
var urlAttrs = map[string]bool{
	"href": true, "src": true, "action": true, "formaction": true, "xlink:href": true,
	"poster": true, "cite": true, "background": true, "longdesc": true, "manifest": true,
	"codebase": true, "data": true, "ping": true, "icon": true, "lowsrc": true, "dynsrc": true,
	"profile": true, "usemap": true, "classid": true, "archive": true, "srcset": true,
}

// IsURLAttr reports whether a (lower-case) attribute name holds a URL.
func IsURLAttr(name string) bool { return urlAttrs[name] }

// IsEventAttr reports whether a (lower-case) attribute name is an event
// handler (onclick, onload, ...), whose value runs as JavaScript.
func IsEventAttr(name string) bool { return len(name) > 2 && strings.HasPrefix(name, "on") }
