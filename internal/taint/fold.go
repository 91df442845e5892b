package taint

import (
	"math"
	"strings"

	"github.com/flaskguard/flaskguard/internal/python"
	"github.com/flaskguard/flaskguard/internal/taint/spec"
)

// binop evaluates a binary operator: constants fold, sequences
// concatenate, strings carry the taint of both sides (and % formats),
// pathlib paths join with /.
func (f *frame) binop(op string, l, r Value, node python.Node) Value {
	if l.k.known() && r.k.known() {
		if k, ok := foldBinop(op, l.k, r.k); ok {
			return constValue(k)
		}
	}
	if isMarkup(l.obj) && (op == "%" || op == "+") {
		// Markup escapes whatever it is combined with.
		return Value{obj: l.obj, t: l.t.union(r.flat()).clear(spec.HTML)}
	}
	switch op {
	case "+":
		if l.sh != nil && r.sh != nil && seq(l.sh.kind) && seq(r.sh.kind) {
			return Value{sh: concat(l.sh, r.sh)}
		}
		if l.sh != nil && seq(l.sh.kind) && r.sh == nil && !r.k.known() && !r.str {
			// ["git", "log", "--"] + request.form.getlist("path"): the
			// items the code wrote stay the head of the list.
			return Value{sh: concat(l.sh, summary(l.sh.kind, elemOf(r)))}
		}
		rt := r.flat()
		if l.k.text() && endsInQuote(l.k.s) {
			rt = rt.requote()
		}
		if l.k.text() && l.k.s != "" && rt.parts&noDotDot != 0 {
			// After a fixed start, a value without ".." stays below it.
			rt = rt.clear(spec.Path)
		}
		out := Value{t: l.flat().union(rt), str: l.str || r.str || l.k.text() || r.k.text()}
		c, root := appendClears(l, r)
		if out.t.tainted() {
			out.t = out.t.clear(c)
		}
		out.aux = prefixMarker(c, root)
		if out.t.tainted() && (l.k.text() != r.k.text()) {
			out.cat = &concatParts{left: l, right: r}
		}
		return out
	case "%":
		if l.k.text() || l.str {
			return f.percent(l, r)
		}
	case "/":
		if strings.HasPrefix(l.obj, "pathlib.") {
			return Value{t: l.t.union(r.flat()), obj: l.obj}
		}
	case "*":
		if l.sh != nil && seq(l.sh.kind) {
			return Value{sh: summary(l.sh.kind, collapse(l))}
		}
	case "|":
		if l.sh != nil && r.sh != nil {
			return Value{sh: joinShape(l.sh, r.sh, 0)}
		}
	}
	t := l.flat().union(r.flat())
	return Value{t: t, str: l.str && (op == "*" || op == "%")}
}

// endsInQuote reports a literal that opens a quoted string for what
// follows it.
func endsInQuote(s string) bool {
	return strings.HasSuffix(s, "'") || strings.HasSuffix(s, `"`)
}

// concat joins two sequences, exactly when both are exact.
func concat(a, b *shape) *shape {
	if a.exact && b.exact {
		elems := append(append([]Value{}, a.elems...), b.elems...)
		return capShape(&shape{kind: a.kind, exact: true, elems: elems})
	}
	if a.exact && len(a.elems) > 0 && len(a.elems) <= maxElems {
		// A list that is not exact keeps its known head (see program).
		return &shape{kind: a.kind, elems: append([]Value{}, a.elems...), rest: ptr(collapse(Value{sh: b}))}
	}
	return summary(a.kind, join(collapse(Value{sh: a}), collapse(Value{sh: b})))
}

// prefixClears is what a constant start of a string makes safe: a fixed
// scheme and host ("https://api.example.com/...") leaves the client only
// the path, so the URL can no longer point elsewhere (SSRF, redirect); a
// local path ("/profile/...") keeps a redirect on the site.
func prefixClears(prefix string) spec.Class {
	if i := strings.Index(prefix, "://"); i > 0 && validScheme(prefix[:i]) {
		host := prefix[i+3:]
		if j := strings.IndexAny(host, "/?#"); j > 0 && !strings.ContainsAny(host[:j], "@") {
			return spec.SSRF | spec.Redirect
		}
		return spec.None
	}
	if len(prefix) >= 2 && prefix[0] == '/' && prefix[1] != '/' && prefix[1] != '\\' {
		return spec.Redirect
	}
	return spec.None
}

