package csp

import (
	"reflect"
	"strings"
	"testing"

	"github.com/flaskguard/flaskguard/internal/rules/ruletest"
)

func TestContentSecurityPolicyMissing(t *testing.T) {
	ruletest.Run(t, "../testdata/content-security-policy-missing", &ContentSecurityPolicyMissing)
}

func TestContentSecurityPolicyUnsafe(t *testing.T) {
	ruletest.Run(t, "../testdata/content-security-policy-unsafe", &ContentSecurityPolicyUnsafe)
}

func TestContentSecurityPolicyIncomplete(t *testing.T) {
	ruletest.Run(t, "../testdata/content-security-policy-incomplete", &ContentSecurityPolicyIncomplete)
}

func TestTalismanNonceUnused(t *testing.T) {
	ruletest.Run(t, "../testdata/talisman-nonce-unused", &TalismanNonceUnused)
}

func TestCSPMissingSilent(t *testing.T) {
	for _, c := range []struct {
		dir      string
		evidence []string
	}{
		// A <meta> policy in a template covers the pages.
		{"testdata/meta", []string{"templates/base.html:3 app pages carry a CSP <meta> element: default-src 'self'; object-src 'none'"}},
		// A Response subclass spells the header: the rule cannot follow it.
		{"testdata/middleware", nil},
		// A JSON-only API: no document for a CSP to protect.
		{"testdata/api", nil},
	} {
		findings, evidence := ruletest.ScanDir(t, c.dir, &ContentSecurityPolicyMissing)
		if len(findings) != 0 || !reflect.DeepEqual(evidence, c.evidence) {
			t.Errorf("%s: findings %q, evidence %q; want none and %q", c.dir, findings, evidence, c.evidence)
		}
	}
	// A <meta> policy is judged too, without demanding frame-ancestors.
	if findings, _ := ruletest.ScanDir(t, "testdata/meta", &ContentSecurityPolicyIncomplete); len(findings) != 0 {
		t.Errorf("meta policy: %q", findings)
	}
}

func TestCSPMissingEvidence(t *testing.T) {
	_, got := ruletest.ScanDir(t, "../testdata/content-security-policy-missing", &ContentSecurityPolicyMissing)
	want := []string{
		"safe.py:6 site sends a Content-Security-Policy from Talisman (safe.py:6): default-src 'self'; object-src 'none'",
		"safe.py:15 shop sends a Content-Security-Policy from after_request hook policy (safe.py:15): default-src 'self'",
		"safe.py:28 api sends a Content-Security-Policy from after_request hook api_policy (safe.py:28): default-src 'none'; frame-ancestors 'none'",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("evidence:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// Once a template renders csp_nonce(), inline scripts elsewhere are not
// this rule's business.
func TestNonceUsed(t *testing.T) {
	if findings, _ := ruletest.ScanDir(t, "testdata/nonce_used", &TalismanNonceUnused); len(findings) != 0 {
		t.Errorf("findings %q, want none", findings)
	}
}
