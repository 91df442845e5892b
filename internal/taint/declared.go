package taint

import (
	"github.com/flaskguard/flaskguard/internal/python"
	"github.com/flaskguard/flaskguard/internal/taint/spec"
)

// A configuration may declare sources, sanitizers and sinks among the
// functions of the scanned project (spec.Declaration), not only among
// library functions: a team's own request helper, escaping function or
// raw-SQL wrapper. Their calls are still analysed from their code, like
// any project call, and what the configuration declares then has the last
// word: the user knows what a helper means, where the engine only sees
// what it does (a helper reading a middleware's data it cannot follow, an
// escaping loop it cannot prove safe).

// projectPath is the callee path by which configuration entries name a
// project function (see spec.Declared.Patterns): "myapp.http.param" for a
// function of myapp/http.py; for a method, the class that defines it,
// then "().m" when it is called on an instance and ".m" when it is called
// on the class, as the engine names library methods. It is "" for a
// nested function, which no import can name.
func (e *engine) projectPath(def *python.FunctionDef, instance bool) string {
	info := e.funcs[def]
	switch {
	case info == nil || info.mod == nil || info.parent != nil:
		return ""
	case info.class == nil:
		if info.mod.Name == "" {
			return def.Name
		}
		return info.mod.Name + "." + def.Name
	case instance:
		return info.class.QualifiedName() + "()." + def.Name
	}
	return info.class.QualifiedName() + "." + def.Name
}

// callDeclared is callProject for a call written in the code, with what
// the configuration declares of the callee applied: a declared sink
// checks its arguments (and the body is still analysed, for the sinks
// inside it); a declared source makes the result request data of its
// classes, whatever the body returns (a constant in a stub, or data the
// engine cannot trace); a declared sanitizer clears its classes from the
// result, even when the body seems to pass its argument through.
func (f *frame) callDeclared(c *python.Call, ref *funcRef, args []arg) (Value, *Value) {
	if !f.e.ix.HasDeclarations() {
		return f.callProject(c, ref, args)
	}
	instance := ref.self != nil && ref.self.sh != nil && ref.self.sh.kind == shObject
	path := f.e.projectPath(ref.def, instance)
	d := f.e.ix.Declaration(path)
	for _, s := range d.Sinks {
		f.checkSink(s, c, nil, nil, args)
	}
	dead := f.st.dead
	ret, out := f.callProject(c, ref, args)
	if d.Source != spec.None || d.Clears != spec.None {
		// A declared source or sanitizer returns, even if its body only
		// raises (an interface method, a stub the deployment replaces).
		f.st.dead = dead
	}
	if d.Source != spec.None {
		ret = f.callSource(c, path)
	}
	if d.Clears != spec.None {
		ret = sanitized(ret, d.Clears)
	}
	return ret, out
}

// sanitized is what a declared sanitizer returns when its body returns
// v: v without the cleared classes, in anything it holds. Its layout is
// dropped, as a library sanitizer's result has none, and so is the
// concatenation it may be, whose parts slicing would give back unclean.
func sanitized(v Value, cleared spec.Class) Value {
	return Value{t: v.flat().clear(cleared), k: v.k, str: v.str, bytes: v.bytes, via: v.via}
}

// declaredSource reports whether the configuration declares a project
// function a source, called on an instance or on its class.
func (e *engine) declaredSource(def *python.FunctionDef) bool {
	if e.ix.IsCallSource(e.projectPath(def, false)) {
		return true
	}
	return e.funcs[def] != nil && e.funcs[def].class != nil && e.ix.IsCallSource(e.projectPath(def, true))
}
