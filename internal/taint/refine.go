package taint

import (
	"strings"

	"github.com/flaskguard/flaskguard/internal/python"
	"github.com/flaskguard/flaskguard/internal/taint/spec"
)

// hostClasses is what a check of a URL's host against an allow-list (or
// the host being empty: a relative URL) makes safe.
const hostClasses = spec.Redirect | spec.SSRF

// refine returns st narrowed to the executions where cond has the given
// truth: an allow-list membership, a safe regular expression, a
// containment check of a normalised path or a project validator makes
// the checked variable safe there. st is changed in place.
func (f *frame) refine(st *state, cond python.Expr, truth bool) *state {
	if st.dead {
		return st
	}
	saved := f.st
	f.st = st
	f.refineIn(cond, truth)
	out := f.st
	f.st = saved
	return out
}

func (f *frame) refineIn(cond python.Expr, truth bool) {
	if f.st.dead {
		return
	}
	switch x := cond.(type) {
	case *python.UnaryOp:
		if x.Op == "not" {
			f.refineIn(x.Operand, !truth)
		}
	case *python.BoolOp:
		if (x.Op == "and") == truth {
			f.refineIn(x.Left, truth)
			f.refineIn(x.Right, truth)
			return
		}
		// `a and b` is false when a is, or when a is true and b false.
		base := f.st
		f.st = base.clone()
		f.refineIn(x.Left, truth)
		one := f.st
		f.st = base.clone()
		f.refineIn(x.Left, !truth)
		f.refineIn(x.Right, truth)
		f.st = joinStates(one, f.st)
	case *python.Compare:
		f.refineCompare(x, truth)
		f.markChecked(x)
	case *python.Call:
		f.refineCall(x, truth)
		f.markChecked(x)
	case *python.Name, *python.Attribute:
		f.refineTruthy(x, truth)
	case *python.NamedExpr:
		f.refineTruthy(x.Target, truth)
	case *python.Constant, *python.Number, *python.String:
		if t, ok := truthOf(f.eval(x)); ok && t != truth {
			f.st = deadState()
		}
	}
}

// target is a variable a check speaks about; host means the check is on
// its URL's host.
type target struct {
	name string
	host bool
	// derived marks a variable the checked value was computed from
	// (x for x.lower()): a check proves it safe but not equal to a constant.
	derived bool
}

// targets lists the variables an expression denotes for refinement: the
// variable itself, the variable it was normalised from (x.strip()), the
// URL whose host it is (urlparse(x).netloc).
func (f *frame) targets(e python.Expr) []target {
	var out []target
	add := func(v Value, name string) {
		out = append(out, target{name: name})
		if v.via == nil {
			return
		}
		switch v.via.kind {
		case viaSame:
			out = append(out, target{name: v.via.name, derived: true})
		case viaHost:
			out = append(out, target{name: v.via.name, host: true})
		}
	}
	switch x := e.(type) {
	case *python.Name:
		add(f.lookupName(x.ID), x.ID)
	case *python.NamedExpr:
		// if (lang := ...) not in LANGUAGES: the check narrows lang.
		return f.targets(x.Target)
	case *python.Attribute:
		if d, ok := python.DottedName(x); ok {
			if v, ok := f.lookupDotted(d); ok {
				add(v, d)
				return out
			}
		}
		if x.Attr == "netloc" || x.Attr == "hostname" {
			if v := f.eval(x.Value); v.via != nil && v.via.kind == viaURL {
				out = append(out, target{name: v.via.name, host: true})
			} else if c, ok := x.Value.(*python.Call); ok && f.e.ix.IsURLParser(f.calleePath(c)) && len(c.Args) > 0 {
				if n, ok := refName(c.Args[0].Value); ok {
					out = append(out, target{name: n, host: true})
				}
			}
		}
	case *python.Call:
		if a, ok := x.Func.(*python.Attribute); ok && isNormalizingStrMethod(a.Attr) {
			for _, t := range f.targets(a.Value) {
				t.derived = true
				out = append(out, t)
			}
		}
	}
	return out
}

// calleePath is the callee path of a call, without evaluating arguments.
func (f *frame) calleePath(c *python.Call) string {
	if a, ok := c.Func.(*python.Attribute); ok {
		return pathOf(f.eval(a.Value)) + "." + a.Attr
	}
	v := f.eval(c.Func)
	if v.fn != nil {
		return ""
	}
	return strings.TrimPrefix(pathOf(v), "builtins.")
}

// clearTargets removes classes from the variables of an expression; a
// check on a URL's host clears only what a host check protects.
func (f *frame) clearTargets(e python.Expr, classes spec.Class) {
	for _, t := range f.targets(e) {
		c := classes
		if t.host {
			c &= hostClasses
		}
		f.clearVar(t.name, c)
	}
}

func (f *frame) clearVar(name string, classes spec.Class) {
	if classes == spec.None {
		return
	}
	var v Value
	if strings.Contains(name, ".") {
		v, _ = f.lookupDotted(name)
	} else {
		v = f.lookupName(name)
	}
	if !v.t.tainted() {
		return
	}
	v.t = v.t.clear(classes)
	f.st.vars[name] = v
}

// refineTruthy refines by the truth of a variable: a remembered check
// (ok = x in ALLOWED), an empty host (a relative URL), or an empty value.
func (f *frame) refineTruthy(e python.Expr, truth bool) {
	v := f.eval(e)
	if v.via != nil {
		switch v.via.kind {
		case viaGuard:
			c := v.via.clears
			if !truth {
				c = v.via.falseClears
			}
			f.clearVar(v.via.name, c)
		case viaHost:
			if !truth {
				f.clearVar(v.via.name, hostClasses)
			}
		}
	}
	if !truth {
		// An empty value carries nothing; an empty host is a relative URL.
		for _, t := range f.targets(e) {
			if t.host {
				f.clearVar(t.name, hostClasses)
			} else {
				f.clearVar(t.name, spec.All)
			}
		}
	}
}