func validScheme(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || i > 0 && (c >= '0' && c <= '9' || c == '+' || c == '.' || c == '-')) {
			return false
		}
	}
	return s != ""
}

// foldBinop computes an operator on two constants as Python does, for
// the operators and types programs use in conditions.
func foldBinop(op string, a, b konst) (konst, bool) {
	if a.text() && b.text() && a.kind == b.kind && op == "+" {
		return konst{kind: a.kind, s: a.s + b.s}, true
	}
	if a.text() && b.kind == kInt && op == "*" && b.i >= 0 && b.i <= 64 && len(a.s)*int(b.i) <= 4096 {
		return konst{kind: a.kind, s: strings.Repeat(a.s, int(b.i))}, true
	}
	if !a.numeric() || !b.numeric() {
		return konst{}, false
	}
	if a.kind != kFloat && b.kind != kFloat {
		x, y := a.i, b.i
		switch op {
		case "+":
			return intConst(x + y), true
		case "-":
			return intConst(x - y), true
		case "*":
			return intConst(x * y), true
		case "//":
			if y != 0 {
				return intConst(floorDiv(x, y)), true
			}
		case "%":
			if y != 0 {
				return intConst(x - floorDiv(x, y)*y), true
			}
		case "/":
			if y != 0 {
				return floatConst(float64(x) / float64(y)), true
			}
		case "**":
			if y >= 0 && y < 63 {
				return intConst(int64(math.Pow(float64(x), float64(y)))), true
			}
		case "&":
			return intConst(x & y), true
		case "|":
			return intConst(x | y), true
		case "^":
			return intConst(x ^ y), true
		case "<<":
			if y >= 0 && y < 63 {
				return intConst(x << y), true
			}
		case ">>":
			if y >= 0 {
				return intConst(x >> min(y, 63)), true
			}
		}
		return konst{}, false
	}
	x, y := a.num(), b.num()
	switch op {
	case "+":
		return floatConst(x + y), true
	case "-":
		return floatConst(x - y), true
	case "*":
		return floatConst(x * y), true
	case "/":
		if y != 0 {
			return floatConst(x / y), true
		}
	case "//":
		if y != 0 {
			return floatConst(math.Floor(x / y)), true
		}
	case "%":
		if y != 0 {
			return floatConst(x - math.Floor(x/y)*y), true
		}
	case "**":
		return floatConst(math.Pow(x, y)), true
	}
	return konst{}, false
}

func floorDiv(x, y int64) int64 {
	q := x / y
	if (x%y != 0) && ((x < 0) != (y < 0)) {
		q--
	}
	return q
}

// unary evaluates not, -, + and ~.
func unary(op string, v Value) Value {
	if op == "not" {
		if truth, ok := truthOf(v); ok {
			return constValue(boolConst(!truth))
		}
		out := Value{}
		if v.via != nil && v.via.kind == viaGuard {
			out.via = &via{name: v.via.name, kind: viaGuard, clears: v.via.falseClears, falseClears: v.via.clears}
		}
		return out
	}
	if v.k.numeric() {
		switch op {
		case "-":
			if v.k.kind == kFloat {
				return constValue(floatConst(-v.k.f))
			}
			return constValue(intConst(-v.k.i))
		case "+":
			if v.k.kind == kBool {
				return constValue(intConst(v.k.i))
			}
			return v
		case "~":
			if v.k.kind != kFloat {
				return constValue(intConst(^v.k.i))
			}
		}
	}
	return Value{t: v.t}
}

