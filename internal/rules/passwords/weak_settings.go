package passwords

import (
	"strconv"
	"strings"

	"github.com/flaskguard/flaskguard/internal/finding"
	"github.com/flaskguard/flaskguard/internal/project"
	"github.com/flaskguard/flaskguard/internal/python"
	"github.com/flaskguard/flaskguard/internal/rules/internal/ruleutil"
	"github.com/flaskguard/flaskguard/internal/rules/rule"
)

// WeakPasswordHashSettings flags password hashing set up with a weak
// method or too little work.
//
// # What it does
//
// Reports, with literal (or constant) arguments:
//
//   - Werkzeug generate_password_hash(password, method=...) with a method
//     that is not a slow hash: "plain" (the password itself), a bare
//     hashlib name such as "md5", "sha1" or "sha256" (one salted HMAC,
//     accepted until Werkzeug 2.3), PBKDF2 with fewer iterations than
//     OWASP recommends for its hash ("pbkdf2:sha256:50000"; 600 000 for
//     SHA-256, 210 000 for SHA-512, 1 300 000 for SHA-1, so "pbkdf2:sha1"
//     with Werkzeug's default count too), and scrypt with a cost below
//     Werkzeug's default 2^15 ("scrypt:4096:8:1");
//   - hashlib.pbkdf2_hmac(hash_name, password, salt, iterations) with
//     iterations below the same thresholds;
//   - bcrypt.gensalt(rounds=N), Flask-Bcrypt's
//     bcrypt.generate_password_hash(password, rounds=N) and the
//     BCRYPT_LOG_ROUNDS config key with N below 12, the libraries' default:
//     in app.config, config.update(...) and config classes or modules that
//     app.config.from_object loads;
//   - passlib CryptContext(schemes=[...]) whose default scheme (default=,
//     or the first) is weak (plaintext, md5_crypt, des_crypt, ldap_md5,
//     hex_sha256, mysql41, ...), and weak schemes kept for verification
//     without being deprecated; passlib.hash.md5_crypt.hash() and the like.
//
// Severity: High for cleartext, single-hash methods, weak passlib default
// schemes and work factors far below the recommendation (PBKDF2 under
// 100 000 iterations, bcrypt under 10 rounds); Medium for PBKDF2 and scrypt
// settings between that floor and the recommendation; Low for bcrypt 10
// and 11 rounds (OWASP's minimum is 10) and for weak passlib schemes that
// are only accepted, not used for new hashes.
//
// Not reported: the defaults (generate_password_hash(password),
// bcrypt.gensalt(), CryptContext(schemes=["argon2", "bcrypt"])),
// method="scrypt", "pbkdf2" and "pbkdf2:sha256" without an explicit count
// (the count then follows the installed Werkzeug), strong explicit settings
// ("pbkdf2:sha256:1000000", rounds=14), weak passlib schemes listed in
// deprecated= (or deprecated="auto"), which are upgraded at the next login,
// and lowered costs in config classes named for tests or development or in
// code under `if app.testing:`: test suites lower them on purpose.
//
// # Why is this bad
//
// A password hash is only as strong as the work it asks of an attacker who
// stole the table. Single hashes and cleartext give every password away
// at once; PBKDF2 with 1 000 iterations or bcrypt with 4 rounds can be
// brute-forced thousands of times faster than the settings the algorithms
// were meant to run with (CWE-916, use of password hash with insufficient
// computational effort).
//
// # Example
//
//	from werkzeug.security import generate_password_hash
//
//	user.password_hash = generate_password_hash(password, method="sha256")
//	key = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 10000)
//	salt = bcrypt.gensalt(rounds=6)
//
// # Use instead
//
// Use the library defaults, which the maintainers raise over time, or the
// current OWASP parameters:
//
//	user.password_hash = generate_password_hash(password)  # scrypt
//	key = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 600_000)
//	salt = bcrypt.gensalt()  # 12 rounds
//
// # References
//
//   - https://cheatsheetseries.owasp.org/cheatsheets/Password_Storage_Cheat_Sheet.html
//   - https://werkzeug.palletsprojects.com/en/stable/utils/#werkzeug.security.generate_password_hash
//   - https://flask-bcrypt.readthedocs.io/en/stable/
//   - https://passlib.readthedocs.io/en/stable/lib/passlib.context.html
//   - https://cwe.mitre.org/data/definitions/916.html
var WeakPasswordHashSettings = rule.Rule{
	ID:         "FG0902",
	Name:       "weak-password-hash-settings",
	Practice:   9,
	CWE:        916,
	Severity:   finding.High,
	Confidence: finding.HighConfidence,
	Summary:    "Password hashing with a weak method or too few iterations/rounds (method=\"sha256\", pbkdf2 with 10 000 iterations, bcrypt rounds < 12)",
	Fix:        "Use the defaults of generate_password_hash (scrypt), bcrypt (12 rounds) or argon2; for PBKDF2 use at least 600 000 iterations with SHA-256.",
	Visits:     []python.Kind{python.KindCall, python.KindAssign, python.KindModule},
	Check:      checkWeakSettings,
	// CheckProject records practice 9 evidence (evidence.go).
	CheckProject: hashingEvidence,
}

