package project

import "github.com/flaskguard/flaskguard/internal/python"

// Scope is the chain of function definitions that enclose a position,
// outermost first. The empty scope is module level. Class bodies are not
// part of it: Python does not let functions see a class body's names.
type Scope []*python.FunctionDef

// Innermost returns the function that directly encloses the position, or
// nil at module level.
func (s Scope) Innermost() *python.FunctionDef {
	if len(s) == 0 {
		return nil
	}
	return s[len(s)-1]
}

// ScopeAt returns the functions enclosing a position of the module's file.
// It descends from the top-level statements through the one statement
// that contains the position at each level, so its cost is the nesting
// depth times a binary search, with no index to build in advance. Rules
// call it for most calls and assignments they look at, so the descent
// allocates nothing but the chain it returns.
func (m *Module) ScopeAt(pos python.Pos) Scope {
	var chain Scope
	for s := search(m.File.Module.Body, pos); s != nil; s = childContaining(s, pos) {
		if fn, ok := s.(*python.FunctionDef); ok {
			// Decorators, defaults and annotations belong to the outer
			// scope; only the body is inside the function.
			if len(fn.Body) == 0 || pos.Offset < fn.Body[0].Span().Start.Offset {
				return chain
			}
			chain = append(chain, fn)
		}
	}
	return chain
}

// InMainGuard reports whether a position lies in the body of a top-level
// `if __name__ == "__main__":` block, code that runs only when the file is
// executed as a script (`python app.py`), not when it is imported by
// `flask run`, gunicorn or another WSGI server.
func (m *Module) InMainGuard(pos python.Pos) bool {
	for _, s := range m.File.Module.Body {
		iff, ok := s.(*python.If)
		if !ok || !isMainTest(iff.Test) {
			continue
		}
		if search(iff.Body, pos) != nil {
			return true
		}
	}
	return false
}

// isMainTest recognises `__name__ == "__main__"` in either order.
func isMainTest(e python.Expr) bool {
	c, ok := e.(*python.Compare)
	if !ok || len(c.Ops) != 1 || c.Ops[0] != "==" || len(c.Operands) != 2 {
		return false
	}
	isName := func(e python.Expr) bool {
		n, ok := e.(*python.Name)
		return ok && n.ID == "__name__"
	}
	isMain := func(e python.Expr) bool {
		s, ok := e.(*python.String)
		return ok && s.IsConstant() && s.Value == "__main__"
	}
	a, b := c.Operands[0], c.Operands[1]
	return isName(a) && isMain(b) || isMain(a) && isName(b)
}

// search finds the statement of a list whose span holds pos. Statements
// of one list are in source order, so a binary search suffices (the loop
// is sort.Search's, written out to avoid a closure call per probe).
func search(list []python.Stmt, pos python.Pos) python.Stmt {
	i, j := 0, len(list)
	for i < j {
		h := int(uint(i+j) >> 1)
		if list[h].Span().End.Offset > pos.Offset {
			j = h
		} else {
			i = h + 1
		}
	}
	if i < len(list) && list[i].Span().Start.Offset <= pos.Offset {
		return list[i]
	}
	return nil
}

// childContaining finds the statement nested directly in s whose span
// holds pos, searching s's statement lists in order.
func childContaining(s python.Stmt, pos python.Pos) python.Stmt {
	var found python.Stmt
	eachChildList(s, func(list []python.Stmt) bool {
		found = search(list, pos)
		return found == nil
	})
	return found
}

// eachChildList calls fn with the statement lists nested directly in a
// statement, in source order, until fn returns false. It takes a callback
// rather than returning the lists because ScopeAt calls it at every level
// of every lookup, and a callback allocates nothing.
func eachChildList(s python.Stmt, fn func([]python.Stmt) bool) {
	switch s := s.(type) {
	case *python.FunctionDef:
		fn(s.Body)
	case *python.ClassDef:
		fn(s.Body)
	case *python.If:
		if fn(s.Body) {
			fn(s.Else)
		}
	case *python.For:
		if fn(s.Body) {
			fn(s.Else)
		}
	case *python.While:
		if fn(s.Body) {
			fn(s.Else)
		}
	case *python.With:
		fn(s.Body)
	case *python.Try:
		if !fn(s.Body) {
			return
		}
		for _, h := range s.Handlers {
			if !fn(h.Body) {
				return
			}
		}
		if fn(s.Else) {
			fn(s.Finally)
		}
	case *python.Match:
		for _, c := range s.Cases {
			if !fn(c.Body) {
				return
			}
		}
	case *python.BadStmt:
		fn(s.Body)
	}
}

// returns collects the return statements of a function body, not those of
// nested functions or classes.
func returns(body []python.Stmt) []*python.Return {
	var out []*python.Return
	var visit func(list []python.Stmt)
	visit = func(list []python.Stmt) {
		for _, s := range list {
			switch s := s.(type) {
			case *python.Return:
				out = append(out, s)
			case *python.FunctionDef, *python.ClassDef:
				continue
			default:
				eachChildList(s, func(l []python.Stmt) bool {
					visit(l)
					return true
				})
			}
		}
	}
	visit(body)
	return out
}
