package secrets

import (
	"testing"

	"github.com/flaskguard/flaskguard/internal/rules/ruletest"
)

func TestHardcodedCredentialInURL(t *testing.T) {
	ruletest.Run(t, "../testdata/hardcoded-credential-in-url", &HardcodedCredentialInURL)
}

func TestHardcodedAPIToken(t *testing.T) {
	ruletest.Run(t, "../testdata/hardcoded-api-token", &HardcodedAPIToken)
}

func TestCommittedEnvFileSecret(t *testing.T) {
	ruletest.Run(t, "../testdata/committed-env-file-secret", &CommittedEnvFileSecret)
}

func TestCredentialName(t *testing.T) {
	yes := []string{"API_KEY", "apiKey", "MAIL_PASSWORD", "db_pass", "GITHUB_TOKEN", "client_secret",
		"AWS_SECRET_ACCESS_KEY", "STRIPE_SECRET_KEY", "JWT_SECRET_KEY", "password", "Authorization", "X-API-Key"}
	no := []string{"SECRET_KEY", "SECURITY_PASSWORD_SALT", "TOKEN_HEADER", "PASSWORD_FIELD", "PASSWORD_MIN_LENGTH",
		"TOKEN_URL", "PASSWORD_HASH", "AWS_ACCESS_KEY_ID", "CACHE_KEY", "KEY", "pass", "NEXT_PAGE_TOKEN", "bypass"}
	for _, n := range yes {
		if _, ok := credentialName(n); !ok {
			t.Errorf("credentialName(%q) = false, want true", n)
		}
	}
	for _, n := range no {
		if k, ok := credentialName(n); ok {
			t.Errorf("credentialName(%q) = %q, want none", n, k)
		}
	}
}

func TestIsSecretValue(t *testing.T) {
	yes := []string{"Winter2024!", "a8f5f167f44f4964", "pg-4471-prod", "monkey", "correct-horse-7"}
	no := []string{"", "abc", "changeme", "CHANGE_ME", "your-api-key-here", "<token>", "${TOKEN}", "$TOKEN",
		"{password}", "%(password)s", "****", "xxxxxxxx", "sk_live_...", "X-Auth-Token", "password",
		"user_password", "access_token", "Bearer", "BOOKS_API_TOKEN", "/run/secrets/token",
		"secrets/token.txt", "Invalid password", "The token has expired.", "https://auth.corp.net/token",
		"test", "dummy-value", "none"}
	for _, v := range yes {
		if !isSecretValue(v) {
			t.Errorf("isSecretValue(%q) = false, want true", v)
		}
	}
	for _, v := range no {
		if isSecretValue(v) {
			t.Errorf("isSecretValue(%q) = true, want false", v)
		}
	}
}

func TestFindCredentialURLs(t *testing.T) {
	for s, want := range map[string]string{
		"postgresql://u:p4ss@h/db":                 "p4ss",
		"mysql://root:p@ssw0rd@legacy/crm":         "p@ssw0rd",
		"redis://:pw-1@cache:6379/0":               "pw-1",
		"see postgresql://a:b@c/d and more":        "b",
		"postgresql://localhost/db":                "",
		"postgresql://user@host/db":                "",
		"https://cdn/users/@me":                    "",
		"mongodb+srv://app:Zq@c0.mongodb.net/?x=1": "Zq",
	} {
		got := ""
		if us := findCredentialURLs(s); len(us) > 0 {
			got = us[0].password
		}
		if got != want {
			t.Errorf("findCredentialURLs(%q) password = %q, want %q", s, got, want)
		}
	}
}
