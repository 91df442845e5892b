package flaskmodel

import (
	"maps"

	"github.com/flaskguard/flaskguard/internal/project"
	"github.com/flaskguard/flaskguard/internal/python"
)

// maxIterations bounds how many loop iterations are enumerated for a
// statement inside nested for loops over literal tuples or lists. Real
// blueprint lists have tens of entries; past the bound the loops are left
// unexpanded rather than multiplied out.
const maxIterations = 256

// loopEnv binds loop targets to one iteration's values: in
// `for bp in (a, b): app.register_blueprint(bp)` one env has bp → a and
// the other bp → b.
type loopEnv struct {
	vars map[string]located
}

// located is an expression with the module and scope it is written in,
// which for a loop element may be another module than the loop's
// (`for bp in blueprints.ALL`).
type located struct {
	e     python.Expr
	m     *project.Module
	scope project.Scope
}

// get returns what a loop variable is bound to in this iteration; a nil
// env binds nothing.
func (e *loopEnv) get(name string) (located, bool) {
	if e == nil {
		return located{}, false
	}
	v, ok := e.vars[name]
	return v, ok
}

// within returns env for resolving an expression of module m, and nil
// for an expression of another module, which cannot see the loop.
func (e *loopEnv) within(m *project.Module, v located) *loopEnv {
	if v.m != m {
		return nil
	}
	return e
}

// envs enumerates the loop iterations a site runs in: one env per
// combination of elements of the enclosing for loops that iterate over
// literals. A site outside loops has the single nil env.
func (r *resolver) envs(s site) []*loopEnv {
	if len(s.loops) == 0 {
		return []*loopEnv{nil}
	}
	envs := []*loopEnv{nil}
	for _, loop := range s.loops {
		var next []*loopEnv
		for _, base := range envs {
			elts := r.elements(s.m, s.scope, base, loop.Iter, 0)
			if elts == nil {
				next = append(next, base)
				continue
			}
			for _, el := range elts {
				vars := map[string]located{}
				if base != nil {
					maps.Copy(vars, base.vars)
				}
				bindTarget(vars, loop.Target, el)
				next = append(next, &loopEnv{vars: vars})
			}
		}
		if len(next) > maxIterations {
			return envs
		}
		envs = next
	}
	return envs
}

// bindTarget binds a loop target to one element, unpacking tuples
// element by element (`for bp, prefix in [(a, "/a"), (b, "/b")]`).
func bindTarget(vars map[string]located, target python.Expr, value located) {
	switch t := target.(type) {
	case *python.Name:
		vars[t.ID] = value
	case *python.Tuple:
		unpack(vars, t.Elts, value)
	case *python.List:
		unpack(vars, t.Elts, value)
	}
}

func unpack(vars map[string]located, targets []python.Expr, value located) {
	var vals []python.Expr
	switch v := value.e.(type) {
	case *python.Tuple:
		vals = v.Elts
	case *python.List:
		vals = v.Elts
	}
	if len(vals) != len(targets) {
		return
	}
	for i, t := range targets {
		bindTarget(vars, t, located{vals[i], value.m, value.scope})
	}
}
