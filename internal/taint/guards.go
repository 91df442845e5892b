package taint

import (
	"github.com/flaskguard/flaskguard/internal/finding"
	"github.com/flaskguard/flaskguard/internal/python"
	"github.com/flaskguard/flaskguard/internal/taint/spec"
)

// guardSummary says what a project function proves about its
// parameters when it returns a true or a false value: is_safe_url(u)
// returning True means u's host passed an allow-list.
type guardSummary struct {
	params          []string
	onTrue, onFalse []spec.Class
}

// guardObs collects a guard summary while the function is analysed:
// at every return, the parameters' remaining taint on the paths where
// the returned value is true (and false).
type guardObs struct {
	sum                 *guardSummary
	sawTrue, sawFalse   bool
	trueLeft, falseLeft []spec.Class
}

// observe records one return statement.
func (g *guardObs) observe(f *frame, expr python.Expr, v Value) {
	truth, known := truthOf(v)
	if expr == nil {
		truth, known = false, true
	}
	record := func(t bool, left []spec.Class) {
		st := f.st.clone()
		if expr != nil && !known {
			st = f.refine(st, expr, t)
		}
		if st.dead {
			return
		}
		for i, p := range g.sum.params {
			if pv, ok := st.vars[p]; ok {
				c := pv.t.classes
				if t && pv.t.parts&inspected != 0 {
					// Inspected before answering true: validated. A false
					// answer after a look rejects the value instead.
					c &^= spec.Session
				}
				left[i] |= c
			}
		}
	}
	if !known || truth {
		g.sawTrue = true
		record(true, g.trueLeft)
	}
	if !known || !truth {
		g.sawFalse = true
		record(false, g.falseLeft)
	}
}

// guardOf computes (once) the guard summary of a project function: each
// parameter starts fully tainted, and what is left of its taint where
// the function returns true (false) is what a true (false) result does
// not prove safe.
func (e *engine) guardOf(ref *funcRef) *guardSummary {
	def := ref.def
	if g, ok := e.guards[def]; ok {
		return g
	}
	e.guards[def] = nil // recursion: no summary while computing it
	if e.onStack(def) || e.analyses >= maxAnalyses {
		return nil
	}
	sum := &guardSummary{}
	vars := map[string]Value{}
	params := def.Params
	if ref.self != nil && len(params) > 0 {
		vars[params[0].Name] = *ref.self
		params = params[1:]
	}
	for _, p := range params {
		if p.Name == "" || p.Star != 0 {
			continue
		}
		sum.params = append(sum.params, p.Name)
		tr := e.newTrace(finding.Step{Note: p.Name})
		vars[p.Name] = Value{t: taint{classes: spec.All, tr: tr}, str: true}
	}
	obs := &guardObs{sum: sum, trueLeft: make([]spec.Class, len(sum.params)), falseLeft: make([]spec.Class, len(sum.params))}
	mod := ref.mod
	if info := e.funcs[def]; info != nil {
		mod = info.mod
	}
	var env *frame
	if info := e.funcs[def]; info != nil && info.parent != nil {
		env = e.closureOf(info.parent)
	}
	e.runWith(mod, def, ref.class, vars, env, maxCallDepth-2, true, func(f *frame) { f.guard = obs })
	sum.onTrue = make([]spec.Class, len(sum.params))
	sum.onFalse = make([]spec.Class, len(sum.params))
	for i := range sum.params {
		sum.onTrue[i] = spec.All &^ obs.trueLeft[i]
		sum.onFalse[i] = spec.All &^ obs.falseLeft[i]
	}
	e.guards[def] = sum
	return sum
}

// refineGuard applies a project validator's summary to the arguments of
// a call used as a condition.
func (f *frame) refineGuard(c *python.Call, ref *funcRef, truth bool) {
	if ref.def == nil || ref.lam != nil {
		return
	}
	g := f.e.guardOf(ref)
	if g == nil {
		return
	}
	clears := g.onFalse
	if truth {
		clears = g.onTrue
	}
	for i, name := range g.params {
		var e python.Expr
		if i < len(c.Args) && c.Args[i].Name == "" && c.Args[i].Star == 0 {
			e = c.Args[i].Value
		}
		for _, a := range c.Args {
			if a.Name == name {
				e = a.Value
			}
		}
		if e != nil {
			f.clearTargets(e, clears[i])
		}
	}
}

// guardOf for a comparison assigned to a variable: ok = x in ALLOWED
// remembers that ok being true makes x safe.
func (f *frame) guardOf(x *python.Compare) *via {
	l := x.Operands[0]
	name, ok := refName(l)
	if !ok {
		return nil
	}
	probe := func(truth bool) spec.Class {
		st := f.refine(f.st.clone(), x, truth)
		before := f.lookupName(name)
		if d, isDotted := python.DottedName(l); isDotted && d == name {
			if v, ok := f.lookupDotted(d); ok {
				before = v
			}
		}
		after, ok := st.vars[name]
		if !ok {
			return spec.None
		}
		return before.t.classes &^ after.t.classes
	}
	t, fl := probe(true), probe(false)
	if t == spec.None && fl == spec.None {
		return nil
	}
	return &via{name: name, kind: viaGuard, clears: t, falseClears: fl}
}

// markChecked records, while a validator's summary is computed, that a
// condition inspected the variables it mentions (a comparison, a
// predicate call such as u.isascii() or len(u) < 128, another
// validator). For the trust boundary that is what validation means: a
// function that answers true only after looking at the value vouches
// for it, whatever it looked for; the classes of the other sinks still
// need a check that proves them safe. A truth test, or a comparison of
// the value itself with None, looks at nothing but presence; comparing
// what was computed from it with None (a lookup's result) is a check.
func (f *frame) markChecked(cond python.Expr) {
	if f.guard == nil {
		return
	}
	switch x := cond.(type) {
	case *python.Compare:
		for _, o := range x.Operands {
			if k, ok := o.(*python.Constant); ok && k.Value == python.None {
				for _, o := range x.Operands {
					if _, ok := refName(o); !ok {
						f.markSubjects(o)
					}
				}
				return
			}
		}
	case *python.Call:
		if n, ok := x.Func.(*python.Name); ok && n.ID == "bool" {
			return
		}
	}
	f.markSubjects(cond)
}

// markSubjects marks the variables an expression reads (and the ones
// they were normalised from) as inspected.
func (f *frame) markSubjects(e python.Expr) {
	switch x := e.(type) {
	case *python.Name:
		f.markTargets(x, inspected)
	case *python.Attribute:
		if _, ok := python.DottedName(x); ok {
			f.markTargets(x, inspected)
		}
		f.markSubjects(x.Value)
	case *python.Call:
		if a, ok := x.Func.(*python.Attribute); ok {
			f.markSubjects(a.Value)
		}
		for _, a := range x.Args {
			f.markSubjects(a.Value)
		}
	case *python.Compare:
		for _, o := range x.Operands {
			f.markSubjects(o)
		}
	case *python.BinOp:
		f.markSubjects(x.Left)
		f.markSubjects(x.Right)
	case *python.Subscript:
		f.markSubjects(x.Value)
	case *python.UnaryOp:
		f.markSubjects(x.Operand)
	}
}
