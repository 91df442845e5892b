package jinja

import (
	"bytes"
	"strings"
)

// InJSString reports whether an output in a <script> block sits inside a
// JavaScript string literal in single or double quotes
// (const q = "{{ q }}";). An HTML-escaped value cannot end such a string
// or the script: escaping encodes both quotes and '<'. Outside a string,
// or in a `template literal` whose ${...} runs code, it can.
//
// This is a reader of the script text, not a JavaScript parser: it
// follows quotes and comments from the <script> tag to the output, and
// skips the Jinja constructs in between. A quote inside a regular
// expression literal can mislead it; it then errs either way, which is
// why only the escaped case relies on it.
func (t *Template) InJSString(o *Output) bool {
	if o.Context != Script {
		return false
	}
	src := t.Source[:o.start]
	open := lastScriptTag(src)
	if open < 0 {
		return false
	}
	var quote byte // the open string's quote, 0 in code
	for i := open; i < len(src); i++ {
		c := src[i]
		switch {
		case c == '{' && i+1 < len(src) && strings.IndexByte("{%#", src[i+1]) >= 0:
			// A Jinja construct: skip it whole, its quotes are its own.
			end := bytes.Index(src[i+2:], []byte(closer(src[i+1])))
			if end < 0 {
				return false
			}
			i += 2 + end + 1
		case quote != 0 && c == '\\':
			i++
		case quote != 0:
			if c == quote || c == '\n' && quote != '`' {
				quote = 0
			}
		case c == '\'' || c == '"' || c == '`':
			quote = c
		case c == '/' && i+1 < len(src) && src[i+1] == '/':
			nl := bytes.IndexByte(src[i:], '\n')
			if nl < 0 {
				return false // the output is in a comment
			}
			i += nl
		case c == '/' && i+1 < len(src) && src[i+1] == '*':
			end := bytes.Index(src[i+2:], []byte("*/"))
			if end < 0 {
				return false
			}
			i += 2 + end + 1
		}
	}
	return quote == '\'' || quote == '"'
}

// closer is the end delimiter of a Jinja construct by its second byte.
func closer(c byte) string {
	switch c {
	case '%':
		return "%}"
	case '#':
		return "#}"
	}
	return "}}"
}

// lastScriptTag returns the offset just past the last <script ...> start
// tag in src, or -1.
func lastScriptTag(src []byte) int {
	lower := bytes.ToLower(src)
	at := bytes.LastIndex(lower, []byte("<script"))
	if at < 0 {
		return -1
	}
	end := bytes.IndexByte(src[at:], '>')
	if end < 0 {
		return -1
	}
	return at + end + 1
}
