package taint

import (
	"strings"

	"github.com/flaskguard/flaskguard/internal/python"
	"github.com/flaskguard/flaskguard/internal/taint/spec"
)

// arg is one evaluated argument of a call.
type arg struct {
	name string
	star int
	v    Value
	expr python.Expr
}

// positional returns the i-th positional argument.
func positional(args []arg, i int) (arg, bool) {
	for _, a := range args {
		if a.star != 0 || a.name != "" {
			continue
		}
		if i == 0 {
			return a, true
		}
		i--
	}
	return arg{}, false
}

// keyword returns the keyword argument name.
func keyword(args []arg, name string) (arg, bool) {
	for _, a := range args {
		if a.star == 0 && a.name == name {
			return a, true
		}
	}
	return arg{}, false
}

// argValue returns positional i or keyword name.
func argValue(args []arg, i int, name string) (Value, bool) {
	if a, ok := positional(args, i); ok {
		return a.v, true
	}
	if name != "" {
		if a, ok := keyword(args, name); ok {
			return a.v, true
		}
	}
	return Value{}, false
}

// flatArgs is the taint of every argument together.
func flatArgs(args []arg) taint {
	var t taint
	for _, a := range args {
		t = t.union(a.v.flat())
	}
	return t
}

// containerMethod applies a list, dict, set or tuple method to a shaped
// receiver. It returns the call's result, the receiver after the call
// (lists and dicts change in place) and whether the method is modelled.
func containerMethod(recv Value, m string, args []arg) (Value, Value, bool) {
	sh := recv.sh
	a0, has0 := positional(args, 0)
	a1, has1 := positional(args, 1)
	switch sh.kind {
	case shDict:
		switch m {
		case "get":
			if !has0 {
				return clean(), recv, true
			}
			def := constValue(konst{kind: kNone})
			if has1 {
				def = a1.v
			}
			if a0.v.k.known() {
				if v, ok := findKey(sh.keys, a0.v.k.key()); ok {
					return v, recv, true
				}
				if sh.exact && sh.rest == nil {
					return def, recv, true
				}
			}
			return join(collapse(recv), def), recv, true
		case "pop":
			if !has0 {
				return clean(), recv, true
			}
			v, _, _ := containerMethod(recv, "get", args)
			return v, delItem(recv, a0.v), true
		case "setdefault":
			if !has0 {
				return clean(), recv, true
			}
			if a0.v.k.known() {
				if v, ok := findKey(sh.keys, a0.v.k.key()); ok {
					return v, recv, true
				}
			}
			def := constValue(konst{kind: kNone})
			if has1 {
				def = a1.v
			}
			return def, setItem(recv, a0.v, def), true
		case "update":
			out := recv
			if has0 {
				out = mergeDict(out, a0.v)
			}
			for _, a := range args {
				if a.name != "" {
					out = setItem(out, constValue(strConst(a.name)), a.v)
				}
			}
			return constValue(konst{kind: kNone}), out, true
		case "keys":
			return Value{sh: summary(shList, elemOf(recv))}, recv, true
		case "values":
			var v Value
			for _, e := range sh.keys {
				v = join(v, e.v)
			}
			v = join(v, derefOr(sh.rest))
			return Value{sh: summary(shList, v)}, recv, true
		case "items":
			k := elemOf(recv)
			_, vals, _ := containerMethod(recv, "values", nil)
			pair := Value{sh: &shape{kind: shTuple, exact: true, elems: []Value{k, collapse(vals)}}}
			return Value{sh: summary(shList, pair)}, recv, true
		case "copy":
			return recv, recv, true
		case "clear":
			return constValue(konst{kind: kNone}), Value{sh: &shape{kind: shDict, exact: true}}, true
		}
	case shList, shTuple, shSet:
		return seqMethod(recv, m, args)
	}
	return Value{}, recv, false
}

func derefOr(v *Value) Value {
	if v == nil {
		return Value{}
	}
	return *v
}

// mergeDict is d.update(other).
func mergeDict(d, other Value) Value {
	if other.sh != nil && other.sh.kind == shDict {
		out := d
		for _, e := range other.sh.keys {
			out = setItem(out, constValue(e.k), e.v)
		}
		if other.sh.rest != nil {
			out = setItem(out, derefOr(other.sh.restKey), *other.sh.rest)
		}
		return out
	}
	return setItem(d, Value{t: other.flat()}, Value{t: other.flat()})
}

