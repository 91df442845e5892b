package tls

import (
	"strings"

	"github.com/flaskguard/flaskguard/internal/finding"
	"github.com/flaskguard/flaskguard/internal/project"
	"github.com/flaskguard/flaskguard/internal/python"
	"github.com/flaskguard/flaskguard/internal/rules/internal/ruleutil"
	"github.com/flaskguard/flaskguard/internal/rules/rule"
)

// TLSVerificationDisabled flags HTTP and TLS clients that do not verify
// the server's certificate.
//
// # What it does
//
// Reports, with modules resolved through imports and aliases:
//
//   - verify=False (or another false literal, such as 0) on
//     requests.get/post/.../request, on the methods of a requests.Session or
//     httpx.Client, on httpx.get/post/..., and on httpx.Client(...) and
//     httpx.AsyncClient(...);
//   - session.verify = False on a requests.Session;
//   - ssl=False or verify_ssl=False on aiohttp session methods and
//     aiohttp.TCPConnector(...);
//   - cert_reqs="CERT_NONE" (or ssl.CERT_NONE) on urllib3.PoolManager,
//     ProxyManager, HTTPSConnectionPool and connection_from_url;
//   - ssl._create_unverified_context(), and
//     ssl._create_default_https_context = ssl._create_unverified_context,
//     which turns verification off for the whole process;
//   - ctx.verify_mode = ssl.CERT_NONE and ctx.check_hostname = False on a
//     client context made by ssl.create_default_context() or
//     ssl.SSLContext(...) (one finding when both are set);
//   - urllib3.disable_warnings(), with Low severity: it hides the warning
//     urllib3 prints for every unverified request, which is how unverified
//     requests go unnoticed.
//
// A verify value from the environment with a false default
// (verify=os.environ.get("VERIFY_SSL", False)) is Medium: deployments
// that do not set the variable run without verification.
//
// Not reported: verify=True, a CA bundle path (verify="/etc/ssl/ca.pem"),
// a value read from settings (verify=settings.CA_BUNDLE), verify=None
// (requests then uses the session's setting, True by default), server-side
// contexts (ssl.create_default_context(ssl.Purpose.CLIENT_AUTH),
// ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)), where CERT_NONE only means
// that clients need no certificate, and objects that are not these
// clients.
//
// # Why is this bad
//
// Without certificate verification, TLS still encrypts, but with whoever
// answers: anyone on the network path (a hostile Wi-Fi, a compromised
// router, a cloud neighbour spoofing DNS) can present any certificate,
// read the API tokens and passwords the app sends and alter the answers
// it trusts (CWE-295, improper certificate validation).
//
// # Example
//
//	import requests
//
//	resp = requests.get(url, headers={"Authorization": "Token " + token}, verify=False)
//
//	ctx = ssl.create_default_context()
//	ctx.check_hostname = False
//	ctx.verify_mode = ssl.CERT_NONE
//
// # Use instead
//
// Keep verification on; for a private CA, point the client at its bundle:
//
//	resp = requests.get(url, headers=headers, verify="/etc/ssl/certs/internal-ca.pem")
//
//	ctx = ssl.create_default_context(cafile="/etc/ssl/certs/internal-ca.pem")
//
// # References
//
//   - https://requests.readthedocs.io/en/latest/user/advanced/#ssl-cert-verification
//   - https://www.python-httpx.org/advanced/ssl/
//   - https://urllib3.readthedocs.io/en/stable/advanced-usage.html#certificate-verification
//   - https://docs.python.org/3/library/ssl.html#ssl-security
//   - https://cheatsheetseries.owasp.org/cheatsheets/Transport_Layer_Security_Cheat_Sheet.html
//   - https://cwe.mitre.org/data/definitions/295.html
var TLSVerificationDisabled = rule.Rule{
	ID:         "FG1401",
	Name:       "tls-verification-disabled",
	Practice:   14,
	CWE:        295,
	Severity:   finding.High,
	Confidence: finding.HighConfidence,
	Summary:    "TLS certificate verification disabled (requests verify=False, CERT_NONE, unverified SSL context)",
	Fix:        "Remove verify=False / CERT_NONE; for an internal CA, pass its bundle (verify=\"/path/ca.pem\", ssl.create_default_context(cafile=...)).",
	Visits:     []python.Kind{python.KindCall, python.KindAssign},
	Check:      checkVerification,
}

// clientConstructors take verify= when they are built.
var clientConstructors = map[string]bool{"httpx.Client": true, "httpx.AsyncClient": true}

