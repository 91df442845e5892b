package taint

import (
	"strconv"
	"strings"

	"github.com/flaskguard/flaskguard/internal/finding"
	"github.com/flaskguard/flaskguard/internal/python"
	"github.com/flaskguard/flaskguard/internal/taint/spec"
)

// elemOf is the value of one item when iterating over v.
func elemOf(v Value) Value {
	if v.sh != nil {
		switch v.sh.kind {
		case shDict:
			var out Value
			first := true
			for _, e := range v.sh.keys {
				if first {
					out, first = constValue(e.k), false
				} else {
					out = join(out, constValue(e.k))
				}
			}
			if v.sh.restKey != nil {
				out = join(out, *v.sh.restKey)
			}
			out.t = out.t.union(v.t)
			return out
		case shObject:
			return Value{t: v.flat()}
		}
		c := collapse(v)
		return c
	}
	if v.k.text() {
		return Value{str: true}
	}
	return Value{t: v.t, str: v.str, obj: itemObj(v.obj)}
}

// itemObj is the origin of the items of a library object: the files of
// request.files are FileStorage objects.
func itemObj(obj string) string {
	if strings.HasSuffix(obj, ".files") && strings.Contains(obj, "request") {
		return spec.FileStorage
	}
	return ""
}

// getItem is base[idx].
func (f *frame) getItem(base, idx Value, node python.Node) Value {
	if sh := base.sh; sh != nil {
		switch sh.kind {
		case shList, shTuple:
			if idx.k.kind == kInt || idx.k.kind == kBool {
				if sh.exact {
					i := int(idx.k.i)
					if i < 0 {
						i += len(sh.elems)
					}
					if i >= 0 && i < len(sh.elems) {
						return sh.elems[i]
					}
					return clean() // IndexError
				}
			}
			return collapse(base)
		case shDict:
			if idx.k.known() {
				if v, ok := findKey(sh.keys, idx.k.key()); ok {
					return v
				}
				if sh.rest != nil {
					return *sh.rest
				}
				return Value{t: base.t}
			}
			return collapse(base)
		}
		return Value{t: base.flat()}
	}
	if base.k.text() && idx.k.kind == kInt {
		i := int(idx.k.i)
		if i < 0 {
			i += len(base.k.s)
		}
		if i >= 0 && i < len(base.k.s) {
			return constValue(konst{kind: base.k.kind, s: base.k.s[i : i+1]})
		}
		return clean()
	}
	if item, ok := f.settingsItem(base); ok {
		return item
	}
	if v, ok := f.requestItem(base, idx, node, "[%s]"); ok {
		return v
	}
	return Value{t: base.t, str: base.str, obj: itemObj(base.obj)}
}

// settingsItem is an item read from a settings mapping (app.config,
// os.environ) or from an item of one (app.config["USERS"][name]), by
// any key: a setting, and a settings mapping itself. The key does not
// flow into it: looking up what the client names is not returning it.
func (f *frame) settingsItem(base Value) (Value, bool) {
	if base.sh != nil || base.t.tainted() {
		return Value{}, false
	}
	p := pathOf(base)
	if !f.e.ix.IsSettings(strings.TrimRight(p, "[]")) {
		return Value{}, false
	}
	return Value{obj: p + "[]"}, true
}

// settingsLookup models the mapping methods that read one item of a
// settings mapping: get(key, default) and its kin.
func (f *frame) settingsLookup(c *python.Call, recv Value, m string, args []arg) (Value, bool) {
	switch m {
	case "get", "setdefault", "pop", "__getitem__":
	default:
		return Value{}, false
	}
	item, ok := f.settingsItem(recv)
	if !ok {
		return Value{}, false
	}
	f.lib = libSite{c, pathOf(recv) + "." + m}
	if def, ok := argValue(args, 1, "default"); ok {
		item = join(item, def)
	}
	return item, true
}

// requestItem names a read from a request mapping by its key:
// request.args["next"] rather than request.args, for traces and messages.
func (f *frame) requestItem(base, key Value, node python.Node, format string) (Value, bool) {
	if strings.HasSuffix(base.obj, ".view_args") && key.k.text() && f.fn != nil {
		if info := f.e.funcs[f.fn]; info != nil && info.typedParams[key.k.s] {
			return clean(), true // request.view_args["id"] of <int:id> is an int
		}
	}
	if node == nil || !base.t.tainted() || base.t.tr == nil || base.t.tr.n != 1 || !strings.Contains(base.obj, "request.") {
		return Value{}, false
	}
	note := base.t.tr.step.Note
	if key.k.text() {
		note += strings.Replace(format, "%s", `"`+key.k.s+`"`, 1)
	} else {
		return Value{}, false
	}
	v := base
	v.t.tr = f.e.newTrace(stepAt(f.loc(node.Span()), note))
	v.obj = itemObj(base.obj)
	if strings.HasSuffix(base.obj, ".files") {
		v.obj = spec.FileStorage
	}
	v.str = v.obj == ""
	v.sh = nil
	return v, true
}

