package ruleutil

import (
	"slices"
	"strings"
	"testing"
)

// Cases from the session rules, which split cookie and variable names.
func TestWords(t *testing.T) {
	for in, want := range map[string]string{
		"rememberMeKey": "remember me key", "API_KEY": "api key", "XSRF-TOKEN": "xsrf token",
		"HTTPCookie": "http cookie", "password2": "password2", "otp_6": "otp",
	} {
		if got := strings.Join(Words(in), " "); got != want {
			t.Errorf("Words(%q) = %q, want %q", in, got, want)
		}
	}
}

// Cases from the secrets rules, which split setting and header names.
func TestNameWords(t *testing.T) {
	for name, want := range map[string][]string{
		"API_KEY":        {"api", "key"},
		"apiKey":         {"api", "key"},
		"APIKey":         {"api", "key"},
		"X-Auth-Token":   {"x", "auth", "token"},
		"PASSWORD_2":     {"password"},
		"awsSecretKey1":  {"aws", "secret", "key1"},
		"db.password":    {"db", "password"},
		"MAIL_PASSWORD_": {"mail", "password"},
		"sha256Key":      {"sha256", "key"},
		"API_URL_2":      {"api", "url"},
		"":               nil,
	} {
		if got := Words(name); !slices.Equal(got, want) {
			t.Errorf("Words(%q) = %q, want %q", name, got, want)
		}
	}
}
