package taint

import (
	"github.com/flaskguard/flaskguard/internal/project"
	"github.com/flaskguard/flaskguard/internal/python"
	"github.com/flaskguard/flaskguard/internal/taint/spec"
)

// memoEntry is the outcome of analysing a function in one context.
type memoEntry struct {
	ret      Value
	self     *Value
	outs     map[string]Value
	noReturn bool
	// rebound are the parameters the callee assigned anew; generator is
	// set for a function with yield, whose body runs only when iterated.
	rebound   map[string]bool
	generator bool
}

// callProject analyses a project function (or method, with ref.self as
// its receiver) for the arguments of this call, and returns its result
// and the receiver as the call leaves it. Sinks inside the function are
// reported with the caller's traces. Results are memoised per context.
func (f *frame) callProject(c *python.Call, ref *funcRef, args []arg) (Value, *Value) {
	e := f.e
	def := ref.def
	if f.depth >= maxCallDepth || e.analyses >= maxAnalyses || e.onStack(def) {
		return unknownCall(ref, args), ref.self
	}
	mod := ref.mod
	if info := e.funcs[def]; info != nil {
		mod = info.mod
	}
	vars, bound := f.bindParams(c, ref, args)
	env := ref.env
	if env == nil {
		if info := e.funcs[def]; info != nil && info.parent != nil {
			env = e.closureOf(info.parent)
		}
	}
	key := f.memoKey(def, ref, vars, env)
	entry, ok := e.memo[key]
	if e.nonlocals[def] != nil {
		// Its writes to the enclosing function's variables are effects a
		// memoised result would not replay.
		ok = false
	}
	if !ok {
		nf := e.run(mod, def, ref.class, vars, env, f.depth+1, f.quiet)
		entry = &memoEntry{ret: nf.result(), outs: nf.outs, noReturn: nf.noReturn(),
			rebound: nf.rebound, generator: nf.yielded != nil}
		if ref.self != nil && len(def.Params) > 0 {
			if s, ok := nf.outs[def.Params[0].Name]; ok {
				entry.self = &s
			}
		}
		e.memo[key] = entry
	}
	if entry.noReturn {
		f.st.dead = true
	}
	// Copy back what the callee did to the lists, dicts and objects it
	// was given, and what it proved of the strings: a callee that returns
	// only once its argument passed a check leaves it checked.
	var proved *via
	for _, p := range def.Params { // in order: the first proof links the result
		a, has := bound[p.Name]
		out, ok := entry.outs[p.Name]
		switch {
		case !has || !ok || a.expr == nil:
		case out.sh != nil || a.v.sh != nil:
			if !same(out, a.v) {
				f.writeBack(a.expr, out)
			}
		case !entry.generator:
			if v := f.narrowArg(a, out); v != nil && proved == nil {
				proved = v
			}
		}
	}
	ret := entry.ret
	ret.via = f.calleeVia(ret.via, bound, entry.rebound)
	if ret.via == nil {
		ret.via = proved
	}
	if c != nil && ret.t.tainted() {
		ret.t = e.addStep(ret.t, f.loc(c.Span()), "returned from "+def.Name+"()")
	}
	if info := e.funcs[def]; info != nil && info.view {
		// A view's response was checked where it returned it.
		ret.t = ret.t.clear(spec.HTML)
	}
	return ret, entry.self
}

// unknownCall is the result of a call the engine does not follow: the
// taint of the arguments and receiver passes to the result.
func unknownCall(ref *funcRef, args []arg) Value {
	t := flatArgs(args)
	if ref.self != nil {
		t = t.union(ref.self.flat())
	}
	return Value{t: t}
}

// onStack reports recursion.
func (e *engine) onStack(def *python.FunctionDef) bool {
	for _, d := range e.stack {
		if d == def {
			return true
		}
	}
	return false
}

// run analyses a function body with its parameters bound.
func (e *engine) run(mod *project.Module, def *python.FunctionDef, class *project.Class, vars map[string]Value, env *frame, depth int, quiet bool) *frame {
	return e.runWith(mod, def, class, vars, env, depth, quiet, nil)
}