// seqMethod applies a list or set method.
func seqMethod(recv Value, m string, args []arg) (Value, Value, bool) {
	sh := recv.sh
	none := constValue(konst{kind: kNone})
	a0, has0 := positional(args, 0)
	a1, has1 := positional(args, 1)
	exactList := sh.exact && sh.kind != shSet
	switch m {
	case "append", "add":
		if !has0 {
			return none, recv, true
		}
		if exactList {
			out := recv
			out.sh = capShape(&shape{kind: sh.kind, exact: true, elems: append(append([]Value{}, sh.elems...), a0.v)})
			return none, out, true
		}
		if sh.kind == shSet && sh.exact && len(sh.elems) < maxElems {
			n := *sh
			n.elems = append(append([]Value{}, sh.elems...), a0.v)
			n.rest = joinPtr(sh.rest, &a0.v)
			out := recv
			out.sh = &n
			return none, out, true
		}
		return none, growTail(recv, a0.v), true
	case "insert":
		if !has1 {
			return none, recv, true
		}
		if exactList && a0.v.k.kind == kInt {
			i := int(a0.v.k.i)
			n := len(sh.elems)
			if i < 0 {
				i = max(i+n, 0)
			}
			i = min(i, n)
			elems := append(append(append([]Value{}, sh.elems[:i]...), a1.v), sh.elems[i:]...)
			out := recv
			out.sh = capShape(&shape{kind: sh.kind, exact: true, elems: elems})
			return none, out, true
		}
		return none, grow(recv, a1.v), true
	case "extend", "update":
		if !has0 {
			return none, recv, true
		}
		if exactList && a0.v.sh != nil && a0.v.sh.exact && seq(a0.v.sh.kind) {
			out := recv
			out.sh = concat(sh, a0.v.sh)
			return none, out, true
		}
		return none, growTail(recv, elemOf(a0.v)), true
	case "pop":
		if exactList && len(sh.elems) > 0 {
			i := len(sh.elems) - 1
			if has0 {
				if a0.v.k.kind != kInt {
					return collapse(recv), recv, true
				}
				i = int(a0.v.k.i)
				if i < 0 {
					i += len(sh.elems)
				}
				if i < 0 || i >= len(sh.elems) {
					return clean(), recv, true
				}
			}
			return sh.elems[i], delItem(recv, constValue(intConst(int64(i)))), true
		}
		return collapse(recv), forgetHead(recv), true
	case "remove", "discard":
		if exactList && has0 && a0.v.k.known() {
			for i, e := range sh.elems {
				if !e.k.known() {
					break // an unknown item might be the one removed
				}
				if e.k.key() == a0.v.k.key() {
					return none, delItem(recv, constValue(intConst(int64(i)))), true
				}
			}
		}
		return none, forgetHead(recv), true
	case "copy":
		return recv, recv, true
	case "clear":
		return none, Value{sh: &shape{kind: sh.kind, exact: true}}, true
	case "reverse":
		if exactList {
			elems := make([]Value, len(sh.elems))
			for i, e := range sh.elems {
				elems[len(elems)-1-i] = e
			}
			out := recv
			out.sh = &shape{kind: sh.kind, exact: true, elems: elems}
			return none, out, true
		}
		return none, forgetHead(recv), true
	case "sort":
		return none, Value{sh: summary(sh.kind, collapse(recv))}, true
	case "index", "count", "isdisjoint", "issubset", "issuperset":
		return clean(), recv, true
	case "union", "intersection", "difference", "symmetric_difference":
		v := collapse(recv)
		for _, a := range args {
			v = join(v, elemOf(a.v))
		}
		return Value{sh: summary(shSet, v)}, recv, true
	}
	return Value{}, recv, false
}

// grow adds an item at an unknown position.
// forgetHead drops the known head of a list that is not exact, after an
// operation that may have moved its items.
func forgetHead(recv Value) Value {
	if sh := recv.sh; sh != nil && !sh.exact && seq(sh.kind) && len(sh.elems) > 0 {
		out := recv
		out.sh = summary(sh.kind, collapse(recv))
		return out
	}
	return recv
}

// growTail is grow for items added at the end (append, extend): a list's
// known head stays where it is.
func growTail(recv, v Value) Value {
	if sh := recv.sh; sh != nil && !sh.exact && seq(sh.kind) && len(sh.elems) > 0 {
		out := recv
		out.sh = &shape{kind: sh.kind, elems: sh.elems, rest: joinPtr(sh.rest, &v)}
		return out
	}
	return grow(recv, v)
}

func grow(recv, v Value) Value {
	out := recv
	out.sh = summary(recv.sh.kind, join(collapse(recv), v))
	return out
}

// storeMethod applies a key-value store method (configparser set/get).
func storeMethod(st *spec.Store, recv Value, m string, args []arg) (Value, Value, bool) {
	key := func(n int) (string, bool) {
		var parts []string
		for i := range n {
			a, ok := positional(args, i)
			if !ok || !a.v.k.known() {
				return "", false
			}
			parts = append(parts, a.v.k.key())
		}
		return strings.Join(parts, "\x00"), true
	}
	base := recv
	if base.sh == nil {
		base.sh = &shape{kind: shDict, exact: true}
	}
	switch {
	case contains(st.Set, m):
		val, ok := positional(args, st.Keys)
		if !ok {
			return clean(), recv, true
		}
		if k, ok := key(st.Keys); ok {
			n := *base.sh
			n.keys = setKey(n.keys, kv{key: k, k: strConst(k), v: val.v})
			base.sh = capShape(&n)
			return clean(), base, true
		}
		n := *base.sh
		n.rest = joinPtr(n.rest, &val.v)
		base.sh = &n
		return clean(), base, true
	case contains(st.Get, m):
		if k, ok := key(st.Keys); ok {
			if v, ok := findKey(base.sh.keys, k); ok {
				return v, recv, true
			}
			return derefOr(base.sh.rest), recv, true
		}
		return collapse(base), recv, true
	case contains(st.Clean, m):
		return clean(), recv, true
	}
	return Value{}, recv, false
}
