package taint

import "github.com/flaskguard/flaskguard/internal/python"

// localNames is the set of names a function binds in its own scope.
func (e *engine) localNames(fn *python.FunctionDef) map[string]bool {
	if l, ok := e.locals[fn]; ok {
		return l
	}
	l := map[string]bool{}
	for _, p := range fn.Params {
		if p.Name != "" {
			l[p.Name] = true
		}
	}
	var globals []string
	var bind func(t python.Expr)
	bind = func(t python.Expr) {
		switch t := t.(type) {
		case *python.Name:
			l[t.ID] = true
		case *python.Tuple:
			for _, x := range t.Elts {
				bind(x)
			}
		case *python.List:
			for _, x := range t.Elts {
				bind(x)
			}
		case *python.Starred:
			bind(t.Value)
		}
	}
	// Bindings are statements (walrus targets aside, which only matter
	// once assigned, when they are in the state anyway), so the walk
	// stays at statement level.
	var walk func(list []python.Stmt)
	walk = func(list []python.Stmt) {
		for _, st := range list {
			switch n := st.(type) {
			case *python.FunctionDef:
				l[n.Name] = true
			case *python.ClassDef:
				l[n.Name] = true
			case *python.Assign:
				for _, t := range n.Targets {
					bind(t)
				}
			case *python.For:
				bind(n.Target)
				walk(n.Body)
				walk(n.Else)
			case *python.While:
				walk(n.Body)
				walk(n.Else)
			case *python.If:
				walk(n.Body)
				walk(n.Else)
			case *python.With:
				for _, it := range n.Items {
					bind(it.Target)
				}
				walk(n.Body)
			case *python.Try:
				walk(n.Body)
				for _, h := range n.Handlers {
					if h.Name != "" {
						l[h.Name] = true
					}
					walk(h.Body)
				}
				walk(n.Else)
				walk(n.Finally)
			case *python.Match:
				for _, c := range n.Cases {
					python.Walk(c.Pattern, func(p python.Node) bool {
						if nm, ok := p.(*python.Name); ok {
							l[nm.ID] = true
						}
						return true
					})
					walk(c.Body)
				}
			case *python.Import:
				for _, a := range n.Names {
					l[importedName(a)] = true
				}
			case *python.ImportFrom:
				for _, a := range n.Names {
					l[importedName(a)] = true
				}
			case *python.Global:
				globals = append(globals, n.Names...)
				if n.Nonlocal {
					if e.nonlocals[fn] == nil {
						e.nonlocals[fn] = map[string]bool{}
					}
					for _, name := range n.Names {
						e.nonlocals[fn][name] = true
					}
				}
			case *python.BadStmt:
				walk(n.Body)
			}
		}
	}
	walk(fn.Body)
	for _, g := range globals {
		delete(l, g)
	}
	e.locals[fn] = l
	return l
}

// importedName is the local name an import alias binds.
func importedName(a python.Alias) string {
	if a.AsName != "" {
		return a.AsName
	}
	for i := 0; i < len(a.Name); i++ {
		if a.Name[i] == '.' {
			return a.Name[:i]
		}
	}
	return a.Name
}
