package project

import (
	"strings"

	"github.com/flaskguard/flaskguard/internal/python"
)

// maxDepth bounds every chain of resolution steps (a name bound to a call
// of a factory defined in another module that imports its app from a
// third...). Real projects need four or five; the bound exists to stop
// cycles such as `a = b; b = a` or modules importing each other.
const maxDepth = 12

// resolved is where a name was found: its bindings, the module they are
// in, and the scope they belong to (empty for module level).
type resolved struct {
	module   *Module
	scope    Scope
	bindings []Binding
}

// lookup finds the bindings a name refers to from a scope: the innermost
// enclosing function that binds it, else the module, else a module it
// star-imports from the project.
func (p *Project) lookup(m *Module, scope Scope, name string) (resolved, bool) {
	for i := len(scope) - 1; i >= 0; i-- {
		if bs := m.localBindings(scope[i])[name]; len(bs) > 0 {
			return resolved{module: m, scope: scope[:i+1], bindings: bs}, true
		}
	}
	if bs := m.Bindings[name]; len(bs) > 0 {
		return resolved{module: m, bindings: bs}, true
	}
	for _, star := range m.Stars {
		if sm := p.LookupModule(star); sm != nil && sm != m {
			if bs := sm.Bindings[name]; len(bs) > 0 {
				return resolved{module: sm, bindings: bs}, true
			}
		}
	}
	return resolved{}, false
}

// Qualify returns the qualified dotted name an expression refers to:
// "flask.Flask" for `F` after `from flask import Flask as F`, for `f.Flask`
// after `import flask as f`, and for `flask.Flask`; "myapp.app" for a name
// imported from the project module myapp (or its own module-level `app`
// inside myapp). Names re-exported by project modules are followed to
// where they come from. It returns "" for anything else: local variables,
// calls, unbound names.
func (p *Project) Qualify(m *Module, e python.Expr) string {
	return p.QualifyAt(m, e, m.ScopeAt(e.Span().Start))
}

// QualifyAt is Qualify with the enclosing scope already known.
func (p *Project) QualifyAt(m *Module, e python.Expr, scope Scope) string {
	switch e := e.(type) {
	case *python.Name:
		r, ok := p.lookup(m, scope, e.ID)
		if !ok {
			return ""
		}
		for _, b := range r.bindings {
			if b.Kind == BindImport && b.Target != "" {
				return p.canonical(b.Target)
			}
		}
		if len(r.scope) == 0 {
			return p.canonical(join(r.module.Name, e.ID))
		}
	case *python.Attribute:
		if q := p.QualifyAt(m, e.Value, scope); q != "" {
			return p.canonical(q + "." + e.Attr)
		}
	}
	return ""
}

// canonical follows re-exports: when a qualified name goes through a
// project module that merely imports the next part from elsewhere, it is
// rewritten to the place the name is defined. Module aliases become the
// module's canonical name.
func (p *Project) canonical(q string) string {
	for range maxDepth {
		m, rest := p.splitModule(q)
		if m == nil {
			return q
		}
		if rest == "" {
			return m.Name
		}
		head, tail, _ := strings.Cut(rest, ".")
		target := ""
		for _, b := range m.Bindings[head] {
			if b.Kind == BindImport && b.Target != "" {
				target = b.Target
				break
			}
		}
		if target == "" {
			// Most names are defined where q says: q is then the answer,
			// and building it again would cost an allocation per name.
			if joins(q, m.Name, rest) {
				return q
			}
			return join(m.Name, rest)
		}
		next := target
		if tail != "" {
			next += "." + tail
		}
		if next == q {
			return q
		}
		q = next
	}
	return q
}

// splitModule splits a dotted name into the longest prefix that is a
// project module and the rest.
func (p *Project) splitModule(q string) (*Module, string) {
	prefix := q
	for {
		if m := p.LookupModule(prefix); m != nil {
			return m, strings.TrimPrefix(strings.TrimPrefix(q, prefix), ".")
		}
		i := strings.LastIndexByte(prefix, '.')
		if i < 0 {
			// The root package "" holds top-level names of a scanned package.
			top, _, _ := strings.Cut(q, ".")
			if m := p.Modules[""]; m != nil && m.Bindings[top] != nil {
				return m, q
			}
			return nil, ""
		}
		prefix = prefix[:i]
	}
}

// moduleBinding returns the module-level bindings of a qualified name that
// is defined in a project module ("myapp.app" → app's bindings in myapp).
func (p *Project) moduleBinding(q string) (*Module, string, []Binding) {
	m, rest := p.splitModule(q)
	if m == nil || rest == "" || strings.Contains(rest, ".") {
		return nil, "", nil
	}
	return m, rest, m.Bindings[rest]
}

// Class is a class defined in the project.
type Class struct {
	Module *Module
	Def    *python.ClassDef
}

// QualifiedName is the class's module name and class name joined.
func (c *Class) QualifiedName() string { return join(c.Module.Name, c.Def.Name) }

// ClassNamed returns the project class with a qualified name, or nil.
func (p *Project) ClassNamed(q string) *Class {
	m, _, bs := p.moduleBinding(p.canonical(q))
	for _, b := range bs {
		if b.Kind == BindClass {
			return &Class{Module: m, Def: b.Class}
		}
	}
	return nil
}

// Function returns the project function (module level) with a qualified
// name, and its module, or nil.
func (p *Project) Function(q string) (*Module, *python.FunctionDef) {
	m, _, bs := p.moduleBinding(p.canonical(q))
	for _, b := range bs {
		if b.Kind == BindFunction {
			return m, b.Function
		}
	}
	return nil, nil
}

// Bases returns the project classes a class derives from directly, in
// declaration order; bases outside the project are left out.
func (p *Project) Bases(c *Class) []*Class {
	var out []*Class
	for _, a := range c.Def.Bases {
		if a.Name != "" || a.Star != 0 {
			continue // metaclass= and the like
		}
		if b := p.ClassNamed(p.QualifyAt(c.Module, a.Value, nil)); b != nil {
			out = append(out, b)
		}
	}
	return out
}

// IsSubclass reports whether the class named q is base or derives from
// it through project classes (class MyFlask(flask.Flask), then class
// App(MyFlask)).
func (p *Project) IsSubclass(q, base string) bool {
	return p.isSubclass(q, base, 0)
}

func (p *Project) isSubclass(q, base string, depth int) bool {
	if q == "" || depth > maxDepth {
		return false
	}
	if q == base {
		return true
	}
	c := p.ClassNamed(q)
	if c == nil {
		return false
	}
	for _, a := range c.Def.Bases {
		if a.Name == "" && a.Star == 0 && p.isSubclass(p.QualifyAt(c.Module, a.Value, nil), base, depth+1) {
			return true
		}
	}
	return false
}
