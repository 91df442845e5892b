// Package session holds the rules of practice 4, "secure sessions":
// cookies set without the Secure flag (FG0401), values that must be
// unguessable made with a predictable random generator (FG0402), and the
// session configuration each app is deployed with: the session cookie's
// Secure, HttpOnly and SameSite flags (FG0403 to FG0405), its lifetime
// (FG0406), Flask-Login's remember-me cookie (FG0407) and session
// protection (FG0408), and Flask-Session stores that pickle (FG0409).
package session

import (
	"slices"
	"strings"

	"github.com/flaskguard/flaskguard/internal/rules/internal/ruleutil"
)

// secretWords are words that, alone in a name, say its value must not be
// guessable: session_id, csrf_token, api_secret, salt, otp, new_password.
var secretWords = map[string]bool{
	"secret": true, "secrets": true, "salt": true, "nonce": true, "otp": true, "totp": true, "hotp": true,
	"session": true, "sessions": true, "sid": true, "cookie": true, "cookies": true, "pin": true, "iv": true,
	"pwd": true, "pw": true, "passphrase": true, "credential": true, "credentials": true, "jwt": true,
	"bearer": true,
}

// secretRoots are secret words that also count inside a longer word, as
// written in names without separators (csrftoken, sessionid, apikey).
var secretRoots = [...]string{"token", "password", "passwd", "csrf", "xsrf", "captcha", "apikey", "sessionid", "sessid", "nonce"}

// neutralKeyWords, next to "key", make it a key of a mapping or an order
// rather than a cryptographic or API key: sort_key, cache_key, dict_key.
var neutralKeyWords = map[string]bool{
	"sort": true, "cache": true, "dict": true, "map": true, "lookup": true, "index": true, "primary": true,
	"foreign": true, "partition": true, "row": true, "column": true, "group": true, "order": true,
	"hot": true, "shortcut": true, "keyboard": true, "press": true, "music": true,
}

// codeWords, next to "code", make it a one-time code sent to a user
// (verification_code, reset_code) rather than a status or source code.
var codeWords = map[string]bool{
	"verification": true, "verify": true, "confirm": true, "confirmation": true, "auth": true,
	"reset": true, "login": true, "activation": true, "activate": true, "invite": true, "invitation": true,
	"recovery": true, "mfa": true, "sms": true, "email": true, "security": true, "access": true,
	"one": true, "backup": true, "unlock": true,
}

// aboutWords say that a value is something about a secret rather than the
// secret itself: token_length, session_timeout, password_min_len,
// cookie_name.
var aboutWords = map[string]bool{
	"length": true, "len": true, "size": true, "count": true, "num": true, "min": true, "max": true,
	"ttl": true, "timeout": true, "expiry": true, "expires": true, "expiration": true, "age": true,
	"delay": true, "interval": true, "idx": true, "attempts": true, "retries": true, "jitter": true,
	"wait": true, "sleep": true, "backoff": true, "lifetime": true, "duration": true, "name": true,
	"field": true, "label": true, "header": true, "prefix": true, "type": true, "format": true,
	"template": true, "path": true, "domain": true,
}

// isSecretName reports whether an identifier, attribute, key or function
// name says that its value must be unguessable: a token, password, secret,
// key, salt, nonce, one-time code, session or CSRF value, reset link or
// cookie (reset_token, rememberMeKey, api_key, verification_code,
// session_id, otp), but not something about one (token_length,
// session_timeout, cookie_name) nor a sort or cache key.
func isSecretName(name string) bool {
	return secretWordsIn(ruleutil.Words(name))
}

// secretWordsIn is isSecretName on a name already split into words.
func secretWordsIn(ws []string) bool {
	found := false
	for i, w := range ws {
		if aboutWords[w] {
			return false
		}
		switch {
		case secretWords[w]:
			found = true
		case w == "key" || w == "keys":
			// Alone, key is too often a mapping key or a sort key
			// (sorted(xs, key=...)) to tell anything.
			found = found || len(ws) > 1 && !anyWord(ws, neutralKeyWords)
		case w == "code" || w == "codes":
			found = found || anyWord(ws, codeWords)
		case w == "reset" && i+1 < len(ws) && (ws[i+1] == "link" || ws[i+1] == "url" || ws[i+1] == "id"):
			found = true
		default:
			for _, r := range secretRoots {
				if strings.Contains(w, r) {
					found = true
				}
			}
		}
	}
	return found
}

// cookieWords, in a cookie's name, mark a cookie that authenticates its
// bearer: a session, remember-me, login, SSO or access cookie.
var cookieWords = map[string]bool{
	"auth": true, "authentication": true, "authorization": true, "remember": true, "login": true,
	"logged": true, "sso": true, "saml": true, "oauth": true, "access": true, "refresh": true,
	"identity": true, "sess": true, "uid": true, "userid": true,
}

// isSensitiveCookieName reports whether a cookie's name says it
// authenticates or protects its bearer (session, remember_token, jwt,
// csrftoken, auth, sso_id, user_id), where a cookie named theme, prefs or
// SomeCookie does not.
func isSensitiveCookieName(name string) bool {
	// "cookie" in a cookie's name (SomeCookie) says nothing about it.
	ws := slices.DeleteFunc(ruleutil.Words(name), func(w string) bool { return w == "cookie" || w == "cookies" })
	return secretWordsIn(ws) || anyWord(ws, cookieWords) ||
		slices.Contains(ws, "user") && slices.Contains(ws, "id")
}

func anyWord(ws []string, set map[string]bool) bool {
	for _, w := range ws {
		if set[w] {
			return true
		}
	}
	return false
}
