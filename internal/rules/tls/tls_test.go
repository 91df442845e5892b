package tls

import (
	"testing"

	"github.com/flaskguard/flaskguard/internal/rules/ruletest"
)

func TestTLSVerificationDisabled(t *testing.T) {
	ruletest.Run(t, "../testdata/tls-verification-disabled", &TLSVerificationDisabled)
}

func TestCleartextHTTPRequest(t *testing.T) {
	ruletest.Run(t, "../testdata/cleartext-http-request", &CleartextHTTPRequest)
}

func TestDevServerExposedWithoutTLS(t *testing.T) {
	ruletest.Run(t, "../testdata/dev-server-exposed-without-tls", &DevServerExposedWithoutTLS)
}

func TestPreferredURLSchemeHTTP(t *testing.T) {
	ruletest.Run(t, "../testdata/preferred-url-scheme-http", &PreferredURLSchemeHTTP)
}

func TestClassifyHost(t *testing.T) {
	for host, want := range map[string]hostReach{
		"localhost:5000": localHost, "127.0.0.1": localHost, "[::1]:8000": localHost, "0.0.0.0": localHost,
		"printer.local": localHost, "auth-service:8080": localHost, "169.254.169.254": localHost,
		"10.0.4.12:8080": privateHost, "192.168.1.20": privateHost, "db.internal": privateHost,
		"api.partner.com": publicHost, "8.8.8.8": publicHost, "user:pw@api.partner.com": publicHost,
	} {
		if got := classifyHost(host); got != want {
			t.Errorf("classifyHost(%q) = %d, want %d", host, got, want)
		}
	}
}

func TestFStringPrefix(t *testing.T) {
	for src, want := range map[string][2]string{
		`f"http://x/{y}"`:           {"http://x/", "{y}"},
		`f'http://{h}/api'`:         {"http://", "{h}/api"},
		`rf"http://a/b"`:            {"http://a/b", ""},
		`f"{{x}}http://"`:           {"{{x}}http://", ""},
		`f"""http://a/{b}/login"""`: {"http://a/", "{b}/login"},
	} {
		if p, tail := fstringPrefix(src); p != want[0] || tail != want[1] {
			t.Errorf("fstringPrefix(%s) = %q, %q, want %q", src, p, tail, want)
		}
	}
}
