package taint

import (
	"github.com/flaskguard/flaskguard/internal/python"
)

// display builds a list, tuple or set display, expanding *starred items.
func (f *frame) display(kind shapeKind, elts []python.Expr) Value {
	if len(elts) > maxElems {
		var all Value
		for _, e := range elts {
			all = join(all, elemOrStar(f, e))
		}
		return Value{sh: summary(kind, all)}
	}
	sh := &shape{kind: kind, exact: true}
	for _, e := range elts {
		if s, ok := e.(*python.Starred); ok {
			v := f.eval(s.Value)
			if v.sh != nil && v.sh.exact && seq(v.sh.kind) && sh.exact {
				sh.elems = append(sh.elems, v.sh.elems...)
				continue
			}
			sh.exact = false
			r := joinPtr(sh.rest, ptr(elemOf(v)))
			sh.rest = r
			continue
		}
		v := f.eval(e)
		if !sh.exact && kind != shSet {
			// After items of unknown number, positions are unknown: the
			// known items of a list that is not exact are its head only.
			sh.rest = joinPtr(sh.rest, ptr(v))
			continue
		}
		if kind == shSet {
			sh.rest = joinPtr(sh.rest, ptr(v))
			sh.elems = append(sh.elems, v)
			continue
		}
		sh.elems = append(sh.elems, v)
	}
	if kind == shSet {
		// Sets keep their members (for allow-list checks) and their
		// union in rest, since they have no positions.
		return Value{sh: sh}
	}
	return Value{sh: capShape(sh)}
}

func ptr(v Value) *Value { return &v }

// elemOrStar is the value an item of a display contributes.
func elemOrStar(f *frame, e python.Expr) Value {
	if s, ok := e.(*python.Starred); ok {
		return elemOf(f.eval(s.Value))
	}
	return f.eval(e)
}

// dict builds a dict display; constant keys are tracked one by one.
func (f *frame) dict(x *python.Dict) Value {
	sh := &shape{kind: shDict, exact: true}
	if len(x.Values) > maxElems {
		// A table too large to track key by key: one summary value.
		var all Value
		for i, ve := range x.Values {
			all = join(all, f.eval(ve))
			if i < len(x.Keys) && x.Keys[i] != nil {
				all.t = all.t.union(f.eval(x.Keys[i]).flat())
			}
		}
		return Value{sh: summary(shDict, all)}
	}
	for i, ve := range x.Values {
		var ke python.Expr
		if i < len(x.Keys) {
			ke = x.Keys[i]
		}
		v := f.eval(ve)
		if ke == nil { // **other
			if v.sh != nil && v.sh.kind == shDict {
				for _, e := range v.sh.keys {
					sh.keys = setKey(sh.keys, e)
				}
				sh.rest = joinPtr(sh.rest, v.sh.rest)
				sh.restKey = joinPtr(sh.restKey, v.sh.restKey)
				continue
			}
			sh.rest = joinPtr(sh.rest, ptr(Value{t: v.flat()}))
			continue
		}
		k := f.eval(ke)
		if k.k.known() {
			sh.keys = setKey(sh.keys, kv{key: k.k.key(), k: k.k, v: v})
			continue
		}
		sh.rest = joinPtr(sh.rest, &v)
		sh.restKey = joinPtr(sh.restKey, &k)
	}
	return Value{sh: capShape(sh)}
}

// setKey sets or replaces a constant key, keeping insertion order.
func setKey(keys []kv, e kv) []kv {
	out := make([]kv, 0, len(keys)+1)
	replaced := false
	for _, x := range keys {
		if x.key == e.key {
			x.v = e.v
			replaced = true
		}
		out = append(out, x)
	}
	if !replaced {
		out = append(out, e)
	}
	return out
}

// capShape summarises a shape that grew past maxElems.
func capShape(sh *shape) *shape {
	if len(sh.elems) <= maxElems && len(sh.keys) <= maxElems {
		return sh
	}
	return summary(sh.kind, collapse(Value{sh: sh}))
}

// comprehension evaluates a list, set or dict comprehension or a
// generator: its loop variables are local to it, and its conditions
// refine them.
func (f *frame) comprehension(x *python.Comprehension) Value {
	if v, ok := f.unrolledComprehension(x); ok {
		return v
	}
	saved := f.st
	f.st = saved.clone()
	for _, cl := range x.Clauses {
		it := f.eval(cl.Iter)
		f.assign(cl.Target, elemOf(it))
		for _, cond := range cl.Ifs {
			f.eval(cond)
			f.st = f.refine(f.st, cond, true)
		}
	}
	var out Value
	if x.Type == python.DictComp {
		k, v := f.eval(x.Key), f.eval(x.Elt)
		out = Value{sh: &shape{kind: shDict, rest: &v, restKey: &k}}
	} else {
		v := f.eval(x.Elt)
		kind := shList
		if x.Type == python.SetComp {
			kind = shSet
		}
		out = Value{sh: summary(kind, v)}
	}
	f.st = saved
	return out
}

// unrolledComprehension evaluates a comprehension with one clause over a
// known sequence item by item, so that its result keeps positions and
// keys: {k: v for k, v in [("a", x), ("b", "safe")]}["b"] is clean. It
// reports false when the clause or a condition is not known.
func (f *frame) unrolledComprehension(x *python.Comprehension) (Value, bool) {
	if len(x.Clauses) != 1 || x.Type == python.GeneratorExp {
		return Value{}, false
	}
	cl := x.Clauses[0]
	saved := f.st
	iter := f.eval(cl.Iter)
	sh := iter.sh
	if sh == nil || !sh.exact || !seq(sh.kind) || len(sh.elems) > maxUnroll {
		return Value{}, false
	}
	out := &shape{kind: shList, exact: true}
	switch x.Type {
	case python.DictComp:
		out.kind = shDict
	case python.SetComp:
		out.kind = shSet
	}
	defer func() { f.st = saved }()
	for _, item := range sh.elems {
		f.st = saved.clone()
		f.assign(cl.Target, item)
		keep := true
		for _, cond := range cl.Ifs {
			truth, known := truthOf(f.eval(cond))
			if !known {
				return Value{}, false
			}
			keep = keep && truth
		}
		if !keep {
			continue
		}
		if x.Type == python.DictComp {
			k, v := f.eval(x.Key), f.eval(x.Elt)
			if !k.k.known() {
				return Value{}, false
			}
			out.keys = setKey(out.keys, kv{key: k.k.key(), k: k.k, v: v})
			continue
		}
		v := f.eval(x.Elt)
		out.elems = append(out.elems, v)
		if out.kind == shSet {
			out.rest = joinPtr(out.rest, &v)
		}
	}
	return Value{sh: capShape(out)}, true
}
