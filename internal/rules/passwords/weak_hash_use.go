package passwords

import (
	"strings"

	"github.com/flaskguard/flaskguard/internal/finding"
	"github.com/flaskguard/flaskguard/internal/project"
	"github.com/flaskguard/flaskguard/internal/python"
	"github.com/flaskguard/flaskguard/internal/rules/internal/ruleutil"
	"github.com/flaskguard/flaskguard/internal/rules/rule"
)

// This file grades FG0905's findings by what the code around a weak hash
// says its digest is for. Most MD5 and SHA-1 in real Flask apps are
// lookup keys, cache keys, ETags or protocol-mandated digests, which
// nobody can fix by switching algorithm; a digest that authenticates
// something is the weakness worth a Medium. The rule's doc lists the
// evidence; the words are below.

// purpose is what the evidence says a digest is for, in rising order of
// precedence: one piece of security evidence outweighs any number of
// non-security names.
type purpose int

const (
	// unknownPurpose: nothing says (Low).
	unknownPurpose purpose = iota
	// notSecurity: only names of non-security uses, such as a cache key or
	// an ETag (Info).
	notSecurity
	// security: the digest authenticates, signs or keys something, or
	// hashes a credential (Medium).
	security
)

// severity maps a purpose to the finding's severity.
func (p purpose) severity() finding.Severity {
	switch p {
	case security:
		return finding.Medium
	case notSecurity:
		return finding.Info
	}
	return finding.Low
}

// securityWords, as a word of a name (ruleutil.Words), say that what the
// name holds authenticates or protects something. Words containing
// "password" count too.
var securityWords = map[string]bool{
	"passwd": true, "pwd": true, "passphrase": true, "token": true, "tokens": true, "secret": true,
	"secrets": true, "signature": true, "signatures": true, "sig": true, "sign": true, "signed": true,
	"credential": true, "credentials": true, "otp": true, "totp": true, "hotp": true, "salt": true,
	"authorization": true, "authenticator": true, "hmac": true, "apikey": true, "sessionid": true,
}

// credentialWords are the securityWords that name a credential, which a
// hash input may be: a salt or a signature fed to a hash is not one.
var credentialWords = map[string]bool{
	"passwd": true, "pwd": true, "passphrase": true, "token": true, "tokens": true, "secret": true,
	"secrets": true, "credential": true, "credentials": true, "otp": true, "totp": true, "hotp": true,
	"authorization": true, "apikey": true, "sessionid": true,
}

// keyQualifiers, in front of "key" (secret_key, signing_key, api_key),
// make it a cryptographic key. A bare "key" is a dictionary or cache key
// as often as not, and says nothing.
var keyQualifiers = map[string]bool{
	"secret": true, "signing": true, "sign": true, "encryption": true, "encrypt": true, "enc": true,
	"crypto": true, "cipher": true, "aes": true, "des": true, "hmac": true, "mac": true, "private": true,
	"api": true, "master": true, "session": true, "derived": true, "auth": true, "access": true,
	"fernet": true, "jwt": true,
}

// notSecurityWords name uses of a digest that protect nothing: caches,
// ETags, checksums against accidental corruption, fingerprints for
// deduplication.
var notSecurityWords = map[string]bool{
	"cache": true, "cached": true, "caching": true, "etag": true, "etags": true, "checksum": true,
	"checksums": true, "crc": true, "fingerprint": true, "fingerprints": true, "dedup": true,
	"dedupe": true, "md5sum": true, "sha1sum": true, "shasum": true,
}

// hashWords and locatorWords together (path_hash, file_digest, url_md5)
// name the digest of a file or a path, an index key; hash_key is one too.
var (
	hashWords    = map[string]bool{"hash": true, "hashes": true, "digest": true, "md5": true, "sha1": true}
	locatorWords = map[string]bool{"file": true, "filename": true, "path": true, "url": true, "key": true}
)

