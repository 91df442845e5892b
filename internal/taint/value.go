package taint

import (
	"github.com/flaskguard/flaskguard/internal/project"
	"github.com/flaskguard/flaskguard/internal/python"
	"github.com/flaskguard/flaskguard/internal/taint/spec"
)

// viaKind tells how a value speaks about another variable, so that a
// check on the value refines that variable.
type viaKind uint8

const (
	// viaSame: the value is the variable, normalised (x.strip().lower()).
	viaSame viaKind = iota + 1
	// viaURL: the value is the variable parsed as a URL (urlparse(x)).
	viaURL
	// viaHost: the value is the host of the variable (urlparse(x).netloc).
	viaHost
	// viaGuard: the value is the outcome of a check of the variable; when
	// it is true the classes in clears are safe, when false those in
	// falseClears.
	viaGuard
	// viaJoin: the value is the variable resolved against a base URL
	// (urljoin(base, x)): its host is x's, or the base's when x is
	// relative, so a check of its host checks x's.
	viaJoin
	// viaMAC: the value is a MAC of the variable under a server-side key;
	// when it equals a MAC the client sent, the server signed the variable.
	viaMAC
)

// via links a value to the variable it was derived from.
type via struct {
	name        string
	kind        viaKind
	clears      spec.Class
	falseClears spec.Class
}

// funcRef is a project function, method, lambda or class used as a value.
type funcRef struct {
	mod   *project.Module
	def   *python.FunctionDef
	lam   *python.Lambda
	class *project.Class
	// self is the receiver of a bound method.
	self *Value
	// super marks the value of super(): methods are looked up in the
	// bases of class, bound to self.
	super bool
	// env is the frame the function was defined in, for closures.
	env *frame
	// defaults are parameter defaults evaluated where the def statement
	// ran (def inner(value=captured) keeps the value captured had then).
	defaults map[string]Value
}

// shapeKind tells which container or object a shape describes.
type shapeKind uint8

const (
	shList shapeKind = iota + 1
	shTuple
	shSet
	shDict
	shObject
)

// kv is one constant key (or attribute) of a dict or object shape.
type kv struct {
	key string
	k   konst
	v   Value
}

// shape is the known structure of a container or object. Shapes are
// immutable: operations build new ones, so that values copied into two
// variables never affect each other.
type shape struct {
	kind shapeKind
	// elems are the positions of a list or tuple; exact means they are
	// all of it, in order.
	elems []Value
	exact bool
	// keys are a dict's constant keys or an object's attributes, in
	// insertion order.
	keys []kv
	// rest summarises items at unknown positions or keys; restKey the
	// unknown keys themselves.
	rest    *Value
	restKey *Value
	class   *project.Class
}

// Value is the abstract value of an expression: its taint, and whatever
// else is known about it.
type Value struct {
	t taint
	k konst
	// str is true when the value is known to be a string or bytes;
	// bytes when it is bytes (made by encode()), which print as their repr.
	str, bytes bool
	// sym is the qualified name the value denotes (a module, a library
	// function or object such as flask.request, a project function).
	sym string
	// obj is the origin of a library object ("sqlite3.connect()"), the
	// prefix of its methods' callee paths.
	obj string
	// aux is a library object's payload: the pattern of re.compile.
	aux string
	// unsafe marks a parser set up to resolve external entities.
	unsafe bool
	fn     *funcRef
	sh     *shape
	via    *via
	// cat remembers that a string is a tainted part and a constant part
	// concatenated, so that slicing off the part by its length
	// ((param + "x")[len(param):]) gives the other part back.
	cat *concatParts
}

// concatParts are the two operands of a string concatenation.
type concatParts struct {
	left, right Value
}

// clean is a value with nothing known about it and no taint.
func clean() Value { return Value{} }

// constValue wraps a constant.
func constValue(k konst) Value { return Value{k: k, str: k.text()} }

// tainted reports whether any part of the value carries request data.
func (v Value) tainted() bool { return v.flat().tainted() }

