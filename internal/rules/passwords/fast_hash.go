package passwords

import (
	"bytes"
	"strings"

	"github.com/flaskguard/flaskguard/internal/finding"
	"github.com/flaskguard/flaskguard/internal/project"
	"github.com/flaskguard/flaskguard/internal/python"
	"github.com/flaskguard/flaskguard/internal/rules/internal/ruleutil"
	"github.com/flaskguard/flaskguard/internal/rules/rule"
)

// PasswordFastHash flags passwords hashed with a fast general-purpose hash.
//
// # What it does
//
// Reports hashlib's general-purpose hashes applied to a password:
// hashlib.md5, sha1, sha224, sha256, sha384, sha512, the sha3 and blake2
// families and shake, also through hashlib.new("sha256", ...), and
// h.update(...) on such a hash object. The hashed value is a password
// when it is, or is built from, a name, attribute or key that names one:
// a password parameter, request.form["password"],
// request.json.get("password"), form.password.data, user.passwd,
// getpass.getpass(), through .encode(), .strip(), salt concatenation,
// % and format templates, f-strings, and local variables holding them.
// Imports and aliases are resolved (from hashlib import sha256 as h).
//
// Not reported: hashes of other data (file contents, ETags, cache keys,
// tokens, password_hash columns), key derivation functions
// (hashlib.pbkdf2_hmac and hashlib.scrypt, whose parameters FG0902
// checks), hmac, and a fast hash used to pre-hash a password before a
// slow one, a common way around bcrypt's 72-byte limit
// (bcrypt.hashpw(b64encode(sha256(password).digest()), ...)), directly
// or through a variable passed to the slow hash in the same function.
//
// # Why is this bad
//
// General-purpose hashes are built to be fast: a single GPU computes
// billions of MD5 or SHA-256 hashes per second, so a leaked table of such
// hashes gives up most real passwords within hours, salt or no salt (a
// salt only stops precomputed tables). Password hashes must be slow and
// memory-hard on purpose (CWE-916, use of password hash with insufficient
// computational effort).
//
// # Example
//
//	import hashlib
//
//	def hash_password(password):
//	    salt = current_app.config["SECURITY_PASSWORD_SALT"]
//	    return hashlib.md5((salt + password).encode("utf-8")).hexdigest()
//
// # Use instead
//
// Use Werkzeug's helpers (scrypt by default since Werkzeug 3.0), or
// argon2-cffi / bcrypt, and let them salt and verify:
//
//	from werkzeug.security import check_password_hash, generate_password_hash
//
//	user.password_hash = generate_password_hash(password)
//	...
//	if check_password_hash(user.password_hash, password): ...
//
// Upgrade stored hashes when users next log in.
//
// # References
//
//   - https://cheatsheetseries.owasp.org/cheatsheets/Password_Storage_Cheat_Sheet.html
//   - https://werkzeug.palletsprojects.com/en/stable/utils/#werkzeug.security.generate_password_hash
//   - https://docs.python.org/3/library/hashlib.html#key-derivation
//   - https://cwe.mitre.org/data/definitions/916.html
var PasswordFastHash = rule.Rule{
	ID:         "FG0901",
	Name:       "password-fast-hash",
	Practice:   9,
	CWE:        916,
	Severity:   finding.High,
	Confidence: finding.HighConfidence,
	Summary:    "Password hashed with a fast hash (MD5, SHA-1, SHA-256...) instead of a password hashing function",
	Fix:        "Hash passwords with werkzeug.security.generate_password_hash (scrypt) or argon2/bcrypt, verify with check_password_hash, and rehash old hashes at the next login.",
	Visits:     []python.Kind{python.KindModule},
	Check:      checkFastHash,
}

// fastHashes are hashlib's general-purpose hash constructors.
var fastHashes = map[string]bool{
	"md5": true, "sha1": true, "sha224": true, "sha256": true, "sha384": true, "sha512": true,
	"sha3_224": true, "sha3_256": true, "sha3_384": true, "sha3_512": true, "blake2b": true,
	"blake2s": true, "shake_128": true, "shake_256": true, "sha512_224": true, "sha512_256": true,
}

// slowHashes are the password hashing and key derivation calls a fast
// hash may feed (a pre-hash), by qualified name or prefix.
var slowHashes = map[string]bool{
	"bcrypt.hashpw": true, "bcrypt.checkpw": true, "bcrypt.kdf": true, "hashlib.pbkdf2_hmac": true,
	"hashlib.scrypt": true, "werkzeug.security.generate_password_hash": true,
	"werkzeug.security.check_password_hash": true, "werkzeug.generate_password_hash": true,
	"werkzeug.check_password_hash": true,
}

// slowPrefixes are packages whose every call is a password hash or KDF.
var slowPrefixes = [...]string{"passlib.", "argon2.", "flask_bcrypt.", "nacl.pwhash.", "cryptography.hazmat.primitives.kdf."}

func checkFastHash(c *rule.Ctx, n python.Node) {
	if !bytes.Contains(c.File.Source, []byte("hashlib")) {
		return
	}
	m := n.(*python.Module)
	funcBodies(m, func(body []python.Stmt, def *python.FunctionDef) {
		checkFastHashUnit(c, body, def)
	})
}

// fastHashUse is one fast hash applied to data in a unit.
type fastHashUse struct {
	call *python.Call
	algo string
	data python.Expr
}

