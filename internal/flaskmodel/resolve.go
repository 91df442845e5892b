package flaskmodel

import (
	"github.com/flaskguard/flaskguard/internal/project"
	"github.com/flaskguard/flaskguard/internal/python"
)

// maxDepth bounds each chain of resolution steps (a name imported from a
// module where it is a parameter of a helper that a factory calls with a
// local variable...). Real code needs five or six; the bound stops cycles.
const maxDepth = 10

// resolver follows expressions to the objects they evaluate to. It only
// reads the project and its own tables once built, so the finished model
// can use it from several goroutines.
type resolver struct {
	proj   *project.Project
	byCall map[*python.Call]*object
	// sites are the calls of project functions by the called name.
	sites map[string][]callSite
	// cache holds what names resolve to while Build runs, once every
	// object exists: the same `bp`, `limiter` or `app` parameter is
	// resolved for every route, decorator and registration that uses it.
	// Build clears it, so that the finished model shares no mutable state.
	cache map[nameKey][]*object
}

// nameKey is a name as seen from one function (nil: module level) of a
// module. What a name resolves to does not depend on loop bindings unless
// it is itself a loop variable, which is never cached.
type nameKey struct {
	m    *project.Module
	fn   *python.FunctionDef
	name string
}

// objects returns the tracked objects e can evaluate to, without
// duplicates, in the order found.
func (r *resolver) objects(m *project.Module, scope project.Scope, env *loopEnv, e python.Expr) []*object {
	n, ok := e.(*python.Name)
	if !ok || r.cache == nil {
		return r.resolve(m, scope, env, e)
	}
	if _, bound := env.get(n.ID); bound {
		return r.resolve(m, scope, env, e)
	}
	key := nameKey{m, scope.Innermost(), n.ID}
	if objs, ok := r.cache[key]; ok {
		return objs
	}
	objs := r.resolve(m, scope, nil, e)
	r.cache[key] = objs
	return objs
}

// resolve is objects without the cache.
func (r *resolver) resolve(m *project.Module, scope project.Scope, env *loopEnv, e python.Expr) []*object {
	var out []*object
	seen := map[visitKey]bool{}
	r.walk(m, scope, env, e, 0, seen, func(o *object) {
		for _, x := range out {
			if x == o {
				return
			}
		}
		out = append(out, o)
	})
	return out
}

// visitKey stops a walk from going through the same node twice with the
// same loop bindings.
type visitKey struct {
	n   python.Node
	env *loopEnv
}

func (r *resolver) walk(m *project.Module, scope project.Scope, env *loopEnv, e python.Expr, depth int, seen map[visitKey]bool, emit func(*object)) {
	if e == nil || depth > maxDepth || seen[visitKey{e, env}] {
		return
	}
	seen[visitKey{e, env}] = true
	switch e := e.(type) {
	case *python.Name:
		if v, ok := env.get(e.ID); ok {
			r.walk(v.m, v.scope, env.within(m, v), v.e, depth+1, seen, emit)
			return
		}
		if res, ok := r.proj.Lookup(m, scope, e.ID); ok {
			r.bindings(res, e.ID, depth+1, seen, emit)
		}
	case *python.Attribute:
		if q := r.qualify(m, scope, env, e); q != "" {
			if bm, bs := r.proj.ModuleBinding(q); bm != nil {
				r.bindings(project.Resolution{Module: bm, Bindings: bs}, e.Attr, depth+1, seen, emit)
			}
		}
	case *python.Call:
		if o := r.byCall[e]; o != nil {
			emit(o)
			return
		}
		for _, f := range r.functions(m, scope, env, e.Func, depth+1) {
			for _, ret := range project.Returns(f.fn) {
				r.walk(f.m, f.scope, nil, ret.Value, depth+1, seen, emit)
			}
		}
	case *python.IfExp:
		r.walk(m, scope, env, e.Body, depth+1, seen, emit)
		r.walk(m, scope, env, e.Else, depth+1, seen, emit)
	case *python.BoolOp:
		r.walk(m, scope, env, e.Left, depth+1, seen, emit)
		r.walk(m, scope, env, e.Right, depth+1, seen, emit)
	case *python.NamedExpr:
		r.walk(m, scope, env, e.Value, depth+1, seen, emit)
	}
}

// bindings follows the statements that bind a name.
func (r *resolver) bindings(res project.Resolution, name string, depth int, seen map[visitKey]bool, emit func(*object)) {
	for _, b := range res.Bindings {
		switch b.Kind {
		case project.BindAssign:
			r.walk(res.Module, res.Scope, nil, b.Value, depth, seen, emit)
		case project.BindImport:
			if bm, bs := r.proj.ModuleBinding(b.Target); bm != nil {
				r.bindings(project.Resolution{Module: bm, Bindings: bs}, lastPart(b.Target), depth+1, seen, emit)
			}
		case project.BindParam:
			fn, _ := b.Node.(*python.FunctionDef)
			if fn != nil && len(res.Scope) > 0 {
				r.param(res.Module, res.Scope, fn, b.Param, depth, seen, emit)
			}
		case project.BindOther:
			// A loop target: every element of a literal iterable.
			if f, ok := b.Node.(*python.For); ok {
				if t, ok := f.Target.(*python.Name); ok && t.ID == name {
					for _, el := range r.elements(res.Module, res.Scope, nil, f.Iter, depth) {
						r.walk(el.m, el.scope, nil, el.e, depth+1, seen, emit)
					}
				}
			}
		}
	}
}

