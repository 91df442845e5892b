package passwords

import (
	"bytes"

	"github.com/flaskguard/flaskguard/internal/finding"
	"github.com/flaskguard/flaskguard/internal/project"
	"github.com/flaskguard/flaskguard/internal/python"
	"github.com/flaskguard/flaskguard/internal/rules/internal/ruleutil"
	"github.com/flaskguard/flaskguard/internal/rules/rule"
)

// WeakHashAlgorithm flags MD5, SHA-1 and other broken hash algorithms.
//
// # What it does
//
// Reports the construction of a hash with a broken or obsolete
// algorithm:
//
//   - hashlib.md5(...) and hashlib.sha1(...), also imported by name
//     (from hashlib import md5) or through an alias;
//   - hashlib.new(name) and hashlib.file_digest(f, name) with a constant
//     name of a weak algorithm, in any case: "md5", "MD5", "sha1", "md4",
//     "md2", "ripemd160", "md5-sha1", "mdc2", "sha";
//   - PyCryptodome and PyCrypto (Crypto and Cryptodome): MD2.new(),
//     MD4.new(), MD5.new(), SHA.new(), SHA1.new(), RIPEMD.new(),
//     RIPEMD160.new();
//   - cryptography's hashes.MD5() and hashes.SHA1();
//   - hmac.new, hmac.HMAC and hmac.digest with an MD5 or SHA-1 digest
//     (hashlib.md5, "md5", "sha1"), and PyCryptodome's HMAC.new without a
//     digestmod, whose default is MD5. These are reported with Low
//     severity: HMAC does not rely on collision resistance, so HMAC-MD5
//     and HMAC-SHA1 are not broken the way MD5 and SHA-1 are, only
//     deprecated and refused on FIPS systems.
//
// A hash built with usedforsecurity=False (Python 3.9 and later) is not
// reported: the caller has declared that the digest protects nothing (a
// cache key, a checksum against accidental corruption, an ETag), which is
// also what lets the call work on FIPS-restricted systems. An MD5 or
// SHA-1 of a password is reported here as a broken algorithm used for
// security, and by FG0901 (password-fast-hash) as a password hash without
// a work factor: two weaknesses (CWE-328 and CWE-916), and the fix FG0901
// gives (a password hashing function) mends both. SHA-224 and up, SHA-3, BLAKE2, hashlib.new("sha256"), the
// algorithm named in a string or a comment, and import hashlib alone are
// not reported.
//
// In the views the taint engine analyses (and the functions they call),
// the algorithm is the value the engine folds the argument to on every
// path that runs: hashlib.new(algo) is reported when algo is "md5"
// because of a constant condition, a dict key or a helper that returns
// it, and not when it ends up "sha256"; a digest chosen the same way
// (hmac.new(key, msg, mod)) counts as well. A hash made in a branch that
// never runs (if False:, a condition on constants, after abort()) is not
// reported. Elsewhere the rule reads the call as written.
//
// Most MD5 and SHA-1 in Flask apps protect nothing, or are required by a
// protocol, so the severity follows what the code around the hash says
// its digest is for. Every weak hash is still reported; only the severity
// changes. The evidence is read in the function (or module or class body)
// that makes the hash, following the digest through .hexdigest() and
// other methods, slices, str(), base64, string formatting and up to two
// local variables (unique = md5(x).hexdigest(); key = "a-" + unique), and
// the hash object through h.update(data):
//
//   - Medium when the digest protects something: declared
//     usedforsecurity=True; the hashed data is, or is assigned from, a
//     credential (a name, attribute, key or get("...") with token, secret,
//     password, credential, otp, authorization, API key or session id in
//     it); the digest is stored, returned, passed or kept in a dict under
//     a name with password, token, secret, signature, sig, sign,
//     credential, otp, salt, hmac, authorization or authenticator in it, or
//     with key after secret, signing, encryption, private, api, session,
//     hmac, jwt and the like (secret_key, not cache_key); it is compared
//     (==, !=, in) with such a name, or by hmac.compare_digest; or it is
//     the key of a cipher (Crypto.Cipher, cryptography's ciphers, Fernet),
//     of hmac.new or of jwt.encode/decode.
//   - Info when nothing says that, but the digest is stored under, returned
//     from, passed as or passed to a name with cache, etag, checksum, crc,
//     fingerprint, dedup, md5sum or sha1sum in it, or a name joining hash,
//     digest, md5 or sha1 with file, filename, path, url or key (path_hash,
//     file_digest, hash_key): an index or cache key, whose collisions
//     cost a cache miss at most. Info does not fail practice 9 on the
//     scorecard; usedforsecurity=False says the same to Python and to
//     FIPS systems, and is not reported at all.
//   - Low otherwise, the default: a digest of unknown purpose, including
//     ones only a protocol's documentation explains (HTTP Digest
//     authentication, a list published as MD5 digests). A bare "key" says
//     nothing either way: dictionary keys are as common as cipher keys.
//
// A piece of Medium evidence outweighs any Info name (a cache key of a
// session token is Medium). HMACs are Low whatever they are for.
//
// # Why is this bad
//
// Collisions for MD5 are computed in seconds on a laptop and chosen-prefix
// collisions for SHA-1 cost tens of thousands of dollars (SHAttered,
// Shambles). Anything that trusts such a digest to identify content (a
// signature, an integrity check of a download, a deduplication key,
// a signed token) can be handed two different inputs with the same
// digest (CWE-328, use of weak hash). MD4, MD2 and RIPEMD-160 are weaker
// or obsolete; FIPS-mode Python builds refuse them all.
//
// # Example
//
//	import hashlib
//
//	def upload_id(data):
//	    return hashlib.md5(data).hexdigest()
//
//	signature = hmac.new(key, body, hashlib.md5).hexdigest()
//
// # Use instead
//
// Use SHA-256 or stronger (SHA-3, BLAKE2); where the digest is not a
// security control, say so with usedforsecurity=False:
//
//	def upload_id(data):
//	    return hashlib.sha256(data).hexdigest()
//
//	def cache_key(url):
//	    return hashlib.md5(url.encode(), usedforsecurity=False).hexdigest()
//
//	signature = hmac.new(key, body, hashlib.sha256).hexdigest()
//
// Passwords need a password hashing function instead (FG0901).
//
// # References
//
//   - https://docs.python.org/3/library/hashlib.html#hash-algorithms
//   - https://docs.python.org/3/library/hmac.html
//   - https://cheatsheetseries.owasp.org/cheatsheets/Cryptographic_Storage_Cheat_Sheet.html
//   - https://shattered.io/
//   - https://cwe.mitre.org/data/definitions/328.html
var WeakHashAlgorithm = rule.Rule{
	ID:         "FG0905",
	Name:       "weak-hash-algorithm",
	Practice:   9,
	CWE:        328,
	Severity:   finding.Low,
	Confidence: finding.HighConfidence,
	Summary:    "Broken hash algorithm (MD5, SHA-1, MD4, RIPEMD-160) used through hashlib, hmac, PyCryptodome or cryptography",
	Fix:        "Use hashlib.sha256 (or SHA-3/BLAKE2); if the digest protects nothing (cache key, checksum), pass usedforsecurity=False.",
	Visits:     []python.Kind{python.KindModule},
	Check:      checkWeakHash,
	// The project pass has the taint engine's call facts
	// (weak_hash_facts.go); Check takes the files it does not see.
	CheckProject: checkWeakHashProject,
}