// urllib3Pools take cert_reqs=.
var urllib3Pools = map[string]bool{
	"urllib3.PoolManager": true, "urllib3.ProxyManager": true, "urllib3.HTTPSConnectionPool": true,
	"urllib3.connection_from_url": true, "urllib3.poolmanager.PoolManager": true,
	"urllib3.connectionpool.HTTPSConnectionPool": true, "urllib3.proxy_from_url": true,
}

func checkVerification(c *rule.Ctx, n python.Node) {
	switch n := n.(type) {
	case *python.Call:
		checkVerifyCall(c, n)
	case *python.Assign:
		if n.Value != nil && n.Op == "" {
			for _, t := range n.Targets {
				if attr, ok := t.(*python.Attribute); ok {
					checkVerifyAssign(c, n, attr)
				}
			}
		}
	}
}

func checkVerifyCall(c *rule.Ctx, call *python.Call) {
	if !mayBeClientCall(c, call) && !mayBeTLSCall(call.Func) {
		return
	}
	scope := c.Module.ScopeAt(call.Span().Start)
	if hc, ok := clientCall(c, call, scope); ok {
		switch hc.lib {
		case "requests", "httpx":
			falseArg(c, call, scope, "verify", hc.what+"(verify=False) sends the request without checking the server's certificate")
		case "aiohttp":
			falseArg(c, call, scope, "ssl", hc.what+"(ssl=False) sends the request without checking the server's certificate")
			falseArg(c, call, scope, "verify_ssl", hc.what+"(verify_ssl=False) sends the request without checking the server's certificate")
		}
		return
	}
	if !mayBeTLSCall(call.Func) {
		return
	}
	q := c.Project.QualifyAt(c.Module, call.Func, scope)
	switch {
	case clientConstructors[q]:
		falseArg(c, call, scope, "verify", q+"(verify=False) makes a client that never checks server certificates")
	case q == "aiohttp.TCPConnector":
		falseArg(c, call, scope, "ssl", "aiohttp.TCPConnector(ssl=False) makes connections that never check server certificates")
		falseArg(c, call, scope, "verify_ssl", "aiohttp.TCPConnector(verify_ssl=False) makes connections that never check server certificates")
	case urllib3Pools[q]:
		if v, ok := call.Keyword("cert_reqs"); ok && isCertNone(c, v, scope) {
			c.Report(ruleutil.ArgSpan(call, v), q+`(cert_reqs="CERT_NONE") makes connections that never check server certificates`)
		}
	case q == "ssl._create_unverified_context" || q == "ssl._create_stdlib_context":
		c.Report(call.Span(), q+"() makes a TLS context that checks neither the certificate nor the host name")
	case q == "urllib3.disable_warnings" || q == "requests.packages.urllib3.disable_warnings":
		c.ReportSeverity(call.Span(), finding.Low, q+"() hides the InsecureRequestWarning that urllib3 prints for "+
			"every unverified HTTPS request, so requests without certificate checks go unnoticed")
	}
}

// mayBeTLSCall screens callees by their last name before resolving them.
func mayBeTLSCall(callee python.Expr) bool {
	var last string
	switch e := callee.(type) {
	case *python.Name:
		last = e.ID
	case *python.Attribute:
		last = e.Attr
	}
	switch last {
	case "Client", "AsyncClient", "TCPConnector", "PoolManager", "ProxyManager", "HTTPSConnectionPool",
		"connection_from_url", "proxy_from_url", "_create_unverified_context", "_create_stdlib_context", "disable_warnings":
		return true
	}
	return false
}

// falseArg reports keyword name when it is a known false value. None does
// not count: requests reads it as "use the session's setting".
func falseArg(c *rule.Ctx, call *python.Call, scope project.Scope, name, msg string) {
	e, ok := call.Keyword(name)
	if !ok {
		return
	}
	v, ok := c.Project.ConstAt(c.Module, e, scope)
	if !ok || v.Kind == project.NoneValue || v.Truthy() || v.EnvFallback && v.IsText() {
		return
	}
	sev := finding.High
	if v.EnvFallback {
		sev = finding.Medium
	}
	c.ReportSeverity(ruleutil.ArgSpan(call, e), sev, msg+ruleutil.EnvNote(v)+
		": anyone on the network path can impersonate the server and read or change the traffic")
}

