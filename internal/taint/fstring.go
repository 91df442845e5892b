package taint

import (
	"strings"

	"github.com/flaskguard/flaskguard/internal/python"
	"github.com/flaskguard/flaskguard/internal/taint/spec"
)

// evalString evaluates a string literal; an f-string carries the taint
// of its replacement fields, and a literal start that fixes the scheme
// and host (or a local path) makes it safe as a URL.
func (f *frame) evalString(s *python.String) Value {
	if s.IsConstant() {
		k := strConst(s.Value)
		if s.Bytes {
			k.kind = kBytes
		}
		return constValue(k)
	}
	out := Value{str: true}
	allConst := true
	vals := make([]Value, len(s.Interpolations))
	for i, e := range s.Interpolations {
		v := f.eval(e)
		vals[i] = v
		t := printedTaint(v)
		if f.reprField(e) {
			t = t.clear(spec.Log | spec.Header | spec.Code)
		}
		if endsInQuote(f.fieldPrefix(s, i)) {
			t = t.requote()
		}
		out.t = out.t.union(t)
		allConst = allConst && v.k.known()
	}
	if allConst && len(s.Interpolations) == 0 {
		out.k = strConst(s.Value)
	}
	c := f.fstringStart(s, vals)
	if out.t.tainted() {
		out.t = out.t.clear(c)
	}
	out.aux = prefixMarker(c, false)
	return out
}

// reprField reports whether an f-string field writes its value with
// repr(): {x!r}, {x!a}, or the self-documenting {x=} without a format.
func (f *frame) reprField(e python.Expr) bool {
	src := f.mod.File.Source
	at := int(e.Span().End.Offset)
	if at < 0 || at >= len(src) {
		return false
	}
	rest := strings.TrimLeft(string(src[at:min(at+8, len(src))]), " ")
	if strings.HasPrefix(rest, "!r") || strings.HasPrefix(rest, "!a") {
		return true
	}
	if after, ok := strings.CutPrefix(rest, "="); ok {
		after = strings.TrimLeft(after, " ")
		return !strings.HasPrefix(after, "!s") && !strings.HasPrefix(after, ":")
	}
	return false
}

// fieldPrefix is the literal text of an f-string just before its i-th
// replacement field, read from the source.
func (f *frame) fieldPrefix(s *python.String, i int) string {
	if i == 0 {
		return f.fstringPrefix(s)
	}
	src := f.mod.File.Source
	start, end := int(s.Interpolations[i-1].Span().End.Offset), int(s.Interpolations[i].Span().Start.Offset)
	if start < 0 || end > len(src) || start >= end {
		return ""
	}
	text := string(src[start:end])
	if j := strings.IndexByte(text, '}'); j >= 0 {
		text = text[j+1:]
	}
	return strings.TrimSuffix(text, "{")
}

// fstringPrefix is the literal text of an f-string before its first
// replacement field, read from the source.
func (f *frame) fstringPrefix(s *python.String) string {
	if len(s.Interpolations) == 0 {
		return s.Value
	}
	src := f.mod.File.Source
	start, end := int(s.Span().Start.Offset), int(s.Interpolations[0].Span().Start.Offset)
	if start < 0 || end > len(src) || start >= end {
		return ""
	}
	text := string(src[start:end])
	i := strings.IndexAny(text, `"'`)
	if i < 0 {
		return ""
	}
	text = strings.TrimLeft(text[i:], `"'`)
	return strings.TrimSuffix(text, "{")
}

// fstringStart is what the start of an f-string fixes (see appendClears),
// read piece by piece: its literal text and its fields in order, so that
// f"{url_for('index')}?q={q}" is a path of the site. A field with a
// conversion or format spec is printed differently and fixes nothing.
func (f *frame) fstringStart(s *python.String, vals []Value) spec.Class {
	var pieces []Value
	if p := f.fstringPrefix(s); p != "" {
		pieces = append(pieces, constValue(strConst(p)))
	}
	for i, v := range vals {
		if !f.plainField(s.Interpolations[i]) {
			v = Value{str: true}
		}
		pieces = append(pieces, v)
		if i+1 < len(vals) {
			if lit := f.fieldPrefix(s, i+1); lit != "" {
				pieces = append(pieces, constValue(strConst(lit)))
			}
		}
	}
	if len(pieces) == 0 {
		return spec.None
	}
	acc := pieces[0]
	for _, p := range pieces[1:] {
		c, root := appendClears(acc, p)
		if !root {
			return c
		}
		acc = Value{aux: auxSiteRoot}
	}
	// Literal text after the last field is not read; a root path may be
	// followed by a slash there.
	c, _ := prefixOf(acc)
	return c
}

// plainField reports an f-string field written as str() writes it: no
// !conversion, no = and no format spec between the expression and "}".
func (f *frame) plainField(e python.Expr) bool {
	src := f.mod.File.Source
	at := int(e.Span().End.Offset)
	if at < 0 || at >= len(src) {
		return false
	}
	rest := strings.TrimLeft(string(src[at:min(at+8, len(src))]), " ")
	return strings.HasPrefix(rest, "}")
}
