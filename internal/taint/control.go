package taint

import (
	"github.com/flaskguard/flaskguard/internal/python"
	"github.com/flaskguard/flaskguard/internal/taint/spec"
)

// execIf runs an if statement: a condition known at analysis time runs
// one branch only; otherwise each branch runs on the state refined by the
// condition (an allow-list check makes the value safe inside), and the
// states join. A branch that returns or raises leaves only the other
// one's state, which is how `if bad: abort(400)` guards what follows.
func (f *frame) execIf(x *python.If) {
	cond := f.eval(x.Test)
	if f.st.dead {
		return
	}
	if truth, ok := truthOf(cond); ok {
		if truth {
			f.execBlock(x.Body)
		} else {
			f.execBlock(x.Else)
		}
		return
	}
	entry := f.st
	f.st = f.refine(entry.clone(), x.Test, true)
	f.execBlock(x.Body)
	thenSt := f.st
	f.st = f.refine(entry.clone(), x.Test, false)
	f.execBlock(x.Else)
	f.st = joinStates(thenSt, f.st)
	if f.st == nil {
		f.st = deadState()
	}
}

// execFor runs a for loop to a fixpoint: the body runs with the target
// bound to the iterable's items until the state at the loop head stops
// changing (or maxLoopPasses, after which it is widened).
func (f *frame) execFor(x *python.For) {
	iter := f.eval(x.Iter)
	item := elemOf(iter)
	if sh := iter.sh; sh != nil && sh.exact && seq(sh.kind) && len(sh.elems) <= maxUnroll {
		f.unroll(x, sh.elems)
		return
	}
	once := iter.sh != nil && iter.sh.exact && len(iter.sh.elems) > 0
	f.loop(func() bool { return true }, func() {
		f.assign(x.Target, item)
		f.execBlock(x.Body)
	}, x.Else, false, once)
}

// unroll runs a for loop over a known sequence one item at a time, in
// order, as Python does.
func (f *frame) unroll(x *python.For, items []Value) {
	lc := &loopCtx{}
	f.loops = append(f.loops, lc)
	for _, it := range items {
		if f.st.dead {
			break
		}
		f.assign(x.Target, it)
		f.execBlock(x.Body)
		f.st = joinStates(f.st, lc.cont)
		lc.cont = nil
	}
	f.loops = f.loops[:len(f.loops)-1]
	f.execBlock(x.Else)
	f.st = joinStates(f.st, lc.brk)
}

// loop iterates a loop body to a fixpoint. enter prepares a pass (and
// reports false when the loop cannot run); body runs one pass. The state
// after the loop is the loop head (no more passes) joined with the
// states that broke out; an infinite loop leaves only by break, and a
// loop known to run at least once (once) does not leave from its entry.
func (f *frame) loop(enter func() bool, body func(), orelse []python.Stmt, infinite, once bool) {
	entry := f.st
	head := entry.clone()
	lc := &loopCtx{}
	f.loops = append(f.loops, lc)
	var after *state // the states after one or more passes
	for pass := 0; ; pass++ {
		f.st = head.clone()
		if enter() {
			body()
		}
		out := joinStates(f.st, lc.cont)
		after = joinStates(after, out)
		next := joinStates(entry, out)
		lc.cont = nil
		if sameState(next, head) {
			break
		}
		if pass >= maxLoopPasses {
			head = widenState(head, next)
			break
		}
		head = next
	}
	f.loops = f.loops[:len(f.loops)-1]
	if infinite {
		f.st = lc.brk
		if f.st == nil {
			f.st = deadState()
		}
		return
	}
	f.st = head.clone()
	if once {
		f.st = after
		if f.st == nil {
			f.st = deadState()
		}
		f.st = f.st.clone()
	}
	f.execBlock(orelse)
	f.st = joinStates(f.st, lc.brk)
}

// execMatch runs a match statement: a subject known at analysis time
// picks its case; otherwise every case that may match runs with its
// captures bound, and a subject no case matches falls through.
func (f *frame) execMatch(x *python.Match) {
	subj := f.eval(x.Subject)
	rest := f.st
	var out *state
	for _, mc := range x.Cases {
		if rest == nil || rest.dead {
			break
		}
		sure, maybe := f.matches(mc.Pattern, subj)
		if !maybe {
			continue
		}
		f.st = rest.clone()
		f.bindPattern(mc.Pattern, subj)
		f.narrowSubject(x.Subject, mc.Pattern)
		if mc.Guard != nil {
			g := f.eval(mc.Guard)
			if truth, ok := truthOf(g); ok && !truth {
				continue
			} else if !ok {
				f.st = f.refine(f.st, mc.Guard, true)
				sure = false
			}
		}
		f.execBlock(mc.Body)
		out = joinStates(out, f.st)
		if sure {
			rest = nil
		}
	}
	f.st = joinStates(out, rest)
	if f.st == nil {
		f.st = deadState()
	}
}

