package main

// Configuration classes. Direct sinks fix the algorithm, generator or flag
// in the call (Safe means the strong one); Selected sinks take it from bar,
// which a selector propagation chose between the class's Weak and Strong
// expressions. The tainted data still flows (it is hashed, or is the cookie
// value) so that the cases look like the others, but it does not decide
// the label.

func hashSinks() []sink {
	hl := []string{"import hashlib"}
	return withClass("hash", []sink{
		{Name: "md5", Doc: "`hashlib.md5(data)`", Imports: hl,
			Code: `digest = hashlib.md5(bar.encode("utf-8")).hexdigest()
RESPONSE += "Hash Test hashlib.md5 executed: " + digest`},
		{Name: "sha1", Doc: "`hashlib.sha1(data)`", Imports: hl,
			Code: `digest = hashlib.sha1(bar.encode("utf-8")).hexdigest()
RESPONSE += "Hash Test hashlib.sha1 executed: " + digest`},
		{Name: "new-md5-update", Doc: "`hashlib.new(\"md5\")` then `update(data)`", Imports: hl,
			Code: `hasher = hashlib.new("md5")
hasher.update(bar.encode("utf-8"))
RESPONSE += "Hash Test hashlib.new executed: " + hasher.hexdigest()`},
		{Name: "new-sha1-data", Doc: "`hashlib.new(\"sha1\", data)`", Imports: hl,
			Code: `digest = hashlib.new("sha1", bar.encode("utf-8")).hexdigest()
RESPONSE += "Hash Test hashlib.new executed: " + digest`},
		{Name: "md5-update", Doc: "`hashlib.md5()` then `update(data)`", Imports: hl,
			Code: `hasher = hashlib.md5()
hasher.update(bar.encode("utf-8"))
RESPONSE += "Hash Test hashlib.md5 executed: " + hasher.hexdigest()`},
		{Name: "sha256", Doc: "`hashlib.sha256(data)`", Safe: true, Imports: hl,
			Code: `digest = hashlib.sha256(bar.encode("utf-8")).hexdigest()
RESPONSE += "Hash Test hashlib.sha256 executed: " + digest`},
		{Name: "sha512", Doc: "`hashlib.sha512(data)`", Safe: true, Imports: hl,
			Code: `digest = hashlib.sha512(bar.encode("utf-8")).hexdigest()
RESPONSE += "Hash Test hashlib.sha512 executed: " + digest`},
		{Name: "blake2b", Doc: "`hashlib.blake2b(data)`", Safe: true, Imports: hl,
			Code: `digest = hashlib.blake2b(bar.encode("utf-8")).hexdigest()
RESPONSE += "Hash Test hashlib.blake2b executed: " + digest`},
		{Name: "sha3-256", Doc: "`hashlib.sha3_256(data)`", Safe: true, Imports: hl,
			Code: `digest = hashlib.sha3_256(bar.encode("utf-8")).hexdigest()
RESPONSE += "Hash Test hashlib.sha3_256 executed: " + digest`},
		{Name: "md5-not-for-security", Doc: "`hashlib.md5(data, usedforsecurity=False)`", Safe: true, Imports: hl,
			Code: `digest = hashlib.md5(bar.encode("utf-8"), usedforsecurity=False).hexdigest()
RESPONSE += "Cache key: " + digest`},
		{Name: "new-md5-not-for-security", Doc: "`hashlib.new(\"md5\", data, usedforsecurity=False)`", Safe: true, Imports: hl,
			Code: `digest = hashlib.new("md5", bar.encode("utf-8"), usedforsecurity=False).hexdigest()
RESPONSE += "Cache key: " + digest`},
		{Name: "new-sha384", Doc: "`hashlib.new(\"sha384\", data)`", Safe: true, Imports: hl,
			Code: `digest = hashlib.new("sha384", bar.encode("utf-8")).hexdigest()
RESPONSE += "Hash Test hashlib.new executed: " + digest`},
		{Name: "new-selected", Doc: "`hashlib.new(bar)` with the algorithm chosen by the propagation", Selected: true, Imports: hl,
			Code: `hasher = hashlib.new(bar)
hasher.update(param.encode("utf-8"))
RESPONSE += "Hash Test hashlib.new(" + bar + ") executed: " + hasher.hexdigest()`},
		{Name: "new-selected-data", Doc: "`hashlib.new(bar, data)` with the algorithm chosen by the propagation", Selected: true, Imports: hl,
			Code: `digest = hashlib.new(bar, param.encode("utf-8")).hexdigest()
RESPONSE += "Hash Test executed: " + digest`},
	})
}

