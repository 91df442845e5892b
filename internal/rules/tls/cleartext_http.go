package tls

import (
	"path"
	"strings"

	"github.com/flaskguard/flaskguard/internal/confsrc"
	"github.com/flaskguard/flaskguard/internal/finding"
	"github.com/flaskguard/flaskguard/internal/project"
	"github.com/flaskguard/flaskguard/internal/python"
	"github.com/flaskguard/flaskguard/internal/rules/internal/ruleutil"
	"github.com/flaskguard/flaskguard/internal/rules/rule"
)

// CleartextHTTPRequest flags requests and API endpoints over plain http://.
//
// # What it does
//
// Reports outgoing requests to literal http:// URLs made with requests
// (functions and Session methods), httpx (functions and Client methods)
// and urllib.request.urlopen/Request, where the URL is a literal, the
// literal start of an f-string, a concatenation or template starting with
// one, or a constant:
//
//   - Medium when the request carries credentials (auth=, cookies=, a
//     header, query parameter or body field named like Authorization,
//     X-API-Key, token, api_key, password, session) or when the host or path
//     names an API or an authentication endpoint (api, auth, oauth, login,
//     token, sso, graphql, webhook);
//   - Low for other http:// requests.
//
// It also reports, with Medium severity, API and authentication endpoints
// configured as http:// URLs: a module or class constant, app.config key
// or setting of a configuration file whose name ends in URL, URI,
// ENDPOINT, HOST, BASE or SERVER and whose name or URL names an API or an
// authentication service (BOOKS_API_URL = "http://api.example.com/v2").
// Requests that use such a constant are reported at the constant, once.
// In config classes, files and services named for development or tests,
// and in example files, these are Low.
//
// Not reported: https://; hosts on this machine or its container network
// (localhost, 127.0.0.1, 0.0.0.0, [::1], *.localhost, *.local,
// host.docker.internal, the 169.254.169.254 metadata service) and host
// names without a dot (compose and Kubernetes service names such as
// http://api:8000, whose traffic stays on the container network, often
// inside a service mesh that adds TLS); URLs whose host is not literal
// (f"http://{host}/api", which may well be one of those). Private
// addresses (10.x, 192.168.x, 172.16-31.x) and internal zones (*.internal,
// *.svc, *.lan) are Low whatever the request carries: less exposed, but
// still readable by anyone on that network.
//
// # Why is this bad
//
// Plain HTTP is readable and changeable by everyone on the network path:
// the API token in the Authorization header, the password in a login
// request and the data in the answer travel in clear text, and an
// attacker can alter what the application receives (CWE-319, cleartext
// transmission of sensitive information).
//
// # Example
//
//	class Config:
//	    BOOKS_API_URL = "http://api.openbooks.example.com/v2"
//
//	requests.post("http://auth.partner.com/oauth/token", data={"client_secret": secret})
//
// # Use instead
//
// Use https:// for every service outside the machine or its private
// network, and keep certificate verification on:
//
//	class Config:
//	    BOOKS_API_URL = "https://api.openbooks.example.com/v2"
//
// # References
//
//   - https://cheatsheetseries.owasp.org/cheatsheets/Transport_Layer_Security_Cheat_Sheet.html
//   - https://requests.readthedocs.io/en/latest/user/advanced/#ssl-cert-verification
//   - https://owasp.org/www-project-web-security-testing-guide/latest/4-Web_Application_Security_Testing/09-Testing_for_Weak_Cryptography/03-Testing_for_Sensitive_Information_Sent_via_Unencrypted_Channels
//   - https://cwe.mitre.org/data/definitions/319.html
var CleartextHTTPRequest = rule.Rule{
	ID:          "FG1402",
	Name:        "cleartext-http-request",
	Practice:    14,
	CWE:         319,
	Severity:    finding.Medium,
	Confidence:  finding.MediumConfidence,
	Summary:     "HTTP request, API endpoint or credentials over plain http:// instead of https://",
	Fix:         "Use https:// URLs for every service outside the machine or its private network.",
	Visits:      []python.Kind{python.KindCall, python.KindAssign},
	Check:       checkCleartext,
	CheckConfig: checkCleartextConfig,
}