// flat is the taint of the value and of everything it contains.
func (v Value) flat() taint { return v.flatDepth(0) }

func (v Value) flatDepth(depth int) taint {
	t := v.t
	if v.sh == nil || depth > maxShapeDepth {
		return t
	}
	for _, e := range v.sh.elems {
		t = t.union(e.flatDepth(depth + 1))
	}
	for _, e := range v.sh.keys {
		t = t.union(e.v.flatDepth(depth + 1))
	}
	if v.sh.rest != nil {
		t = t.union(v.sh.rest.flatDepth(depth + 1))
	}
	if v.sh.restKey != nil {
		t = t.union(v.sh.restKey.flatDepth(depth + 1))
	}
	return t
}

// join is the value on a control-flow merge: either a or b.
func join(a, b Value) Value { return joinDepth(a, b, 0) }

func joinDepth(a, b Value, depth int) Value {
	out := Value{t: a.t.union(b.t), str: a.str && b.str, bytes: a.bytes && b.bytes}
	if a.cat == b.cat {
		out.cat = a.cat
	}
	if a.k == b.k {
		out.k = a.k
	}
	if a.sym == b.sym {
		out.sym = a.sym
	}
	if a.obj == b.obj {
		out.obj = a.obj
		if a.aux == b.aux {
			out.aux = a.aux
		}
	}
	out.unsafe = a.unsafe || b.unsafe
	if a.fn == b.fn {
		out.fn = a.fn
	}
	out.via = joinVia(a, b)
	switch {
	case a.sh == nil:
		out.sh = withUnknown(b.sh, a)
	case b.sh == nil:
		out.sh = withUnknown(a.sh, b)
	default:
		out.sh = joinShape(a.sh, b.sh, depth)
	}
	if a.k.kind == kNone && b.sh != nil || b.k.kind == kNone && a.sh != nil {
		out.k = konst{}
	}
	return out
}

// withUnknown is the shape of a container joined with other, a value of unknown
// layout: `request.get_json() or {}` is the client's JSON or an empty
// dict, so a key the dict lacks may still hold request data. Tainted
// contents of unknown layout make the shape inexact and join its unknown
// positions and keys; anything else leaves it as it is.
func withUnknown(sh *shape, other Value) *shape {
	if sh == nil || !other.t.tainted() || other.sh != nil {
		return sh
	}
	contents := Value{t: other.t}
	out := *sh
	out.exact = false
	out.rest = joinPtr(sh.rest, &contents)
	if sh.kind == shDict {
		out.restKey = joinPtr(sh.restKey, &contents)
	}
	return &out
}

// joinShape merges two shapes position by position and key by key.
func joinShape(a, b *shape, depth int) *shape {
	if a == b {
		return a
	}
	if depth > maxShapeDepth || a.kind != b.kind && !(seq(a.kind) && seq(b.kind)) {
		return summary(a.kind, join(collapse(Value{sh: a}), collapse(Value{sh: b})))
	}
	out := &shape{kind: a.kind, class: a.class}
	if a.class != b.class {
		out.class = nil
	}
	if a.exact && b.exact && len(a.elems) == len(b.elems) {
		out.exact = true
		out.elems = make([]Value, len(a.elems))
		for i := range a.elems {
			out.elems[i] = joinDepth(a.elems[i], b.elems[i], depth+1)
		}
	} else if len(a.elems)+len(b.elems) > 0 || !a.exact || !b.exact {
		r := joinElems(a, b)
		out.rest = &r
	}
	out.keys = joinKeys(a.keys, b.keys, depth)
	out.rest = joinPtr(out.rest, joinPtr(a.rest, b.rest))
	out.restKey = joinPtr(a.restKey, b.restKey)
	return out
}

func seq(k shapeKind) bool { return k == shList || k == shTuple }

// joinElems merges every position of two sequences into one value.
func joinElems(a, b *shape) Value {
	var out Value
	for _, e := range a.elems {
		out = join(out, e)
	}
	for _, e := range b.elems {
		out = join(out, e)
	}
	return out
}

