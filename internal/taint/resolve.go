package taint

import (
	"bytes"
	"strings"

	"github.com/flaskguard/flaskguard/internal/project"
	"github.com/flaskguard/flaskguard/internal/python"
)

// lookupName is the value of a name read in the frame: a local variable,
// a variable of an enclosing function (closure), a module global, or a
// builtin or import.
func (f *frame) lookupName(name string) Value {
	if v, ok := f.st.vars[name]; ok {
		return v
	}
	if f.locals[name] {
		return clean() // a local not bound on this path
	}
	for env := f.env; env != nil; env = env.env {
		if v, ok := env.st.vars[name]; ok {
			return v
		}
		if env.locals[name] {
			return clean()
		}
	}
	if f.fn == nil && f.env == nil {
		// Module body: a name not bound yet.
		return f.e.unbound(f.mod, name)
	}
	return f.e.global(f.mod, name)
}

// global is the value of a module-level name of m, as the module body
// leaves it.
func (e *engine) global(m *project.Module, name string) Value {
	if v, ok := e.moduleState(m).vars[name]; ok {
		return v
	}
	return e.unbound(m, name)
}

// unbound resolves a name the module body does not bind: a star import
// or a builtin.
func (e *engine) unbound(m *project.Module, name string) Value {
	if q := e.proj.QualifyAt(m, &python.Name{ID: name}, nil); q != "" && q != m.Name+"."+name {
		return e.symValue(q)
	}
	return Value{sym: name}
}

// moduleState interprets a module's body once (quietly: nothing there
// runs during a request) and keeps its final state, whose variables are
// the module's globals.
func (e *engine) moduleState(m *project.Module) *state {
	if st, ok := e.modStates[m]; ok {
		return st
	}
	if e.modBusy[m] {
		return newState() // an import cycle: the globals are not known yet
	}
	e.modBusy[m] = true
	f := e.newFrame(m, nil, maxCallDepth-2)
	f.quiet, f.open = true, true
	f.execBlock(m.File.Module.Body)
	st := f.st
	if st.dead {
		st = newState()
	}
	for _, name := range reboundGlobals(m) {
		if v, ok := st.vars[name]; ok {
			st.vars[name] = widen(v)
		}
	}
	delete(e.modBusy, m)
	e.modStates[m] = st
	return st
}

// reboundGlobals are the module-level names that functions of m rebind
// through a global statement (def enable(): global LEGACY; LEGACY = True).
// While a request is handled such a name may hold either value, so the
// module state keeps what it knows of both kinds but not the constant:
// `if LEGACY:` is then no branch known dead.
func reboundGlobals(m *project.Module) []string {
	if !bytes.Contains(m.File.Source, []byte("global")) {
		return nil
	}
	var out []string
	w := &walker{stmt: func(s python.Stmt) bool {
		if g, ok := s.(*python.Global); ok && !g.Nonlocal {
			out = append(out, g.Names...)
		}
		return true
	}}
	w.stmts(m.File.Module.Body)
	return out
}

// symValue is the value of a qualified name: a project global (function,
// class, constant, object), a project module, or a library name.
func (e *engine) symValue(q string) Value {
	if m, bs := e.proj.ModuleBinding(q); m != nil && len(bs) > 0 {
		name := q[strings.LastIndexByte(q, '.')+1:]
		if v, ok := e.moduleState(m).vars[name]; ok {
			return v
		}
	}
	return Value{sym: q}
}

// funcValue makes the value of a def statement.
func (f *frame) funcValue(def *python.FunctionDef) Value {
	ref := &funcRef{mod: f.mod, def: def}
	if f.fn != nil || f.env != nil {
		ref.env = f
	}
	for _, p := range def.Params {
		if p.Default != nil && p.Name != "" {
			if ref.defaults == nil {
				ref.defaults = map[string]Value{}
			}
			ref.defaults[p.Name] = f.eval(p.Default)
		}
	}
	return Value{fn: ref, sym: f.qualified(def.Name)}
}

// qualified is the dotted name of a module-level name of the frame's module.
func (f *frame) qualified(name string) string {
	if f.fn != nil {
		return ""
	}
	if f.mod.Name == "" {
		return name
	}
	return f.mod.Name + "." + name
}

// classValue makes the value of a class statement.
func (f *frame) classValue(def *python.ClassDef) Value {
	return Value{fn: &funcRef{mod: f.mod, class: &project.Class{Module: f.mod, Def: def}}, sym: f.qualified(def.Name)}
}

// callable resolves a qualified name to a project function, class or
// method: "pkg.helpers.clean", "pkg.models.User", "pkg.models.User.find".
func (e *engine) callable(q string) *funcRef {
	if q == "" {
		return nil
	}
	if m, def := e.proj.Function(q); def != nil {
		return &funcRef{mod: m, def: def}
	}
	if c := e.proj.ClassNamed(q); c != nil {
		return &funcRef{mod: c.Module, class: c}
	}
	i := strings.LastIndexByte(q, '.')
	if i < 0 {
		return nil
	}
	if c := e.proj.ClassNamed(q[:i]); c != nil {
		if owner, def := e.method(c, q[i+1:]); def != nil {
			return &funcRef{mod: owner.Module, def: def, class: owner}
		}
	}
	return nil
}

// method finds a method in a class or its project bases, depth first as
// a simple MRO; it returns the class that defines it.
func (e *engine) method(c *project.Class, name string) (*project.Class, *python.FunctionDef) {
	return e.methodDepth(c, name, 0)
}

func (e *engine) methodDepth(c *project.Class, name string, depth int) (*project.Class, *python.FunctionDef) {
	if c == nil || depth > maxCallDepth {
		return nil, nil
	}
	for _, s := range c.Def.Body {
		if fn, ok := s.(*python.FunctionDef); ok && fn.Name == name {
			return c, fn
		}
	}
	for _, b := range e.proj.Bases(c) {
		if owner, fn := e.methodDepth(b, name, depth+1); fn != nil {
			return owner, fn
		}
	}
	return nil, nil
}

// classAttr finds a class-level assignment (NAME = value) in a class or
// its bases and evaluates it in its module.
func (e *engine) classAttr(c *project.Class, name string) (Value, bool) {
	for depth := 0; c != nil && depth <= maxCallDepth; depth++ {
		for _, s := range c.Def.Body {
			a, ok := s.(*python.Assign)
			if !ok || a.Value == nil || len(a.Targets) != 1 {
				continue
			}
			if n, ok := a.Targets[0].(*python.Name); ok && n.ID == name {
				f := e.newFrame(c.Module, nil, maxCallDepth)
				f.quiet = true
				f.env = &frame{st: e.moduleState(c.Module)}
				return f.eval(a.Value), true
			}
		}
		bases := e.proj.Bases(c)
		if len(bases) == 0 {
			break
		}
		c = bases[0]
	}
	return Value{}, false
}

// hasDecorator reports whether a function has a decorator spelled name
// (staticmethod, classmethod, property).
func hasDecorator(fn *python.FunctionDef, name string) bool {
	for _, d := range fn.Decorators {
		if n, ok := d.(*python.Name); ok && n.ID == name {
			return true
		}
		if a, ok := d.(*python.Attribute); ok && a.Attr == name {
			return true
		}
	}
	return false
}
