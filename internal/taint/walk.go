package taint

import "github.com/flaskguard/flaskguard/internal/python"

// walker adapts python.Walk to the engine's searches, which want separate
// callbacks for statements and expressions.
type walker struct {
	// stmt is called for each statement; false skips what it contains.
	stmt func(python.Stmt) bool
	// expr is called for each expression (nil: expressions are skipped).
	expr func(python.Expr)
}

func (w *walker) stmts(list []python.Stmt) {
	for _, s := range list {
		python.Walk(s, w.visit)
	}
}

func (w *walker) visit(n python.Node) bool {
	switch n := n.(type) {
	case python.Stmt:
		return w.stmt == nil || w.stmt(n)
	case python.Expr:
		if w.expr == nil {
			return false
		}
		w.expr(n)
	}
	return true
}
