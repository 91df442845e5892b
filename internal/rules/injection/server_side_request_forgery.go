package injection

import (
	"github.com/flaskguard/flaskguard/internal/finding"
	"github.com/flaskguard/flaskguard/internal/rules/rule"
	"github.com/flaskguard/flaskguard/internal/taint/spec"
)

// ServerSideRequestForgery flags outgoing requests to a URL or host taken
// from the request.
//
// # What it does
//
// Reports request data that reaches the URL of requests, httpx, aiohttp,
// urllib3 and urllib.request calls, or the host of http.client
// connections. A URL whose scheme and host are constant
// ("https://api.example.com/items/" + item) is safe, as is one whose host
// was checked against an allow-list, or one the server signed: its HMAC
// under a key the client cannot know (hmac.new(key, url, ...), key
// neither request data nor a constant of the source) compared equal to
// the one the client sent, by == or hmac.compare_digest, before the path
// goes on. A plain hash of a secret and the URL is no signature. Request
// data in query parameters (params=...) is not the URL.
//
// # Why is this bad
//
// The server fetches what the client names: cloud metadata endpoints
// (http://169.254.169.254/), admin interfaces and databases on the
// internal network, or file:// URLs (CWE-918).
//
// # Example
//
//	@app.route("/preview")
//	def preview():
//	    return requests.get(request.args["url"], timeout=5).text
//
// # Use instead
//
//	ALLOWED_HOSTS = {"images.example.com"}
//
//	@app.route("/preview")
//	def preview():
//	    url = request.args["url"]
//	    if urlsplit(url).hostname not in ALLOWED_HOSTS:
//	        abort(400)
//	    return requests.get(url, timeout=5).text
//
// # References
//
//   - https://cheatsheetseries.owasp.org/cheatsheets/Server_Side_Request_Forgery_Prevention_Cheat_Sheet.html
//   - https://cwe.mitre.org/data/definitions/918.html
var ServerSideRequestForgery = rule.Rule{
	ID:           "FG0611",
	Name:         "server-side-request-forgery",
	Practice:     6,
	CWE:          918,
	Severity:     finding.High,
	Confidence:   finding.MediumConfidence,
	Summary:      "outgoing request to a URL or host taken from the request",
	Fix:          "Keep the scheme and host of outgoing URLs constant, or check the host against an allow-list before the request.",
	CheckProject: func(c *rule.Ctx) { c.ReportFlows(spec.SSRF) },
}