// runWith is run with a hook that prepares the frame before the body runs.
func (e *engine) runWith(mod *project.Module, def *python.FunctionDef, class *project.Class, vars map[string]Value,
	env *frame, depth int, quiet bool, setup func(*frame)) *frame {
	e.analyses++
	nf := e.newFrame(mod, def, depth)
	if class != nil {
		nf.class = class
	}
	nf.env, nf.quiet = env, quiet
	for k, v := range vars {
		nf.st.vars[k] = v
	}
	nf.outs = map[string]Value{}
	nf.rebound = map[string]bool{}
	if setup != nil {
		setup(nf)
	}
	e.stack = append(e.stack, def)
	nf.execBlock(def.Body)
	e.stack = e.stack[:len(e.stack)-1]
	nf.exit()
	return nf
}

// exit records the state at the end of the body as an exit point.
func (f *frame) exit() {
	if f.st.dead {
		return
	}
	f.fellOff = true
	f.recordOuts()
	f.exits = joinStates(f.exits, f.st)
}

// recordOuts joins the parameters' current values into f.outs.
func (f *frame) recordOuts() {
	if f.fn == nil || f.outs == nil {
		return
	}
	for _, p := range f.fn.Params {
		if p.Name == "" || f.rebound[p.Name] {
			continue
		}
		if v, ok := f.st.vars[p.Name]; ok {
			if old, ok := f.outs[p.Name]; ok {
				v = join(old, v)
			}
			f.outs[p.Name] = v
		}
	}
}

// result is what a call of the analysed function returns.
func (f *frame) result() Value {
	if f.yielded != nil {
		return Value{sh: summary(shList, *f.yielded)}
	}
	none := constValue(konst{kind: kNone})
	switch {
	case f.returned && f.exits != nil && f.fellOff:
		return join(f.ret, none)
	case f.returned:
		return f.ret
	}
	return none
}

// noReturn reports a function that never returns normally (it always
// raises or aborts).
func (f *frame) noReturn() bool {
	return !f.returned && !f.fellOff && f.yielded == nil
}

// bindParams binds a call's arguments to the function's parameters, as
// Python does, and returns the parameter values and which arguments they
// came from (for copying changes back).
func (f *frame) bindParams(c *python.Call, ref *funcRef, args []arg) (map[string]Value, map[string]arg) {
	def := ref.def
	vars := map[string]Value{}
	bound := map[string]arg{}
	params := def.Params
	if ref.self != nil && len(params) > 0 {
		vars[params[0].Name] = *ref.self
		params = params[1:]
	}
	name := def.Name + "()"
	note := func(a arg, p string) Value {
		v := a.v
		if v.t.tainted() && a.expr != nil {
			v.t = f.e.addStep(v.t, f.loc(a.expr.Span()), "passed to "+name+" as "+p)
		}
		return v
	}
	pi := 0
	var extra []Value
	for _, a := range args {
		if a.name != "" || a.star != 0 {
			continue
		}
		for pi < len(params) && (params[pi].Star != 0 || params[pi].Name == "") {
			break
		}
		if pi < len(params) && params[pi].Star == 0 && params[pi].Name != "" {
			vars[params[pi].Name] = note(a, params[pi].Name)
			bound[params[pi].Name] = a
			pi++
			continue
		}
		extra = append(extra, a.v)
	}
	kwextra := &shape{kind: shDict, exact: true}
	var starTaint taint
	for _, a := range args {
		switch {
		case a.star != 0:
			starTaint = starTaint.union(a.v.flat())
		case a.name != "":
			if hasParam(params, a.name) {
				vars[a.name] = note(a, a.name)
				bound[a.name] = a
			} else {
				kwextra.keys = setKey(kwextra.keys, kv{key: strConst(a.name).key(), k: strConst(a.name), v: a.v})
			}
		}
	}
	for _, p := range params {
		switch {
		case p.Name == "":
		case p.Star == 1:
			vars[p.Name] = Value{sh: &shape{kind: shTuple, exact: !starTaint.tainted(), elems: extra}}
			if starTaint.tainted() {
				vars[p.Name].sh.rest = ptr(Value{t: starTaint})
			}
		case p.Star == 2:
			kw := Value{sh: kwextra}
			if starTaint.tainted() {
				kwextra.exact = false
				kwextra.rest = ptr(Value{t: starTaint})
			}
			vars[p.Name] = kw
		default:
			if _, ok := vars[p.Name]; ok {
				continue
			}
			if d, ok := ref.defaults[p.Name]; ok {
				vars[p.Name] = d
			} else if starTaint.tainted() {
				vars[p.Name] = Value{t: starTaint}
			} else if p.Default != nil {
				vars[p.Name] = f.e.constExpr(ref.mod, p.Default)
			} else {
				vars[p.Name] = clean()
			}
		}
	}
	return vars, bound
}