// refineCompare handles membership, equality and path containment.
func (f *frame) refineCompare(x *python.Compare, truth bool) {
	if len(x.Ops) != 1 {
		return
	}
	l, r := x.Operands[0], x.Operands[1]
	switch op := x.Ops[0]; op {
	case "in", "not in":
		in := truth == (op == "in")
		rv := f.eval(r)
		lv := f.eval(l)
		if in && allowList(rv) {
			f.clearTargets(l, spec.All)
		}
		if !in && lv.k.text() {
			f.clearTargets(r, substringClears(lv.k.s))
			if strings.Contains(lv.k.s, "..") {
				f.markTargets(r, noDotDot)
			}
		}
	case "==", "!=", "is", "is not":
		eq := truth == (op == "==" || op == "is")
		if !eq {
			return
		}
		lv, rv := f.eval(l), f.eval(r)
		f.refineSigned(lv, rv)
		for _, side := range [][2]python.Expr{{l, r}, {r, l}} {
			other := rv
			if side[0] == r {
				other = lv
			}
			for _, t := range f.targets(side[0]) {
				switch {
				case t.host:
					f.clearVar(t.name, hostClasses)
				case other.k.known() && t.derived:
					f.clearVar(t.name, spec.All)
				case other.k.known():
					f.st.vars[t.name] = constValue(other.k)
				}
			}
			if c, ok := side[0].(*python.Call); ok && f.isCommonPath(c) && !other.tainted() {
				f.clearNormalized(c)
			}
		}
	}
}

// allowList reports whether a value is a collection the client cannot
// have chosen: constants, or anything not derived from the request
// (os.listdir(base), a list from the database).
func allowList(v Value) bool {
	if v.tainted() {
		return false
	}
	return v.sh != nil || v.k.text() || v.sym != "" || v.obj != ""
}

// refineCall handles checks made by calls: regular expressions,
// character-class methods, isinstance, path containment and project
// validators.
func (f *frame) refineCall(c *python.Call, truth bool) {
	a, isAttr := c.Func.(*python.Attribute)
	var recv Value
	path := ""
	if isAttr {
		recv = f.eval(a.Value)
		path = pathOf(recv) + "." + a.Attr
	} else {
		v := f.eval(c.Func)
		if v.fn != nil {
			f.refineGuard(c, v.fn, truth)
			return
		}
		if ref := f.e.callable(v.sym); ref != nil {
			f.refineGuard(c, ref, truth)
			return
		}
		path = strings.TrimPrefix(pathOf(v), "builtins.")
	}
	if isAttr && recv.sh != nil && recv.sh.kind == shObject && recv.sh.class != nil {
		if owner, def := f.e.method(recv.sh.class, a.Attr); def != nil {
			self := recv
			f.refineGuard(c, &funcRef{mod: owner.Module, def: def, class: owner, self: &self}, truth)
			return
		}
	}
	if isAttr && recv.fn != nil {
		if ref := f.funcAttr(recv, a.Attr).fn; ref != nil {
			f.refineGuard(c, ref, truth)
			return
		}
	}
	if isAttr && recv.sym != "" {
		if ref := f.e.callable(recv.sym + "." + a.Attr); ref != nil {
			f.refineGuard(c, ref, truth)
			return
		}
	}
	if truth && f.e.ix.IsEquals(path) && len(c.Args) == 2 && c.Args[0].Star == 0 && c.Args[1].Star == 0 {
		f.refineCompare(&python.Compare{Ops: []string{"=="}, Operands: []python.Expr{c.Args[0].Value, c.Args[1].Value}}, true)
		return
	}
	if !truth {
		// `if x.startswith("/"): abort()` and `if os.path.isabs(x)`:
		// on the path that goes on, x is relative.
		switch {
		case isAttr && a.Attr == "startswith" && len(c.Args) == 1 && startsWithSlash(f.eval(c.Args[0].Value)):
			f.markTargets(a.Value, notAbsolute)
		case (path == "os.path.isabs" || path == "posixpath.isabs") && len(c.Args) == 1:
			f.markTargets(c.Args[0].Value, notAbsolute)
		}
		return
	}
	ix := f.e.ix
	switch {
	case ix.Regex(path) != nil:
		f.refineRegex(c, ix.Regex(path), recv)
	case isAttr:
		if cleared, ok := ix.CharCheck(a.Attr); ok {
			f.clearTargets(a.Value, cleared)
			return
		}
		switch a.Attr {
		case "startswith", "is_relative_to":
			if len(c.Args) > 0 && !f.eval(c.Args[0].Value).tainted() {
				f.clearIfNormalized(a.Value)
			}
		}
	case path == "isinstance" && len(c.Args) == 2:
		if numericType(c.Args[1].Value) {
			f.clearTargets(c.Args[0].Value, spec.All)
		}
	case path == "bool" && len(c.Args) == 1:
		f.refineTruthy(c.Args[0].Value, truth)
	}
}

// numericType reports whether an isinstance type argument names only
// numbers, booleans or UUIDs.
func numericType(e python.Expr) bool {
	switch x := e.(type) {
	case *python.Name:
		return x.ID == "int" || x.ID == "float" || x.ID == "bool" || x.ID == "complex"
	case *python.Attribute:
		return x.Attr == "UUID" || x.Attr == "Decimal"
	case *python.Tuple:
		for _, el := range x.Elts {
			if !numericType(el) {
				return false
			}
		}
		return len(x.Elts) > 0
	}
	return false
}