// bcryptDefaultRounds is the cost bcrypt and Flask-Bcrypt use by default;
// bcryptMinRounds is OWASP's minimum.
const (
	bcryptDefaultRounds = 12
	bcryptMinRounds     = 10
	// pbkdf2Floor is the count below which PBKDF2 is reported High
	// whatever the hash: ten times cheaper than today's advice or worse.
	pbkdf2Floor = 100_000
	// scryptDefaultN is Werkzeug's scrypt cost (2^15).
	scryptDefaultN = 32768
)

// pbkdf2Iterations are OWASP's recommended PBKDF2 counts per hash (2023).
var pbkdf2Iterations = map[string]int64{"sha1": 1_300_000, "sha256": 600_000, "sha512": 210_000}

func checkWeakSettings(c *rule.Ctx, n python.Node) {
	switch n := n.(type) {
	case *python.Call:
		checkWeakCall(c, n)
	case *python.Assign:
		if n.Value == nil || n.Op != "" {
			return
		}
		for _, t := range n.Targets {
			if _, key, ok := project.ConfigKey(t); ok && key == "BCRYPT_LOG_ROUNDS" && !ruleutil.InDevBranch(c, n.Span().Start) {
				checkRounds(c, n.Value, c.Module.ScopeAt(n.Span().Start), "BCRYPT_LOG_ROUNDS")
			}
		}
	case *python.Module:
		for _, v := range ruleutil.LoadedConfigValues(c, "BCRYPT_LOG_ROUNDS") {
			what := "BCRYPT_LOG_ROUNDS in a settings module that app.config.from_object loads"
			if len(v.Classes) > 0 {
				what = "BCRYPT_LOG_ROUNDS of " + strings.Join(v.Classes, ", ")
			}
			checkRounds(c, v.Value, nil, what)
		}
	}
}

func checkWeakCall(c *rule.Ctx, call *python.Call) {
	switch last := ruleutil.CalleeName(c, call.Func); last {
	case "generate_password_hash":
		checkGenerateHash(c, call)
	case "pbkdf2_hmac":
		scope := c.Module.ScopeAt(call.Span().Start)
		if c.Project.QualifyAt(c.Module, call.Func, scope) != "hashlib.pbkdf2_hmac" {
			return
		}
		hashArg, _ := ruleutil.Argument(call, "hash_name", 0)
		hash, _ := strArg(c, hashArg, scope)
		itArg, _ := ruleutil.Argument(call, "iterations", 3)
		if n, ok := intArg(c, itArg, scope); ok {
			checkPBKDF2(c, itArg.Span(), strings.ToLower(hash), n, "hashlib.pbkdf2_hmac")
		}
	case "gensalt":
		scope := c.Module.ScopeAt(call.Span().Start)
		if c.Project.QualifyAt(c.Module, call.Func, scope) != "bcrypt.gensalt" {
			return
		}
		if r, ok := ruleutil.Argument(call, "rounds", 0); ok {
			checkRounds(c, r, scope, "bcrypt.gensalt")
		}
	case "CryptContext":
		checkCryptContext(c, call)
	case "hash", "encrypt", "using", "genhash":
		checkPasslibHash(c, call)
	case "update", "from_mapping", "setdefault":
		if ruleutil.InDevBranch(c, call.Span().Start) {
			return
		}
		entries := c.Project.ConfigEntries(c.Module, call)
		for _, en := range entries {
			if en.Key == "TESTING" {
				if v, ok := c.Project.ConstAt(en.Module, en.Value, en.Scope); ok && v.Truthy() {
					return // a test configuration, cheap on purpose
				}
			}
		}
		for _, en := range entries {
			if en.Key == "BCRYPT_LOG_ROUNDS" && en.Module == c.Module {
				checkRounds(c, en.Value, en.Scope, "BCRYPT_LOG_ROUNDS")
			}
		}
	}
}

