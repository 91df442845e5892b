package taint

import (
	"strconv"
	"strings"

	"github.com/flaskguard/flaskguard/internal/finding"
	"github.com/flaskguard/flaskguard/internal/python"
	"github.com/flaskguard/flaskguard/internal/taint/spec"
)

// eval computes the abstract value of an expression in the frame's
// current state. Expressions with effects (calls, walrus targets) update
// the state and report the sinks they reach.
func (f *frame) eval(e python.Expr) Value {
	switch x := e.(type) {
	case *python.Name:
		return f.lookupName(x.ID)
	case *python.Attribute:
		return f.evalAttr(x)
	case *python.Call:
		return f.evalCall(x)
	case *python.String:
		return f.evalString(x)
	case *python.Number:
		return numberValue(x.Text)
	case *python.Constant:
		switch x.Value {
		case python.True:
			return constValue(boolConst(true))
		case python.False:
			return constValue(boolConst(false))
		case python.None:
			return constValue(konst{kind: kNone})
		}
		return clean()
	case *python.BinOp:
		return f.binop(x.Op, f.eval(x.Left), f.eval(x.Right), x)
	case *python.UnaryOp:
		return unary(x.Op, f.eval(x.Operand))
	case *python.BoolOp:
		return f.boolop(x)
	case *python.Compare:
		return f.compare(x)
	case *python.Subscript:
		return f.evalSubscript(x)
	case *python.List:
		return f.display(shList, x.Elts)
	case *python.Tuple:
		return f.display(shTuple, x.Elts)
	case *python.Set:
		return f.display(shSet, x.Elts)
	case *python.Dict:
		return f.dict(x)
	case *python.Comprehension:
		return f.comprehension(x)
	case *python.Lambda:
		return Value{fn: &funcRef{mod: f.mod, lam: x, env: f}}
	case *python.IfExp:
		return f.ifExp(x)
	case *python.NamedExpr:
		v := f.eval(x.Value)
		f.assign(x.Target, v)
		return v
	case *python.Starred:
		return f.eval(x.Value)
	case *python.Await:
		return f.eval(x.Value)
	case *python.Yield:
		v := clean()
		if x.Value != nil {
			v = f.eval(x.Value)
			if x.From {
				v = elemOf(v)
			}
		}
		y := v
		if f.yielded != nil {
			y = join(*f.yielded, v)
		}
		f.yielded = &y
		return clean()
	}
	return clean()
}

// numberValue reads a numeric literal as Python writes it.
func numberValue(text string) Value {
	t := strings.ReplaceAll(strings.ToLower(text), "_", "")
	if strings.HasSuffix(t, "j") {
		return clean()
	}
	if i, err := strconv.ParseInt(t, 0, 64); err == nil {
		return constValue(intConst(i))
	}
	if fl, err := strconv.ParseFloat(t, 64); err == nil {
		return constValue(floatConst(fl))
	}
	return clean()
}

// evalAttr evaluates Value.Attr.
func (f *frame) evalAttr(x *python.Attribute) Value {
	if d, ok := python.DottedName(x); ok {
		if v, ok := f.lookupDotted(d); ok {
			return v
		}
	}
	return f.attr(f.eval(x.Value), x.Attr, x)
}

// lookupDotted finds a dotted pseudo-variable (g.user) set in this frame
// or an enclosing one.
func (f *frame) lookupDotted(d string) (Value, bool) {
	if !strings.Contains(d, ".") {
		return Value{}, false
	}
	for cur := f; cur != nil; cur = cur.env {
		if cur.st == nil {
			continue
		}
		if v, ok := cur.st.vars[d]; ok {
			return v, true
		}
	}
	return Value{}, false
}

// attr is base.name for an already evaluated base.
func (f *frame) attr(base Value, name string, node python.Node) Value {
	switch {
	case base.fn != nil:
		return f.funcAttr(base, name)
	case base.sh != nil && base.sh.kind == shObject:
		return f.objectAttr(base, name)
	case base.sym != "":
		if src := f.e.ix.Source(base.sym); src != nil {
			if contains(src.Attrs, name) {
				return f.sourceValue(src, name, node.Span(), "request."+name)
			}
			return Value{sym: base.sym + "." + name}
		}
		return f.e.symValue(base.sym + "." + name)
	}
	out := Value{t: base.t, obj: pathOf(base) + "." + name}
	if strings.HasPrefix(out.obj, "pathlib.") && (name == "name" || name == "stem") {
		// The last component of a path, as os.path.basename gives it.
		out.t = out.t.clear(spec.Path)
		out.str = true
	}
	if base.via != nil && base.via.kind == viaURL && (name == "netloc" || name == "hostname") {
		out.via = &via{name: base.via.name, kind: viaHost}
	}
	return out
}

