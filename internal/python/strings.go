package python

import (
	"bytes"
	"unicode/utf8"
)

// str converts a string or an implicit concatenation of strings into one
// String. Decoded text accumulates in c.buf: each call appends past what
// its callers have written (an f-string's replacement field may itself
// hold strings) and truncates back when done, so one buffer serves the
// whole file and each String costs a single allocation for its Value.
func (c *converter) str(i int32) *String {
	s := c.strSlab.new()
	*s = String{base: base{c.span(i)}}
	start := len(c.buf)
	if c.kind(i) == tkConcatString {
		for j := i + 1; j < c.end(i); j = c.end(j) {
			if c.kind(j) == tkString {
				c.strPart(j, s)
			}
		}
	} else {
		c.strPart(i, s)
	}
	s.Value = string(c.buf[start:])
	c.buf = c.buf[:start]
	return s
}

// strPart appends the value of one string literal to c.buf and its
// replacement fields to s.Interpolations.
func (c *converter) strPart(i int32, s *String) {
	var raw, isBytes, fstr bool
	for j := i + 1; j < c.end(i); j = c.end(j) {
		switch c.kind(j) {
		case tkStringStart:
			// The prefix letters precede the opening quote.
			for _, ch := range c.bytes(j) {
				switch ch | 0x20 { // ASCII lower case
				case 'r':
					raw = true
				case 'b':
					isBytes = true
				case 'f':
					fstr = true
				}
				if ch == '"' || ch == '\'' {
					break
				}
			}
			s.Bytes = s.Bytes || isBytes
			s.FString = s.FString || fstr
		case tkStringContent:
			c.buf = decodeString(c.buf, c.bytes(j), raw, isBytes, fstr)
		case tkInterpolation:
			c.interpolation(j, s)
		}
	}
}

// interpolation handles one `{expr!c:spec}` replacement field.
func (c *converter) interpolation(i int32, s *String) {
	if e := c.field(i, c.f.expression); e >= 0 {
		x := c.required(c.expr(e), i)
		s.Interpolations = append(s.Interpolations, x)
	}
	for j := i + 1; j < c.end(i); j = c.end(j) {
		switch {
		case c.kind(j) == tkEquals && c.n[j].flags&flagNamed == 0:
			// `{x = }` prints its own source text, up to the conversion,
			// spec or closing brace, before the value, as CPython's AST
			// records it.
			from, to := c.n[i].start+1, c.n[i].end-1
			if next := c.end(j); next < c.end(i) {
				to = c.n[next].start
			}
			if from <= to && int(to) <= len(c.src) {
				c.buf = append(c.buf, c.src[from:to]...)
			}
		case c.n[j].field == c.f.formatSpecifier:
			// Nested fields in the spec, as in {x:>{width}}, are
			// interpolations too; the spec's literal text is not part of
			// the string's value.
			for k := j + 1; k < c.end(j); k = c.end(k) {
				if c.kind(k) == tkFormatExpression {
					c.interpolation(k, s)
				}
			}
		}
	}
}

// decodeString appends the value of a literal's source text src to dst:
// escape sequences are processed unless raw, and in f-strings `{{` and
// `}}` stand for single braces.
func decodeString(dst, src []byte, raw, isBytes, fstr bool) []byte {
	special := "\\{}"
	switch {
	case raw && fstr:
		special = "{}"
	case raw:
		return append(dst, src...)
	case !fstr:
		special = "\\"
	}
	for len(src) > 0 {
		k := bytes.IndexAny(src, special)
		if k < 0 {
			return append(dst, src...)
		}
		dst = append(dst, src[:k]...)
		src = src[k:]
		if ch := src[0]; ch != '\\' {
			dst = append(dst, ch)
			if len(src) > 1 && src[1] == ch {
				src = src[2:]
			} else {
				src = src[1:]
			}
			continue
		}
		dst, src = decodeEscape(dst, src, isBytes)
	}
	return dst
}

// decodeEscape decodes the escape sequence at the start of src, which
// begins with a backslash, and returns the rest of src. Unknown escapes
// keep their backslash, as Python does; \N{name} is kept as written.
func decodeEscape(dst, src []byte, isBytes bool) ([]byte, []byte) {
	if len(src) < 2 {
		return append(dst, src...), nil
	}
	switch e := src[1]; e {
	case '\n':
		return dst, src[2:] // line continuation
	case '\r':
		if len(src) > 2 && src[2] == '\n' {
			return dst, src[3:]
		}
		return dst, src[2:]
	case '\\', '\'', '"':
		return append(dst, e), src[2:]
	case 'a':
		return append(dst, '\a'), src[2:]
	case 'b':
		return append(dst, '\b'), src[2:]
	case 'f':
		return append(dst, '\f'), src[2:]
	case 'n':
		return append(dst, '\n'), src[2:]
	case 'r':
		return append(dst, '\r'), src[2:]
	case 't':
		return append(dst, '\t'), src[2:]
	case 'v':
		return append(dst, '\v'), src[2:]
	case '0', '1', '2', '3', '4', '5', '6', '7':
		v, n := 0, 1
		for n < 4 && n < len(src) && src[n] >= '0' && src[n] <= '7' {
			v = v*8 + int(src[n]-'0')
			n++
		}
		return appendCode(dst, v, isBytes), src[n:]
	case 'x':
		if v, ok := hexValue(src[2:], 2); ok {
			return appendCode(dst, v, isBytes), src[4:]
		}
	case 'u', 'U':
		n := 4
		if e == 'U' {
			n = 8
		}
		if v, ok := hexValue(src[2:], n); ok && !isBytes && v <= utf8.MaxRune {
			return utf8.AppendRune(dst, rune(v)), src[2+n:]
		}
	case 'N':
		if k := bytes.IndexByte(src, '}'); !isBytes && len(src) > 2 && src[2] == '{' && k > 0 {
			return append(dst, src[:k+1]...), src[k+1:]
		}
	}
	return append(dst, src[:2]...), src[2:]
}

// appendCode appends code point v: as a byte in a bytes literal, UTF-8
// encoded in a str.
func appendCode(dst []byte, v int, isBytes bool) []byte {
	if isBytes {
		return append(dst, byte(v))
	}
	return utf8.AppendRune(dst, rune(v))
}

// hexValue parses exactly n hex digits at the start of b.
func hexValue(b []byte, n int) (int, bool) {
	if len(b) < n {
		return 0, false
	}
	v := 0
	for _, ch := range b[:n] {
		switch {
		case ch >= '0' && ch <= '9':
			v = v*16 + int(ch-'0')
		case ch|0x20 >= 'a' && ch|0x20 <= 'f':
			v = v*16 + int(ch|0x20-'a') + 10
		default:
			return 0, false
		}
	}
	return v, true
}
