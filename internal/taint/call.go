package taint

import (
	"strings"

	"github.com/flaskguard/flaskguard/internal/python"
	"github.com/flaskguard/flaskguard/internal/taint/spec"
)

// evalCall evaluates a call: project functions, methods and classes are
// analysed in this context; library calls follow the specification.
func (f *frame) evalCall(c *python.Call) Value {
	if a, ok := c.Func.(*python.Attribute); ok {
		var recv Value
		if d, ok := python.DottedName(a.Value); ok {
			if v, ok := f.lookupDotted(d); ok {
				recv = v
			} else {
				recv = f.eval(a.Value)
			}
		} else {
			recv = f.eval(a.Value)
		}
		args := f.evalArgs(c)
		live := !f.st.dead
		f.lib = libSite{}
		ret := f.callMethod(c, recv, a.Value, a.Attr, args)
		if live {
			f.observeCall(c, &recv, args, f.libPath(c))
		}
		return ret
	}
	if n, ok := c.Func.(*python.Name); ok && n.ID == "super" && len(c.Args) == 0 && f.class != nil {
		if self, ok := f.st.vars[f.selfName()]; ok {
			if !f.st.dead {
				f.observeCall(c, nil, nil, "")
			}
			return Value{fn: &funcRef{mod: f.mod, class: f.class, self: &self, super: true}}
		}
	}
	callee := f.eval(c.Func)
	args := f.evalArgs(c)
	live := !f.st.dead
	f.lib = libSite{}
	ret := f.callValue(c, callee, args)
	if live {
		f.observeCall(c, nil, args, f.libPath(c))
	}
	return ret
}

// selfName is the name of the frame's first parameter (self).
func (f *frame) selfName() string {
	if f.fn != nil && len(f.fn.Params) > 0 {
		return f.fn.Params[0].Name
	}
	return "self"
}

// evalArgs evaluates the arguments, expanding *args of known layout.
func (f *frame) evalArgs(c *python.Call) []arg {
	out := make([]arg, 0, len(c.Args))
	for _, a := range c.Args {
		v := f.eval(a.Value)
		if a.Star == 1 && v.sh != nil && v.sh.exact && seq(v.sh.kind) {
			for _, e := range v.sh.elems {
				out = append(out, arg{v: e, expr: a.Value})
			}
			continue
		}
		if a.Star == 2 && v.sh != nil && v.sh.kind == shDict && v.sh.exact && v.sh.rest == nil {
			for _, e := range v.sh.keys {
				if e.k.kind == kStr {
					out = append(out, arg{name: e.k.s, v: e.v, expr: a.Value})
				}
			}
			continue
		}
		out = append(out, arg{name: a.Name, star: a.Star, v: v, expr: a.Value})
	}
	return out
}

// callMethod evaluates recv.m(args).
func (f *frame) callMethod(c *python.Call, recv Value, recvExpr python.Expr, m string, args []arg) Value {
	if item, ok := f.settingsLookup(c, recv, m, args); ok {
		return item
	}
	switch {
	case recv.fn != nil && recv.fn.super:
		// super().m(...) runs a base method on self; what it sets on
		// self stays set.
		if ref := f.funcAttr(recv, m).fn; ref != nil && ref.def != nil {
			ret, out := f.callDeclared(c, ref, args)
			if out != nil {
				f.st.vars[f.selfName()] = *out
			}
			return ret
		}
		return unknownCall(recv.fn, args)
	case recv.fn != nil:
		return f.callValue(c, f.funcAttr(recv, m), args)
	case recv.sh != nil && recv.sh.kind == shObject:
		if cls := recv.sh.class; cls != nil {
			if owner, def := f.e.method(cls, m); def != nil {
				self := recv
				ref := &funcRef{mod: owner.Module, def: def, class: owner}
				if hasDecorator(def, "staticmethod") {
					ret, _ := f.callDeclared(c, ref, args)
					return ret
				}
				ref.self = &self
				ret, out := f.callDeclared(c, ref, args)
				if out != nil {
					f.writeBack(recvExpr, *out)
				}
				return ret
			}
		}
		if v, ok := findKey(recv.sh.keys, m); ok && v.fn != nil {
			return f.callValue(c, v, args)
		}
	case recv.sym != "":
		if src := f.e.ix.Source(recv.sym); src != nil && contains(src.Attrs, m) {
			return f.sourceValue(src, m, c.Span(), "request."+m+"()")
		}
		q := recv.sym + "." + m
		if v := f.e.symValue(q); v.fn != nil {
			return f.callValue(c, v, args)
		}
		if ref := f.e.callable(q); ref != nil {
			return f.callRef(c, ref, args)
		}
		if recv.sh == nil {
			return f.libCall(c, q, &recv, recvExpr, m, args)
		}
	}
	if st := f.e.ix.Store(recv.obj); st != nil {
		if ret, out, ok := storeMethod(st, recv, m, args); ok {
			f.writeBack(recvExpr, out)
			return ret
		}
	}
	if recv.sh != nil {
		if ret, out, ok := containerMethod(recv, m, args); ok {
			// A library mapping the program also filled item by item
			// (resp.headers after resp.headers["X"] = v) keeps its sinks.
			for _, s := range f.e.ix.Sinks(pathOf(recv) + "." + m) {
				f.checkSink(s, c, &recv, recvExpr, args)
			}
			f.writeBack(recvExpr, out)
			return ret
		}
	}
	return f.libCall(c, pathOf(recv)+"."+m, &recv, recvExpr, m, args)
}

