package session

import (
	"strings"

	"github.com/flaskguard/flaskguard/internal/finding"
	"github.com/flaskguard/flaskguard/internal/project"
	"github.com/flaskguard/flaskguard/internal/python"
	"github.com/flaskguard/flaskguard/internal/rules/internal/ruleutil"
	"github.com/flaskguard/flaskguard/internal/rules/rule"
)

// CookieWithoutSecureFlag flags cookies set on a response without the
// Secure attribute.
//
// # What it does
//
// Reports resp.set_cookie(...) calls (on any response: from
// make_response, Response, redirect, jsonify) that set a cookie without
// Secure:
//
//   - secure=False, or another false constant, written out: Medium, and
//     High when the cookie is sensitive;
//   - no secure argument at all (Werkzeug's default is False): Low, and
//     Medium when the cookie is sensitive;
//   - a raw Set-Cookie header (resp.headers.add("Set-Cookie", ...),
//     .set, headers["Set-Cookie"] = ..., a {"Set-Cookie": ...} header
//     dict, a ("Set-Cookie", ...) pair) whose text shows its attributes
//     and no Secure among them: a constant, or the constant parts of a
//     concatenation, f-string or template ("sid=" + v + "; Path=/;
//     HttpOnly"): Medium, High when the cookie is sensitive.
//
// In the views the taint engine analyses, secure= is the value the
// engine folds it to on every path: a flag that is False because of a
// constant condition, a dict key or an exception handler is reported as
// if written, and one that ends up True is not; a secure key of a
// **dict the engine knows counts the same. A set_cookie in a branch that
// never runs is not reported.
//
// A cookie is sensitive when its name says it authenticates or protects
// its bearer (session, sid, token, auth, remember, jwt, csrf, login, sso,
// access, refresh, user_id) or its value is built from such a name
// (a token variable, user["password"], session["api_token"]).
//
// Not reported: secure=True, secure taken from configuration or any
// expression that is not a constant (secure=app.config["SESSION_COOKIE_SECURE"],
// secure=request.is_secure: it may be true where it matters), a call with
// **kwargs or *args that may carry it, delete_cookie, and set_cookie on
// what is not a response: a test client (client.set_cookie), or a cookie
// jar given a Cookie object (jar.set_cookie(cookie)). Flask's own session
// cookie is configured with SESSION_COOKIE_SECURE instead, and is not
// this rule's.
//
// # Why is this bad
//
// A browser sends a cookie without the Secure attribute over plain HTTP
// too: to an http:// link, to a redirect from http to https, to a network
// that rewrites requests. Anyone on the path (public Wi-Fi, a compromised
// router) reads it there and replays it; for a session, remember-me or
// API token cookie that is the account (CWE-614, sensitive cookie in
// HTTPS session without Secure attribute). HSTS reduces but does not
// remove the exposure: the first visit and other subdomains stay open.
//
// # Example
//
//	resp = make_response(redirect(url_for("index")))
//	resp.set_cookie("remember_token", token, max_age=60 * 60 * 24 * 30)
//
// # Use instead
//
// Set Secure, and with it HttpOnly (scripts cannot read the cookie, so an
// XSS cannot steal it) and SameSite (other sites cannot send it along
// with their requests):
//
//	resp.set_cookie(
//	    "remember_token", token, max_age=60 * 60 * 24 * 30,
//	    secure=True, httponly=True, samesite="Lax",
//	)
//
// A "__Host-" prefix on the name (__Host-remember_token) makes the browser
// refuse the cookie unless it is Secure, host-only and path=/. For a local
// development server on plain HTTP, take the flag from configuration
// (secure=app.config["SESSION_COOKIE_SECURE"]) rather than leaving it out.
//
// # References
//
//   - https://flask.palletsprojects.com/en/stable/security/#set-cookie-options
//   - https://werkzeug.palletsprojects.com/en/stable/wrappers/#werkzeug.wrappers.Response.set_cookie
//   - https://cheatsheetseries.owasp.org/cheatsheets/Session_Management_Cheat_Sheet.html#secure-attribute
//   - https://developer.mozilla.org/en-US/docs/Web/HTTP/Cookies#restrict_access_to_cookies
//   - https://cwe.mitre.org/data/definitions/614.html
var CookieWithoutSecureFlag = rule.Rule{
	ID:         "FG0401",
	Name:       "cookie-without-secure-flag",
	Practice:   4,
	CWE:        614,
	Severity:   finding.Medium,
	Confidence: finding.HighConfidence,
	Summary:    "Cookie set with set_cookie without secure=True, so browsers also send it over plain HTTP",
	Fix:        "Pass secure=True (with httponly=True and samesite=\"Lax\") to set_cookie, or take it from configuration for local HTTP development.",
	Visits:     []python.Kind{python.KindModule},
	Check:      checkCookieSecure,
	// The project pass has the taint engine's call facts
	// (cookie_facts.go); Check takes the files it does not see.
	CheckProject: func(c *rule.Ctx) { eachModuleWithFacts(c, checkCookieModule) },
}