func checkCleartext(c *rule.Ctx, n python.Node) {
	switch n := n.(type) {
	case *python.Call:
		checkCleartextCall(c, n)
		if _, method, ok := project.ConfigMethod(n); ok && (method == "update" || method == "from_mapping") {
			for _, en := range c.Project.ConfigEntries(c.Module, n) {
				if en.Module == c.Module {
					checkEndpointDef(c, en.Key, en.Value, false)
				}
			}
		}
	case *python.Assign:
		if n.Value == nil || n.Op != "" {
			return
		}
		for _, t := range n.Targets {
			switch t := t.(type) {
			case *python.Name:
				// The tests checkEndpointDef starts with come first: they
				// are cheaper than finding the scope and classes.
				if s, ok := n.Value.(*python.String); !ok || !s.IsConstant() || !endpointName(t.ID) {
					continue
				}
				if len(c.Module.ScopeAt(n.Span().Start)) == 0 { // module or class level
					classes := enclosingClasses(c.File.Module, n.Span().Start)
					dev := len(classes) > 0 && ruleutil.IsDevClassName(classes[len(classes)-1])
					checkEndpointDef(c, t.ID, n.Value, dev)
				}
			case *python.Subscript:
				if _, key, ok := project.ConfigKey(t); ok {
					checkEndpointDef(c, key, n.Value, false)
				}
			}
		}
	}
}

// checkCleartextCall reports a request to an http:// URL.
func checkCleartextCall(c *rule.Ctx, call *python.Call) {
	if !mayBeClientCall(c, call) {
		return
	}
	scope := c.Module.ScopeAt(call.Span().Start)
	hc, ok := clientCall(c, call, scope)
	if !ok {
		return
	}
	arg, ok := ruleutil.Argument(call, "url", hc.urlPos)
	if !ok {
		return
	}
	ua, ok := literalURL(c, arg, scope)
	if !ok {
		return
	}
	u, ok := parseHTTP(ua.text, ua.complete)
	if !ok || u.reach == unknownHost || u.reach == localHost {
		return
	}
	if ua.name != "" && endpointName(ua.name) && (apiName(ua.name) || looksLikeAPI(u.host, u.rest)) {
		return // reported where the constant is defined
	}
	sev, why := finding.Low, ""
	switch {
	case u.reach == privateHost:
		why = " on the private network"
	case carriesCredentials(c, call, scope, u):
		sev, why = finding.Medium, " with credentials"
	case looksLikeAPI(u.host, u.rest+ua.tail):
		sev, why = finding.Medium, " to an API or authentication endpoint"
	}
	c.ReportSeverity(arg.Span(), sev, hc.what+" sends a request"+why+" over plain http:// to "+u.host+
		": anyone on the network path can read and change it")
}

// endpointSuffixes end the names of settings that hold a service's
// address.
var endpointSuffixes = map[string]bool{
	"url": true, "uri": true, "endpoint": true, "host": true, "base": true, "server": true, "api": true,
}

// apiHints in a setting's name say that it addresses an API or an
// authentication service.
var apiHints = map[string]bool{
	"api": true, "auth": true, "oauth": true, "oauth2": true, "login": true, "token": true, "sso": true,
	"graphql": true, "webhook": true, "payment": true, "payments": true, "idp": true, "openid": true, "oidc": true,
}

func endpointName(name string) bool {
	ws := ruleutil.Words(name)
	return len(ws) > 0 && endpointSuffixes[ws[len(ws)-1]]
}

func apiName(name string) bool {
	for _, w := range ruleutil.Words(name) {
		if apiHints[w] {
			return true
		}
	}
	return false
}

// checkEndpointDef reports an API endpoint setting with an http:// URL.
func checkEndpointDef(c *rule.Ctx, name string, value python.Expr, dev bool) {
	s, ok := value.(*python.String)
	if !ok || !s.IsConstant() || !endpointName(name) {
		return
	}
	u, ok := parseHTTP(s.Value, true)
	if !ok || u.reach == unknownHost || u.reach == localHost || !apiName(name) && !looksLikeAPI(u.host, u.rest) {
		return
	}
	sev := finding.Medium
	if dev || u.reach == privateHost {
		sev = finding.Low
	}
	c.ReportSeverity(s.Span(), sev, name+" points the app at an API over plain http:// ("+u.host+
		"): the tokens and data its requests carry travel in clear text, readable and changeable on the network path")
}

// checkCleartextConfig reports API endpoint settings with http:// URLs in
// configuration files.
func checkCleartextConfig(c *rule.Ctx, f *confsrc.File) {
	for _, s := range f.Settings {
		if !endpointName(s.Key) {
			continue
		}
		u, ok := parseHTTP(strings.TrimSpace(s.Value), true)
		if !ok || u.reach == unknownHost || u.reach == localHost || !apiName(s.Key) && !looksLikeAPI(u.host, u.rest) {
			continue
		}
		sev := finding.Medium
		if u.reach == privateHost || ruleutil.IsExampleFile(f.Path) || ruleutil.IsDevConfig(f, s.Scope) {
			sev = finding.Low
		}
		loc := s.ValueLoc
		if loc.StartLine == 0 {
			loc = s.Loc
		}
		c.ReportAt(loc, sev, s.Key+" in "+path.Base(f.Path)+" points the app at an API over plain http:// ("+u.host+
			"): the tokens and data its requests carry travel in clear text")
	}
}
