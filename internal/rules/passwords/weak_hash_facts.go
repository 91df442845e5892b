package passwords

import (
	"strings"

	"github.com/flaskguard/flaskguard/internal/project"
	"github.com/flaskguard/flaskguard/internal/python"
	"github.com/flaskguard/flaskguard/internal/rules/internal/ruleutil"
	"github.com/flaskguard/flaskguard/internal/rules/rule"
	"github.com/flaskguard/flaskguard/internal/taint"
)

// callFacts looks up what the taint engine knows about a call of the
// module being checked; nil where the engine's results are not at hand.
type callFacts func(*python.Call) (taint.CallFacts, bool)

// checkWeakHashProject runs FG0905 over the project's modules with the
// taint engine's call facts, which only the project pass can ask for: the
// algorithm chosen through variables and branches (hashlib.new(algo)
// where algo is "md5" on the only path that runs), and calls in branches
// that never run. Modules the project does not list (a file shadowed by
// another of the same module name) are left to the per-file check.
func checkWeakHashProject(c *rule.Ctx) {
	res := c.Taint()
	for _, m := range ruleutil.SortedModules(c.Project) {
		fc := *c
		fc.Path, fc.File, fc.Module = m.File.Path, m.File, m
		var facts callFacts
		if res != nil {
			facts = func(call *python.Call) (taint.CallFacts, bool) { return res.Call(m, call) }
		}
		checkWeakHashModule(&fc, m.File.Module, facts)
	}
}

// inProjectPass reports whether the project pass checks the file of c.
func inProjectPass(c *rule.Ctx) bool {
	return c.Module != nil && c.Project.Modules[c.Module.Name] == c.Module
}

// weakHashFacts revises the syntactic verdict (use, ok) on a call with the
// engine's facts. A weak algorithm the engine folds is reported; a strong
// one, a usedforsecurity flag that folds to False, or a call no path
// reaches clears the verdict, but only when the facts hold for every
// execution (the call's function was analysed as an entry point).
// Without facts the verdict stands.
func weakHashFacts(c *rule.Ctx, call *python.Call, scope project.Scope, facts callFacts, use weakHashUse, ok bool) (weakHashUse, bool) {
	switch ruleutil.CalleeName(c, call.Func) {
	case "md5", "sha1", "MD5", "SHA1", "new", "file_digest", "digest", "HMAC":
	default:
		return use, ok
	}
	f, known := facts(call)
	if !known {
		return use, ok
	}
	if !f.Reachable {
		return use, ok && !f.Complete
	}
	if ok && f.Complete && notForSecurityFact(f) {
		return use, false
	}
	found := weakHashUse{call: call}
	switch f.Callee {
	case "hashlib.new":
		name, has := f.Arg(0, "name")
		algo, weak, decided := weakHashFact(name)
		switch {
		case !has || !decided:
		case !weak:
			return use, ok && !f.Complete
		case !notForSecurityFact(f) && !notForSecurity(c, call, scope):
			found.algo = algo
			return found, true
		}
	case "hashlib.file_digest", "hmac.new", "hmac.HMAC", "hmac.digest":
		pos, kw := 2, "digestmod"
		switch f.Callee {
		case "hashlib.file_digest":
			pos, kw = 1, "digest"
		case "hmac.digest":
			kw = "digest"
		}
		digest, has := f.Arg(pos, kw)
		algo, weak, decided := weakHashFact(digest)
		switch {
		case !has || !decided:
		case !weak:
			return use, ok && !f.Complete
		case f.Callee == "hashlib.file_digest":
			found.algo = algo
			return found, true
		default:
			found.algo, found.hmac = algo, true
			return found, true
		}
	}
	return use, ok
}

// weakHashFact reads an algorithm the engine folded: a name ("md5") or a
// constructor (hashlib.md5, Crypto.Hash.MD5). decided is false when the
// fact names no algorithm; weak says whether it names a broken one.
func weakHashFact(f taint.Fact) (algo string, weak, decided bool) {
	if f.Const.Kind == taint.StrConst {
		algo, weak = weakHashNames[strings.ToLower(strings.TrimSpace(f.Const.Str))]
		return algo, weak, true
	}
	if algo, ok := weakConstructors[f.Symbol]; ok {
		return algo, true, true
	}
	pkg, name, _ := cutLast(f.Symbol)
	if pkg == "Crypto.Hash" || pkg == "Cryptodome.Hash" {
		algo, weak = weakCryptoModules[name]
		return algo, weak, true
	}
	if pkg == "hashlib" {
		return "", false, true // hashlib.sha256 and the other strong constructors
	}
	return "", false, false
}

// notForSecurityFact reports a usedforsecurity argument that folds to a
// false value.
func notForSecurityFact(f taint.CallFacts) bool {
	v, ok := f.Kwargs["usedforsecurity"]
	return ok && v.Const.Known() && !v.Const.Truthy()
}