// securePosition is the position of secure in Werkzeug's
// Response.set_cookie(key, value, max_age, expires, path, domain, secure,
// httponly, samesite).
const securePosition = 6

func checkCookieSecure(c *rule.Ctx, n python.Node) {
	if !inProjectPass(c) {
		checkCookieModule(c, n.(*python.Module), nil)
	}
}

// checkCookieCall checks one set_cookie call, with the engine's call
// facts when there are any.
func checkCookieCall(c *rule.Ctx, call *python.Call, facts callFacts) {
	fn, ok := call.Func.(*python.Attribute)
	if !ok || fn.Attr != "set_cookie" || !cookieSignature(call) {
		return
	}
	scope := c.Module.ScopeAt(call.Span().Start)
	if notAResponse(c, fn.Value, scope) {
		return
	}
	sf := cookieSecureFact(call, facts)
	if sf.dead {
		return
	}
	key, _ := ruleutil.Argument(call, "key", 0)
	value, _ := ruleutil.Argument(call, "value", 1)
	name, sensitive := cookieName(c, key, scope)
	if !sensitive && value != nil {
		sensitive = secretValue(c, value, scope)
	}
	secure, has := ruleutil.Argument(call, "secure", securePosition)
	switch {
	case has || call.HasStarArgs():
		at, literal := call.Span(), false
		if has {
			v, ok := c.Project.ConstAt(c.Module, secure, scope)
			at, literal = secure.Span(), ok && !v.EnvFallback && !v.Truthy()
		}
		if !sf.insecure(literal) {
			return // true, decided where the code runs, or in **options
		}
		sev, why := finding.Medium, ""
		if sensitive {
			sev, why = finding.High, ", and it "+sensitiveWhy
		}
		c.ReportSeverity(at, sev, "set_cookie("+name+") sets secure=False: browsers send the cookie over "+
			"plain HTTP too, where anyone on the network can read it"+why)
	default:
		sev, why := finding.Low, ""
		if sensitive {
			sev, why = finding.Medium, ", and it "+sensitiveWhy
		}
		c.ReportSeverity(call.Span(), sev, "set_cookie("+name+") without secure=True (Werkzeug defaults to False): "+
			"browsers send the cookie over plain HTTP too, where anyone on the network can read it"+why)
	}
}

// sensitiveWhy completes the message for a sensitive cookie.
const sensitiveWhy = "looks like a session or credential cookie, which is the account to whoever reads it"

// cookieSignature reports whether a set_cookie call has a cookie's name
// and value, as Response.set_cookie(key, value, ...) does, rather than the
// single Cookie object of http.cookiejar's CookieJar.set_cookie(cookie).
func cookieSignature(call *python.Call) bool {
	if _, ok := call.Keyword("key"); ok {
		return true
	}
	first, ok := call.Positional(0)
	if !ok {
		return false
	}
	if _, second := call.Positional(1); second || len(call.Args) > 1 {
		return true
	}
	_, isString := first.(*python.String)
	return isString
}

