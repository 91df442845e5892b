package python

// Walk visits n and every node reachable from it, depth-first in
// pre-order and in source order: statements and their bodies, every
// expression, decorators, parameter annotations and defaults, f-string
// interpolations, comprehension clauses, with items, handler types, match
// patterns and guards, and the statements recovered in a BadStmt. If visit
// returns false, the node's children are skipped. Walk does nothing for a
// nil n.
func Walk(n Node, visit func(Node) bool) {
	if n == nil || !visit(n) {
		return
	}
	eachChild(n, func(c Node) { Walk(c, visit) })
}

// Children returns the direct children of n in the order Walk visits
// them.
func Children(n Node) []Node {
	var out []Node
	eachChild(n, func(c Node) { out = append(out, c) })
	return out
}

// eachChild calls fn for every non-nil direct child of n, in source order.
func eachChild(n Node, fn func(Node)) {
	expr := func(e Expr) {
		if e != nil {
			fn(e)
		}
	}
	exprs := func(es []Expr) {
		for _, e := range es {
			expr(e)
		}
	}
	stmts := func(ss []Stmt) {
		for _, s := range ss {
			if s != nil {
				fn(s)
			}
		}
	}
	args := func(as []Arg) {
		for _, a := range as {
			expr(a.Value)
		}
	}
	params := func(ps []Param) {
		for _, p := range ps {
			expr(p.Annotation)
			expr(p.Default)
		}
	}
	switch x := n.(type) {
	// Expressions.
	case *Attribute:
		expr(x.Value)
	case *Call:
		expr(x.Func)
		args(x.Args)
	case *String:
		exprs(x.Interpolations)
	case *BinOp:
		expr(x.Left)
		expr(x.Right)
	case *UnaryOp:
		expr(x.Operand)
	case *BoolOp:
		expr(x.Left)
		expr(x.Right)
	case *Compare:
		exprs(x.Operands)
	case *Subscript:
		expr(x.Value)
		expr(x.Index)
	case *Slice:
		expr(x.Lower)
		expr(x.Upper)
		expr(x.Step)
	case *List:
		exprs(x.Elts)
	case *Tuple:
		exprs(x.Elts)
	case *Set:
		exprs(x.Elts)
	case *Dict:
		for i := range x.Values {
			if i < len(x.Keys) {
				expr(x.Keys[i])
			}
			expr(x.Values[i])
		}
	case *Comprehension:
		expr(x.Key)
		expr(x.Elt)
		for _, cl := range x.Clauses {
			expr(cl.Target)
			expr(cl.Iter)
			exprs(cl.Ifs)
		}
	case *Lambda:
		params(x.Params)
		expr(x.Body)
	case *IfExp:
		expr(x.Body)
		expr(x.Test)
		expr(x.Else)
	case *NamedExpr:
		if x.Target != nil {
			fn(x.Target)
		}
		expr(x.Value)
	case *Starred:
		expr(x.Value)
	case *Await:
		expr(x.Value)
	case *Yield:
		expr(x.Value)

	// Statements.
	case *Module:
		stmts(x.Body)
	case *ExprStmt:
		expr(x.X)
	case *Assign:
		exprs(x.Targets)
		expr(x.Annotation)
		expr(x.Value)
	case *FunctionDef:
		exprs(x.Decorators)
		params(x.Params)
		expr(x.Returns)
		stmts(x.Body)
	case *ClassDef:
		exprs(x.Decorators)
		args(x.Bases)
		stmts(x.Body)
	case *Return:
		expr(x.Value)
	case *If:
		expr(x.Test)
		stmts(x.Body)
		stmts(x.Else)
	case *For:
		expr(x.Target)
		expr(x.Iter)
		stmts(x.Body)
		stmts(x.Else)
	case *While:
		expr(x.Test)
		stmts(x.Body)
		stmts(x.Else)
	case *With:
		for _, it := range x.Items {
			expr(it.Context)
			expr(it.Target)
		}
		stmts(x.Body)
	case *Try:
		stmts(x.Body)
		for _, h := range x.Handlers {
			expr(h.Type)
			stmts(h.Body)
		}
		stmts(x.Else)
		stmts(x.Finally)
	case *Raise:
		expr(x.Exc)
		expr(x.Cause)
	case *Delete:
		exprs(x.Targets)
	case *Assert:
		expr(x.Test)
		expr(x.Msg)
	case *Match:
		expr(x.Subject)
		for _, mc := range x.Cases {
			expr(mc.Pattern)
			expr(mc.Guard)
			stmts(mc.Body)
		}
	case *TypeAlias:
		expr(x.Value)
	case *BadStmt:
		stmts(x.Body)
	}
}
