package taint

import (
	"strings"

	"github.com/flaskguard/flaskguard/internal/python"
	"github.com/flaskguard/flaskguard/internal/taint/spec"
)

// substringClears is what `s not in x` proves for a constant s. A value
// without ".." is not yet a safe path (it may be absolute); see markTargets.
func substringClears(s string) spec.Class {
	if s == "<" || s == ">" {
		return spec.HTML
	}
	return spec.None
}

// markTargets records a path check passed by the variables of an
// expression (see taint.withParts).
func (f *frame) markTargets(e python.Expr, p uint8) {
	for _, t := range f.targets(e) {
		if t.host {
			continue
		}
		var v Value
		if strings.Contains(t.name, ".") {
			v, _ = f.lookupDotted(t.name)
		} else {
			v = f.lookupName(t.name)
		}
		if v.t.tainted() {
			v.t = v.t.withParts(p)
			f.st.vars[t.name] = v
		}
	}
}

// startsWithSlash reports a startswith argument that names the root:
// "/", or a tuple holding "/" or "\\".
func startsWithSlash(v Value) bool {
	if v.k.text() {
		return v.k.s == "/" || v.k.s == "\\"
	}
	if v.sh != nil && v.sh.exact {
		for _, e := range v.sh.elems {
			if e.k.text() && e.k.s == "/" {
				return true
			}
		}
	}
	return false
}

// isCommonPath recognises os.path.commonpath([...]) and commonprefix.
func (f *frame) isCommonPath(c *python.Call) bool {
	p := f.calleePath(c)
	return p == "os.path.commonpath" || p == "os.path.commonprefix" || p == "posixpath.commonpath"
}

// clearNormalized clears Path from the normalised paths a call compares.
func (f *frame) clearNormalized(c *python.Call) {
	for _, a := range c.Args {
		var elts []python.Expr
		switch l := a.Value.(type) {
		case *python.List:
			elts = l.Elts
		case *python.Tuple:
			elts = l.Elts
		}
		for _, e := range elts {
			f.clearIfNormalized(e)
		}
	}
}

// clearIfNormalized clears Path from a variable holding a normalised path,
// or from the variable inside a normalising call (realpath(p)).
func (f *frame) clearIfNormalized(e python.Expr) {
	if c, ok := e.(*python.Call); ok && f.e.ix.IsNormalizer(f.calleePath(c)) && len(c.Args) > 0 {
		f.clearTargets(c.Args[0].Value, spec.Path)
		return
	}
	if a, ok := e.(*python.Call); ok {
		if at, ok := a.Func.(*python.Attribute); ok && f.e.ix.IsNormalizer(pathOf(f.eval(at.Value))+"."+at.Attr) {
			f.clearTargets(at.Value, spec.Path)
			return
		}
	}
	if v := f.eval(e); v.t.norm {
		f.clearTargets(e, spec.Path)
	}
}