// callValue calls an evaluated callee.
func (f *frame) callValue(c *python.Call, callee Value, args []arg) Value {
	switch {
	case callee.fn != nil:
		return f.callRef(c, callee.fn, args)
	case callee.sym != "":
		if ref := f.e.callable(callee.sym); ref != nil {
			return f.callRef(c, ref, args)
		}
		f.lib = libSite{c, strings.TrimPrefix(callee.sym, "builtins.")}
		if v, ok := f.builtin(c, callee.sym, args); ok {
			return v
		}
		return f.libCall(c, callee.sym, nil, nil, "", args)
	case callee.obj != "":
		return f.libCall(c, callee.obj, nil, nil, "", args)
	}
	t := flatArgs(args).union(callee.t)
	return Value{t: t}
}

// callRef calls a project function, method, lambda or class.
func (f *frame) callRef(c *python.Call, ref *funcRef, args []arg) Value {
	switch {
	case ref.lam != nil:
		return f.callLambda(ref, args)
	case ref.def == nil && ref.class != nil:
		return f.construct(c, ref.class, args)
	}
	if ref.def != nil && ref.self == nil && ref.class != nil && !hasDecorator(ref.def, "staticmethod") {
		if hasDecorator(ref.def, "classmethod") {
			cls := Value{fn: &funcRef{mod: ref.class.Module, class: ref.class}}
			bound := *ref
			bound.self = &cls
			ret, _ := f.callDeclared(c, &bound, args)
			return ret
		}
	}
	ret, _ := f.callDeclared(c, ref, args)
	return ret
}

