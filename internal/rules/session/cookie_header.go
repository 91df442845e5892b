package session

import (
	"strings"

	"github.com/flaskguard/flaskguard/internal/finding"
	"github.com/flaskguard/flaskguard/internal/project"
	"github.com/flaskguard/flaskguard/internal/python"
	"github.com/flaskguard/flaskguard/internal/rules/internal/ruleutil"
	"github.com/flaskguard/flaskguard/internal/rules/rule"
	"github.com/flaskguard/flaskguard/internal/taint"
)

// A cookie can be set without set_cookie, by writing the Set-Cookie
// header itself: resp.headers.add("Set-Cookie", "sid=...; Path=/"),
// resp.headers["Set-Cookie"] = ..., a {"Set-Cookie": ...} header dict, a
// ("Set-Cookie", ...) pair in a header list. Its attributes are then text,
// and FG0401 reads them from the value: the whole text when it is a
// constant (the taint engine folds it through variables), else the
// constant parts of a concatenation, an f-string or a % or str.format
// template, with holes where the value is not known.

// hole stands for a part of a header value not known at analysis time.
const hole = "\x00"

// headerMethods add a header by name and value to werkzeug's Headers (or
// to a dict of headers).
var headerMethods = map[string]bool{"add": true, "set": true, "add_header": true, "setdefault": true}

// checkSetCookieCall checks headers.add("Set-Cookie", value) and the like.
func checkSetCookieCall(c *rule.Ctx, call *python.Call, facts callFacts) {
	fn, ok := call.Func.(*python.Attribute)
	if !ok || !headerMethods[fn.Attr] || !headersLike(fn.Value) {
		return
	}
	name, ok := call.Positional(0)
	value, ok2 := call.Positional(1)
	if !ok || !ok2 {
		return
	}
	f, hasFacts := facts.lookup(call)
	if hasFacts && !f.Reachable && f.Complete {
		return
	}
	scope := c.Module.ScopeAt(call.Span().Start)
	if !isSetCookie(c, name, scope, factArg(f, hasFacts, 0)) {
		return
	}
	text := cookieText(c, value, scope, 0)
	if v := factArg(f, hasFacts, 1); v.Const.Kind == taint.StrConst {
		text = v.Const.Str
	}
	reportSetCookie(c, value, text)
}

// factArg is the fact of a positional argument, if there are facts.
func factArg(f taint.CallFacts, ok bool, pos int) taint.Fact {
	if !ok {
		return taint.Fact{}
	}
	v, _ := f.Arg(pos, "")
	return v
}

// checkSetCookieAssign checks resp.headers["Set-Cookie"] = value.
func checkSetCookieAssign(c *rule.Ctx, a *python.Assign) {
	if a.Value == nil || a.Op != "" {
		return
	}
	for _, t := range a.Targets {
		sub, ok := t.(*python.Subscript)
		if !ok || !headersLike(sub.Value) {
			continue
		}
		scope := c.Module.ScopeAt(a.Span().Start)
		if isSetCookie(c, sub.Index, scope, taint.Fact{}) {
			reportSetCookie(c, a.Value, cookieText(c, a.Value, scope, 0))
		}
	}
}

// checkSetCookieDict checks {"Set-Cookie": value} header dicts.
func checkSetCookieDict(c *rule.Ctx, d *python.Dict) {
	for i, k := range d.Keys {
		if k == nil || i >= len(d.Values) {
			continue
		}
		if s, ok := python.StringValue(k); ok && strings.EqualFold(s, "set-cookie") {
			scope := c.Module.ScopeAt(d.Span().Start)
			reportSetCookie(c, d.Values[i], cookieText(c, d.Values[i], scope, 0))
		}
	}
}

// checkSetCookiePair checks ("Set-Cookie", value) in a header list.
func checkSetCookiePair(c *rule.Ctx, t *python.Tuple) {
	if len(t.Elts) != 2 {
		return
	}
	if s, ok := python.StringValue(t.Elts[0]); ok && strings.EqualFold(s, "set-cookie") {
		scope := c.Module.ScopeAt(t.Span().Start)
		reportSetCookie(c, t.Elts[1], cookieText(c, t.Elts[1], scope, 0))
	}
}

// headersLike reports whether an expression names response headers:
// resp.headers, headers, response_headers.
func headersLike(e python.Expr) bool {
	var last string
	switch x := e.(type) {
	case *python.Name:
		last = x.ID
	case *python.Attribute:
		last = x.Attr
	}
	for _, w := range ruleutil.Words(last) {
		if w == "headers" {
			return true
		}
	}
	return false
}

// isSetCookie reports whether a header name is Set-Cookie, in any case:
// a literal, a constant, or what the engine folded.
func isSetCookie(c *rule.Ctx, name python.Expr, scope project.Scope, f taint.Fact) bool {
	if f.Const.Kind == taint.StrConst {
		return strings.EqualFold(f.Const.Str, "set-cookie")
	}
	v, ok := c.Project.ConstAt(c.Module, name, scope)
	return ok && v.Kind == project.StringValue && strings.EqualFold(v.Str, "set-cookie")
}