func checkFastHashUnit(c *rule.Ctx, body []python.Stmt, def *python.FunctionDef) {
	for _, use := range passwordHashUses(c, body, def) {
		c.Report(use.call.Span(), use.algo+" is a fast general-purpose hash, and it hashes a password here: "+
			"GPUs try billions of candidates per second against such hashes, salted or not")
	}
}

// passwordHashUses returns the fast hashes of one unit that hash a
// password and are not a pre-hash feeding a slow hash: what FG0901
// reports.
func passwordHashUses(c *rule.Ctx, body []python.Stmt, def *python.FunctionDef) []fastHashUse {
	var scope project.Scope
	if def != nil {
		if len(def.Body) == 0 {
			return nil
		}
		scope = c.Module.ScopeAt(def.Body[0].Span().Start)
	}
	var uses []fastHashUse
	var slowSpans []python.Span
	slowArgs := map[string]bool{} // names passed to slow hashes
	assignedTo := map[*python.Call][]string{}
	ruleutil.WalkUnit(body, func(x python.Node) bool {
		switch x := x.(type) {
		case *python.Assign:
			for _, t := range x.Targets {
				if name, ok := t.(*python.Name); ok && x.Value != nil {
					python.Walk(x.Value, func(v python.Node) bool {
						if call, ok := v.(*python.Call); ok {
							assignedTo[call] = append(assignedTo[call], name.ID)
						}
						return true
					})
				}
			}
		case *python.Call:
			if isSlowHash(c, x, scope) {
				slowSpans = append(slowSpans, x.Span())
				for _, a := range x.Args {
					python.Walk(a.Value, func(v python.Node) bool {
						if name, ok := v.(*python.Name); ok {
							slowArgs[name.ID] = true
						}
						return true
					})
				}
			} else if u, ok := fastHashCall(c, x, scope); ok {
				uses = append(uses, u)
			}
		}
		return true
	})
	if len(uses) == 0 {
		return nil
	}
	u := newUnit(body, def)
	var out []fastHashUse
next:
	for _, use := range uses {
		if use.data == nil || !passwordValue(c, u, use.data, 0) {
			continue
		}
		for _, s := range slowSpans {
			if within(use.call.Span(), s) {
				continue next // a pre-hash inside the slow hash's arguments
			}
		}
		for _, name := range assignedTo[use.call] {
			if slowArgs[name] {
				continue next // a pre-hash stored and passed to the slow hash
			}
		}
		out = append(out, use)
	}
	return out
}

// fastHashCall recognises hashlib.md5(data), hashlib.new("md5", data) and
// h.update(data) on a hashlib object, and returns the data hashed (nil
// when the constructor gets none, as in hashlib.sha256()).
func fastHashCall(c *rule.Ctx, call *python.Call, scope project.Scope) (fastHashUse, bool) {
	last := ruleutil.CalleeName(c, call.Func)
	switch {
	case fastHashes[last]:
		q := c.Project.QualifyAt(c.Module, call.Func, scope)
		algo, ok := strings.CutPrefix(q, "hashlib.")
		if !ok || !fastHashes[algo] {
			return fastHashUse{}, false
		}
		data, _ := ruleutil.Argument(call, "string", 0)
		if data == nil {
			data, _ = call.Keyword("data")
		}
		return fastHashUse{call: call, algo: strings.ToUpper(algo), data: data}, true
	case last == "new":
		if c.Project.QualifyAt(c.Module, call.Func, scope) != "hashlib.new" {
			return fastHashUse{}, false
		}
		name, _ := ruleutil.Argument(call, "name", 0)
		algo, ok := strArg(c, name, scope)
		if !ok || !fastHashes[strings.ToLower(algo)] {
			return fastHashUse{}, false
		}
		data, _ := ruleutil.Argument(call, "data", 1)
		if data == nil {
			data, _ = call.Keyword("string")
		}
		return fastHashUse{call: call, algo: strings.ToUpper(algo), data: data}, true
	case last == "update":
		fn, ok := call.Func.(*python.Attribute)
		if !ok {
			return fastHashUse{}, false
		}
		class := c.Project.ClassOfAt(c.Module, fn.Value, scope)
		algo, ok := strings.CutPrefix(class, "hashlib.")
		if !ok || !fastHashes[algo] {
			return fastHashUse{}, false
		}
		data, _ := call.Positional(0)
		return fastHashUse{call: call, algo: strings.ToUpper(algo), data: data}, true
	}
	return fastHashUse{}, false
}

// isSlowHash reports whether a call is a password hash or a key
// derivation function that a fast pre-hash may feed.
func isSlowHash(c *rule.Ctx, call *python.Call, scope project.Scope) bool {
	if fn, ok := call.Func.(*python.Attribute); ok {
		switch fn.Attr {
		case "generate_password_hash", "check_password_hash":
			return true // Werkzeug, Flask-Bcrypt, or a project wrapper of them
		}
	}
	q := c.Project.QualifyAt(c.Module, call.Func, scope)
	if q == "" {
		if fn, ok := call.Func.(*python.Attribute); ok {
			q = c.Project.ClassOfAt(c.Module, fn.Value, scope) + "." + fn.Attr
		}
	}
	if slowHashes[q] {
		return true
	}
	for _, p := range slowPrefixes {
		if strings.HasPrefix(q, p) {
			return true
		}
	}
	return false
}

// within reports whether span a lies inside span b.
func within(a, b python.Span) bool {
	return a.Start.Offset >= b.Start.Offset && a.End.Offset <= b.End.Offset
}