// isCertNone recognises ssl.CERT_NONE, "CERT_NONE" and "NONE".
func isCertNone(c *rule.Ctx, e python.Expr, scope project.Scope) bool {
	switch q := c.Project.QualifyAt(c.Module, e, scope); q {
	case "ssl.CERT_NONE", "ssl.VerifyMode.CERT_NONE":
		return true
	}
	s, ok := python.StringValue(e)
	return ok && (s == "CERT_NONE" || s == "NONE")
}

// checkVerifyAssign handles session.verify = False, the process-wide
// ssl._create_default_https_context patch, and verify_mode/check_hostname
// on SSL contexts.
func checkVerifyAssign(c *rule.Ctx, a *python.Assign, t *python.Attribute) {
	scope := c.Module.ScopeAt(a.Span().Start)
	switch t.Attr {
	case "verify":
		class := c.Project.ClassOfAt(c.Module, t.Value, scope)
		if sessionClasses[class] != "requests" {
			return
		}
		v, ok := c.Project.ConstAt(c.Module, a.Value, scope)
		if ok && v.Kind != project.NoneValue && !v.Truthy() && !(v.EnvFallback && v.IsText()) {
			c.Report(a.Value.Span(), "session.verify = False turns off certificate checks for every request of the session"+
				ruleutil.EnvNote(v)+": anyone on the network path can impersonate the servers it talks to")
		}
	case "_create_default_https_context":
		if c.Project.QualifyAt(c.Module, t, scope) == "ssl._create_default_https_context" &&
			c.Project.QualifyAt(c.Module, a.Value, scope) == "ssl._create_unverified_context" {
			c.Report(a.Span(), "replacing ssl._create_default_https_context with the unverified one turns off "+
				"certificate checks for every HTTPS connection of the process (urllib, http.client and more)")
		}
	case "verify_mode":
		if isCertNone(c, a.Value, scope) && clientContext(c, t.Value, scope) {
			c.Report(a.Span(), "verify_mode = CERT_NONE on a client SSL context accepts any certificate: "+
				"anyone on the network path can impersonate the server")
		}
	case "check_hostname":
		if b, ok := a.Value.(*python.Constant); !ok || b.Value != python.False || !clientContext(c, t.Value, scope) {
			return
		}
		if setsCertNone(c, scope, t.Value) {
			return // the verify_mode line is reported
		}
		c.Report(a.Span(), "check_hostname = False on a client SSL context accepts a valid certificate for any "+
			"other host: anyone who has one (from any public CA) can impersonate the server")
	}
}

// clientContext reports whether an expression is an SSL context made for
// clients: ssl.create_default_context() without Purpose.CLIENT_AUTH, or
// ssl.SSLContext(...) without PROTOCOL_TLS_SERVER, found through the local
// assignment of the name.
func clientContext(c *rule.Ctx, e python.Expr, scope project.Scope) bool {
	var call *python.Call
	switch x := e.(type) {
	case *python.Call:
		call = x
	case *python.Name:
		call, _ = assignedValue(c, scope, x.ID).(*python.Call)
	}
	if call == nil {
		return false
	}
	switch c.Project.QualifyAt(c.Module, call.Func, scope) {
	case "ssl.create_default_context":
		purpose, ok := ruleutil.Argument(call, "purpose", 0)
		return !ok || c.Project.QualifyAt(c.Module, purpose, scope) != "ssl.Purpose.CLIENT_AUTH"
	case "ssl.SSLContext":
		proto, ok := ruleutil.Argument(call, "protocol", 0)
		if !ok {
			return true
		}
		q := c.Project.QualifyAt(c.Module, proto, scope)
		return !strings.HasSuffix(q, "_SERVER")
	}
	return false
}

// setsCertNone reports whether the same scope also sets
// <ctx>.verify_mode = CERT_NONE on the same context expression.
func setsCertNone(c *rule.Ctx, scope project.Scope, ctx python.Expr) bool {
	want, ok := python.DottedName(ctx)
	if !ok {
		return false
	}
	body := c.File.Module.Body
	if fn := scope.Innermost(); fn != nil {
		body = fn.Body
	}
	found := false
	for _, s := range body {
		python.Walk(s, func(n python.Node) bool {
			if a, ok := n.(*python.Assign); ok && !found && a.Value != nil {
				for _, t := range a.Targets {
					if attr, ok := t.(*python.Attribute); ok && attr.Attr == "verify_mode" {
						if got, ok := python.DottedName(attr.Value); ok && got == want && isCertNone(c, a.Value, scope) {
							found = true
						}
					}
				}
			}
			_, nested := n.(*python.FunctionDef)
			return !found && !nested
		})
	}
	return found
}
