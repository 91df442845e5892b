package passwords

import (
	"strings"

	"github.com/flaskguard/flaskguard/internal/project"
	"github.com/flaskguard/flaskguard/internal/python"
	"github.com/flaskguard/flaskguard/internal/rules/internal/ruleutil"
	"github.com/flaskguard/flaskguard/internal/rules/rule"
)

// weakHashNames are the algorithm names hashlib.new, hashlib.file_digest
// and hmac accept (OpenSSL's, compared in lower case) for broken or
// obsolete hashes, with the name to show.
var weakHashNames = map[string]string{
	"md5": "MD5", "md4": "MD4", "md2": "MD2", "sha1": "SHA-1", "sha-1": "SHA-1", "sha": "SHA-0",
	"md5-sha1": "MD5-SHA1", "md5_sha1": "MD5-SHA1", "ripemd160": "RIPEMD-160", "ripemd-160": "RIPEMD-160",
	"rmd160": "RIPEMD-160", "mdc2": "MDC-2",
}

// weakConstructors are the calls that build a weak hash object, by
// qualified name. hashlib's take usedforsecurity=False.
var weakConstructors = map[string]string{
	"hashlib.md5": "MD5", "hashlib.sha1": "SHA-1",
	"cryptography.hazmat.primitives.hashes.MD5":  "MD5",
	"cryptography.hazmat.primitives.hashes.SHA1": "SHA-1",
}

// weakCryptoModules are PyCryptodome's (and PyCrypto's) weak hash modules,
// under Crypto.Hash or Cryptodome.Hash, whose new() makes a hash object.
var weakCryptoModules = map[string]string{
	"MD2": "MD2", "MD4": "MD4", "MD5": "MD5", "SHA": "SHA-1", "SHA1": "SHA-1",
	"RIPEMD": "RIPEMD-160", "RIPEMD160": "RIPEMD-160",
}

// weakHashCall recognises a call that makes a weak hash, with the
// algorithm's name.
func weakHashCall(c *rule.Ctx, call *python.Call, scope project.Scope) (weakHashUse, bool) {
	switch ruleutil.CalleeName(c, call.Func) {
	case "md5", "sha1", "MD5", "SHA1", "new", "file_digest", "digest", "HMAC":
	default:
		return weakHashUse{}, false // screens out most calls before resolving names
	}
	q := c.Project.QualifyAt(c.Module, call.Func, scope)
	use := weakHashUse{call: call}
	switch q {
	case "hashlib.md5", "hashlib.sha1":
		if notForSecurity(c, call, scope) {
			return weakHashUse{}, false
		}
		use.algo = weakConstructors[q]
	case "cryptography.hazmat.primitives.hashes.MD5", "cryptography.hazmat.primitives.hashes.SHA1":
		use.algo = weakConstructors[q]
	case "hashlib.new":
		name, _ := ruleutil.Argument(call, "name", 0)
		algo, ok := weakName(c, name, scope)
		if !ok || notForSecurity(c, call, scope) {
			return weakHashUse{}, false
		}
		use.algo = algo
	case "hashlib.file_digest":
		digest, _ := ruleutil.Argument(call, "digest", 1)
		algo, ok := weakDigest(c, digest, scope)
		if !ok {
			return weakHashUse{}, false
		}
		use.algo = algo
	case "hmac.new", "hmac.HMAC", "hmac.digest":
		pos, kw := 2, "digestmod"
		if q == "hmac.digest" {
			kw = "digest"
		}
		digest, _ := ruleutil.Argument(call, kw, pos)
		algo, ok := weakDigest(c, digest, scope)
		if !ok {
			return weakHashUse{}, false
		}
		use.algo, use.hmac = algo, true
	default:
		mod, ok := strings.CutSuffix(q, ".new")
		if !ok {
			return weakHashUse{}, false
		}
		pkg, name, _ := cutLast(mod)
		if pkg != "Crypto.Hash" && pkg != "Cryptodome.Hash" {
			return weakHashUse{}, false
		}
		if name == "HMAC" {
			return cryptoHMAC(c, call, scope, use)
		}
		algo, ok := weakCryptoModules[name]
		if !ok {
			return weakHashUse{}, false
		}
		use.algo = algo
	}
	return use, true
}

// cryptoHMAC handles PyCryptodome's HMAC.new(key, msg, digestmod), whose
// digestmod defaults to MD5.
func cryptoHMAC(c *rule.Ctx, call *python.Call, scope project.Scope, use weakHashUse) (weakHashUse, bool) {
	use.hmac = true
	digest, ok := ruleutil.Argument(call, "digestmod", 2)
	if !ok {
		if call.HasStarArgs() {
			return weakHashUse{}, false // the digest may be in the splat
		}
		use.algo = "MD5 (PyCryptodome's default digestmod)"
		return use, true
	}
	use.algo, ok = weakDigest(c, digest, scope)
	return use, ok
}

// weakDigest recognises a digest argument naming a weak hash: a constant
// name ("md5"), a hashlib or PyCryptodome constructor or module
// (hashlib.md5, Crypto.Hash.MD5), or a lambda returning such a hash.
func weakDigest(c *rule.Ctx, e python.Expr, scope project.Scope) (string, bool) {
	if e == nil {
		return "", false
	}
	if algo, ok := weakName(c, e, scope); ok {
		return algo, true
	}
	if l, ok := e.(*python.Lambda); ok {
		if call, ok := l.Body.(*python.Call); ok {
			e = call.Func
		}
	}
	q := c.Project.QualifyAt(c.Module, e, scope)
	if algo, ok := weakConstructors[q]; ok {
		return algo, true
	}
	pkg, name, _ := cutLast(q)
	if pkg == "Crypto.Hash" || pkg == "Cryptodome.Hash" {
		algo, ok := weakCryptoModules[name]
		return algo, ok
	}
	return "", false
}

// weakName evaluates an algorithm name argument to a constant and
// reports whether it names a weak hash, in any case.
func weakName(c *rule.Ctx, e python.Expr, scope project.Scope) (string, bool) {
	name, ok := strArg(c, e, scope)
	if !ok {
		return "", false
	}
	algo, ok := weakHashNames[strings.ToLower(strings.TrimSpace(name))]
	return algo, ok
}

// notForSecurity reports whether a hashlib call says usedforsecurity=False
// (a literal or a constant): Python's way of declaring a digest that is no
// security control.
func notForSecurity(c *rule.Ctx, call *python.Call, scope project.Scope) bool {
	e, ok := call.Keyword("usedforsecurity")
	if !ok {
		return false
	}
	v, ok := c.Project.ConstAt(c.Module, e, scope)
	return ok && !v.EnvFallback && !v.Truthy()
}

// cutLast splits a dotted name at its last dot.
func cutLast(q string) (before, after string, found bool) {
	i := strings.LastIndexByte(q, '.')
	if i < 0 {
		return "", q, false
	}
	return q[:i], q[i+1:], true
}
