package taint

import (
	"strings"

	"github.com/flaskguard/flaskguard/internal/python"
)

// execBlock runs statements until the state dies.
func (f *frame) execBlock(list []python.Stmt) {
	for i, s := range list {
		if f.st.dead {
			return
		}
		f.block, f.at = list, i
		f.exec(s)
	}
}

// exec runs one statement on the frame's state.
func (f *frame) exec(s python.Stmt) {
	switch x := s.(type) {
	case *python.ExprStmt:
		f.eval(x.X)
	case *python.Assign:
		f.execAssign(x)
	case *python.Return:
		f.execReturn(x)
	case *python.If:
		f.execIf(x)
	case *python.For:
		f.execFor(x)
	case *python.While:
		f.execWhile(x)
	case *python.Try:
		f.execTry(x)
	case *python.With:
		for _, it := range x.Items {
			v := f.eval(it.Context)
			if it.Target != nil {
				f.assign(it.Target, f.enter(it.Context, v))
			}
		}
		f.execBlock(x.Body)
	case *python.Match:
		f.execMatch(x)
	case *python.Raise:
		if x.Exc != nil {
			f.eval(x.Exc)
		}
		f.raise()
	case *python.Simple:
		f.execSimple(x.Keyword)
	case *python.Delete:
		for _, t := range x.Targets {
			f.execDelete(t)
		}
	case *python.Assert:
		if truth, ok := truthOf(f.eval(x.Test)); ok && !truth {
			f.raise()
			return
		}
		f.st = f.refine(f.st, x.Test, true)
	case *python.FunctionDef:
		f.setVar(x.Name, f.funcValue(x))
	case *python.ClassDef:
		f.setVar(x.Name, f.classValue(x))
	case *python.Import:
		for _, a := range x.Names {
			if a.AsName != "" {
				f.setVar(a.AsName, f.e.symValue(a.Name))
			} else {
				top := importedName(a)
				f.setVar(top, Value{sym: top})
			}
		}
	case *python.ImportFrom:
		base := f.importBase(x)
		for _, a := range x.Names {
			if a.Name == "*" {
				continue
			}
			local := importedName(a)
			if q, ok := f.mod.Imports[local]; ok && f.fn == nil {
				f.setVar(local, f.e.symValue(q))
				continue
			}
			f.setVar(local, f.e.symValue(joinDotted(base, a.Name)))
		}
	case *python.BadStmt:
		f.execBlock(x.Body)
	}
}

// setVar binds a name in the current state.
func (f *frame) setVar(name string, v Value) {
	f.st.vars[name] = v
}

// enter is the value a with statement binds: __enter__ of a project
// object, else the context manager itself (open() returns the file).
func (f *frame) enter(ctx python.Expr, v Value) Value {
	if v.sh != nil && v.sh.kind == shObject && v.sh.class != nil {
		if owner, def := f.e.method(v.sh.class, "__enter__"); def != nil {
			self := v
			ret, _ := f.callProject(nil, &funcRef{mod: owner.Module, def: def, class: owner, self: &self}, nil)
			return ret
		}
	}
	return v
}

// importBase resolves the module of a from-import inside a function.
func (f *frame) importBase(x *python.ImportFrom) string {
	if x.Level == 0 {
		return x.Module
	}
	parts := strings.Split(f.mod.Name, ".")
	if f.mod.Name == "" {
		parts = nil
	}
	if !f.mod.Package && len(parts) > 0 {
		parts = parts[:len(parts)-1]
	}
	up := x.Level - 1
	if up > len(parts) {
		return x.Module
	}
	return joinDotted(strings.Join(parts[:len(parts)-up], "."), x.Module)
}

func joinDotted(a, b string) string {
	switch {
	case a == "":
		return b
	case b == "":
		return a
	}
	return a + "." + b
}

// execAssign runs `a = b = v`, `a: T = v` and `a op= v`.
func (f *frame) execAssign(x *python.Assign) {
	if x.Value == nil {
		return
	}
	v := f.eval(x.Value)
	if x.Op != "" && len(x.Targets) == 1 {
		old := f.eval(x.Targets[0])
		v = f.binop(strings.TrimSuffix(x.Op, "="), old, v, x)
		if old.sh != nil && old.sh.kind == shList && x.Op == "+=" && v.sh == nil {
			// lst += iterable extends the list.
			_, v, _ = seqMethod(old, "extend", []arg{{v: v}})
		}
	}
	for _, t := range x.Targets {
		f.assign(t, v)
	}
}

// assign binds a target to a value: names, unpacking, items and
// attributes (which change the container or object they belong to).
func (f *frame) assign(target python.Expr, v Value) {
	switch t := target.(type) {
	case *python.Name:
		if v.t.tainted() {
			v.t = f.e.addStep(v.t, f.loc(t.Span()), "assigned to "+t.ID)
		}
		if f.rebound != nil && f.fn != nil && hasParam(f.fn.Params, t.ID) {
			f.rebound[t.ID] = true
		}
		if f.fn != nil && f.e.nonlocals[f.fn][t.ID] {
			// nonlocal x: the enclosing function's variable changes.
			for env := f.env; env != nil; env = env.env {
				if env.locals[t.ID] {
					env.st.vars[t.ID] = v
					return
				}
			}
		}
		f.st.vars[t.ID] = v
	case *python.Tuple:
		f.unpack(t.Elts, v)
	case *python.List:
		f.unpack(t.Elts, v)
	case *python.Starred:
		f.assign(t.Value, Value{sh: summary(shList, elemOf(v))})
	case *python.Subscript:
		base := f.eval(t.Value)
		if _, ok := t.Index.(*python.Slice); ok {
			f.writeBack(t.Value, join(base, Value{sh: summary(shList, elemOf(v))}))
			return
		}
		idx := f.eval(t.Index)
		f.checkSubscriptSink(t, base, idx, v)
		f.writeBack(t.Value, setItem(base, idx, v))
	case *python.Attribute:
		f.assignAttr(t, v)
	}
}

