package jinja

import (
	"bytes"
	"strings"
)

// kind is the sort of Jinja construct.
type kind uint8

const (
	kExpr    kind = iota // {{ ... }}
	kStmt                // {% ... %}
	kComment             // {# ... #}
)

// construct is one Jinja construct found by lex, delimiters included.
type construct struct {
	kind       kind
	start, end int
	// inner is the text between the delimiters without whitespace-control
	// marks and surrounding blanks.
	inner string
}

// lex finds the Jinja constructs of src in order. Inside {{ }} and {% %}
// quotes and brackets are followed, as Jinja's lexer does, so that "}}" in
// a string or in a dict literal does not end the construct. The content of
// {% raw %} blocks is skipped. Problems are passed to report with the
// offset of the construct they concern; lexing goes on after each.
func lex(src []byte, report func(off int, msg string)) []construct {
	var out []construct
	for i := 0; ; {
		j := nextOpen(src, i)
		if j < 0 {
			return out
		}
		c := construct{start: j}
		closer := "}}"
		switch src[j+1] {
		case '#':
			c.kind = kComment
			end := bytes.Index(src[j+2:], []byte("#}"))
			if end < 0 {
				report(j, "{# comment is never closed with #}")
				c.end, c.inner = len(src), string(src[j+2:])
				return append(out, c)
			}
			c.end = j + 2 + end + 2
			c.inner = string(src[j+2 : j+2+end])
			out = append(out, c)
			i = c.end
			continue
		case '%':
			c.kind, closer = kStmt, "%}"
		default:
			c.kind = kExpr
		}
		end, ok := scanCode(src, j+2, closer)
		innerEnd := end - 2
		if !ok {
			// A stray quote or bracket: fall back to the first closing
			// delimiter so that one typo does not swallow the template.
			if k := bytes.Index(src[j+2:], []byte(closer)); k >= 0 {
				report(j, "unbalanced quote or bracket in "+string(src[j:j+2])+" "+closer)
				end = j + 2 + k + 2
				innerEnd = end - 2
			} else {
				report(j, string(src[j:j+2])+" is never closed with "+closer)
				end, innerEnd = len(src), len(src)
			}
		}
		c.end = end
		c.inner = trimMarks(string(src[j+2 : innerEnd]))
		out = append(out, c)
		i = end
		if c.kind == kStmt && firstWord(c.inner) == "raw" {
			s, e := findEndRaw(src, end)
			if s < 0 {
				// The rest is raw text; the statement pass reports the
				// block left open.
				return out
			}
			out = append(out, construct{kind: kStmt, start: s, end: e, inner: "endraw"})
			i = e
		}
	}
}

// nextOpen returns the offset of the next "{{", "{%" or "{#" at or after
// i, or -1.
func nextOpen(src []byte, i int) int {
	for i < len(src)-1 {
		k := bytes.IndexByte(src[i:len(src)-1], '{')
		if k < 0 {
			return -1
		}
		i += k
		switch src[i+1] {
		case '{', '%', '#':
			return i
		}
		i++
	}
	return -1
}

// scanCode scans the code of a {{ or {% construct from i and returns the
// offset just past its closing delimiter. The delimiter only counts outside
// strings and with every bracket closed, as in Jinja's lexer. ok is false
// when a closing bracket does not match the open one (Jinja rejects that
// too) or the source ends first; stopping at the mismatch keeps a stray
// '(' from sending every later construct on a scan to the end of the file.
func scanCode(src []byte, i int, closer string) (end int, ok bool) {
	var open []byte // the closing brackets expected, innermost last
	for ; i < len(src); i++ {
		switch c := src[i]; c {
		case '\'', '"':
			i = skipQuoted(src, i+1, c)
		case '(':
			open = append(open, ')')
		case '[':
			open = append(open, ']')
		case '{':
			open = append(open, '}')
		case '%', ')', ']', '}':
			if len(open) == 0 && i+1 < len(src) && c == closer[0] && src[i+1] == '}' {
				return i + 2, true
			}
			if c == '%' {
				continue
			}
			if len(open) == 0 || open[len(open)-1] != c {
				return i, false
			}
			open = open[:len(open)-1]
		}
	}
	return len(src), false
}

// skipQuoted returns the offset of the quote closing a string whose body
// starts at i, or len(src). A backslash escapes the next byte.
func skipQuoted(src []byte, i int, q byte) int {
	for ; i < len(src); i++ {
		switch src[i] {
		case '\\':
			i++
		case q:
			return i
		}
	}
	return len(src)
}

// findEndRaw finds {% endraw %} (with optional whitespace-control marks)
// from i and returns its start and end offsets, or -1, -1.
func findEndRaw(src []byte, i int) (start, end int) {
	for {
		k := bytes.Index(src[i:], []byte("{%"))
		if k < 0 {
			return -1, -1
		}
		s := i + k
		j := s + 2
		if j < len(src) && (src[j] == '-' || src[j] == '+') {
			j++
		}
		j = skipBlanks(src, j)
		if bytes.HasPrefix(src[j:], []byte("endraw")) {
			j = skipBlanks(src, j+len("endraw"))
			if j < len(src) && (src[j] == '-' || src[j] == '+') {
				j++
			}
			if bytes.HasPrefix(src[j:], []byte("%}")) {
				return s, j + 2
			}
		}
		i = s + 2
	}
}

func skipBlanks(src []byte, i int) int {
	for i < len(src) && (src[i] == ' ' || src[i] == '\t' || src[i] == '\n' || src[i] == '\r') {
		i++
	}
	return i
}

// trimMarks removes the whitespace-control marks that may follow the
// opening or precede the closing delimiter ({{- x -}}, {%+ if %}) and the
// blanks around the code.
func trimMarks(s string) string {
	if s != "" && (s[0] == '-' || s[0] == '+') {
		s = s[1:]
	}
	if s != "" && (s[len(s)-1] == '-' || s[len(s)-1] == '+') {
		s = s[:len(s)-1]
	}
	return strings.TrimSpace(s)
}

// firstWord returns the leading identifier of a statement: its tag.
func firstWord(s string) string {
	i := 0
	for i < len(s) && isIdentByte(s[i], i > 0) {
		i++
	}
	return s[:i]
}

func isIdentByte(c byte, notFirst bool) bool {
	return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || notFirst && c >= '0' && c <= '9' || c >= 0x80
}
