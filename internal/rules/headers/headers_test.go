package headers

import (
	"context"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/flaskguard/flaskguard/internal/config"
	"github.com/flaskguard/flaskguard/internal/rules/rule"
	"github.com/flaskguard/flaskguard/internal/rules/ruletest"
	"github.com/flaskguard/flaskguard/internal/scan"
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

// scanDir runs one rule over a project folder and returns its findings
// and evidence as "path:line message".
func scanDir(t *testing.T, dir string, r *rule.Rule) (findings, evidence []string) {
	t.Helper()
	cfg := config.Default()
	cfg.IncludeTests = true
	res, err := scan.Run(context.Background(), scan.Options{Root: dir, Config: cfg, Rules: []*rule.Rule{r}})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range res.Active() {
		findings = append(findings, fmt.Sprintf("%s:%d %s", f.Location.Path, f.Location.StartLine, f.Message))
	}
	for _, e := range res.Evidence {
		evidence = append(evidence, fmt.Sprintf("%s:%d %s", e.Location.Path, e.Location.StartLine, e.Message))
	}
	return findings, evidence
}

// A WSGI middleware that spells the header names may add them: no
// finding, and no evidence either.
func TestSecurityHeadersMiddleware(t *testing.T) {
	findings, evidence := scanDir(t, "testdata/middleware", &SecurityHeadersMissing)
	if len(findings)+len(evidence) != 0 {
		t.Errorf("findings %q, evidence %q; want none", findings, evidence)
	}
}

func TestSecurityHeadersEvidence(t *testing.T) {
	_, got := scanDir(t, "../testdata/security-headers-missing", &SecurityHeadersMissing)
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
