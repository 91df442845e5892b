package injection

import (
	"github.com/flaskguard/flaskguard/internal/finding"
	"github.com/flaskguard/flaskguard/internal/rules/rule"
	"github.com/flaskguard/flaskguard/internal/taint/spec"
)

// OpenRedirect flags redirects to a target taken from the request.
//
// # What it does
//
// Reports request data that reaches redirect() or a Location header. A
// target is safe once its host (urlparse(url).netloc) was checked against
// an allow-list or found empty (a relative URL), in the view or in a
// project function such as is_safe_url(), also after resolving it with
// urljoin(request.host_url, target); a URL built from a constant scheme
// and host, or from a local path ("/profile/" + name), is safe too. So is
// one that starts with url_for() of an endpoint whose rules are all longer
// than "/": url_for("search") + query stays on the site, but url_for of a
// "/" rule followed by request data is reported, since "/" +
// "/evil.example" is a URL of another site (url_for(..., _external=True)
// names the host and is safe). Escaping does not make a URL safe.
//
// # Why is this bad
//
// A login link such as /login?next=https://evil.example sends users on to
// a look-alike site after they signed in on the real one: phishing with
// the site's own credibility (CWE-601).
//
// # Example
//
//	@app.route("/login", methods=["POST"])
//	def login():
//	    ...
//	    return redirect(request.args.get("next") or url_for("index"))
//
// # Use instead
//
//	def is_safe_url(target):
//	    parts = urlsplit(target)
//	    return not parts.scheme and not parts.netloc and target.startswith("/")
//
//	@app.route("/login", methods=["POST"])
//	def login():
//	    ...
//	    next_url = request.args.get("next", "")
//	    if not is_safe_url(next_url):
//	        next_url = url_for("index")
//	    return redirect(next_url)
//
// # References
//
//   - https://cheatsheetseries.owasp.org/cheatsheets/Unvalidated_Redirects_and_Forwards_Cheat_Sheet.html
//   - https://cwe.mitre.org/data/definitions/601.html
var OpenRedirect = rule.Rule{
	ID:           "FG0606",
	Name:         "open-redirect",
	Practice:     6,
	CWE:          601,
	Severity:     finding.Medium,
	Confidence:   finding.MediumConfidence,
	Summary:      "redirect to a target taken from the request",
	Fix:          "Redirect only to relative paths or allow-listed hosts (check urlsplit(url).netloc), or to url_for(...) targets.",
	CheckProject: func(c *rule.Ctx) { c.ReportFlows(spec.Redirect) },
}
