package project

import (
	"strings"

	"github.com/flaskguard/flaskguard/internal/python"
)

// BindingKind tells how a statement binds a name.
type BindingKind uint8

// The ways a name gets bound.
const (
	// BindImport is `import x` or `from m import x`; Target is the qualified name.
	BindImport BindingKind = iota + 1
	// BindAssign is `x = Value` (Value nil when the value is not known
	// element by element, as in `a, b = f()`).
	BindAssign
	// BindFunction is `def x(...)`.
	BindFunction
	// BindClass is `class x(...)`.
	BindClass
	// BindParam is a function parameter.
	BindParam
	// BindOther is anything else that binds: loop and with targets,
	// except clauses, augmented assignment, type aliases. It carries no
	// value but still shadows outer names.
	BindOther
)

// Binding is one statement that binds a name.
type Binding struct {
	Kind BindingKind
	// Target is what an import binds, fully qualified ("flask.Flask"); it
	// is empty for a relative import that climbs above the scan root.
	Target string
	// Value is the expression assigned by a BindAssign.
	Value    python.Expr
	Function *python.FunctionDef
	Class    *python.ClassDef
	// Param is the parameter of a BindParam; Node is then its function.
	Param *python.Param
	// Node is the statement that binds the name.
	Node python.Node
}

// index records the module's imports and module-level bindings.
func (m *Module) index() {
	b := binder{module: m, out: map[string][]Binding{}}
	b.stmts(m.File.Module.Body)
	m.Bindings = b.out
	m.Stars = b.stars
	m.Imports = map[string]string{}
	for name, bs := range b.out {
		for _, bd := range bs {
			if bd.Kind == BindImport && bd.Target != "" {
				m.Imports[name] = bd.Target
				break
			}
		}
	}
}

// binder collects the names bound by a block of statements without
// entering nested function or class bodies, which are scopes of their own.
type binder struct {
	module  *Module
	out     map[string][]Binding
	stars   []string
	globals map[string]bool
}

func (b *binder) add(name string, bd Binding) {
	b.out[name] = append(b.out[name], bd)
}

func (b *binder) stmts(list []python.Stmt) {
	for _, s := range list {
		b.stmt(s)
	}
}

func (b *binder) stmt(s python.Stmt) {
	switch s := s.(type) {
	case *python.Assign:
		if s.Value == nil {
			return // a bare annotation binds nothing
		}
		for _, t := range s.Targets {
			b.target(t, s.Value, s, s.Op != "")
		}
	case *python.FunctionDef:
		b.add(s.Name, Binding{Kind: BindFunction, Function: s, Node: s})
	case *python.ClassDef:
		b.add(s.Name, Binding{Kind: BindClass, Class: s, Node: s})
	case *python.Import:
		for _, a := range s.Names {
			if a.AsName != "" {
				b.add(a.AsName, Binding{Kind: BindImport, Target: a.Name, Node: s})
				continue
			}
			// `import a.b.c` binds only `a`, to the top package.
			top, _, _ := strings.Cut(a.Name, ".")
			b.add(top, Binding{Kind: BindImport, Target: top, Node: s})
		}
	case *python.ImportFrom:
		base, ok := resolveFrom(b.module, s.Level, s.Module)
		for _, a := range s.Names {
			if a.Name == "*" {
				if ok {
					b.stars = append(b.stars, base)
				}
				continue
			}
			local := a.AsName
			if local == "" {
				local = a.Name
			}
			target := ""
			if ok {
				target = join(base, a.Name)
			}
			b.add(local, Binding{Kind: BindImport, Target: target, Node: s})
		}
	case *python.If:
		b.stmts(s.Body)
		b.stmts(s.Else)
	case *python.For:
		b.target(s.Target, nil, s, true)
		b.stmts(s.Body)
		b.stmts(s.Else)
	case *python.While:
		b.stmts(s.Body)
		b.stmts(s.Else)
	case *python.With:
		for _, it := range s.Items {
			if it.Target != nil {
				b.target(it.Target, nil, s, true)
			}
		}
		b.stmts(s.Body)
	case *python.Try:
		b.stmts(s.Body)
		for _, h := range s.Handlers {
			if h.Name != "" {
				b.add(h.Name, Binding{Kind: BindOther, Node: s})
			}
			b.stmts(h.Body)
		}
		b.stmts(s.Else)
		b.stmts(s.Finally)
	case *python.Match:
		for _, c := range s.Cases {
			b.stmts(c.Body)
		}
	case *python.TypeAlias:
		b.add(s.Name, Binding{Kind: BindOther, Node: s})
	case *python.Global:
		if b.globals == nil {
			b.globals = map[string]bool{}
		}
		for _, n := range s.Names {
			b.globals[n] = true
		}
	case *python.BadStmt:
		b.stmts(s.Body)
	}
}