// compare evaluates a (possibly chained) comparison: constants fold,
// anything else is an untainted bool. A comparison that checks a
// variable remembers it (ok = x in ALLOWED; if ok: ...).
func (f *frame) compare(x *python.Compare) Value {
	vals := make([]Value, len(x.Operands))
	for i, o := range x.Operands {
		vals[i] = f.eval(o)
	}
	result, known := true, true
	for i, op := range x.Ops {
		if i+1 >= len(vals) {
			break
		}
		r, ok := foldCompare(op, vals[i], vals[i+1])
		if !ok {
			known = false
			continue
		}
		result = result && r
		if !r {
			return constValue(boolConst(false))
		}
	}
	if known {
		return constValue(boolConst(result))
	}
	out := Value{}
	if len(x.Ops) == 1 {
		if g := f.guardOf(x); g != nil {
			out.via = g
		}
	}
	return out
}

// foldCompare compares two values when the answer is known.
func foldCompare(op string, a, b Value) (bool, bool) {
	switch op {
	case "in", "not in":
		in, ok := member(a, b)
		if !ok {
			return false, false
		}
		return in == (op == "in"), true
	case "is", "is not":
		if a.k.kind == kNone || b.k.kind == kNone {
			if a.k.known() && b.k.known() {
				return (a.k.kind == b.k.kind) == (op == "is"), true
			}
			if a.sh != nil || b.sh != nil || a.fn != nil || b.fn != nil {
				return op == "is not", true
			}
		}
		return false, false
	}
	if r, ok := foldCount(op, a, b); ok {
		return r, true
	}
	x, y := a.k, b.k
	if !x.known() || !y.known() {
		return false, false
	}
	if x.text() && y.text() {
		c := strings.Compare(x.s, y.s)
		return cmpResult(op, c)
	}
	if x.numeric() && y.numeric() {
		c := 0
		if x.num() < y.num() {
			c = -1
		} else if x.num() > y.num() {
			c = 1
		}
		return cmpResult(op, c)
	}
	switch op {
	case "==":
		return x == y, true
	case "!=":
		return x != y, true
	}
	return false, false
}

// foldCount compares a len() result whose value is unknown with a
// constant number, where being a count decides it: len(x) < 0 is false,
// len(x) >= 0 true, whatever x is.
func foldCount(op string, a, b Value) (bool, bool) {
	isCount := func(v Value) bool { return !v.k.known() && strings.HasPrefix(v.aux, lenPrefix) }
	flip := map[string]string{"<": ">", ">": "<", "<=": ">=", ">=": "<=", "==": "==", "!=": "!="}
	if isCount(b) && a.k.numeric() {
		a, b, op = b, a, flip[op]
	}
	if !isCount(a) || !b.k.numeric() {
		return false, false
	}
	n := b.k.num()
	switch {
	case op == "<" && n <= 0, (op == "<=" || op == "==") && n < 0:
		return false, true
	case op == ">=" && n <= 0, (op == ">" || op == "!=") && n < 0:
		return true, true
	}
	return false, false
}

func cmpResult(op string, c int) (bool, bool) {
	switch op {
	case "==":
		return c == 0, true
	case "!=":
		return c != 0, true
	case "<":
		return c < 0, true
	case "<=":
		return c <= 0, true
	case ">":
		return c > 0, true
	case ">=":
		return c >= 0, true
	}
	return false, false
}

// member decides `a in b` for a constant a and a string or container of
// known constants.
func member(a, b Value) (bool, bool) {
	if !a.k.known() {
		return false, false
	}
	if b.k.text() && a.k.text() {
		return strings.Contains(b.k.s, a.k.s), true
	}
	if b.sh == nil {
		return false, false
	}
	switch b.sh.kind {
	case shDict:
		if _, ok := findKey(b.sh.keys, a.k.key()); ok {
			return true, true
		}
		return false, b.sh.exact && b.sh.rest == nil && b.sh.restKey == nil
	case shList, shTuple, shSet:
		all := true
		for _, e := range b.sh.elems {
			if !e.k.known() {
				all = false
				continue
			}
			if e.k.key() == a.k.key() {
				return true, true
			}
		}
		return false, all && b.sh.exact
	}
	return false, false
}

// isMarkup reports a markupsafe.Markup object (or one of its re-exports).
func isMarkup(obj string) bool {
	return obj == "markupsafe.Markup()" || obj == "flask.Markup()" || obj == "jinja2.Markup()"
}
