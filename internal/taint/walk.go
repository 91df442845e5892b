package taint

import "github.com/flaskguard/flaskguard/internal/python"

// walker visits statements and expressions with plain recursion. The
// entry-point search touches every node of the project, so it avoids
// python.Walk's closures, which cost an allocation per node.
type walker struct {
	// stmt is called for each statement; false skips what it contains.
	stmt func(python.Stmt) bool
	// expr is called for each expression (nil: expressions are skipped).
	expr func(python.Expr)
}

func (w *walker) stmts(list []python.Stmt) {
	for _, s := range list {
		w.visitStmt(s)
	}
}

func (w *walker) visitStmt(s python.Stmt) {
	if s == nil || w.stmt != nil && !w.stmt(s) {
		return
	}
	switch x := s.(type) {
	case *python.ExprStmt:
		w.visitExpr(x.X)
	case *python.Assign:
		for _, t := range x.Targets {
			w.visitExpr(t)
		}
		w.visitExpr(x.Value)
	case *python.Return:
		w.visitExpr(x.Value)
	case *python.If:
		w.visitExpr(x.Test)
		w.stmts(x.Body)
		w.stmts(x.Else)
	case *python.For:
		w.visitExpr(x.Target)
		w.visitExpr(x.Iter)
		w.stmts(x.Body)
		w.stmts(x.Else)
	case *python.While:
		w.visitExpr(x.Test)
		w.stmts(x.Body)
		w.stmts(x.Else)
	case *python.With:
		for _, it := range x.Items {
			w.visitExpr(it.Context)
			w.visitExpr(it.Target)
		}
		w.stmts(x.Body)
	case *python.Try:
		w.stmts(x.Body)
		for _, h := range x.Handlers {
			w.visitExpr(h.Type)
			w.stmts(h.Body)
		}
		w.stmts(x.Else)
		w.stmts(x.Finally)
	case *python.Raise:
		w.visitExpr(x.Exc)
		w.visitExpr(x.Cause)
	case *python.Delete:
		for _, t := range x.Targets {
			w.visitExpr(t)
		}
	case *python.Assert:
		w.visitExpr(x.Test)
		w.visitExpr(x.Msg)
	case *python.Match:
		w.visitExpr(x.Subject)
		for _, c := range x.Cases {
			w.visitExpr(c.Guard)
			w.stmts(c.Body)
		}
	case *python.FunctionDef:
		for _, d := range x.Decorators {
			w.visitExpr(d)
		}
		w.stmts(x.Body)
	case *python.ClassDef:
		for _, d := range x.Decorators {
			w.visitExpr(d)
		}
		w.stmts(x.Body)
	case *python.BadStmt:
		w.stmts(x.Body)
	}
}

func (w *walker) visitExprs(list []python.Expr) {
	for _, e := range list {
		w.visitExpr(e)
	}
}

func (w *walker) visitExpr(e python.Expr) {
	if e == nil || w.expr == nil {
		return
	}
	w.expr(e)
	switch x := e.(type) {
	case *python.Attribute:
		w.visitExpr(x.Value)
	case *python.Call:
		w.visitExpr(x.Func)
		for _, a := range x.Args {
			w.visitExpr(a.Value)
		}
	case *python.String:
		w.visitExprs(x.Interpolations)
	case *python.BinOp:
		w.visitExpr(x.Left)
		w.visitExpr(x.Right)
	case *python.UnaryOp:
		w.visitExpr(x.Operand)
	case *python.BoolOp:
		w.visitExpr(x.Left)
		w.visitExpr(x.Right)
	case *python.Compare:
		w.visitExprs(x.Operands)
	case *python.Subscript:
		w.visitExpr(x.Value)
		w.visitExpr(x.Index)
	case *python.Slice:
		w.visitExpr(x.Lower)
		w.visitExpr(x.Upper)
		w.visitExpr(x.Step)
	case *python.List:
		w.visitExprs(x.Elts)
	case *python.Tuple:
		w.visitExprs(x.Elts)
	case *python.Set:
		w.visitExprs(x.Elts)
	case *python.Dict:
		w.visitExprs(x.Keys)
		w.visitExprs(x.Values)
	case *python.Comprehension:
		w.visitExpr(x.Key)
		w.visitExpr(x.Elt)
		for _, cl := range x.Clauses {
			w.visitExpr(cl.Target)
			w.visitExpr(cl.Iter)
			w.visitExprs(cl.Ifs)
		}
	case *python.Lambda:
		w.visitExpr(x.Body)
	case *python.IfExp:
		w.visitExpr(x.Test)
		w.visitExpr(x.Body)
		w.visitExpr(x.Else)
	case *python.NamedExpr:
		w.visitExpr(x.Value)
	case *python.Starred:
		w.visitExpr(x.Value)
	case *python.Await:
		w.visitExpr(x.Value)
	case *python.Yield:
		w.visitExpr(x.Value)
	}
}
