package logging

import (
	"slices"
	"testing"
)

func TestWords(t *testing.T) {
	for in, want := range map[string][]string{
		"X-Api-Key":           {"x", "api", "key"},
		"newPassword":         {"new", "password"},
		"SECRET_KEY":          {"secret", "key"},
		"min_password_length": {"min", "password", "length"},
		"":                    nil,
	} {
		if got := words(in); !slices.Equal(got, want) {
			t.Errorf("words(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestSecretName(t *testing.T) {
	secret := []string{
		"password", "new_password", "hashed_password", "password_hash", "passwd", "user_pwd",
		"SECRET_KEY", "client_secret", "token", "access_token", "csrf_token", "jwt", "api_key",
		"apiKey", "X-Api-Key", "Authorization", "aws_access_key", "private_key", "credentials",
		"card_number", "credit_card", "cvv", "ssn", "session_cookie", "invalid_token",
		"SECURITY_PASSWORD_SALT", "BOOKS_API_TOKEN",
	}
	for _, s := range secret {
		if _, ok := secretName(s, false); !ok {
			t.Errorf("secretName(%q) = false, want true", s)
		}
	}
	notSecret := []string{
		"password_policy", "PASSWORD_FIELD", "MIN_PASSWORD_LENGTH", "token_expires_at",
		"has_password", "is_token_valid", "masked_token", "token_type", "tokens", "secrets",
		"tokenizer", "password_reset", "user_id", "username", "cookie", "theme", "key",
		"token_url", "num_tokens", "redacted_password", "token_pos", "next_token", "NextToken",
		"continuation_token", "starting_token",
	}
	for _, s := range notSecret {
		if label, ok := secretName(s, false); ok {
			t.Errorf("secretName(%q) = %q, want no secret", s, label)
		}
	}
	if _, ok := secretName("Cookie", true); !ok {
		t.Error(`the Cookie header is a secret`)
	}
}