// weakHashMarkers are the texts a file needs for any weak hash to be
// there, to skip the others without walking them.
var weakHashMarkers = [...][]byte{[]byte("hashlib"), []byte("hmac"), []byte("HMAC"), []byte("Crypto"), []byte("hashes")}

func checkWeakHash(c *rule.Ctx, n python.Node) {
	if !inProjectPass(c) {
		checkWeakHashModule(c, n.(*python.Module), nil)
	}
}

// checkWeakHashModule checks one file, revising verdicts with the engine's
// call facts when there are any.
func checkWeakHashModule(c *rule.Ctx, m *python.Module, facts callFacts) {
	found := false
	for _, m := range weakHashMarkers {
		found = found || bytes.Contains(c.File.Source, m)
	}
	if !found {
		return
	}
	funcBodies(m, func(body []python.Stmt, def *python.FunctionDef) {
		checkWeakHashUnit(c, body, def, facts)
	})
	python.Walk(m, func(x python.Node) bool {
		if cls, ok := x.(*python.ClassDef); ok {
			checkWeakHashUnit(c, cls.Body, nil, facts)
		}
		return true
	})
}

// weakHashUse is one weak hash made in a unit.
type weakHashUse struct {
	call *python.Call
	algo string
	// hmac is true when the hash is the digest of an HMAC, always Low.
	hmac bool
}

// checkWeakHashUnit reports the weak hashes of one unit (a function body,
// the module body or a class body).
func checkWeakHashUnit(c *rule.Ctx, body []python.Stmt, def *python.FunctionDef, facts callFacts) {
	var scope project.Scope
	if def != nil {
		if len(def.Body) == 0 {
			return
		}
		scope = c.Module.ScopeAt(def.Body[0].Span().Start)
	} else if len(body) > 0 {
		scope = c.Module.ScopeAt(body[0].Span().Start)
	}
	var uses []weakHashUse
	ruleutil.WalkUnit(body, func(x python.Node) bool {
		if call, ok := x.(*python.Call); ok {
			u, ok := weakHashCall(c, call, scope)
			if facts != nil {
				u, ok = weakHashFacts(c, call, scope, facts, u, ok)
			}
			if ok {
				uses = append(uses, u)
			}
		}
		return true
	})
	if len(uses) == 0 {
		return
	}
	var index *useIndex
	for _, u := range uses {
		if u.hmac {
			c.ReportSeverity(u.call.Span(), finding.Low, "HMAC with "+u.algo+
				": not broken as a MAC, but a deprecated digest that FIPS systems refuse; use SHA-256")
			continue
		}
		if index == nil {
			index = newUseIndex(c, scope, body, def)
		}
		v := index.digestPurpose(u.call)
		c.ReportSeverity(u.call.Span(), v.purpose.severity(), weakHashMessage(u.algo, v))
	}
}

// weakHashMessage explains a weak hash finding by what its digest is for.
func weakHashMessage(algo string, v verdict) string {
	weakness := algo + " is a broken hash algorithm: colliding inputs can be computed, so its digest cannot vouch for content"
	if algo == "RIPEMD-160" || algo == "MDC-2" {
		weakness = algo + " is an obsolete hash with at most 80-bit collision resistance that FIPS systems refuse"
	}
	switch v.purpose {
	case security:
		return weakness + "; this digest protects something (" + v.why + "): use SHA-256 or better, or HMAC-SHA256 for a keyed signature"
	case notSecurity:
		return algo + " digest " + v.why + ", a use that protects nothing; declare it with usedforsecurity=False " +
			"(which also keeps it working on FIPS systems) or use SHA-256"
	}
	return weakness + "; use SHA-256 or better, or pass usedforsecurity=False if this digest protects nothing"
}
