package csp

import (
	policy "github.com/flaskguard/flaskguard/internal/csp"
	"github.com/flaskguard/flaskguard/internal/finding"
	"github.com/flaskguard/flaskguard/internal/rules/rule"
)

// ContentSecurityPolicyUnsafe flags a Content-Security-Policy that lets
// injected script run.
//
// # What it does
//
// Parses every enforced policy the project writes (Flask-Talisman's
// content_security_policy, as a string or a dict, with the nonce
// content_security_policy_nonce_in adds; Content-Security-Policy values
// set by after-request hooks; <meta http-equiv> elements in templates) and
// reports, in the directive that governs scripts (script-src, or
// default-src when script-src is absent):
//
//   - 'unsafe-inline' with no nonce, hash or 'strict-dynamic' beside it
//     (Medium); with one of them, CSP2+ browsers ignore 'unsafe-inline',
//     which is how policies stay compatible with old browsers;
//   - "*" or a scheme with a wildcard host (Medium);
//   - bare schemes: data:, http:, https: (Medium), blob:, filesystem:
//     (Low);
//   - 'unsafe-eval' (Low).
//
// Host and scheme sources next to 'strict-dynamic' are ignored by
// browsers and not reported. Wildcards and bare schemes in the directive
// that governs plugins (object-src, or default-src) are reported Low.
// Report-only policies are not judged (FG1201 reports that they enforce
// nothing), nor are policies set only for development or tests.
//
// # Why is this bad
//
// The point of a CSP is to stop script the site did not write. With
// 'unsafe-inline' an injected <script> or onerror= handler runs; with *,
// https: or data: the attacker loads script from a host they control or
// inline as a data: URL; with 'unsafe-eval' strings become code. The
// policy then looks like protection and gives none (CWE-693, protection
// mechanism failure).
//
// # Example
//
//	Talisman(app, content_security_policy={
//	    "default-src": "'self'",
//	    "script-src": ["'self'", "'unsafe-inline'", "https:"],
//	})
//
// # Use instead
//
// Allow your own scripts and mark the inline ones with a nonce:
//
//	Talisman(
//	    app,
//	    content_security_policy={"default-src": "'self'", "script-src": "'self'"},
//	    content_security_policy_nonce_in=["script-src"],
//	)
//	# template: <script nonce="{{ csp_nonce() }}">...</script>
//
// # References
//
//   - https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/Content-Security-Policy/script-src
//   - https://csp-evaluator.withgoogle.com/
//   - https://web.dev/articles/strict-csp
//   - https://cwe.mitre.org/data/definitions/693.html
var ContentSecurityPolicyUnsafe = rule.Rule{
	ID:           "FG1202",
	Name:         "content-security-policy-unsafe",
	Practice:     12,
	CWE:          693,
	Severity:     finding.Medium,
	Confidence:   finding.HighConfidence,
	Summary:      "Content-Security-Policy allows injected script: 'unsafe-inline' without nonce/hash, 'unsafe-eval', *, data: or bare https: for scripts",
	Fix:          "Allow scripts from 'self' (and named hosts) only; replace 'unsafe-inline' with nonces (Talisman content_security_policy_nonce_in) and drop 'unsafe-eval', * and bare schemes.",
	CheckProject: checkUnsafe,
}

func checkUnsafe(c *rule.Ctx) {
	if c.Flask == nil {
		return
	}
	report(c, func(p policy.Problem) bool { return p.Kind.Unsafe() })
}

// report grades every policy source and reports the problems a rule
// owns, once per place and problem (a Talisman dict shared by two apps is
// written once).
func report(c *rule.Ctx, owns func(policy.Problem) bool) {
	type key struct {
		at  finding.Location
		msg string
	}
	seen := map[key]bool{}
	for _, s := range sources(c) {
		for _, p := range policy.Check(policy.Parse(s.value), s.opt) {
			if !owns(p) {
				continue
			}
			loc := s.at
			if p.Source != "" {
				loc = problemAt(c, s, p.Directive)
			}
			k := key{loc, p.Message}
			if seen[k] {
				continue
			}
			seen[k] = true
			c.ReportAt(loc, p.Severity, capitalise(s.what)+": "+p.Message)
		}
	}
}

func capitalise(s string) string {
	if s == "" || s[0] < 'a' || s[0] > 'z' {
		return s
	}
	return string(s[0]-'a'+'A') + s[1:]
}
