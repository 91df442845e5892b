package session

import (
	"strings"

	"github.com/flaskguard/flaskguard/internal/project"
	"github.com/flaskguard/flaskguard/internal/python"
	"github.com/flaskguard/flaskguard/internal/rules/internal/ruleutil"
	"github.com/flaskguard/flaskguard/internal/rules/rule"
)

// randomFuncs are the functions of the random module, and the methods of
// random.Random, that produce values. seed, getstate and setstate
// produce none and are left out.
var randomFuncs = map[string]bool{
	"random": true, "randint": true, "randrange": true, "choice": true, "choices": true, "sample": true,
	"shuffle": true, "uniform": true, "getrandbits": true, "randbytes": true, "normalvariate": true,
	"gauss": true, "triangular": true, "betavariate": true, "expovariate": true, "gammavariate": true,
	"lognormvariate": true, "vonmisesvariate": true, "paretovariate": true, "weibullvariate": true,
	"binomialvariate": true,
}

// numpyFuncs are numpy.random's functions, and the methods of its
// generators, that produce values.
var numpyFuncs = map[string]bool{
	"rand": true, "randn": true, "randint": true, "random": true, "random_sample": true,
	"random_integers": true, "ranf": true, "sample": true, "choice": true, "bytes": true,
	"shuffle": true, "permutation": true, "permuted": true, "uniform": true, "normal": true,
	"standard_normal": true, "integers": true,
}

// numpyGenerators are the classes (and factory functions, which is what
// static resolution returns for a call of one) of numpy's seedable
// generators, all predictable.
var numpyGenerators = map[string]bool{
	"numpy.random.default_rng": true, "numpy.random.Generator": true, "numpy.random.RandomState": true,
	"numpy.random.mtrand.RandomState": true,
}

// randomCall recognises a call that draws from a predictable generator:
// the random module's functions (random.randint, from random import
// choice), methods of a random.Random instance (random.Random().random(),
// rng = random.Random(); rng.choice(...)), numpy.random's functions and
// methods of its generators. random.SystemRandom draws from os.urandom and
// is not one. It returns the name to show, such as "random.choice".
func randomCall(c *rule.Ctx, call *python.Call, scope project.Scope) (string, bool) {
	last := ruleutil.CalleeName(c, call.Func)
	if !randomFuncs[last] && !numpyFuncs[last] {
		return "", false // screens out most calls before resolving names
	}
	q := c.Project.QualifyAt(c.Module, call.Func, scope)
	if fn, ok := strings.CutPrefix(q, "random."); ok && randomFuncs[fn] {
		return q, true
	}
	if fn, ok := strings.CutPrefix(q, "numpy.random."); ok && numpyFuncs[fn] {
		return q, true
	}
	fn, ok := call.Func.(*python.Attribute)
	if !ok {
		return "", false
	}
	class := c.Project.ClassOfAt(c.Module, fn.Value, scope)
	switch {
	case randomFuncs[last] && class != "" && c.Project.IsSubclass(class, "random.Random"):
		return "random.Random()." + last, true
	case numpyFuncs[last] && numpyGenerators[class]:
		return "numpy.random.Generator." + last, true
	}
	return "", false
}
