package injection

import (
	"github.com/flaskguard/flaskguard/internal/finding"
	"github.com/flaskguard/flaskguard/internal/rules/rule"
	"github.com/flaskguard/flaskguard/internal/taint/spec"
)

// TrustBoundaryViolation flags unvalidated request data stored in the
// session.
//
// # What it does
//
// Reports request data written into flask.session (session[key] = value,
// session.update, session.setdefault), as key or value, unless it was
// validated first: converted (int(), type=int), checked against an
// allow-list or a safe regular expression, or passed to a project
// validator (a function or method, self.valid_name(u) included) that
// answers true only after inspecting it: comparing it, measuring it,
// calling a predicate on it. A validator that only tests presence
// (u is not None, bool(u)) does not count, nor does a false answer. What
// the configuration holds under a key the client chose
// (current_app.config["PERMISSIONS"].get(token)) is the configured value,
// not client data.
//
// # Why is this bad
//
// Code reads the session as trusted: it was written by the server and
// signed. Unvalidated client input stored there is later used without the
// checks request data gets, mixing trusted and untrusted data (CWE-501).
//
// # Example
//
//	session["role"] = request.form["role"]
//
// # Use instead
//
//	role = request.form["role"]
//	if role not in {"reader", "editor"}:
//	    abort(400)
//	session["role"] = role
//
// # References
//
//   - https://cwe.mitre.org/data/definitions/501.html
//   - https://flask.palletsprojects.com/en/stable/api/#sessions
var TrustBoundaryViolation = rule.Rule{
	ID:           "FG0612",
	Name:         "trust-boundary-violation",
	Practice:     6,
	CWE:          501,
	Severity:     finding.Medium,
	Confidence:   finding.MediumConfidence,
	Summary:      "unvalidated request data stored in the session",
	Fix:          "Validate (convert, allow-list) request data before storing it in the session.",
	CheckProject: func(c *rule.Ctx) { c.ReportFlows(spec.Session) },
}