// namePurpose classifies a name a digest is stored under, returned from,
// compared with or passed as.
func namePurpose(name string) purpose {
	ws := ruleutil.Words(name)
	hashy, locator, other := false, false, false
	for i, w := range ws {
		switch {
		case securityWords[w] || strings.Contains(w, "password"),
			w == "key" && i > 0 && keyQualifiers[ws[i-1]],
			w == "id" && i > 0 && ws[i-1] == "session":
			return security
		case notSecurityWords[w]:
			other = true
		case hashWords[w]:
			hashy = true
		case locatorWords[w]:
			locator = true
		}
	}
	if other || hashy && locator {
		return notSecurity
	}
	return unknownPurpose
}

// isCredentialName reports whether a name holds a credential: a password,
// token, secret, API key or session id.
func isCredentialName(name string) bool {
	ws := ruleutil.Words(name)
	for i, w := range ws {
		switch {
		case credentialWords[w] || strings.Contains(w, "password"),
			w == "key" && i > 0 && (ws[i-1] == "api" || ws[i-1] == "secret" || ws[i-1] == "private"),
			w == "id" && i > 0 && ws[i-1] == "session":
			return true
		}
	}
	return false
}

// maxUseHops bounds how many local names a digest is followed through
// (unique = md5(x).hexdigest(); cache_key = "lyrics-" + unique): two
// cover the naming steps seen in practice, and the bound stops a = b;
// b = a from looping.
const maxUseHops = 2

// useIndex is one unit (a function body, the module body or a class body)
// indexed for following a digest: each node's parent and each local
// name's reads.
type useIndex struct {
	c      *rule.Ctx
	scope  project.Scope
	def    *python.FunctionDef
	vars   *unit
	parent map[python.Node]python.Node
	reads  map[string][]*python.Name
}

func newUseIndex(c *rule.Ctx, scope project.Scope, body []python.Stmt, def *python.FunctionDef) *useIndex {
	x := &useIndex{c: c, scope: scope, def: def, vars: newUnit(body, def),
		parent: map[python.Node]python.Node{}, reads: map[string][]*python.Name{}}
	for _, s := range body {
		x.parent[s] = nil
	}
	ruleutil.WalkUnit(body, func(n python.Node) bool {
		for _, ch := range python.Children(n) {
			x.parent[ch] = n
		}
		if name, ok := n.(*python.Name); ok && !x.isTarget(name) {
			x.reads[name.ID] = append(x.reads[name.ID], name)
		}
		return true
	})
	return x
}

// isTarget reports whether a name is what an assignment stores to.
func (x *useIndex) isTarget(n *python.Name) bool {
	a, ok := x.parent[n].(*python.Assign)
	if !ok {
		return false
	}
	for _, t := range a.Targets {
		if t == n {
			return true
		}
	}
	return false
}

// verdict is the purpose of one digest with the evidence that decided it,
// for the message ("stored as cache_key").
type verdict struct {
	purpose purpose
	why     string
}

// note keeps the strongest evidence, the first of its kind.
func (v *verdict) note(p purpose, why string) {
	if p > v.purpose {
		v.purpose, v.why = p, why
	}
}

// digestPurpose reads what a weak hash call's digest is for: what it
// hashes, and where the digest (or the hash object it makes) goes.
func (x *useIndex) digestPurpose(call *python.Call) verdict {
	var v verdict
	if e, ok := call.Keyword("usedforsecurity"); ok {
		if val, ok := x.c.Project.ConstAt(x.c.Module, e, x.scope); ok && val.Truthy() {
			v.note(security, "declared usedforsecurity=True")
		}
	}
	for _, a := range call.Args {
		if a.Name == "" || a.Name == "data" || a.Name == "string" { // hashlib's names for the data
			x.inputs(&v, a.Value)
		}
	}
	type step struct {
		e    python.Expr
		hops int
	}
	seen := map[string]bool{}
	todo := []step{{call, 0}}
	for len(todo) > 0 {
		s := todo[0]
		todo = todo[1:]
		if name, ok := s.e.(*python.Name); ok && x.updates(&v, name) {
			continue
		}
		top, p := x.climb(s.e)
		switch p := p.(type) {
		case *python.Assign:
			if p.Value != top {
				continue
			}
			for _, t := range p.Targets {
				name := ruleutil.TargetName(t)
				v.note(namePurpose(name), "stored as "+name)
				if n, ok := t.(*python.Name); ok && s.hops < maxUseHops && !seen[n.ID] {
					seen[n.ID] = true
					for _, r := range x.reads[n.ID] {
						todo = append(todo, step{r, s.hops + 1})
					}
				}
			}
		case *python.Return:
			if x.def != nil {
				v.note(namePurpose(x.def.Name), "returned by "+x.def.Name+"()")
			}
		case *python.Compare:
			x.compared(&v, p, top)
		case *python.Call:
			x.passed(&v, p, top)
		case *python.Dict:
			for i, val := range p.Values {
				if val == top && i < len(p.Keys) {
					if k, ok := python.StringValue(p.Keys[i]); ok {
						v.note(namePurpose(k), "stored under "+k)
					}
				}
			}
		}
	}
	return v
}

