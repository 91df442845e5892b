package session

import (
	"strings"

	"github.com/flaskguard/flaskguard/internal/python"
	"github.com/flaskguard/flaskguard/internal/rules/internal/ruleutil"
	"github.com/flaskguard/flaskguard/internal/rules/rule"
	"github.com/flaskguard/flaskguard/internal/taint"
)

// randomFacts revises the syntactic verdict (what, ok) on a call with the
// taint engine's facts, which follow the generator through variables,
// branches, containers and loops: rng.getrandbits(64) draws from a
// predictable generator when rng is a random.Random() (or the random
// module) on every path, and from a safe one when it is a
// random.SystemRandom() or the secrets module. The safe verdict, and a
// call no path reaches, clear a syntactic one only when the facts hold for
// every execution; without facts the verdict stands.
func randomFacts(c *rule.Ctx, call *python.Call, facts callFacts, what string, ok bool) (string, bool) {
	m := ruleutil.CalleeName(c, call.Func)
	if !randomFuncs[m] && !numpyFuncs[m] {
		return what, ok // screens out most calls before looking up facts
	}
	f, known := facts.lookup(call)
	if !known {
		return what, ok
	}
	if !f.Reachable {
		return what, ok && !f.Complete
	}
	switch name, weak, decided := generatorDraw(f); {
	case !decided:
	case weak:
		return name, true
	default:
		return what, ok && !f.Complete
	}
	return what, ok
}

// generatorDraw classifies a call by the library callee the engine
// resolved: a draw from the random module or a random.Random() (weak,
// named as the syntactic check names it), from numpy's generators (weak),
// or from random.SystemRandom() or the secrets module (safe). decided is
// false for anything else, such as a generator that differs between paths.
func generatorDraw(f taint.CallFacts) (name string, weak, decided bool) {
	i := strings.LastIndexByte(f.Callee, '.')
	if i < 0 {
		return "", false, false
	}
	gen, m := f.Callee[:i], f.Callee[i+1:]
	switch {
	case gen == "random.SystemRandom()" || gen == "secrets.SystemRandom()" || gen == "secrets":
		return "", false, true
	case gen == "random" && randomFuncs[m]:
		return f.Callee, true, true
	case gen == "random.Random()" && randomFuncs[m]:
		return f.Callee, true, true
	case gen == "numpy.random" && numpyFuncs[m]:
		return f.Callee, true, true
	case numpyGenerators[strings.TrimSuffix(gen, "()")] && numpyFuncs[m]:
		return "numpy.random.Generator." + m, true, true
	}
	return "", false, false
}