// narrowSubject refines a variable matched against literal patterns:
// in `case "ls":` the subject is "ls", in `case "a" | "b":` it is one of
// two constants.
func (f *frame) narrowSubject(subject, p python.Expr) {
	name, ok := refName(subject)
	if !ok {
		return
	}
	var lits []Value
	var collect func(p python.Expr) bool
	collect = func(p python.Expr) bool {
		switch x := p.(type) {
		case *python.BinOp:
			return x.Op == "|" && collect(x.Left) && collect(x.Right)
		case *python.String, *python.Number, *python.Constant, *python.UnaryOp, *python.Attribute:
			v := f.eval(p)
			lits = append(lits, v)
			return v.k.known()
		}
		return false
	}
	if !collect(p) {
		return
	}
	if len(lits) == 1 {
		f.st.vars[name] = constValue(lits[0].k)
		return
	}
	f.clearVar(name, spec.All)
}

// matches tells whether a case pattern surely matches the subject and
// whether it may match at all.
func (f *frame) matches(p python.Expr, subj Value) (sure, maybe bool) {
	switch x := p.(type) {
	case *python.Name:
		return true, true // a capture or _
	case *python.NamedExpr:
		return f.matches(x.Value, subj)
	case *python.BinOp:
		if x.Op == "|" {
			s1, m1 := f.matches(x.Left, subj)
			s2, m2 := f.matches(x.Right, subj)
			return s1 || s2, m1 || m2
		}
	case *python.String, *python.Number, *python.Constant, *python.UnaryOp, *python.Attribute:
		pv := f.eval(p)
		if pv.k.known() && subj.k.known() {
			eq := pv.k.key() == subj.k.key()
			return eq, eq
		}
		return false, true
	case *python.List, *python.Tuple:
		elts := seqElts(p)
		if sh := subj.sh; sh != nil && sh.exact && seq(sh.kind) {
			hasStar := false
			for _, e := range elts {
				if _, ok := e.(*python.Starred); ok {
					hasStar = true
				}
			}
			if !hasStar && len(elts) != len(sh.elems) {
				return false, false
			}
		}
		if subj.k.known() {
			return false, false
		}
	}
	return false, true
}

func seqElts(p python.Expr) []python.Expr {
	switch x := p.(type) {
	case *python.List:
		return x.Elts
	case *python.Tuple:
		return x.Elts
	}
	return nil
}

// bindPattern binds the capture names of a pattern: a plain capture to
// the subject, names inside sequences and mappings to their items.
func (f *frame) bindPattern(p python.Expr, subj Value) {
	switch x := p.(type) {
	case *python.Name:
		if x.ID != "_" {
			f.st.vars[x.ID] = subj
		}
	case *python.NamedExpr:
		f.bindPattern(x.Value, subj)
		f.st.vars[x.Target.ID] = subj
	case *python.List, *python.Tuple:
		elts := seqElts(p)
		if sh := subj.sh; sh != nil && sh.exact && seq(sh.kind) && len(sh.elems) == len(elts) {
			for i, e := range elts {
				f.bindPattern(e, sh.elems[i])
			}
			return
		}
		for _, e := range elts {
			if s, ok := e.(*python.Starred); ok {
				f.bindPattern(s.Value, Value{sh: summary(shList, elemOf(subj))})
				continue
			}
			f.bindPattern(e, elemOf(subj))
		}
	case *python.Dict:
		for i, v := range x.Values {
			if i < len(x.Keys) && x.Keys[i] != nil {
				f.bindPattern(v, f.getItem(subj, f.eval(x.Keys[i]), v))
			} else {
				f.bindPattern(v, subj)
			}
		}
	case *python.Call:
		for _, a := range x.Args {
			if a.Name != "" {
				f.bindPattern(a.Value, f.attr(subj, a.Name, a.Value))
			} else {
				f.bindPattern(a.Value, collapse(subj))
			}
		}
	case *python.BinOp:
		f.bindPattern(x.Left, subj)
		f.bindPattern(x.Right, subj)
	case *python.Starred:
		f.bindPattern(x.Value, subj)
	}
}
