package taint

import "github.com/flaskguard/flaskguard/internal/python"

// execTry runs a try statement. A handler may start from any point of
// the body (before it, or after any of its statements) or from a raise.
func (f *frame) execTry(x *python.Try) {
	tc := &tryCtx{}
	entry := f.st.clone()
	var raised *state
	addRaised := func() {
		if raised == nil || raised.dead {
			raised = f.st.clone()
		} else {
			raised = joinStates(raised, f.st)
		}
	}
	f.tries = append(f.tries, tc)
	for _, s := range x.Body {
		if f.st.dead {
			break
		}
		// A statement that cannot raise starts no handler: in
		// `try: flag = True` / `except: flag = True` / `else: flag = False`
		// only the else runs.
		risky := mayRaise(s)
		if risky {
			addRaised()
		}
		f.exec(s)
		if risky {
			addRaised()
		}
	}
	f.tries = f.tries[:len(f.tries)-1]
	raised = joinStates(raised, tc.raised)
	f.execBlock(x.Else)
	out := f.st
	for _, h := range x.Handlers {
		if raised == nil || raised.dead {
			break
		}
		f.st = raised.clone()
		if h.Type != nil {
			f.eval(h.Type)
		}
		if h.Name != "" {
			f.st.vars[h.Name] = clean()
		}
		f.execBlock(h.Body)
		out = joinStates(out, f.st)
	}
	if out == nil {
		out = deadState()
	}
	f.st = out
	if len(x.Finally) > 0 {
		if f.st.dead {
			// The finally block still runs on the way out; what it does
			// is checked, then the path stays dead.
			f.st = entry
			if raised != nil && !raised.dead {
				f.st = raised.clone()
			}
			f.execBlock(x.Finally)
			f.st = deadState()
			return
		}
		f.execBlock(x.Finally)
	}
}

// mayRaise reports whether a statement can raise an exception: anything
// but pass, break, continue and assignments of literals to names.
func mayRaise(s python.Stmt) bool {
	switch x := s.(type) {
	case *python.Simple:
		return false
	case *python.Assign:
		if x.Value == nil {
			return false // an annotation only
		}
		if x.Op != "" || !isLiteral(x.Value) {
			return true
		}
		for _, t := range x.Targets {
			if _, ok := t.(*python.Name); !ok {
				return true
			}
		}
		return false
	}
	return true
}

// isLiteral reports a literal constant, or a tuple or list of them.
func isLiteral(e python.Expr) bool {
	switch x := e.(type) {
	case *python.String:
		return x.IsConstant()
	case *python.Number, *python.Constant:
		return true
	case *python.Tuple:
		return allLiterals(x.Elts)
	case *python.List:
		return allLiterals(x.Elts)
	}
	return false
}

func allLiterals(es []python.Expr) bool {
	for _, e := range es {
		if !isLiteral(e) {
			return false
		}
	}
	return true
}