// sourceValue is client data read from a request attribute.
func (f *frame) sourceValue(src *spec.Source, name string, span python.Span, note string) Value {
	tr := f.e.newTrace(finding.Step{Location: f.loc(span), Note: note})
	v := Value{t: taint{classes: spec.All, tr: tr}, obj: src.Object + "." + name}
	if contains(src.Encoded, name) {
		v.t = v.t.clear(spec.Log | spec.Header)
	}
	switch name {
	case "args", "form", "values", "json", "get_json", "files", "cookies", "headers", "environ",
		"view_args", "authorization", "access_route", "accept_mimetypes", "accept_charsets",
		"accept_encodings", "accept_languages", "cache_control", "mimetype_params", "pragma",
		"if_match", "if_none_match", "range", "stream", "input_stream":
	default:
		v.str = true
	}
	return v
}

// funcAttr is an attribute of a function or class value: a method, a
// class attribute, or (on super()) a method of a base class.
func (f *frame) funcAttr(base Value, name string) Value {
	ref := base.fn
	if ref.class == nil || ref.def != nil {
		return clean()
	}
	cls := ref.class
	if ref.super {
		for _, b := range f.e.proj.Bases(cls) {
			if owner, def := f.e.method(b, name); def != nil {
				return Value{fn: &funcRef{mod: owner.Module, def: def, class: owner, self: ref.self}}
			}
		}
		return clean()
	}
	if owner, def := f.e.method(cls, name); def != nil {
		return Value{fn: &funcRef{mod: owner.Module, def: def, class: owner}}
	}
	if v, ok := f.e.classAttr(cls, name); ok {
		return v
	}
	return clean()
}

// objectAttr reads an attribute of an object: one set on it, a method of
// its class (bound), a property, or a class attribute.
func (f *frame) objectAttr(base Value, name string) Value {
	if v, ok := findKey(base.sh.keys, name); ok {
		return v
	}
	if cls := base.sh.class; cls != nil {
		if owner, def := f.e.method(cls, name); def != nil {
			self := base
			ref := &funcRef{mod: owner.Module, def: def, class: owner, self: &self}
			if hasDecorator(def, "property") || hasDecorator(def, "cached_property") {
				ret, _ := f.callProject(nil, ref, nil)
				return ret
			}
			return Value{fn: ref}
		}
		if v, ok := f.e.classAttr(cls, name); ok {
			return v
		}
	}
	if base.sh.rest != nil {
		return *base.sh.rest
	}
	return Value{t: base.t}
}

// pathOf is the callee-path prefix of a value: what it is, or where it
// came from, or "str" for text, or "?" when nothing is known.
func pathOf(v Value) string {
	switch {
	case v.sym != "":
		return v.sym
	case v.obj != "":
		return v.obj
	case v.str || v.k.text():
		return "str"
	}
	return "?"
}

// ifExp evaluates `a if test else b`, pruning a branch known dead and
// refining each branch by the test.
func (f *frame) ifExp(x *python.IfExp) Value {
	t := f.eval(x.Test)
	if truth, ok := truthOf(t); ok {
		if truth {
			return f.eval(x.Body)
		}
		return f.eval(x.Else)
	}
	saved := f.st
	f.st = f.refine(saved.clone(), x.Test, true)
	a := f.eval(x.Body)
	f.st = f.refine(saved.clone(), x.Test, false)
	b := f.eval(x.Else)
	f.st = saved
	return join(a, b)
}

// boolop evaluates `a and b` / `a or b`, folding a known left side.
func (f *frame) boolop(x *python.BoolOp) Value {
	l := f.eval(x.Left)
	if truth, ok := truthOf(l); ok {
		if truth == (x.Op == "or") {
			return l
		}
		return f.eval(x.Right)
	}
	saved := f.st
	f.st = f.refine(saved.clone(), x.Left, x.Op == "and")
	r := f.eval(x.Right)
	f.st = saved
	out := join(l, r)
	if x.Op == "and" {
		// `a and b` is b whenever it matters to a sink: a falsy a is ""
		// or None, which carries nothing.
		out.t = l.t.union(r.t)
	}
	return out
}

// truthOf is the truth value of a value when it is known: constants,
// containers of known length, functions and classes (always true).
func truthOf(v Value) (bool, bool) {
	if v.k.known() {
		return v.k.truthy(), true
	}
	if v.fn != nil {
		return true, true
	}
	if v.sh != nil && v.sh.exact && v.sh.rest == nil && v.sh.kind != shObject {
		return len(v.sh.elems)+len(v.sh.keys) > 0, true
	}
	return false, false
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
