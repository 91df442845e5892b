package project

import "github.com/flaskguard/flaskguard/internal/python"

// Resolution is where Lookup found a name: the statements that bind it,
// the module they are in and the scope they belong to (empty for module
// level).
type Resolution struct {
	Module   *Module
	Scope    Scope
	Bindings []Binding
}

// Lookup finds the bindings a name refers to from a scope, as Python
// would: the innermost enclosing function that binds it, else the module,
// else a project module the module star-imports. Analyses that follow
// values further than Qualify and Const do (the Flask model tracks app,
// blueprint and extension objects through variables, parameters and loop
// targets) start here.
func (p *Project) Lookup(m *Module, scope Scope, name string) (Resolution, bool) {
	r, ok := p.lookup(m, scope, name)
	return Resolution{Module: r.module, Scope: r.scope, Bindings: r.bindings}, ok
}

// ModuleBinding returns the module-level bindings of a qualified name
// defined in a project module ("myapp.extensions.csrf" → the binding of
// csrf in myapp/extensions.py), after following re-exports. It returns a
// nil module when the name is not defined at the top level of a project
// module.
func (p *Project) ModuleBinding(q string) (*Module, []Binding) {
	m, _, bs := p.moduleBinding(p.canonical(q))
	if len(bs) == 0 {
		return nil, nil
	}
	return m, bs
}

// Returns lists the return statements of a function body, leaving out
// those of nested functions and classes.
func Returns(fn *python.FunctionDef) []*python.Return { return returns(fn.Body) }
