package session

import (
	"github.com/flaskguard/flaskguard/internal/python"
	"github.com/flaskguard/flaskguard/internal/rules/internal/ruleutil"
	"github.com/flaskguard/flaskguard/internal/rules/rule"
	"github.com/flaskguard/flaskguard/internal/taint"
)

// callFacts looks up what the taint engine knows about a call of the
// module being checked; nil where the engine's results are not at hand.
type callFacts func(*python.Call) (taint.CallFacts, bool)

// eachModuleWithFacts runs check on every module the project lists, with
// a context for its file and the taint engine's call facts. Only a
// project pass can ask for them, so FG0401 and FG0402 check files there;
// their per-file checks take the files the project does not list (one
// shadowed by another file of the same module name).
func eachModuleWithFacts(c *rule.Ctx, check func(fc *rule.Ctx, m *python.Module, facts callFacts)) {
	res := c.Taint()
	for _, m := range ruleutil.SortedModules(c.Project) {
		fc := *c
		fc.Path, fc.File, fc.Module = m.File.Path, m.File, m
		var facts callFacts
		if res != nil {
			facts = func(call *python.Call) (taint.CallFacts, bool) { return res.Call(m, call) }
		}
		check(&fc, m.File.Module, facts)
	}
}

// inProjectPass reports whether the project pass checks the file of c.
func inProjectPass(c *rule.Ctx) bool {
	return c.Module != nil && c.Project.Modules[c.Module.Name] == c.Module
}

// lookup asks facts about a call; nil facts know nothing.
func (facts callFacts) lookup(call *python.Call) (taint.CallFacts, bool) {
	if facts == nil {
		return taint.CallFacts{}, false
	}
	return facts(call)
}
