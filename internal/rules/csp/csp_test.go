package csp

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
		findings, evidence := scanDir(t, c.dir, &ContentSecurityPolicyMissing)
		if len(findings) != 0 || !reflect.DeepEqual(evidence, c.evidence) {
			t.Errorf("%s: findings %q, evidence %q; want none and %q", c.dir, findings, evidence, c.evidence)
		}
	}
	// A <meta> policy is judged too, without demanding frame-ancestors.
	if findings, _ := scanDir(t, "testdata/meta", &ContentSecurityPolicyIncomplete); len(findings) != 0 {
		t.Errorf("meta policy: %q", findings)
	}
}

func TestCSPMissingEvidence(t *testing.T) {
	_, got := scanDir(t, "../testdata/content-security-policy-missing", &ContentSecurityPolicyMissing)
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
	if findings, _ := scanDir(t, "testdata/nonce_used", &TalismanNonceUnused); len(findings) != 0 {
		t.Errorf("findings %q, want none", findings)
	}
}