func weakrandSinks() []sink {
	ck := []string{"import random", "from flask import make_response", "import helpers.utils"}
	ss := []string{"import random", "from flask import session", "import helpers.utils"}
	rs := []string{"import random", "import helpers.utils"}
	const greet = `RESPONSE += "Welcome " + helpers.utils.escape_for_html(bar) + ". "`
	cookie := func(draw, label string) string {
		return draw + "\nresp = make_response(\"Weak Randomness Test " + label + " executed for \" + helpers.utils.escape_for_html(bar))\n" +
			"resp.set_cookie(\"rememberMe\", value, secure=True, httponly=True)\nreturn resp"
	}
	return withClass("weakrand", []sink{
		{Name: "random-cookie", Doc: "`random.random()` into a cookie", Imports: ck, Returns: true,
			Code: cookie(`value = str(random.random())[2:]`, "random.random()")},
		{Name: "randint-session", Doc: "`random.randint` into the session", Imports: ss,
			Code: `value = random.randint(0, 2**31)
session["rememberMe"] = str(value)
` + greet},
		{Name: "choice-response", Doc: "`random.choice` builds a one-time code in the response", Imports: append([]string{"import string"}, rs...),
			Code: `value = "".join(random.choice(string.ascii_letters) for _ in range(16))
` + greet + `
RESPONSE += "Your one-time code: " + value`},
		{Name: "getrandbits-cookie", Doc: "`random.getrandbits` into a cookie", Imports: ck, Returns: true,
			Code: cookie(`value = "%x" % random.getrandbits(64)`, "random.getrandbits()")},
		{Name: "randbytes-session", Doc: "`random.randbytes` as a CSRF token in the session", Imports: ss,
			Code: `value = random.randbytes(16).hex()
session["csrf_token"] = value
` + greet},
		{Name: "normalvariate-response", Doc: "`random.normalvariate` in the response", Imports: rs,
			Code: `value = str(random.normalvariate(0, 1))
` + greet + `
RESPONSE += "Your reset code: " + value`},
		{Name: "uniform-session", Doc: "`random.uniform` into the session", Imports: ss,
			Code: `value = str(random.uniform(0, 1000000))
session["rememberMe"] = value
` + greet},
		{Name: "random-instance-cookie", Doc: "`random.Random().getrandbits` into a cookie", Imports: ck, Returns: true,
			Code: cookie(`value = str(random.Random().getrandbits(64))`, "random.Random()")},
		{Name: "secrets-token-hex-cookie", Doc: "`secrets.token_hex` into a cookie", Safe: true,
			Imports: []string{"import secrets", "from flask import make_response", "import helpers.utils"}, Returns: true,
			Code: cookie(`value = secrets.token_hex(16)`, "secrets.token_hex()")},
		{Name: "secrets-token-urlsafe-session", Doc: "`secrets.token_urlsafe` into the session", Safe: true,
			Imports: []string{"import secrets", "from flask import session", "import helpers.utils"},
			Code: `value = secrets.token_urlsafe(16)
session["rememberMe"] = value
` + greet},
		{Name: "systemrandom-response", Doc: "`random.SystemRandom().randint` in the response", Safe: true, Imports: rs,
			Code: `value = random.SystemRandom().randint(0, 2**31)
` + greet + `
RESPONSE += "Your one-time code: " + str(value)`},
		{Name: "urandom-session", Doc: "`os.urandom(16).hex()` into the session", Safe: true,
			Imports: []string{"import os", "from flask import session", "import helpers.utils"},
			Code: `value = os.urandom(16).hex()
session["csrf_token"] = value
` + greet},
		{Name: "uuid4-cookie", Doc: "`uuid.uuid4().hex` into a cookie", Safe: true,
			Imports: []string{"import uuid", "from flask import make_response", "import helpers.utils"}, Returns: true,
			Code: cookie(`value = uuid.uuid4().hex`, "uuid.uuid4()")},
		{Name: "secrets-choice-response", Doc: "`secrets.choice` builds a one-time code", Safe: true,
			Imports: []string{"import secrets", "import string", "import helpers.utils"},
			Code: `value = "".join(secrets.choice(string.ascii_letters) for _ in range(16))
` + greet + `
RESPONSE += "Your one-time code: " + value`},
		{Name: "selected-generator-cookie", Doc: "`rng.getrandbits` into a cookie, with rng chosen by the propagation", Selected: true,
			Imports: []string{"import random", "from flask import make_response"}, Returns: true,
			Code: `rng = bar
value = "%x" % rng.getrandbits(64)
resp = make_response("Weak Randomness Test executed")
resp.set_cookie("rememberMe", value, secure=True, httponly=True)
return resp`},
		{Name: "selected-generator-session", Doc: "`rng.randint` into the session, with rng chosen by the propagation", Selected: true,
			Imports: []string{"import random", "from flask import session"},
			Code: `rng = bar
session["rememberMe"] = str(rng.randint(0, 2**31))
RESPONSE += "Weak Randomness Test executed"`},
	})
}