// clientWords, in the last name of the receiver, mark an HTTP client or
// a cookie jar: their set_cookie stores a cookie to send, not one to
// give a browser.
var clientWords = map[string]bool{"client": true, "jar": true, "cookiejar": true, "cookies": true, "browser": true}

// notAResponse reports whether set_cookie's receiver is clearly not a
// response: a test client (client.set_cookie, app.test_client()), an
// HTTP client session's cookie jar (s.cookies.set_cookie), or an object
// of a known class that is not one.
func notAResponse(c *rule.Ctx, recv python.Expr, scope project.Scope) bool {
	var last string
	switch r := recv.(type) {
	case *python.Name:
		last = r.ID
	case *python.Attribute:
		last = r.Attr
	case *python.Call:
		if a, ok := r.Func.(*python.Attribute); ok && a.Attr == "test_client" {
			return true
		}
	}
	for _, w := range ruleutil.Words(last) {
		if clientWords[w] {
			return true
		}
	}
	class := c.Project.ClassOfAt(c.Module, recv, scope)
	return strings.HasSuffix(class, ".test_client") || strings.HasPrefix(class, "http.cookiejar.") ||
		strings.HasPrefix(class, "requests.") || strings.HasPrefix(class, "werkzeug.test.") ||
		strings.HasPrefix(class, "flask.testing.")
}

// cookieName returns how to show a cookie's name in a message, and
// whether the name marks a sensitive cookie. A name that is not a
// constant is judged by the expression's own name (session_cookie_name,
// TOKEN_COOKIE).
func cookieName(c *rule.Ctx, key python.Expr, scope project.Scope) (string, bool) {
	if key == nil {
		return "", false
	}
	if v, ok := c.Project.ConstAt(c.Module, key, scope); ok && v.Kind == project.StringValue {
		return "\"" + v.Str + "\"", isSensitiveCookieName(v.Str)
	}
	text := c.File.Text(key.Span())
	if len(text) > 40 {
		text = text[:37] + "..."
	}
	return text, isSensitiveCookieName(ruleutil.TargetName(key))
}

// secretValue reports whether a cookie's value is built from something
// named as a secret: a token variable, user["password"], user.api_key,
// make_token(), secrets.token_hex(16), jwt.encode(...), also through
// str(), formatting, concatenation and method calls. What a value is
// read from is judged by the last name only: session.get("theme") and
// db.session.query(...).theme are not secrets, session["api_token"] is.
func secretValue(c *rule.Ctx, e python.Expr, scope project.Scope) bool {
	some := func(es ...python.Expr) bool {
		for _, x := range es {
			if x != nil && secretValue(c, x, scope) {
				return true
			}
		}
		return false
	}
	switch e := e.(type) {
	case *python.Name:
		return isSecretName(e.ID) && c.Project.QualifyAt(c.Module, e, scope) != "flask.session"
	case *python.Attribute:
		return isSecretName(e.Attr)
	case *python.Subscript:
		if k, ok := python.StringValue(e.Index); ok {
			return isSecretName(k)
		}
		return some(e.Value)
	case *python.Call:
		fn, isAttr := e.Func.(*python.Attribute)
		if isAttr && (fn.Attr == "get" || fn.Attr == "pop") {
			if k, ok := e.Positional(0); ok {
				if key, ok := python.StringValue(k); ok {
					return isSecretName(key)
				}
			}
		}
		if name, ok := python.DottedName(e.Func); ok && isSecretName(name) {
			return true
		}
		for _, a := range e.Args {
			if some(a.Value) {
				return true
			}
		}
		return isAttr && some(fn.Value)
	case *python.BinOp:
		return some(e.Left, e.Right)
	case *python.BoolOp:
		return some(e.Left, e.Right)
	case *python.IfExp:
		return some(e.Body, e.Else)
	case *python.String:
		return some(e.Interpolations...)
	case *python.Tuple:
		return some(e.Elts...)
	case *python.List:
		return some(e.Elts...)
	}
	return false
}
