package passwords

import (
	"testing"

	"github.com/flaskguard/flaskguard/internal/rules/ruletest"
)

func TestPasswordFastHash(t *testing.T) {
	ruletest.Run(t, "../testdata/password-fast-hash", &PasswordFastHash)
}

func TestWeakPasswordHashSettings(t *testing.T) {
	ruletest.Run(t, "../testdata/weak-password-hash-settings", &WeakPasswordHashSettings)
}

func TestPlaintextPasswordStorage(t *testing.T) {
	ruletest.Run(t, "../testdata/plaintext-password-storage", &PlaintextPasswordStorage)
}

func TestIsPasswordName(t *testing.T) {
	yes := []string{"password", "pw", "pwd", "passwd", "new_password", "password1", "confirmPassword", "db_pass", "passphrase"}
	no := []string{"password_hash", "hashed_password", "password_reset_token", "PASSWORD_MIN_LENGTH", "pass",
		"passport", "bypass", "token", "compass", "password_field"}
	for _, n := range yes {
		if !isPasswordName(n) {
			t.Errorf("isPasswordName(%q) = false", n)
		}
	}
	for _, n := range no {
		if isPasswordName(n) {
			t.Errorf("isPasswordName(%q) = true", n)
		}
	}
}

func TestThousands(t *testing.T) {
	for n, want := range map[int64]string{0: "0", 999: "999", 1000: "1 000", 600000: "600 000", 1300000: "1 300 000"} {
		if got := thousands(n); got != want {
			t.Errorf("thousands(%d) = %q, want %q", n, got, want)
		}
	}
}
