package session

import (
	"bytes"
	"strings"

	"github.com/flaskguard/flaskguard/internal/finding"
	"github.com/flaskguard/flaskguard/internal/project"
	"github.com/flaskguard/flaskguard/internal/python"
	"github.com/flaskguard/flaskguard/internal/rules/internal/ruleutil"
	"github.com/flaskguard/flaskguard/internal/rules/rule"
)

// WeakRandomForSecurity flags predictable random numbers used where they
// must not be guessable.
//
// # What it does
//
// Reports draws from a predictable generator: the random module's
// functions (random, randint, randrange, choice, choices, sample,
// shuffle, uniform, getrandbits, randbytes, gauss, triangular and the
// other distributions), the methods of a random.Random instance, and
// numpy.random's functions and generators, when:
//
//   - the value they make is named as a secret, anywhere in the code: it
//     is assigned to, passed as, stored under or returned by a function
//     whose name says token, password, secret, key, salt, nonce, otp, PIN,
//     session, cookie, CSRF or reset link (reset_token = ...,
//     "".join(random.choice(chars) for _ in range(32)) into api_key,
//     session["csrf_token"] = ..., def generate_otp(): return ...), also
//     through local variables (value = random.random();
//     remember_me_key = str(value)), and the value of a cookie set with
//     set_cookie (Medium);
//   - or they run while a request is handled, with a value no name tells
//     about: in a view (@app.route, @bp.get("/x"), including routes
//     registered inside a def init(app): function), a request hook, an
//     error handler, a class-based view, or a function of the same module
//     they call (Low: in a request handler, a random value usually ends
//     up in a response, a URL, a cookie or a record a client sees).
//
// In the views the taint engine analyses (and the functions they call),
// the generator is the object the engine finds the call made on, followed
// through variables, branches, lists, tuple swaps, loops and exception
// handlers: rng.getrandbits(64) is a draw when rng is a random.Random()
// on every path, and is not when it is a random.SystemRandom(); a draw in
// a branch that never runs is not reported.
//
// Not reported: the secrets module, random.SystemRandom() and its methods,
// os.urandom, uuid.uuid4(), random.seed(), draws in a request handler
// that seeds the generator with a fixed or given value first (reproducible
// test data: random.seed(int(request.args["seed"]))), random values in
// scripts, CLI commands, tests, simulations and data generation that no
// request reaches and no name marks as secret (random.shuffle(deck) in a
// game helper), and, in a request handler, picking an item from a fixed list of
// texts defined at module level (random.choice(TIPS) to show a tip),
// which makes nothing a client could abuse by predicting it.
//
// # Why is this bad
//
// The random module is a Mersenne Twister: after 624 observed 32-bit
// outputs an attacker can reconstruct its state and predict every value
// it produces next, and earlier ones too; seeds derived from the time or
// the process ID shrink the search further. Password reset tokens,
// session IDs, one-time codes, API keys, CSRF tokens and salts made with
// it can be guessed (CWE-330, use of insufficiently random values).
//
// # Example
//
//	import random
//	import string
//
//	@app.post("/reset")
//	def reset():
//	    token = "".join(random.choice(string.ascii_letters) for _ in range(32))
//	    send_reset_mail(request.form["email"], token)
//
// # Use instead
//
// Use the secrets module, which draws from the operating system's
// cryptographic generator:
//
//	import secrets
//
//	@app.post("/reset")
//	def reset():
//	    token = secrets.token_urlsafe(32)
//	    send_reset_mail(request.form["email"], token)
//
// secrets.choice, secrets.randbelow and secrets.token_hex replace
// random.choice, random.randrange and random.getrandbits; where an API
// wants a random.Random, pass random.SystemRandom().
//
// # References
//
//   - https://docs.python.org/3/library/secrets.html
//   - https://docs.python.org/3/library/random.html (the warning at the top)
//   - https://cheatsheetseries.owasp.org/cheatsheets/Cryptographic_Storage_Cheat_Sheet.html#secure-random-number-generation
//   - https://cheatsheetseries.owasp.org/cheatsheets/Session_Management_Cheat_Sheet.html#session-id-entropy
//   - https://cwe.mitre.org/data/definitions/330.html
var WeakRandomForSecurity = rule.Rule{
	ID:         "FG0402",
	Name:       "weak-random-for-security",
	Practice:   4,
	CWE:        330,
	Severity:   finding.Medium,
	Confidence: finding.MediumConfidence,
	Summary:    "Predictable random values (random, numpy.random) making a token, key, password or other secret, or drawn in a request handler",
	Fix:        "Use the secrets module (secrets.token_urlsafe, secrets.choice, secrets.randbelow) or random.SystemRandom() for anything a client must not guess.",
	Visits:     []python.Kind{python.KindModule},
	Check:      checkWeakRandom,
	// The project pass has the taint engine's call facts
	// (random_facts.go); Check takes the files it does not see.
	CheckProject: func(c *rule.Ctx) { eachModuleWithFacts(c, checkWeakRandomModule) },
}

