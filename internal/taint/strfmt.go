package taint

import (
	"strconv"
	"strings"

	"github.com/flaskguard/flaskguard/internal/taint/spec"
)

// fmtField is one replacement field of a format string: its name (for
// %(name)s and {name}, "" when positional) and its conversion ('s', 'r',
// 'd', ...; for str.format the !conversion, or the type of the format
// spec).
type fmtField struct {
	name string
	conv byte
	// before is the literal text between the previous field and this one.
	before string
}

// escapes reports whether a field writes its value escaped or as a
// number: repr (%r, !r, %a) escapes line breaks, numeric conversions
// keep nothing of a string.
func (fl fmtField) escapes() bool {
	return fl.conv == 'r' || fl.conv == 'a' || numericConv(fl.conv)
}

// escapeClears is what a field's conversion makes safe.
func (fl fmtField) escapeClears() spec.Class {
	switch {
	case numericConv(fl.conv):
		return spec.All
	case fl.conv == 'r' || fl.conv == 'a':
		return spec.Log | spec.Header | spec.Code
	}
	return spec.None
}

// taintOf is what a value written by the field contributes.
func (fl fmtField) taintOf(v Value) taint {
	t := printedTaint(v).clear(fl.escapeClears())
	if endsInQuote(fl.before) {
		t = t.requote()
	}
	return t
}

func fieldNamed(fields []fmtField, name string) bool {
	for _, fl := range fields {
		if fl.name == name {
			return true
		}
	}
	return false
}

// percentFields parses the fields of a %-format.
func percentFields(s string) ([]fmtField, bool) {
	var out []fmtField
	last := 0
	for i := 0; i < len(s); i++ {
		if s[i] != '%' {
			continue
		}
		before := s[last:i]
		j := i + 1
		if j < len(s) && s[j] == '%' {
			i = j
			continue
		}
		name := ""
		if j < len(s) && s[j] == '(' {
			k := strings.IndexByte(s[j:], ')')
			if k < 0 {
				return nil, false
			}
			name = s[j+1 : j+k]
			j += k + 1
		}
		for j < len(s) && strings.IndexByte("#0- +*.0123456789hlL", s[j]) >= 0 {
			j++
		}
		if j >= len(s) {
			return nil, false
		}
		out = append(out, fmtField{name: name, conv: s[j], before: before})
		i = j
		last = j + 1
	}
	return out, true
}

// braceFields parses the fields of a str.format template; positional
// fields get their index as name ("0", "1", ...).
func braceFields(s string) ([]fmtField, bool) {
	var out []fmtField
	auto, last := 0, 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '}':
			if i+1 < len(s) && s[i+1] == '}' {
				i++
			}
			continue
		case '{':
		default:
			continue
		}
		if i+1 < len(s) && s[i+1] == '{' {
			i++
			continue
		}
		k := strings.IndexByte(s[i:], '}')
		if k < 0 {
			return nil, false
		}
		before := s[last:i]
		body := s[i+1 : i+k]
		i += k
		last = i + 1
		name, conv, spec := body, byte(0), ""
		if c := strings.IndexByte(name, ':'); c >= 0 {
			name, spec = name[:c], name[c+1:]
		}
		if b := strings.IndexByte(name, '!'); b >= 0 {
			if b+1 < len(name) {
				conv = name[b+1]
			}
			name = name[:b]
		}
		if conv == 0 && spec != "" {
			conv = spec[len(spec)-1]
		}
		if n := strings.IndexAny(name, ".["); n >= 0 {
			name = name[:n]
		}
		if name == "" {
			name = strconv.Itoa(auto)
			auto++
		}
		out = append(out, fmtField{name: name, conv: conv, before: before})
	}
	return out, true
}

// percent evaluates `fmt % args`. Conversions that only accept numbers
// (%d, %i, %f, %x, ...) leave nothing of a string behind, and %r escapes
// line breaks; a constant result is folded.
func (f *frame) percent(l, r Value) Value {
	if !l.k.text() {
		return Value{t: l.t.union(r.flat()), str: true}
	}
	fields, ok := percentFields(l.k.s)
	if !ok {
		return Value{t: r.flat(), str: true}
	}
	out := Value{str: true}
	if len(fields) > 0 && fields[0].name != "" {
		for _, fl := range fields {
			v := f.getItem(r, constValue(strConst(fl.name)), nil)
			out.t = out.t.union(fl.taintOf(v))
		}
		return out
	}
	var items []Value
	if r.sh != nil && r.sh.kind == shTuple && r.sh.exact {
		items = r.sh.elems
	} else {
		items = []Value{r}
	}
	allConst := len(items) == len(fields)
	var parts []string
	for i, fl := range fields {
		if i >= len(items) {
			break
		}
		v := items[i]
		out.t = out.t.union(fl.taintOf(v))
		s, ok := formatConst(fl.conv, v.k)
		allConst = allConst && ok
		parts = append(parts, s)
	}
	if len(items) > len(fields) {
		out.t = out.t.union(r.flat())
	}
	if allConst {
		out.k = strConst(applyPercent(l.k.s, parts))
		return out
	}
	c := prefixClears(percentPrefix(l.k.s))
	if out.t.tainted() {
		out.t = out.t.clear(c)
	}
	out.aux = prefixMarker(c, false)
	return out
}

// formatTaint is the taint of template.format(args): each argument as
// the field that writes it converts it.
func formatTaint(template string, args []arg) (taint, bool) {
	fields, ok := braceFields(template)
	if !ok {
		return taint{}, false
	}
	var t taint
	pos := 0
	for _, a := range args {
		if a.star != 0 {
			t = t.union(a.v.flat())
			continue
		}
		name := a.name
		if name == "" {
			name = strconv.Itoa(pos)
			pos++
		}
		used := false
		for _, fl := range fields {
			if fl.name == name {
				t = t.union(fl.taintOf(a.v))
				used = true
			}
		}
		if !used && name == a.name {
			continue // a keyword no field reads
		}
	}
	return t, true
}

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

func numericConv(c byte) bool { return c != 0 && strings.IndexByte("diouxXeEfFgGcn%b", c) >= 0 }

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
	case "encode":
		enc := konst{}
		if len(consts) == 1 {
			enc = strConst(consts[0])
		}
		if recv.k.kind == kStr && len(consts) <= 1 && encodesAsIs(s, enc) {
			return constValue(konst{kind: kBytes, s: s}), true
		}
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
