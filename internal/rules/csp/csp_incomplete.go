package csp

import (
	policy "github.com/flaskguard/flaskguard/internal/csp"
	"github.com/flaskguard/flaskguard/internal/finding"
	"github.com/flaskguard/flaskguard/internal/rules/rule"
)

// ContentSecurityPolicyIncomplete flags a Content-Security-Policy that
// leaves out a protection a policy is expected to give.
//
// # What it does
//
// Parses every enforced policy the project writes (see FG1202 for where
// policies are found) and reports, at the policy:
//
//   - no script-src and no default-src (Medium): scripts are not
//     restricted at all, typically a policy meant only for framing;
//   - no object-src and no default-src to fall back to (Low);
//   - no base-uri in a policy whose scripts rely on nonces, hashes or
//     'strict-dynamic' (Low): base-uri has no fallback, and a policy that
//     allows scripts by host ('self') is not affected, so Flask-Talisman's
//     default policy is not reported;
//   - no frame-ancestors (Low) when no X-Frame-Options DENY or SAMEORIGIN
//     is sent with it (Talisman sends SAMEORIGIN by default):
//     frame-ancestors does not fall back to default-src. Not reported for
//     <meta> policies, where browsers ignore frame-ancestors.
//
// # Why is this bad
//
// Each missing directive leaves a door the rest of the policy assumes is
// shut: plugins (<object>, <embed>) that run script from anywhere, an
// injected <base href> that makes the page's own nonced scripts load from
// the attacker's host, or pages framed by other sites for clickjacking
// (CWE-693, protection mechanism failure).
//
// # Example
//
//	resp.headers["Content-Security-Policy"] = "script-src 'nonce-{n}' 'strict-dynamic'"
//
// # Use instead
//
//	resp.headers["Content-Security-Policy"] = (
//	    "script-src 'nonce-{n}' 'strict-dynamic'; object-src 'none'; "
//	    "base-uri 'none'; frame-ancestors 'self'"
//	)
//
// # References
//
//   - https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/Content-Security-Policy/base-uri
//   - https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/Content-Security-Policy/frame-ancestors
//   - https://csp-evaluator.withgoogle.com/
//   - https://cwe.mitre.org/data/definitions/693.html
var ContentSecurityPolicyIncomplete = rule.Rule{
	ID:           "FG1203",
	Name:         "content-security-policy-incomplete",
	Practice:     12,
	CWE:          693,
	Severity:     finding.Low,
	Confidence:   finding.HighConfidence,
	Summary:      "Content-Security-Policy lacks script-src/default-src, object-src, base-uri (with nonces) or frame-ancestors (without X-Frame-Options)",
	Fix:          "Add default-src (or script-src), object-src 'none', base-uri 'self' and frame-ancestors 'self' (or 'none') to the policy.",
	CheckProject: checkIncomplete,
}

func checkIncomplete(c *rule.Ctx) {
	if c.Flask == nil {
		return
	}
	report(c, func(p policy.Problem) bool { return !p.Kind.Unsafe() })
}
