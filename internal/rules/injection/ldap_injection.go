package injection

import (
	"github.com/flaskguard/flaskguard/internal/finding"
	"github.com/flaskguard/flaskguard/internal/rules/rule"
	"github.com/flaskguard/flaskguard/internal/taint/spec"
)

// LDAPInjection flags request data built into an LDAP filter or DN.
//
// # What it does
//
// Reports request data that reaches the search base or filter of ldap3's
// Connection.search or python-ldap's search_s/search_ext_s, or the DN of
// add, modify, delete and rename calls. escape_filter_chars (ldap3 and
// python-ldap), filter_format and escape_dn_chars make a value safe.
//
// # Why is this bad
//
// `*)(uid=*))(|(uid=*` turns a lookup of one user into a query for all of
// them; in a bind check it can log in without a password (CWE-90).
//
// # Example
//
//	conn.search("dc=example,dc=org", "(uid=" + request.form["user"] + ")")
//
// # Use instead
//
//	from ldap3.utils.conv import escape_filter_chars
//
//	conn.search("dc=example,dc=org", "(uid=%s)" % escape_filter_chars(request.form["user"]))
//
// # References
//
//   - https://cheatsheetseries.owasp.org/cheatsheets/LDAP_Injection_Prevention_Cheat_Sheet.html
//   - https://ldap3.readthedocs.io/en/latest/searches.html
//   - https://cwe.mitre.org/data/definitions/90.html
var LDAPInjection = rule.Rule{
	ID:           "FG0610",
	Name:         "ldap-injection",
	Practice:     6,
	CWE:          90,
	Severity:     finding.High,
	Confidence:   finding.MediumConfidence,
	Summary:      "request data built into an LDAP filter or DN",
	Fix:          "Escape values with escape_filter_chars (filters) or escape_dn_chars (DNs) before building the query.",
	CheckProject: func(c *rule.Ctx) { c.ReportFlows(spec.LDAP) },
}
