package taint

import (
	"strings"
)

// percent evaluates `fmt % args`. Conversions that only accept numbers
// (%d, %i, %f, %x, ...) leave nothing of a string behind, so their
// arguments do not taint the result; a constant result is folded.
func (f *frame) percent(l, r Value) Value {
	if !l.k.text() {
		return Value{t: l.t.union(r.flat()), str: true}
	}
	convs, ok := conversions(l.k.s)
	if !ok {
		return Value{t: r.flat(), str: true}
	}
	var items []Value
	switch {
	case r.sh != nil && r.sh.kind == shTuple && r.sh.exact:
		items = r.sh.elems
	case r.sh != nil && r.sh.kind == shDict:
		// %(name)s formatting: any value may be used.
		return Value{t: r.flat(), str: true}
	default:
		items = []Value{r}
	}
	out := Value{str: true}
	allConst := len(items) == len(convs)
	var parts []string
	for i, c := range convs {
		if i >= len(items) {
			break
		}
		v := items[i]
		if !numericConv(c) {
			out.t = out.t.union(v.flat())
		}
		s, ok := formatConst(c, v.k)
		allConst = allConst && ok
		parts = append(parts, s)
	}
	if len(items) > len(convs) {
		out.t = out.t.union(r.flat())
	}
	if allConst {
		out.k = strConst(applyPercent(l.k.s, parts))
		return out
	}
	if out.t.tainted() {
		out.t = out.t.clear(prefixClears(percentPrefix(l.k.s)))
	}
	return out
}

// conversions lists the conversion characters of a %-format, in order.
func conversions(s string) ([]byte, bool) {
	var out []byte
	for i := 0; i < len(s); i++ {
		if s[i] != '%' {
			continue
		}
		j := i + 1
		if j < len(s) && s[j] == '%' {
			i = j
			continue
		}
		if j < len(s) && s[j] == '(' {
			return nil, false
		}
		for j < len(s) && strings.IndexByte("#0- +*.0123456789hlL", s[j]) >= 0 {
			j++
		}
		if j >= len(s) {
			return nil, false
		}
		out = append(out, s[j])
		i = j
	}
	return out, true
}

func numericConv(c byte) bool { return strings.IndexByte("diouxXeEfFgGc", c) >= 0 }

// formatConst renders a constant for a %s, %r or %d conversion.
func formatConst(c byte, k konst) (string, bool) {
	switch c {
	case 's':
		return k.str()
	case 'd', 'i':
		if k.kind == kInt || k.kind == kBool {
			s, _ := intConst(k.i).str()
			return s, true
		}
	}
	return "", false
}

// applyPercent substitutes rendered parts for the conversions of s.
func applyPercent(s string, parts []string) string {
	var b strings.Builder
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] != '%' {
			b.WriteByte(s[i])
			continue
		}
		j := i + 1
		if j < len(s) && s[j] == '%' {
			b.WriteByte('%')
			i = j
			continue
		}
		for j < len(s) && strings.IndexByte("#0- +*.0123456789hlL", s[j]) >= 0 {
			j++
		}
		if n < len(parts) {
			b.WriteString(parts[n])
		}
		n++
		i = j
	}
	return b.String()
}

// percentPrefix is the literal text of a %-format before its first
// conversion.
func percentPrefix(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] == '%' {
			if i+1 < len(s) && s[i+1] == '%' {
				i++
				continue
			}
			return strings.ReplaceAll(s[:i], "%%", "%")
		}
	}
	return s
}

// formatPrefix is the literal text of a str.format template before its
// first replacement field.
func formatPrefix(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] == '{' {
			if i+1 < len(s) && s[i+1] == '{' {
				i++
				continue
			}
			return s[:i]
		}
	}
	return s
}

// foldStrMethod folds string methods on constants ("ABC".lower(),
// ",".join(["a", "b"]), "{}-{}".format(1, 2)), so that values computed
// from constants stay constants for conditions.
func (f *frame) foldStrMethod(recv *Value, m string, args []arg) (Value, bool) {
	if recv == nil || !recv.k.text() {
		return Value{}, false
	}
	s := recv.k.s
	str := func(x string) (Value, bool) { return constValue(konst{kind: recv.k.kind, s: x}), true }
	consts := make([]string, 0, len(args))
	for _, a := range args {
		if a.name != "" || a.star != 0 {
			return Value{}, false
		}
		if m == "join" {
			continue
		}
		v, ok := a.v.k.str()
		if !ok {
			return Value{}, false
		}
		consts = append(consts, v)
	}
	switch m {
	case "lower":
		return str(strings.ToLower(s))
	case "upper":
		return str(strings.ToUpper(s))
	case "strip", "lstrip", "rstrip":
		cut := " \t\n\r\v\f"
		if len(consts) == 1 {
			cut = consts[0]
		}
		switch m {
		case "strip":
			return str(strings.Trim(s, cut))
		case "lstrip":
			return str(strings.TrimLeft(s, cut))
		}
		return str(strings.TrimRight(s, cut))
	case "replace":
		if len(consts) == 2 {
			return str(strings.ReplaceAll(s, consts[0], consts[1]))
		}
	case "startswith", "endswith":
		if len(consts) == 1 {
			if m == "startswith" {
				return constValue(boolConst(strings.HasPrefix(s, consts[0]))), true
			}
			return constValue(boolConst(strings.HasSuffix(s, consts[0]))), true
		}
	case "format":
		if !strings.Contains(s, "{}") || strings.Count(s, "{") != len(consts) {
			return Value{}, false
		}
		out := s
		for _, c := range consts {
			out = strings.Replace(out, "{}", c, 1)
		}
		return str(out)
	case "join":
		if len(args) != 1 {
			return Value{}, false
		}
		sh := args[0].v.sh
		if sh == nil || !sh.exact || !seq(sh.kind) {
			return Value{}, false
		}
		parts := make([]string, 0, len(sh.elems))
		for _, e := range sh.elems {
			if !e.k.text() {
				return Value{}, false
			}
			parts = append(parts, e.k.s)
		}
		return str(strings.Join(parts, s))
	}
	return Value{}, false
}
