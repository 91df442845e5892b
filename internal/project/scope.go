package project

import (
	"sort"

	"github.com/flaskguard/flaskguard/internal/python"
)

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
// depth times a binary search, with no index to build in advance.
func (m *Module) ScopeAt(pos python.Pos) Scope {
	var chain Scope
	lists := [][]python.Stmt{m.File.Module.Body}
	for {
		s := containing(lists, pos)
		if s == nil {
			return chain
		}
		switch s := s.(type) {
		case *python.FunctionDef:
			// Decorators, defaults and annotations belong to the outer
			// scope; only the body is inside the function.
			if len(s.Body) == 0 || pos.Offset < s.Body[0].Span().Start.Offset {
				return chain
			}
			chain = append(chain, s)
		}
		lists = children(s)
	}
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
		if containing([][]python.Stmt{iff.Body}, pos) != nil {
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

// containing finds the statement of any of the lists whose span holds pos.
// Statements of one list are in source order, so a binary search suffices.
func containing(lists [][]python.Stmt, pos python.Pos) python.Stmt {
	for _, list := range lists {
		i := sort.Search(len(list), func(i int) bool { return list[i].Span().End.Offset > pos.Offset })
		if i < len(list) && list[i].Span().Start.Offset <= pos.Offset {
			return list[i]
		}
	}
	return nil
}

// children returns the statement lists nested directly in a statement.
func children(s python.Stmt) [][]python.Stmt {
	switch s := s.(type) {
	case *python.FunctionDef:
		return [][]python.Stmt{s.Body}
	case *python.ClassDef:
		return [][]python.Stmt{s.Body}
	case *python.If:
		return [][]python.Stmt{s.Body, s.Else}
	case *python.For:
		return [][]python.Stmt{s.Body, s.Else}
	case *python.While:
		return [][]python.Stmt{s.Body, s.Else}
	case *python.With:
		return [][]python.Stmt{s.Body}
	case *python.Try:
		out := [][]python.Stmt{s.Body}
		for _, h := range s.Handlers {
			out = append(out, h.Body)
		}
		return append(out, s.Else, s.Finally)
	case *python.Match:
		var out [][]python.Stmt
		for _, c := range s.Cases {
			out = append(out, c.Body)
		}
		return out
	case *python.BadStmt:
		return [][]python.Stmt{s.Body}
	}
	return nil
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
				for _, l := range children(s) {
					visit(l)
				}
			}
		}
	}
	visit(body)
	return out
}