// updates handles h.update(data) on a name holding the hash object: data
// is an input, and the call passes no digest on.
func (x *useIndex) updates(v *verdict, name *python.Name) bool {
	attr, ok := x.parent[name].(*python.Attribute)
	if !ok || attr.Attr != "update" {
		return false
	}
	call, ok := x.parent[attr].(*python.Call)
	if !ok || call.Func != attr {
		return false
	}
	for _, a := range call.Args {
		x.inputs(v, a.Value)
	}
	return true
}

// inputs notes hashed data that is a credential: a name, attribute, key
// or get("key") naming a token, secret, API key or password, a local
// variable assigned one, or the request's Authorization header.
func (x *useIndex) inputs(v *verdict, e python.Expr) {
	if name := x.credential(e, 0); name != "" {
		v.note(security, "it hashes "+name)
	}
}

// credential returns the name of the credential an expression is built
// from, "" if none.
func (x *useIndex) credential(e python.Expr, hops int) string {
	found := ""
	python.Walk(e, func(n python.Node) bool {
		if found != "" {
			return false
		}
		var name string
		switch n := n.(type) {
		case *python.Name:
			name = n.ID
			if !isCredentialName(name) && hops < maxHops && !x.vars.isParam(name) {
				for _, val := range x.vars.assign[name] {
					if found = x.credential(val, hops+1); found != "" {
						return false
					}
				}
			}
		case *python.Attribute:
			name = n.Attr
		case *python.Subscript:
			name, _ = python.StringValue(n.Index)
		case *python.Call:
			if fn, ok := n.Func.(*python.Attribute); ok && fn.Attr == "get" {
				if k, ok := n.Positional(0); ok {
					name, _ = python.StringValue(k)
				}
			}
		case *python.Lambda:
			return false
		}
		if name != "" && isCredentialName(name) {
			found = name
		}
		return found == ""
	})
	return found
}

// climb goes up from a digest (or hash object) through the expressions
// that pass it on with its meaning: method calls on it (.hexdigest(),
// .digest(), .upper()), slices of it, the calls encodes accepts, string
// formatting and concatenation, and either branch of a conditional. It returns the outermost of them and its parent.
func (x *useIndex) climb(e python.Expr) (python.Expr, python.Node) {
	for {
		p := x.parent[e]
		switch q := p.(type) {
		case *python.Attribute:
			if call, ok := x.parent[q].(*python.Call); ok && call.Func == q {
				e = call
				continue
			}
		case *python.Subscript:
			if q.Value == e {
				e = q
				continue
			}
		case *python.BinOp:
			e = q
			continue
		case *python.String:
			e = q
			continue
		case *python.IfExp:
			if q.Test != e {
				e = q
				continue
			}
		case *python.Call:
			if q.Func != e && x.encodes(q) {
				e = q
				continue
			}
		}
		return e, p
	}
}