// slice is base[lower:upper:step].
func (f *frame) slice(base Value, s *python.Slice) Value {
	lo, hi, step := f.evalOpt(s.Lower), f.evalOpt(s.Upper), f.evalOpt(s.Step)
	if c := base.cat; c != nil && step == nil {
		// (a + b)[len(a):] is b and (a + b)[:len(a)] is a.
		if lo != nil && hi == nil && lengthOf(*lo, c.left) {
			return c.right
		}
		if lo == nil && hi != nil && lengthOf(*hi, c.left) {
			return c.left
		}
	}
	if base.k.text() && step == nil {
		if a, b, ok := bounds(lo, hi, len(base.k.s)); ok {
			return constValue(konst{kind: base.k.kind, s: base.k.s[a:b]})
		}
	}
	if sh := base.sh; sh != nil && seq(sh.kind) {
		if sh.exact && step == nil {
			if a, b, ok := bounds(lo, hi, len(sh.elems)); ok {
				return Value{sh: &shape{kind: sh.kind, exact: true, elems: append([]Value{}, sh.elems[a:b]...)}}
			}
		}
		return Value{sh: summary(sh.kind, collapse(base))}
	}
	return Value{t: base.t, str: base.str}
}

// lengthOf reports whether n is len(v): a constant equal to the length
// of a constant v, or the remembered len() of the same tainted value.
func lengthOf(n, v Value) bool {
	if v.k.text() {
		return n.k.kind == kInt && n.k.i == int64(len(v.k.s))
	}
	return n.aux != "" && v.t.tr != nil && n.aux == lenTag(v)
}

// lenPrefix starts the aux of every len() result whose value is not
// known: a count, which is never negative.
const lenPrefix = "len#"

// lenTag names the length of a tainted value by its trace.
func lenTag(v Value) string {
	return lenPrefix + strconv.FormatUint(v.t.tr.id, 10)
}

// evalOpt evaluates an optional expression.
func (f *frame) evalOpt(e python.Expr) *Value {
	if e == nil {
		return nil
	}
	v := f.eval(e)
	return &v
}

// bounds resolves constant slice bounds against a length.
func bounds(lo, hi *Value, n int) (int, int, bool) {
	get := func(v *Value, def int) (int, bool) {
		if v == nil || v.k.kind == kNone {
			return def, true
		}
		if v.k.kind != kInt {
			return 0, false
		}
		i := int(v.k.i)
		if i < 0 {
			i += n
		}
		return min(max(i, 0), n), true
	}
	a, ok1 := get(lo, 0)
	b, ok2 := get(hi, n)
	if !ok1 || !ok2 {
		return 0, 0, false
	}
	if b < a {
		b = a
	}
	return a, b, true
}

// setItem is base[idx] = v, returning the new base.
func setItem(base, idx, v Value) Value {
	sh := base.sh
	if sh == nil {
		nb := base
		nb.sh = &shape{kind: shDict}
		if base.t.tainted() {
			r := Value{t: base.t}
			nb.sh.rest = &r
		}
		sh = nb.sh
		base = nb
	}
	out := base
	switch sh.kind {
	case shList, shTuple:
		if idx.k.kind == kInt && sh.exact {
			i := int(idx.k.i)
			if i < 0 {
				i += len(sh.elems)
			}
			if i >= 0 && i < len(sh.elems) {
				elems := append([]Value{}, sh.elems...)
				elems[i] = v
				out.sh = &shape{kind: sh.kind, exact: true, elems: elems}
				return out
			}
		}
		out.sh = summary(sh.kind, join(collapse(base), v))
	case shDict, shObject:
		n := *sh
		if idx.k.known() {
			n.keys = setKey(sh.keys, kv{key: idx.k.key(), k: idx.k, v: v})
		} else {
			n.rest = joinPtr(sh.rest, &v)
			n.restKey = joinPtr(sh.restKey, &idx)
		}
		out.sh = capShape(&n)
	default:
		out.sh = summary(sh.kind, join(collapse(base), v))
	}
	return out
}

// setAttr is base.name = v on an object, returning the new base.
func setAttr(base Value, name string, v Value) Value {
	out := base
	n := shape{kind: shObject}
	if base.sh != nil && base.sh.kind == shObject {
		n = *base.sh
	} else if base.t.tainted() {
		r := Value{t: base.t}
		n.rest = &r
	}
	n.keys = setKey(n.keys, kv{key: name, k: strConst(name), v: v})
	out.sh = capShape(&n)
	return out
}

// delItem is del base[idx].
func delItem(base, idx Value) Value {
	sh := base.sh
	if sh == nil {
		return base
	}
	out := base
	switch sh.kind {
	case shDict:
		if idx.k.known() {
			n := *sh
			n.keys = nil
			for _, e := range sh.keys {
				if e.key != idx.k.key() {
					n.keys = append(n.keys, e)
				}
			}
			out.sh = &n
		}
	case shList:
		if idx.k.kind == kInt && sh.exact {
			i := int(idx.k.i)
			if i < 0 {
				i += len(sh.elems)
			}
			if i >= 0 && i < len(sh.elems) {
				elems := append(append([]Value{}, sh.elems[:i]...), sh.elems[i+1:]...)
				out.sh = &shape{kind: shList, exact: true, elems: elems}
			}
		} else {
			out = forgetHead(base)
		}
	}
	return out
}

// stepAt makes a trace step.
func stepAt(loc finding.Location, note string) finding.Step {
	return finding.Step{Location: loc, Note: note}
}

// evalSubscript evaluates base[index] and base[lo:hi].
func (f *frame) evalSubscript(x *python.Subscript) Value {
	base := f.eval(x.Value)
	if s, ok := x.Index.(*python.Slice); ok {
		return f.slice(base, s)
	}
	idx := f.eval(x.Index)
	if base.sh != nil && base.sh.kind == shObject && base.sh.class != nil {
		if owner, def := f.e.method(base.sh.class, "__getitem__"); def != nil {
			self := base
			ret, _ := f.callProject(nil, &funcRef{mod: owner.Module, def: def, class: owner, self: &self},
				[]arg{{v: idx, expr: x.Index}})
			return ret
		}
	}
	return f.getItem(base, idx, x)
}