// reportSetCookie reports a Set-Cookie value whose text shows its
// attributes and no Secure among them.
func reportSetCookie(c *rule.Ctx, value python.Expr, text string) {
	secure, known := cookieSecureAttr(text)
	if !known || secure {
		return
	}
	cookie, _, _ := strings.Cut(text, "=")
	cookie = strings.TrimSpace(cookie)
	sev, what, why := finding.Medium, "a cookie", ""
	if cookie != "" && !strings.Contains(cookie, hole) && !strings.Contains(cookie, ";") {
		what = "the cookie \"" + cookie + "\""
		if isSensitiveCookieName(cookie) {
			sev, why = finding.High, ", and it "+sensitiveWhy
		}
	}
	c.ReportSeverity(value.Span(), sev, "a Set-Cookie header sets "+what+" without the Secure attribute: browsers send "+
		"it over plain HTTP too, where anyone on the network can read it"+why)
}

// cookieSecureAttr reads the attributes of a Set-Cookie value: whether
// Secure is among them, and whether the text shows them all. It does when
// the value is a constant, or when every part not known is the cookie's
// value or an attribute's value (after "Max-Age="): an unknown part where
// an attribute starts might be "Secure". A value with holes and no
// attribute at all shows nothing.
func cookieSecureAttr(text string) (secure, known bool) {
	parts := strings.Split(text, ";")
	if len(parts) == 1 {
		return false, !strings.Contains(text, hole)
	}
	for _, p := range parts[1:] {
		attr, _, _ := strings.Cut(strings.TrimSpace(p), "=")
		if strings.Contains(attr, hole) {
			return false, false
		}
		if strings.EqualFold(strings.TrimSpace(attr), "secure") {
			return true, true
		}
	}
	return false, true
}

// maxCookieTextDepth bounds how many local assignments cookieText follows
// (cookie = base + attrs; base = f"sid={sid}").
const maxCookieTextDepth = 3

// cookieText renders a header value as text, with hole for what is not
// known: constant strings, the literal parts of f-strings, + chains, % and
// str.format templates, and local names assigned once.
func cookieText(c *rule.Ctx, e python.Expr, scope project.Scope, depth int) string {
	switch x := e.(type) {
	case *python.String:
		if x.IsConstant() {
			return x.Value
		}
		return fstringText(c.File.Source, x)
	case *python.BinOp:
		switch x.Op {
		case "+":
			return cookieText(c, x.Left, scope, depth) + cookieText(c, x.Right, scope, depth)
		case "%":
			if s, ok := python.StringValue(x.Left); ok {
				return percentText(s)
			}
		}
		return hole
	case *python.Call:
		if fn, ok := x.Func.(*python.Attribute); ok && fn.Attr == "format" {
			if s, ok := python.StringValue(fn.Value); ok {
				return braceText(s)
			}
		}
		return hole
	}
	if v, ok := c.Project.ConstAt(c.Module, e, scope); ok && v.Kind == project.StringValue && !v.EnvFallback {
		return v.Str
	}
	if n, ok := e.(*python.Name); ok && depth < maxCookieTextDepth {
		if r, ok := c.Project.Lookup(c.Module, scope, n.ID); ok && r.Module == c.Module && len(r.Bindings) == 1 {
			if a, ok := r.Bindings[0].Node.(*python.Assign); ok && a.Op == "" && len(a.Targets) == 1 && a.Value != nil {
				if _, ok := a.Targets[0].(*python.Name); ok {
					return cookieText(c, a.Value, scope, depth+1)
				}
			}
		}
	}
	return hole
}

// fstringText is an f-string's text from the source, with a hole for
// each replacement field.
func fstringText(src []byte, s *python.String) string {
	start, end := int(s.Span().Start.Offset), int(s.Span().End.Offset)
	if start < 0 || end > len(src) || start >= end {
		return hole
	}
	var b strings.Builder
	at := start
	for i, x := range s.Interpolations {
		sp := x.Span()
		if int(sp.Start.Offset) < at || int(sp.End.Offset) > end {
			return hole
		}
		piece := string(src[at:sp.Start.Offset])
		if i > 0 {
			if j := strings.IndexByte(piece, '}'); j >= 0 {
				piece = piece[j+1:]
			}
		} else if j := strings.IndexAny(piece, `"'`); j >= 0 {
			piece = strings.TrimLeft(piece[j:], `"'`)
		}
		if j := strings.LastIndexByte(piece, '{'); j >= 0 {
			piece = piece[:j]
		}
		b.WriteString(piece + hole)
		at = int(sp.End.Offset)
	}
	tail := string(src[at:end])
	if j := strings.IndexByte(tail, '}'); j >= 0 {
		tail = tail[j+1:]
	}
	b.WriteString(strings.TrimRight(tail, `"'`))
	return b.String()
}

// percentText is a % template with a hole for each conversion.
func percentText(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] != '%' {
			b.WriteByte(s[i])
			continue
		}
		if i+1 < len(s) && s[i+1] == '%' {
			b.WriteByte('%')
			i++
			continue
		}
		// Skip the mapping key, then the flags, width and precision up to
		// the conversion letter.
		i++
		if i < len(s) && s[i] == '(' {
			j := strings.IndexByte(s[i:], ')')
			if j < 0 {
				return b.String() + hole
			}
			i += j + 1
		}
		for i < len(s) && !isLetter(s[i]) {
			i++
		}
		b.WriteString(hole)
	}
	return b.String()
}

// braceText is a str.format template with a hole for each field.
func braceText(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		switch {
		case strings.HasPrefix(s[i:], "{{"), strings.HasPrefix(s[i:], "}}"):
			b.WriteByte(s[i])
			i++
		case s[i] == '{':
			j := strings.IndexByte(s[i:], '}')
			if j < 0 {
				return b.String() + hole
			}
			b.WriteString(hole)
			i += j
		default:
			b.WriteByte(s[i])
		}
	}
	return b.String()
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