// target binds the names of an assignment target. Unpacking a tuple
// literal pairs the elements (`a, b = 1, 2`); other unpacking binds
// without a value.
func (b *binder) target(t, value python.Expr, node python.Node, opaque bool) {
	switch t := t.(type) {
	case *python.Name:
		if opaque || value == nil {
			b.add(t.ID, Binding{Kind: BindOther, Node: node})
			return
		}
		b.add(t.ID, Binding{Kind: BindAssign, Value: value, Node: node})
	case *python.Tuple:
		b.unpack(t.Elts, value, node, opaque)
	case *python.List:
		b.unpack(t.Elts, value, node, opaque)
	case *python.Starred:
		b.target(t.Value, nil, node, true)
	}
}

func (b *binder) unpack(elts []python.Expr, value python.Expr, node python.Node, opaque bool) {
	var vals []python.Expr
	switch v := value.(type) {
	case *python.Tuple:
		vals = v.Elts
	case *python.List:
		vals = v.Elts
	}
	for i, e := range elts {
		if !opaque && len(vals) == len(elts) {
			b.target(e, vals[i], node, false)
		} else {
			b.target(e, nil, node, true)
		}
	}
}

// resolveFrom turns the module part of `from ..x import y` into an
// absolute module name, relative to the importing module. It returns false
// when the dots climb above the scan root.
func resolveFrom(m *Module, level int, module string) (string, bool) {
	if level == 0 {
		return module, true
	}
	var parts []string
	if m.Name != "" {
		parts = strings.Split(m.Name, ".")
	}
	if !m.Package {
		// A plain module's own package is its parent; a package's is itself.
		if len(parts) == 0 {
			return "", false
		}
		parts = parts[:len(parts)-1]
	}
	// Each dot past the first climbs one package; climbing out of the
	// top-level package is an error in Python ("beyond top-level package").
	up := level - 1
	if up > 0 && up >= len(parts) {
		return "", false
	}
	return join(strings.Join(parts[:len(parts)-up], "."), module), true
}

// localBindings returns localBindingsOf for fn, computed once per function.
func (m *Module) localBindings(fn *python.FunctionDef) map[string][]Binding {
	if v, ok := m.locals.Load(fn); ok {
		return v.(map[string][]Binding)
	}
	v, _ := m.locals.LoadOrStore(fn, localBindingsOf(m, fn))
	return v.(map[string][]Binding)
}

// localBindingsOf returns the names a function binds in its own scope:
// its parameters and what its body assigns, minus names it declares
// global or nonlocal.
func localBindingsOf(m *Module, fn *python.FunctionDef) map[string][]Binding {
	b := binder{module: m, out: map[string][]Binding{}}
	for i := range fn.Params {
		if prm := &fn.Params[i]; prm.Name != "" { // the bare `*` has no name
			b.add(prm.Name, Binding{Kind: BindParam, Param: prm, Node: fn})
		}
	}
	b.stmts(fn.Body)
	for g := range b.globals {
		delete(b.out, g)
	}
	return b.out
}

// classBindings returns the names a class body binds.
func classBindings(m *Module, cls *python.ClassDef) map[string][]Binding {
	b := binder{module: m, out: map[string][]Binding{}}
	b.stmts(cls.Body)
	return b.out
}