// param follows a parameter to the arguments its callers pass, and to its
// default value.
func (r *resolver) param(m *project.Module, scope project.Scope, fn *python.FunctionDef, p *python.Param, depth int, seen map[visitKey]bool, emit func(*object)) {
	// Method receivers are bound by attribute calls, which never resolve
	// to the function; looking for their callers is wasted work.
	if p.Star != 0 || p.Name == "self" || p.Name == "cls" {
		return
	}
	// The position a caller passes the parameter at; -1 when it can only
	// be passed by keyword (after *args or a bare *).
	index, pos := -1, 0
	for i := range fn.Params {
		q := &fn.Params[i]
		if q == p {
			index = pos
			break
		}
		if q.Star != 0 {
			break
		}
		pos++
	}
	for _, cs := range r.sites[fn.Name] {
		for _, env := range r.envs(cs.site) {
			if !r.calls(cs.m, cs.scope, env, cs.call, fn, depth) {
				continue
			}
			arg, ok := cs.call.Keyword(p.Name)
			if !ok && index >= 0 {
				arg, ok = cs.call.Positional(index)
			}
			if ok {
				r.walk(cs.m, cs.scope, env, arg, depth+1, seen, emit)
			}
		}
	}
	if p.Default != nil {
		r.walk(m, scope[:len(scope)-1], nil, p.Default, depth+1, seen, emit)
	}
}

// calls reports whether a call invokes the function fn.
func (r *resolver) calls(m *project.Module, scope project.Scope, env *loopEnv, c *python.Call, fn *python.FunctionDef, depth int) bool {
	for _, f := range r.functions(m, scope, env, c.Func, depth) {
		if f.fn == fn {
			return true
		}
	}
	return false
}

// funcRef is a project function with its module and scope (the scope
// includes the function itself, for resolving names in its body).
type funcRef struct {
	m     *project.Module
	scope project.Scope
	fn    *python.FunctionDef
}

// functions resolves a callee expression to project functions: a local
// or module-level def, an imported one, `module.func` (also through a
// loop variable over modules: `for d in DOMAINS: d.register(app)`).
func (r *resolver) functions(m *project.Module, scope project.Scope, env *loopEnv, e python.Expr, depth int) []funcRef {
	if depth > maxDepth {
		return nil
	}
	switch e := e.(type) {
	case *python.Name:
		if v, ok := env.get(e.ID); ok {
			return r.functions(v.m, v.scope, env.within(m, v), v.e, depth+1)
		}
		res, ok := r.proj.Lookup(m, scope, e.ID)
		if !ok {
			return nil
		}
		var out []funcRef
		for _, b := range res.Bindings {
			switch b.Kind {
			case project.BindFunction:
				out = append(out, funcRef{res.Module, append(res.Scope[:len(res.Scope):len(res.Scope)], b.Function), b.Function})
			case project.BindImport:
				if fm, fn := r.proj.Function(b.Target); fn != nil {
					out = append(out, funcRef{fm, project.Scope{fn}, fn})
				}
			case project.BindAssign:
				out = append(out, r.functions(res.Module, res.Scope, nil, b.Value, depth+1)...)
			}
		}
		return out
	case *python.Attribute:
		if fm, fn := r.proj.Function(r.qualify(m, scope, env, e)); fn != nil {
			return []funcRef{{fm, project.Scope{fn}, fn}}
		}
	}
	return nil
}

// qualify is Project.QualifyAt that also sees through loop variables.
func (r *resolver) qualify(m *project.Module, scope project.Scope, env *loopEnv, e python.Expr) string {
	switch e := e.(type) {
	case *python.Name:
		if v, ok := env.get(e.ID); ok {
			return r.qualify(v.m, v.scope, nil, v.e)
		}
	case *python.Attribute:
		if q := r.qualify(m, scope, env, e.Value); q != "" {
			return q + "." + e.Attr
		}
		return ""
	}
	return r.proj.QualifyAt(m, e, scope)
}

// elements lists the elements of a literal tuple, list or set, also
// through a name bound once to one (`BLUEPRINTS = (a, b)`), or nil.
func (r *resolver) elements(m *project.Module, scope project.Scope, env *loopEnv, e python.Expr, depth int) []located {
	if depth > maxDepth {
		return nil
	}
	at := func(elts []python.Expr) []located {
		out := make([]located, len(elts))
		for i, el := range elts {
			out[i] = located{el, m, scope}
		}
		return out
	}
	switch e := e.(type) {
	case *python.Tuple:
		return at(e.Elts)
	case *python.List:
		return at(e.Elts)
	case *python.Set:
		return at(e.Elts)
	case *python.Name:
		if v, ok := env.get(e.ID); ok {
			return r.elements(v.m, v.scope, nil, v.e, depth+1)
		}
		res, ok := r.proj.Lookup(m, scope, e.ID)
		if !ok || len(res.Bindings) != 1 {
			return nil
		}
		switch bd := res.Bindings[0]; bd.Kind {
		case project.BindAssign:
			return r.elements(res.Module, res.Scope, nil, bd.Value, depth+1)
		case project.BindImport:
			// from .blueprints import ALL
			if bm, bs := r.proj.ModuleBinding(bd.Target); bm != nil && len(bs) == 1 && bs[0].Kind == project.BindAssign {
				return r.elements(bm, nil, nil, bs[0].Value, depth+1)
			}
		}
	case *python.Attribute:
		if bm, bs := r.proj.ModuleBinding(r.qualify(m, scope, env, e)); bm != nil && len(bs) == 1 && bs[0].Kind == project.BindAssign {
			return r.elements(bm, nil, nil, bs[0].Value, depth+1)
		}
	}
	return nil
}
