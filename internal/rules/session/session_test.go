package session

import (
	"testing"

	"github.com/flaskguard/flaskguard/internal/rules/ruletest"
)

func TestCookieWithoutSecureFlag(t *testing.T) {
	ruletest.Run(t, "../testdata/cookie-without-secure-flag", &CookieWithoutSecureFlag)
}

func TestWeakRandomForSecurity(t *testing.T) {
	ruletest.Run(t, "../testdata/weak-random-for-security", &WeakRandomForSecurity)
}

func TestIsSecretName(t *testing.T) {
	yes := []string{
		"token", "reset_token", "csrftoken", "rememberMeKey", "api_key", "API_KEY", "secret", "salt",
		"nonce", "otp", "session_id", "sid", "new_password", "verification_code", "reset_link", "pin",
		"generate_otp", "make_password", "cookie_value", "jwt", "private_key", "captchaText",
	}
	no := []string{
		"key", "sort_key", "cache_key", "token_length", "session_timeout", "cookie_name", "code",
		"status_code", "reset", "reset_game", "dice", "tip", "value", "num", "deck", "shuffle_deck",
		"keyboard_key", "password_min_len", "sessionCount",
	}
	for _, n := range yes {
		if !isSecretName(n) {
			t.Errorf("isSecretName(%q) = false, want true", n)
		}
	}
	for _, n := range no {
		if isSecretName(n) {
			t.Errorf("isSecretName(%q) = true, want false", n)
		}
	}
}

func TestIsSensitiveCookieName(t *testing.T) {
	for name, want := range map[string]bool{
		"session": true, "remember_token": true, "rememberMe": true, "auth": true, "jwt": true,
		"csrftoken": true, "XSRF-TOKEN": true, "sso_id": true, "access_token": true, "user_id": true,
		"sessionid": true, "theme": false, "prefs": false, "lang": false, "SomeCookie": false,
		"visits": false, "ab_bucket": false, "user_theme": false,
	} {
		if got := isSensitiveCookieName(name); got != want {
			t.Errorf("isSensitiveCookieName(%q) = %v, want %v", name, got, want)
		}
	}
}