func hasParam(ps []python.Param, name string) bool {
	for _, p := range ps {
		if p.Name == name && p.Star == 0 {
			return true
		}
	}
	return false
}

// constExpr evaluates a default value in its module.
func (e *engine) constExpr(m *project.Module, x python.Expr) Value {
	switch x.(type) {
	case *python.String, *python.Number, *python.Constant:
		f := &frame{e: e, mod: m, path: m.File.Path, st: newState(), quiet: true}
		return f.eval(x)
	}
	f := e.newFrame(m, nil, maxCallDepth)
	f.quiet = true
	f.env = &frame{st: e.moduleState(m)}
	return f.eval(x)
}

// construct calls a project class: the object is built and __init__
// runs on it. A dataclass-like class without __init__ takes its
// annotated fields from the arguments.
func (f *frame) construct(c *python.Call, cls *project.Class, args []arg) Value {
	obj := Value{sh: &shape{kind: shObject, class: cls}, obj: cls.QualifiedName() + "()"}
	if owner, init := f.e.method(cls, "__init__"); init != nil {
		self := obj
		_, out := f.callProject(c, &funcRef{mod: owner.Module, def: init, class: owner, self: &self}, args)
		if out != nil {
			return *out
		}
		return obj
	}
	fields := annotatedFields(cls)
	i := 0
	for _, a := range args {
		switch {
		case a.name != "":
			obj = setAttr(obj, a.name, a.v)
		case a.star == 0 && i < len(fields):
			obj = setAttr(obj, fields[i], a.v)
			i++
		default:
			obj.t = obj.t.union(a.v.flat())
		}
	}
	if len(fields) == 0 && len(f.e.proj.Bases(cls)) < len(cls.Def.Bases) {
		// A library base class (dict, Exception, ...) keeps its arguments.
		obj.t = obj.t.union(flatArgs(args))
	}
	return obj
}

// annotatedFields lists `name: type` declarations of a class body.
func annotatedFields(cls *project.Class) []string {
	var out []string
	for _, s := range cls.Def.Body {
		if a, ok := s.(*python.Assign); ok && a.Annotation != nil && len(a.Targets) == 1 {
			if n, ok := a.Targets[0].(*python.Name); ok {
				out = append(out, n.ID)
			}
		}
	}
	return out
}

// callLambda evaluates a lambda's body with its parameters bound.
func (f *frame) callLambda(ref *funcRef, args []arg) Value {
	if f.depth >= maxCallDepth {
		return unknownCall(ref, args)
	}
	nf := &frame{e: f.e, mod: ref.mod, path: ref.mod.File.Path, st: newState(), env: ref.env,
		quiet: f.quiet, depth: f.depth + 1, locals: map[string]bool{}, scope: f.scope}
	i := 0
	for _, p := range ref.lam.Params {
		nf.locals[p.Name] = true
		if a, ok := keyword(args, p.Name); ok {
			nf.st.vars[p.Name] = a.v
			continue
		}
		if a, ok := positional(args, i); ok && p.Star == 0 {
			nf.st.vars[p.Name] = a.v
			i++
		} else if p.Default != nil {
			nf.st.vars[p.Name] = f.e.constExpr(ref.mod, p.Default)
		}
	}
	return nf.eval(ref.lam.Body)
}

// closureOf analyses an enclosing function (quietly, with unknown
// arguments) to learn the values its nested functions see, and keeps the
// frame: closure variables are read from its exit state.
func (e *engine) closureOf(def *python.FunctionDef) *frame {
	if f, ok := e.closures[def]; ok {
		return f
	}
	info := e.funcs[def]
	if info == nil || e.onStack(def) {
		return nil
	}
	e.closures[def] = nil // a nested function reading its parent's closure while it is analysed
	var env *frame
	if info.parent != nil {
		env = e.closureOf(info.parent)
	}
	nf := e.runWith(info.mod, def, info.class, e.entryParams(def, info), env, maxCallDepth-2, true, e.markOpen(def, info))
	if nf.exits != nil {
		nf.st = nf.exits
	}
	e.closures[def] = nf
	return nf
}
