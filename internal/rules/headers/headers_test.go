package headers

import (
	"reflect"
	"strings"
	"testing"

	"github.com/flaskguard/flaskguard/internal/rules/ruletest"
)

func TestSecurityHeadersMissing(t *testing.T) {
	ruletest.Run(t, "../testdata/security-headers-missing", &SecurityHeadersMissing)
}

func TestTalismanWeakSettings(t *testing.T) {
	ruletest.Run(t, "../testdata/talisman-weak-settings", &TalismanWeakSettings)
}

func TestWeakSecurityHeaderValue(t *testing.T) {
	ruletest.Run(t, "../testdata/weak-security-header-value", &WeakSecurityHeaderValue)
}

func TestCORSWildcardWithCredentials(t *testing.T) {
	ruletest.Run(t, "../testdata/cors-wildcard-with-credentials", &CORSWildcardWithCredentials)
}

// A WSGI middleware that spells the header names may add them: no
// finding, and no evidence either.
func TestSecurityHeadersMiddleware(t *testing.T) {
	findings, evidence := ruletest.ScanDir(t, "testdata/middleware", &SecurityHeadersMissing)
	if len(findings)+len(evidence) != 0 {
		t.Errorf("findings %q, evidence %q; want none", findings, evidence)
	}
}

func TestSecurityHeadersEvidence(t *testing.T) {
	_, got := ruletest.ScanDir(t, "../testdata/security-headers-missing", &SecurityHeadersMissing)
	want := []string{
		"safe_factory/__init__.py:10 safe_factory:create_app() gets security headers from Talisman (safe_factory/__init__.py:10): " +
			"X-Frame-Options, HSTS, X-Content-Type-Options, Referrer-Policy, a CSP",
		"safe_hooks.py:18 safe_hooks:app gets security headers from after_request hook security_headers (safe_hooks.py:16): X-Content-Type-Options, Referrer-Policy",
		"safe_hooks.py:29 other gets security headers from after_request hook frame_options (safe_hooks.py:27): X-Frame-Options",
		"safe_talisman.py:5 safe_talisman:app gets security headers from Talisman (safe_talisman.py:5): " +
			"X-Frame-Options, HSTS, X-Content-Type-Options, Referrer-Policy, a CSP",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("evidence:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestHSTSMaxAge(t *testing.T) {
	for v, want := range map[string]int64{
		"max-age=31536000; includeSubDomains": 31536000,
		"includeSubDomains; Max-Age=\"600\"":  600,
		"max-age=0":                           0,
		"max-age=abc":                         -1,
		"includeSubDomains":                   -1,
	} {
		got, ok := hstsMaxAge(v)
		if !ok {
			got = -1
		}
		if got != want {
			t.Errorf("hstsMaxAge(%q) = %d, want %d", v, got, want)
		}
	}
	for secs, want := range map[int64]string{1: "1 second", 59: "59 seconds", 3600: "1 hour", 86400: "24 hours", 15552000: "180 days"} {
		if got := days(secs); got != want {
			t.Errorf("days(%d) = %q, want %q", secs, got, want)
		}
	}
}