// encodes reports whether a call re-encodes its argument without changing
// what it identifies: str(), bytes(), int(), "...".format(), "".join(),
// base64 and binascii functions, and cryptography's hashes.Hash(algorithm),
// whose object is the hash.
func (x *useIndex) encodes(call *python.Call) bool {
	switch fn := call.Func.(type) {
	case *python.Name:
		switch fn.ID {
		case "str", "bytes", "bytearray", "int":
			return true
		}
	case *python.Attribute:
		if _, ok := fn.Value.(*python.String); ok && (fn.Attr == "format" || fn.Attr == "join") {
			return true
		}
	}
	q := x.c.Project.QualifyAt(x.c.Module, call.Func, x.scope)
	return strings.HasPrefix(q, "base64.") || strings.HasPrefix(q, "binascii.") ||
		q == "cryptography.hazmat.primitives.hashes.Hash"
}

// compared notes a digest tested for equality or membership: security
// when the other side names a token, signature or password.
func (x *useIndex) compared(v *verdict, cmp *python.Compare, top python.Expr) {
	equality := false
	for _, op := range cmp.Ops {
		switch op {
		case "==", "!=", "in", "not in":
			equality = true
		}
	}
	if !equality {
		return
	}
	for _, o := range cmp.Operands {
		if o == top {
			continue
		}
		if name := operandName(o); name != "" && namePurpose(name) == security {
			v.note(security, "compared with "+name)
		}
	}
}

// operandName is the name an expression reads a value under: a variable,
// attribute, constant key, get("key") or the function called.
func operandName(e python.Expr) string {
	if name := ruleutil.TargetName(e); name != "" {
		return name
	}
	if call, ok := e.(*python.Call); ok {
		if fn, ok := call.Func.(*python.Attribute); ok && fn.Attr == "get" {
			if k, ok := call.Positional(0); ok {
				if key, ok := python.StringValue(k); ok {
					return key
				}
			}
		}
		return ruleutil.TargetName(call.Func)
	}
	return ""
}

// constantTimeCompares compare secrets; nothing else goes through them.
var constantTimeCompares = map[string]bool{"hmac.compare_digest": true, "secrets.compare_digest": true}

// keyedPrefixes are the calls whose arguments are keys: ciphers, Fernet.
var keyedPrefixes = [...]string{"Crypto.Cipher.", "Cryptodome.Cipher.", "cryptography.hazmat.primitives.ciphers.",
	"cryptography.fernet.", "nacl.secret.", "nacl.signing."}

// keyArgs are calls with a key at a known position or keyword.
var keyArgs = map[string]int{"hmac.new": 0, "hmac.HMAC": 0, "hmac.digest": 0, "jwt.encode": 1, "jwt.decode": 1}

// passed notes a digest given to a call: a constant-time comparison, the
// key of a cipher, HMAC or JWT, or an argument whose keyword, setattr name
// or callee names its use (salt=..., setattr(o, "etag", d), set_etag(d)).
func (x *useIndex) passed(v *verdict, call *python.Call, top python.Expr) {
	if call.Func == top {
		return
	}
	q := x.c.Project.QualifyAt(x.c.Module, call.Func, x.scope)
	if constantTimeCompares[q] {
		v.note(security, "checked with "+q)
		return
	}
	for _, p := range keyedPrefixes {
		if strings.HasPrefix(q, p) {
			v.note(security, "used as a key of "+q)
			return
		}
	}
	if pos, ok := keyArgs[q]; ok {
		if key, _ := ruleutil.Argument(call, "key", pos); key == top {
			v.note(security, "used as the key of "+q)
			return
		}
	}
	callee := ruleutil.TargetName(call.Func)
	for i, a := range call.Args {
		if a.Value != top {
			continue
		}
		if a.Name != "" {
			v.note(namePurpose(a.Name), "passed as "+a.Name+"=")
		}
		// setattr(obj, "name", digest) and Entity.__setattr__(self, "name",
		// digest) store it under the literal before it.
		if (callee == "setattr" || callee == "__setattr__") && i > 0 {
			if name, ok := python.StringValue(call.Args[i-1].Value); ok {
				v.note(namePurpose(name), "stored as "+name)
			}
		}
	}
	if callee != "" {
		v.note(namePurpose(callee), "passed to "+callee+"()")
	}
}