// libCall evaluates a call of a library (or unknown) function by its
// callee path: sinks are checked, and the result follows the sanitizer,
// clean, source and propagation tables.
func (f *frame) libCall(c *python.Call, path string, recv *Value, recvExpr python.Expr, m string, args []arg) Value {
	path = strings.TrimPrefix(path, "builtins.")
	f.lib = libSite{c, path}
	ix := f.e.ix
	sinks := ix.Sinks(path)
	inert := false
	for _, s := range sinks {
		f.checkSink(s, c, recv, recvExpr, args)
		if s.When == spec.HTMLBody && s.CondArg != spec.Receiver && f.declaredInert(s, args) {
			inert = true
		}
	}
	if ix.IsTemplate(path) {
		f.templateUse(c, args)
	}
	if ix.IsNoReturn(path) {
		f.st.dead = true
		return clean()
	}
	result := Value{obj: path + "()"}
	if inert {
		result.aux = auxInert
	}
	parsed := f.parsed(path, args)
	if fs := ix.FlagSetter(path); fs != nil && recv != nil {
		if f.setsFlag(fs, args) {
			nr := *recv
			nr.unsafe = true
			f.writeBack(recvExpr, nr)
		}
		return clean()
	}
	if uo := ix.UnsafeObject(path); uo != nil {
		for _, kw := range uo.Kwargs {
			if a, ok := keyword(args, kw); ok {
				if truth, known := truthOf(a.v); known && truth {
					result.unsafe = true
				}
			}
		}
		return result
	}
	if v, ok := f.regexCall(path, recv, args); ok {
		return v
	}
	if ix.IsIdentity(path) {
		if a, ok := positional(args, 0); ok {
			return a.v
		}
	}
	if recv != nil {
		if v, ok := f.requestMethod(c, *recv, m, args); ok {
			return v
		}
	}
	if v, ok := f.templateCall(path, recv, m, args); ok {
		return v
	}
	if len(sinks) > 0 {
		// What a sink returns is the library's output (rows, a response,
		// a file object), not the request's data.
		return result
	}
	if ix.IsCallSource(path) {
		return f.callSource(c, path)
	}
	if v, ok := f.foldStrMethod(recv, m, args); ok {
		return v
	}
	if ix.IsSitePath(path) {
		result.aux, result.str = f.sitePath(args), true
		return result
	}
	if ix.IsClean(path) {
		return result
	}
	t := flatArgs(args)
	if recv != nil {
		t = t.union(recv.flat())
		if m == "format" && recv.k.text() {
			if ft, ok := formatTaint(recv.k.s, args); ok {
				t = ft
			}
		}
	}
	if ix.IsDecoder(path) {
		t = t.decode()
	}
	if cleared, part, quoting, encoding, ok := ix.Sanitizer(path, sanitizerCall(args)); ok {
		t = t.clear(cleared)
		t.quoted |= quoting
		t.encoded |= encoding
		if part != 0 && t.tainted() {
			t.parts |= part
			if t.parts&crlfParts == crlfParts {
				t = t.clear(ix.PartClears(path))
			}
		}
	}
	result.t = t
	result.via = parsed
	if v := f.macVia(path, recv, args); v != nil {
		result.via = v
	}
	result.str = ix.IsString(path)
	result.bytes = m == "encode" || recv != nil && recv.bytes && m != "decode"
	if ix.IsNormalizer(path) && t.tainted() {
		result.t.norm = true
	}
	if ix.IsURLParser(path) {
		if a, ok := positional(args, 0); ok {
			if a.v.via != nil && a.v.via.kind == viaJoin {
				result.via = &via{name: a.v.via.name, kind: viaURL}
			} else if name, ok := refName(a.expr); ok {
				result.via = &via{name: name, kind: viaURL}
			}
		}
	}
	if ix.IsURLJoin(path) {
		if a, ok := positional(args, 1); ok {
			if name, ok := refName(a.expr); ok {
				result.via = &via{name: name, kind: viaJoin}
			}
		}
	}
	if recv != nil && recv.str && recv.via == nil && isNormalizingStrMethod(m) {
		if name, ok := refName(recvExpr); ok {
			result.via = &via{name: name, kind: viaSame}
		}
	} else if recv != nil && recv.via != nil && recv.via.kind == viaSame && isNormalizingStrMethod(m) {
		result.via = recv.via
	}
	if m != "" && recv != nil && recv.sh == nil && recv.sym == "" && ix.IsMutator(m) {
		if at := flatArgs(args); at.tainted() {
			nr := *recv
			nr.t = nr.t.union(at)
			f.writeBack(recvExpr, nr)
		}
	}
	if m == "format" && recv != nil && recv.k.text() {
		c := prefixClears(formatPrefix(recv.k.s))
		if result.t.tainted() {
			result.t = result.t.clear(c)
		}
		result.aux = prefixMarker(c, false)
	}
	return result
}

// sanitizerCall describes a call's constant arguments for the
// sanitizer table.
func sanitizerCall(args []arg) spec.SanitizerCall {
	sc := spec.SanitizerCall{Const: func(kw string, pos int) (string, bool) {
		if a, ok := keyword(args, kw); ok && a.v.k.text() {
			return a.v.k.s, true
		}
		if pos > 0 {
			if a, ok := positional(args, pos); ok && a.v.k.text() {
				return a.v.k.s, true
			}
		}
		return "", false
	}}
	if a, ok := positional(args, 0); ok && a.v.k.text() {
		sc.Arg0, sc.Arg0Known = a.v.k.s, true
	}
	return sc
}

// isNormalizingStrMethod: methods whose result is the same text, recased
// or trimmed, so that checking it checks the original.
func isNormalizingStrMethod(m string) bool {
	switch m {
	case "lower", "upper", "strip", "lstrip", "rstrip", "casefold", "title":
		return true
	}
	return false
}

// refName is the variable an expression reads: a name, or a dotted
// pseudo-variable.
func refName(e python.Expr) (string, bool) {
	switch x := e.(type) {
	case *python.Name:
		return x.ID, true
	case *python.Attribute:
		return python.DottedName(x)
	}
	return "", false
}