// checkGenerateHash looks at the method of Werkzeug's
// generate_password_hash, and at the rounds of Flask-Bcrypt's.
func checkGenerateHash(c *rule.Ctx, call *python.Call) {
	scope := c.Module.ScopeAt(call.Span().Start)
	q := c.Project.QualifyAt(c.Module, call.Func, scope)
	if q != "werkzeug.security.generate_password_hash" && q != "werkzeug.generate_password_hash" {
		if fn, ok := call.Func.(*python.Attribute); ok &&
			c.Project.IsInstanceAt(c.Module, fn.Value, scope, "flask_bcrypt.Bcrypt") {
			if r, ok := ruleutil.Argument(call, "rounds", 1); ok {
				checkRounds(c, r, scope, "Bcrypt.generate_password_hash")
			}
		}
		return
	}
	methodArg, ok := ruleutil.Argument(call, "method", 1)
	if !ok {
		return
	}
	method, ok := strArg(c, methodArg, scope)
	if !ok {
		return
	}
	m := strings.ToLower(strings.TrimSpace(method))
	parts := strings.Split(m, ":")
	span := methodArg.Span()
	switch {
	case m == "plain":
		c.Report(span, `method="plain" stores the password itself (Werkzeug before 3.0 accepted it): `+
			"anyone who reads the table reads every password")
	case parts[0] == "pbkdf2":
		hash := "sha256"
		if len(parts) > 1 && parts[1] != "" {
			hash = parts[1]
		}
		if len(parts) > 2 {
			if n, err := strconv.ParseInt(parts[2], 10, 64); err == nil {
				checkPBKDF2(c, span, hash, n, `method="`+method+`"`)
			}
			return
		}
		if want, ok := pbkdf2Iterations[hash]; !ok || hash == "sha1" {
			c.ReportSeverity(span, finding.Medium, `method="`+method+`" runs PBKDF2 with `+strings.ToUpper(hash)+
				", for which Werkzeug's default iteration count is far below what OWASP recommends"+recommend(hash, want))
		}
	case parts[0] == "scrypt":
		if len(parts) > 1 {
			if n, err := strconv.ParseInt(parts[1], 10, 64); err == nil && n < scryptDefaultN {
				c.ReportSeverity(span, finding.Medium, `method="`+method+`" runs scrypt with N=`+parts[1]+
					", below Werkzeug's default of 32768 (2^15), so each guess costs an attacker less memory and time")
			}
		}
	case weakDigests[parts[0]]:
		c.Report(span, `method="`+method+`" hashes the password with one salted HMAC-`+strings.ToUpper(parts[0])+
			" (Werkzeug before 3.0 accepted it): a fast hash, which GPUs try billions of times per second")
	}
}

// weakDigests are the hashlib names generate_password_hash accepted as a
// method before Werkzeug 3.0, each meaning one salted HMAC.
var weakDigests = map[string]bool{
	"md5": true, "sha1": true, "sha224": true, "sha256": true, "sha384": true, "sha512": true,
	"sha3_256": true, "sha3_512": true, "blake2b": true, "blake2s": true,
}

// recommend says what count OWASP recommends for a PBKDF2 hash.
func recommend(hash string, want int64) string {
	if want == 0 {
		return " (use SHA-256 with at least 600 000 iterations, or scrypt)"
	}
	return " (" + thousands(want) + " iterations for " + strings.ToUpper(hash) + ", or use scrypt)"
}

// checkPBKDF2 grades an explicit PBKDF2 iteration count for a hash.
func checkPBKDF2(c *rule.Ctx, span python.Span, hash string, n int64, what string) {
	want, known := pbkdf2Iterations[hash]
	if !known {
		want = pbkdf2Iterations["sha1"] // md5 and others: at least SHA-1's count
	}
	if n >= want {
		return
	}
	sev := finding.Medium
	if n < pbkdf2Floor {
		sev = finding.High
	}
	c.ReportSeverity(span, sev, what+" runs PBKDF2-"+strings.ToUpper(hash)+" with "+thousands(n)+
		" iterations; OWASP recommends at least "+thousands(want)+": each guess against a stolen hash costs an attacker that much less")
}

// checkRounds grades a bcrypt cost.
func checkRounds(c *rule.Ctx, e python.Expr, scope project.Scope, what string) {
	n, ok := intArg(c, e, scope)
	if !ok || n >= bcryptDefaultRounds {
		return
	}
	sev := finding.Low
	if n < bcryptMinRounds {
		sev = finding.High
	}
	c.ReportSeverity(e.Span(), sev, what+" sets bcrypt to "+strconv.FormatInt(n, 10)+
		" rounds, below the default of 12 (each round less halves an attacker's cost per guess)")
}

// thousands writes a count with spaces between groups of digits.
func thousands(n int64) string {
	s := strconv.FormatInt(n, 10)
	var b strings.Builder
	for i, r := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(' ')
		}
		b.WriteRune(r)
	}
	return b.String()
}