// unpack assigns the items of v to a target list, position by position
// when v's layout is known.
func (f *frame) unpack(elts []python.Expr, v Value) {
	star := -1
	for i, e := range elts {
		if _, ok := e.(*python.Starred); ok {
			star = i
		}
	}
	if sh := v.sh; sh != nil && sh.exact && seq(sh.kind) {
		n := len(sh.elems)
		if star < 0 && n == len(elts) {
			for i, e := range elts {
				f.assign(e, sh.elems[i])
			}
			return
		}
		if star >= 0 && n >= len(elts)-1 {
			after := len(elts) - star - 1
			for i := 0; i < star; i++ {
				f.assign(elts[i], sh.elems[i])
			}
			mid := append([]Value{}, sh.elems[star:n-after]...)
			f.assign(elts[star].(*python.Starred).Value, Value{sh: &shape{kind: shList, exact: true, elems: mid}})
			for i := 0; i < after; i++ {
				f.assign(elts[star+1+i], sh.elems[n-after+i])
			}
			return
		}
	}
	item := elemOf(v)
	for _, e := range elts {
		f.assign(e, item)
	}
}

// assignAttr runs obj.attr = v. Attributes of objects live in the
// object's shape; attributes of modules and library globals (g.user,
// current_app.foo) are dotted pseudo-variables of the frame.
func (f *frame) assignAttr(t *python.Attribute, v Value) {
	if v.t.tainted() {
		v.t = f.e.addStep(v.t, f.loc(t.Span()), "assigned to "+t.Attr)
	}
	d, dotted := python.DottedName(t)
	if dotted {
		if _, ok := f.lookupDotted(d); ok {
			f.st.vars[d] = v
			return
		}
	}
	base := f.eval(t.Value)
	if dotted && base.sh == nil && (base.sym != "" || base.fn != nil) {
		f.st.vars[d] = v
		return
	}
	f.writeBack(t.Value, setAttr(base, t.Attr, v))
}

// writeBack stores a changed container or object into the place an
// expression reads it from. Values of library globals (session, os.environ)
// and call results have no place and are left alone.
func (f *frame) writeBack(target python.Expr, v Value) {
	switch t := target.(type) {
	case *python.Name:
		if _, ok := f.st.vars[t.ID]; !ok && !f.locals[t.ID] {
			if old := f.lookupName(t.ID); old.sym != "" && old.sh == nil {
				return
			}
		}
		f.st.vars[t.ID] = v
	case *python.Attribute:
		if d, ok := python.DottedName(t); ok {
			if _, ok := f.lookupDotted(d); ok {
				f.st.vars[d] = v
				return
			}
		}
		base := f.eval(t.Value)
		if base.sym != "" && base.sh == nil {
			if d, ok := python.DottedName(t); ok {
				f.st.vars[d] = v
			}
			return
		}
		f.writeBack(t.Value, setAttr(base, t.Attr, v))
	case *python.Subscript:
		if _, ok := t.Index.(*python.Slice); ok {
			return
		}
		base := f.eval(t.Value)
		if base.sym != "" && base.sh == nil {
			return
		}
		f.writeBack(t.Value, setItem(base, f.eval(t.Index), v))
	}
}

// execDelete runs `del target`.
func (f *frame) execDelete(t python.Expr) {
	switch x := t.(type) {
	case *python.Name:
		delete(f.st.vars, x.ID)
	case *python.Subscript:
		base := f.eval(x.Value)
		f.writeBack(x.Value, delItem(base, f.eval(x.Index)))
	}
}

// execReturn records a returned value and ends the path.
func (f *frame) execReturn(x *python.Return) {
	v := constValue(konst{kind: kNone})
	if x.Value != nil {
		v = f.eval(x.Value)
	}
	if f.st.dead {
		return
	}
	if f.info != nil && f.info.view {
		f.checkViewReturn(x, v)
	}
	if f.guard != nil {
		f.guard.observe(f, x.Value, v)
	}
	if f.returned {
		f.ret = join(f.ret, v)
	} else {
		f.ret, f.returned = v, true
	}
	f.recordOuts()
	f.exits = joinStates(f.exits, f.st)
	f.st = deadState()
}

// raise ends the path with an exception, caught by the innermost try.
func (f *frame) raise() {
	if n := len(f.tries); n > 0 {
		f.tries[n-1].raised = joinStates(f.tries[n-1].raised, f.st.clone())
	}
	f.st = deadState()
}

// execSimple runs pass, break and continue.
func (f *frame) execSimple(kw string) {
	n := len(f.loops)
	switch {
	case kw == "break" && n > 0:
		f.loops[n-1].brk = joinStates(f.loops[n-1].brk, f.st)
		f.st = deadState()
	case kw == "continue" && n > 0:
		f.loops[n-1].cont = joinStates(f.loops[n-1].cont, f.st)
		f.st = deadState()
	}
}
