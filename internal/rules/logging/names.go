package logging

import (
	"strings"
	"unicode"
)

// words splits an identifier, dictionary key or header name into
// lower-case words at underscores, dashes, dots, spaces and camelCase
// boundaries: "X-Api-Key" → x api key, "newPassword" → new password.
func words(s string) []string {
	var out []string
	var cur []rune
	flush := func() {
		if len(cur) > 0 {
			out = append(out, strings.ToLower(string(cur)))
			cur = cur[:0]
		}
	}
	rs := []rune(s)
	for i, r := range rs {
		switch {
		case !unicode.IsLetter(r) && !unicode.IsDigit(r):
			flush()
			continue
		case unicode.IsUpper(r) && i > 0 && unicode.IsLower(rs[i-1]):
			flush()
		}
		cur = append(cur, r)
	}
	flush()
	return out
}

// secretName reports whether a name (of a variable, attribute, keyword,
// dictionary key or header) says that its value is a credential or
// regulated personal data, and what kind, for messages. key is true for
// dictionary keys and header names, where "cookie" names the Cookie
// header; as a variable name it is too often a preference cookie.
//
// Names about a secret rather than holding one stay silent: a last word
// such as policy, field, length, min, expires, count, name, id or url
// (password_policy, token_expires_at, PASSWORD_FIELD); a first word that
// makes it a flag or a number (has_password, is_token_valid,
// min_password_length); and any word saying it is masked (masked_token).
func secretName(name string, key bool) (string, bool) {
	ws := words(name)
	if len(ws) == 0 || metaFirst(ws[0]) || len(ws) > 1 && metaLast(ws[len(ws)-1]) {
		return "", false
	}
	for _, w := range ws {
		if masked(w) {
			return "", false
		}
	}
	for i, w := range ws {
		switch w {
		case "password", "passwd", "pwd", "passphrase", "passcode", "pword":
			return "a password", true
		case "secret":
			return "a secret", true
		case "token":
			if i == 0 || !notCredential(ws[i-1]) {
				return "a token", true
			}
		case "jwt", "bearer":
			return "a token", true
		case "apikey", "accesskey", "privatekey":
			return "a key", true
		case "authorization":
			return "the Authorization header", true
		case "credentials", "creds":
			return "credentials", true
		case "ssn":
			return "a social security number", true
		case "cvv", "cvv2", "cvc", "creditcard", "ccnum", "ccnumber":
			return "payment card data", true
		case "cookie":
			if key {
				return "the Cookie header", true
			}
		}
		if i+1 < len(ws) {
			switch w + " " + ws[i+1] {
			case "api key", "private key", "access key", "signing key", "encryption key", "client key":
				return "a key", true
			case "credit card", "card number", "cc number":
				return "payment card data", true
			case "session cookie", "remember cookie", "auth cookie":
				return "a session cookie", true
			case "auth header":
				return "the Authorization header", true
			case "social security":
				return "a social security number", true
			}
		}
	}
	return "", false
}

// metaLast reports whether a last word makes a name describe a secret
// instead of holding it.
func metaLast(w string) bool {
	switch w {
	case "policy", "policies", "field", "fields", "form", "length", "len", "size", "min", "max",
		"minimum", "maximum", "rule", "rules", "regex", "re", "pattern", "label", "type", "kind",
		"name", "names", "id", "ids", "expiry", "expires", "expiration", "expired", "exp", "ttl",
		"age", "at", "time", "timestamp", "date", "count", "attempts", "tries", "changed",
		"updated", "required", "valid", "invalid", "validity", "strength", "score", "url", "uri",
		"endpoint", "path", "file", "filename", "env", "var", "format", "prefix", "scope",
		"scopes", "error", "errors", "message", "msg", "status", "set", "enabled", "ok", "match",
		"matches", "mismatch", "verified", "version", "algorithm", "method", "reset", "missing",
		"location", "column", "placeholder", "widget", "validator", "validators", "pos", "position",
		"index", "idx", "offset", "handler", "handlers", "class", "factory", "generator", "service",
		"provider", "backend", "manager", "getter", "callback", "func", "fn", "loader":
		return true
	}
	return false
}

// metaFirst reports whether a first word makes a name a flag, a number
// or a setting about a secret.
func metaFirst(w string) bool {
	switch w {
	case "has", "is", "no", "num", "n", "count", "len", "min", "max", "should", "must", "need",
		"needs", "require", "requires", "show", "hide", "use", "allow", "enable", "can", "was", "did":
		return true
	}
	return false
}

// notCredential reports whether a word before "token" makes it a token
// that grants nothing: a pagination cursor (NextToken, page_token,
// continuation_token), an idempotency or cancellation token, or a
// parser's token.
func notCredential(w string) bool {
	switch w {
	case "next", "page", "pagination", "continuation", "starting", "start", "sync", "cancel",
		"cancellation", "idempotency", "acquire", "parse", "parser", "lexer", "current", "last":
		return true
	}
	return false
}

// masked reports whether a word says the value has been made safe to show.
func masked(w string) bool {
	switch w {
	case "masked", "mask", "redacted", "obfuscated", "truncated", "censored", "scrubbed",
		"sanitized", "sanitised", "hidden", "fingerprint", "hint", "last4":
		return true
	}
	return false
}