func securecookieSinks() []sink {
	mr := []string{"from flask import make_response"}
	const start = `resp = make_response("Cookie set")
`
	const end = `
return resp`
	return withClass("securecookie", []sink{
		{Name: "secure-false", Doc: "`set_cookie(..., secure=False, httponly=True)`", Imports: mr, Returns: true,
			Code: start + `resp.set_cookie("SomeCookie", value=bar, secure=False, httponly=True)` + end},
		{Name: "defaults", Doc: "`set_cookie(name, value)` (secure defaults to False)", Imports: mr, Returns: true,
			Code: start + `resp.set_cookie("SomeCookie", bar)` + end},
		{Name: "httponly-samesite-only", Doc: "`set_cookie(..., httponly=True, samesite=\"Strict\")` without secure", Imports: mr, Returns: true,
			Code: start + `resp.set_cookie("SomeCookie", bar, httponly=True, samesite="Strict")` + end},
		{Name: "all-false", Doc: "`set_cookie(..., secure=False, httponly=False)`", Imports: mr, Returns: true,
			Code: start + `resp.set_cookie("SomeCookie", bar, secure=False, httponly=False)` + end},
		{Name: "raw-header", Doc: "a raw `Set-Cookie` header without `Secure`", Imports: append([]string{"import urllib.parse"}, mr...), Returns: true,
			Code: start + `resp.headers.add("Set-Cookie", "SomeCookie=" + urllib.parse.quote(bar) + "; Path=/; HttpOnly")` + end},
		{Name: "secure-httponly", Doc: "`set_cookie(..., secure=True, httponly=True)`", Safe: true, Imports: mr, Returns: true,
			Code: start + `resp.set_cookie("SomeCookie", value=bar, secure=True, httponly=True)` + end},
		{Name: "secure-httponly-samesite", Doc: "`set_cookie(..., secure=True, httponly=True, samesite=\"Lax\")`", Safe: true, Imports: mr, Returns: true,
			Code: start + `resp.set_cookie("SomeCookie", bar, secure=True, httponly=True, samesite="Lax")` + end},
		{Name: "raw-header-secure", Doc: "a raw `Set-Cookie` header with `Secure; HttpOnly`", Safe: true, Imports: append([]string{"import urllib.parse"}, mr...), Returns: true,
			Code: start + `resp.headers.add("Set-Cookie", "SomeCookie=" + urllib.parse.quote(bar) + "; Path=/; Secure; HttpOnly")` + end},
		{Name: "kwargs-dict", Doc: "`set_cookie(name, value, **{\"secure\": True, \"httponly\": True})`", Safe: true, Imports: mr, Returns: true,
			Code: start + `flags = {"secure": True, "httponly": True}
resp.set_cookie("SomeCookie", bar, **flags)` + end},
		{Name: "selected-secure", Doc: "`set_cookie(..., secure=bar, httponly=True)` with the flag chosen by the propagation", Selected: true, Imports: mr, Returns: true,
			Code: start + `resp.set_cookie("SomeCookie", value=param, secure=bar, httponly=True)` + end},
		{Name: "selected-secure-samesite", Doc: "`set_cookie(..., secure=bar, httponly=True, samesite=\"Lax\")` with the flag chosen by the propagation", Selected: true, Imports: mr, Returns: true,
			Code: start + `resp.set_cookie("SomeCookie", param, secure=bar, httponly=True, samesite="Lax")` + end},
	})
}