func checkWeakRandom(c *rule.Ctx, n python.Node) {
	if !inProjectPass(c) {
		checkWeakRandomModule(c, n.(*python.Module), nil)
	}
}

// checkWeakRandomModule checks one file, deciding which calls draw from a
// predictable generator with the engine's call facts when there are any.
func checkWeakRandomModule(c *rule.Ctx, m *python.Module, facts callFacts) {
	if !bytes.Contains(c.File.Source, []byte("random")) {
		return
	}
	var views map[*python.FunctionDef]bool // found on first need: most files draw nothing
	report := func(d *draw) {
		if d.named != "" {
			c.Report(d.call.Span(), d.what+" is predictable (a Mersenne Twister whose state can be recovered "+
				"from its outputs), and it makes "+d.named+" here: use the secrets module")
			return
		}
		if views == nil {
			views = handlers(c)
		}
		for _, fn := range d.scope {
			if views[fn] {
				if displayChoice(c, d) || seededForRepeat(c, d) {
					return
				}
				c.ReportSeverity(d.call.Span(), finding.Low, d.what+" runs while a request is handled (in "+fn.Name+
					"), and its values can be predicted from earlier ones: if this value is a token, code or "+
					"anything a client must not guess, use the secrets module")
				return
			}
		}
	}
	units(m, func(body []python.Stmt, def *python.FunctionDef) {
		for _, d := range unitDraws(c, body, def, facts) {
			report(d)
		}
	})
}

// displayChoice reports whether a draw picks from a fixed collection of
// texts defined at module level (random.choice(TIPS),
// random.sample(QUOTES, 3)): an item to show, which a client predicting it
// gains nothing from. A collection of single characters is an alphabet,
// and drawing from it builds a string: that stays reported.
func displayChoice(c *rule.Ctx, d *draw) bool {
	arg, ok := d.call.Positional(0)
	if !ok {
		arg, ok = d.call.Keyword("seq")
	}
	name, isName := arg.(*python.Name)
	if !ok || !isName {
		return false
	}
	r, ok := c.Project.Lookup(c.Module, d.scope, name.ID)
	if !ok || len(r.Scope) > 0 || len(r.Bindings) != 1 || r.Bindings[0].Kind != project.BindAssign {
		return false // a local, a parameter, or a name assigned more than once
	}
	var elts []python.Expr
	switch v := r.Bindings[0].Value.(type) {
	case *python.List:
		elts = v.Elts
	case *python.Tuple:
		elts = v.Elts
	case *python.Set:
		elts = v.Elts
	}
	for _, e := range elts {
		s, ok := python.StringValue(e)
		if !ok || len([]rune(s)) < 2 {
			return false
		}
	}
	return len(elts) > 0
}

// seededForRepeat reports whether the function drawing, or one that
// encloses it, seeds the random module with a fixed or given value
// (random.seed(42), random.seed(int(request.args["seed"]))): it wants the
// same numbers again, as a test fixture or a reproducible sample does, and
// so draws nothing meant to be secret. A seed from the clock or the process
// ID is the usual mistake of wanting unpredictable numbers, and does not
// count.
func seededForRepeat(c *rule.Ctx, d *draw) bool {
	for _, fn := range d.scope {
		if len(fn.Body) == 0 {
			continue
		}
		scope := c.Module.ScopeAt(fn.Body[0].Span().Start)
		found := false
		ruleutil.WalkUnit(fn.Body, func(n python.Node) bool {
			call, ok := n.(*python.Call)
			if !ok || found {
				return !found
			}
			switch c.Project.QualifyAt(c.Module, call.Func, scope) {
			case "random.seed", "numpy.random.seed":
				arg, ok := call.Positional(0)
				if !ok {
					arg, ok = call.Keyword("a")
				}
				found = ok && !clockSeed(c, arg, scope)
			}
			return !found
		})
		if found {
			return true
		}
	}
	return false
}

// clockSeed reports whether a seed is read from the clock or the process:
// time.time(), datetime.now(), os.getpid().
func clockSeed(c *rule.Ctx, seed python.Expr, scope project.Scope) bool {
	clock := false
	python.Walk(seed, func(n python.Node) bool {
		if call, ok := n.(*python.Call); ok {
			q := c.Project.QualifyAt(c.Module, call.Func, scope)
			clock = clock || strings.HasPrefix(q, "time.") || strings.HasPrefix(q, "datetime.") || q == "os.getpid"
		}
		return !clock
	})
	return clock
}

// units calls fn with the module body, every function body and every
// class body of the module, each once; nested functions are units of
// their own.
func units(m *python.Module, fn func(body []python.Stmt, def *python.FunctionDef)) {
	fn(m.Body, nil)
	python.Walk(m, func(n python.Node) bool {
		switch n := n.(type) {
		case *python.FunctionDef:
			fn(n.Body, n)
		case *python.ClassDef:
			fn(n.Body, nil)
		}
		return true
	})
}
