package logging

import (
	"github.com/flaskguard/flaskguard/internal/project"
	"github.com/flaskguard/flaskguard/internal/python"
	"github.com/flaskguard/flaskguard/internal/rules/rule"
)

// assignedValue follows a variable one hop back: to the value of the last
// plain assignment (`x = value`, or `(x := value)`) that the enclosing
// function makes to it before the use, or else to its single module-level
// assignment. It returns the scope the value is to be read in. A local
// bound otherwise (a parameter, a loop or with target, an unpacking)
// has no value to follow. Branches are not told apart: the assignment
// last in source order wins, which is what a reader of a short view sees.
// The taint engine will replace this with real data flow.
func assignedValue(c *rule.Ctx, n *python.Name, scope project.Scope) (python.Expr, project.Scope, bool) {
	if fn := scope.Innermost(); fn != nil {
		var last python.Expr
		bound := false
		for _, p := range fn.Params {
			bound = bound || p.Name == n.ID
		}
		eachBinding(fn.Body, func(name string, value python.Expr, at python.Node) {
			if name != n.ID {
				return
			}
			bound = true
			if value != nil && at.Span().End.Offset <= n.Span().Start.Offset {
				last = value
			}
		})
		if last != nil {
			return last, scope, true
		}
		if bound {
			return nil, nil, false
		}
	}
	bs := c.Module.Bindings[n.ID]
	if len(bs) == 1 && bs[0].Kind == project.BindAssign && bs[0].Value != nil {
		return bs[0].Value, nil, true
	}
	return nil, nil, false
}

// isLocal reports whether any function of the scope binds name.
func isLocal(scope project.Scope, name string) bool {
	for _, fn := range scope {
		for _, p := range fn.Params {
			if p.Name == name {
				return true
			}
		}
		found := false
		eachBinding(fn.Body, func(n string, _ python.Expr, _ python.Node) { found = found || n == name })
		if found {
			return true
		}
	}
	return false
}

// eachBinding calls fn for every name a function body binds, without
// entering nested functions and classes: plain assignments and walrus
// expressions with their value and node, and other binders (augmented
// and unpacking assignments, for and with targets, except clauses,
// imports, nested definitions) with a nil value.
func eachBinding(body []python.Stmt, fn func(name string, value python.Expr, at python.Node)) {
	targets := func(e python.Expr, at python.Node) {
		python.Walk(e, func(n python.Node) bool {
			if nm, ok := n.(*python.Name); ok {
				fn(nm.ID, nil, at)
			}
			_, sub := n.(*python.Subscript)
			_, attr := n.(*python.Attribute)
			return !sub && !attr // a[i] = v and a.b = v bind no name
		})
	}
	for _, s := range body {
		python.Walk(s, func(n python.Node) bool {
			switch x := n.(type) {
			case *python.FunctionDef:
				fn(x.Name, nil, x)
				return false
			case *python.ClassDef:
				fn(x.Name, nil, x)
				return false
			case *python.Lambda, *python.Comprehension:
				return false // their names are their own
			case *python.Assign:
				for _, t := range x.Targets {
					if nm, ok := t.(*python.Name); ok && x.Op == "" && len(x.Targets) == 1 {
						fn(nm.ID, x.Value, x)
					} else {
						targets(t, x)
					}
				}
			case *python.NamedExpr:
				if x.Target != nil {
					fn(x.Target.ID, x.Value, x)
				}
			case *python.For:
				targets(x.Target, x)
			case *python.With:
				for _, it := range x.Items {
					if it.Target != nil {
						targets(it.Target, x)
					}
				}
			case *python.Try:
				for _, h := range x.Handlers {
					if h.Name != "" {
						fn(h.Name, nil, x)
					}
				}
			case *python.Import:
				for _, a := range x.Names {
					fn(importedName(a), nil, x)
				}
			case *python.ImportFrom:
				for _, a := range x.Names {
					fn(importedName(a), nil, x)
				}
			}
			return true
		})
	}
}

// importedName is the local name an import alias binds.
func importedName(a python.Alias) string {
	if a.AsName != "" {
		return a.AsName
	}
	for i := range len(a.Name) {
		if a.Name[i] == '.' {
			return a.Name[:i]
		}
	}
	return a.Name
}
