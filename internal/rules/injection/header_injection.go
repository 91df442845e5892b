package injection

import (
	"github.com/flaskguard/flaskguard/internal/finding"
	"github.com/flaskguard/flaskguard/internal/rules/rule"
	"github.com/flaskguard/flaskguard/internal/taint/spec"
)

// HeaderInjection flags request data written into response headers.
//
// # What it does
//
// Reports request data that becomes the name or value of a response
// header: resp.headers[name] = value, headers.add/set/extend,
// Response(headers=...), make_response(body, status, headers) and the
// headers of a (body, status, headers) tuple returned by a view. A
// Location header is an open redirect instead (FG0606). Values with line
// breaks removed (.replace("\n", "")), URL-quoted or converted to numbers
// are safe.
//
// # Why is this bad
//
// A CR LF in a header value starts a new header or the body: the client
// sets cookies, splits the response or poisons caches (CWE-113). Werkzeug
// rejects newlines in header values in recent versions, but not every
// deployment runs one, and header names are not checked the same way.
//
// # Example
//
//	resp = make_response("ok")
//	resp.headers["X-Request-Name"] = request.args["name"]
//
// # Use instead
//
//	resp.headers["X-Request-Name"] = quote(request.args["name"])
//
// # References
//
//   - https://owasp.org/www-community/attacks/HTTP_Response_Splitting
//   - https://cwe.mitre.org/data/definitions/113.html
var HeaderInjection = rule.Rule{
	ID:           "FG0613",
	Name:         "http-header-injection",
	Practice:     6,
	CWE:          113,
	Severity:     finding.Medium,
	Confidence:   finding.MediumConfidence,
	Summary:      "request data written into a response header",
	Fix:          "Do not copy request data into response headers, or strip CR and LF (or URL-quote it) first.",
	CheckProject: func(c *rule.Ctx) { c.ReportFlows(spec.Header) },
}
