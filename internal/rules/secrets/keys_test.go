package secrets

import "testing"

func TestLiteralValue(t *testing.T) {
	for _, tc := range []struct {
		in       string
		value    string
		fallback bool
	}{
		{"abc", "abc", false},
		{"  abc ", "abc", false},
		{"", "", false},
		{"$SECRET_KEY", "", false},
		{"${SECRET_KEY}", "", false},
		{"${SECRET_KEY:-dev}", "dev", true},
		{"${SECRET_KEY-dev}", "dev", true},
		{"${SECRET_KEY:-}", "", false},
		{"${SECRET_KEY:?must be set}", "", false},
		{"${SECRET_KEY:-${OTHER}}", "", false},
		{"prefix-$SUFFIX", "", false},
	} {
		v, fb := literalValue(tc.in)
		if v != tc.value || fb != tc.fallback {
			t.Errorf("literalValue(%q) = %q, %v; want %q, %v", tc.in, v, fb, tc.value, tc.fallback)
		}
	}
}

func TestIsKeyEnvVar(t *testing.T) {
	for name, want := range map[string]bool{
		"SECRET_KEY": true, "FLASK_SECRET_KEY": true, "secret_key": true,
		"SECURITY_PASSWORD_SALT": true, "WTF_CSRF_SECRET_KEY": true,
		"DATABASE_URL": false, "SECRET_KEY_PATH": false, "SECRET_KEY_FILE": false, "API_TOKEN": false,
	} {
		if got := isKeyEnvVar(name); got != want {
			t.Errorf("isKeyEnvVar(%q) = %v, want %v", name, got, want)
		}
	}
}