// joinKeys merges constant keys: a key known on one side only keeps its
// value (on the other path the lookup would fail).
func joinKeys(a, b []kv, depth int) []kv {
	if len(a) == 0 {
		return b
	}
	if len(b) == 0 {
		return a
	}
	out := make([]kv, 0, len(a)+len(b))
	for _, x := range a {
		if y, ok := findKey(b, x.key); ok {
			x.v = joinDepth(x.v, y, depth+1)
		}
		out = append(out, x)
	}
	for _, y := range b {
		if _, ok := findKey(a, y.key); !ok {
			out = append(out, y)
		}
	}
	return out
}

func findKey(keys []kv, key string) (Value, bool) {
	for _, x := range keys {
		if x.key == key {
			return x.v, true
		}
	}
	return Value{}, false
}

func joinPtr(a, b *Value) *Value {
	switch {
	case a == nil:
		return b
	case b == nil:
		return a
	}
	v := join(*a, *b)
	return &v
}

// collapse merges everything a shaped value holds into one value, for
// summaries and iteration.
func collapse(v Value) Value {
	if v.sh == nil {
		return v
	}
	out := Value{t: v.t}
	first := true
	add := func(x Value) {
		if first {
			out, first = x, false
			out.t = out.t.union(v.t)
			return
		}
		out = join(out, x)
	}
	for _, e := range v.sh.elems {
		add(e)
	}
	for _, e := range v.sh.keys {
		add(e.v)
	}
	if v.sh.rest != nil {
		add(*v.sh.rest)
	}
	return out
}

// summary is a container shape of unknown layout whose items are all v.
func summary(kind shapeKind, v Value) *shape {
	return &shape{kind: kind, rest: &v}
}

// same reports whether two values are equal for the loop fixpoint:
// traces are ignored, everything the analysis decides on is compared.
func same(a, b Value) bool { return sameDepth(a, b, 0) }

func sameDepth(a, b Value, depth int) bool {
	if a.t.classes != b.t.classes || a.t.norm != b.t.norm || a.t.parts != b.t.parts || a.k != b.k ||
		a.str != b.str || a.bytes != b.bytes || a.cat != b.cat ||
		a.sym != b.sym || a.obj != b.obj || a.aux != b.aux || a.unsafe != b.unsafe || a.fn != b.fn {
		return false
	}
	if (a.via == nil) != (b.via == nil) || a.via != nil && *a.via != *b.via {
		return false
	}
	if a.sh == b.sh {
		return true
	}
	if a.sh == nil || b.sh == nil || depth > maxShapeDepth {
		return a.sh == nil && b.sh == nil || depth > maxShapeDepth
	}
	x, y := a.sh, b.sh
	if x.kind != y.kind || x.exact != y.exact || len(x.elems) != len(y.elems) || len(x.keys) != len(y.keys) ||
		x.class != y.class || (x.rest == nil) != (y.rest == nil) || (x.restKey == nil) != (y.restKey == nil) {
		return false
	}
	for i := range x.elems {
		if !sameDepth(x.elems[i], y.elems[i], depth+1) {
			return false
		}
	}
	for i := range x.keys {
		if x.keys[i].key != y.keys[i].key || !sameDepth(x.keys[i].v, y.keys[i].v, depth+1) {
			return false
		}
	}
	if x.rest != nil && !sameDepth(*x.rest, *y.rest, depth+1) {
		return false
	}
	return x.restKey == nil || sameDepth(*x.restKey, *y.restKey, depth+1)
}

// widen forgets what keeps a loop from converging: constants and the
// exact layout of containers; taint is kept.
func widen(v Value) Value {
	v.k = konst{}
	v.via = nil
	if v.sh != nil && v.sh.kind != shObject {
		c := collapse(v)
		c.k, c.sh, c.via = konst{}, nil, nil
		v.sh = summary(v.sh.kind, c)
	}
	return v
}
