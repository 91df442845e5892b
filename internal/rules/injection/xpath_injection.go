package injection

import (
	"github.com/flaskguard/flaskguard/internal/finding"
	"github.com/flaskguard/flaskguard/internal/rules/rule"
	"github.com/flaskguard/flaskguard/internal/taint/spec"
)

// XPathInjection flags request data built into an XPath expression.
//
// # What it does
//
// Reports request data that reaches the expression of lxml's xpath(),
// XPath(), ETXPath() and XPath evaluators, or of ElementTree's find,
// findall, findtext and iterfind. Values passed as XPath variables
// (root.xpath("//user[@name=$name]", name=name)) are not part of the
// expression and are not reported.
//
// # Why is this bad
//
// A quote in the value ends the string literal: `' or '1'='1` selects
// every node, and the rest of the document can be read with it (CWE-643).
//
// # Example
//
//	name = request.args["name"]
//	users = root.xpath("//user[@name='" + name + "']")
//
// # Use instead
//
//	users = root.xpath("//user[@name=$name]", name=request.args["name"])
//
// # References
//
//   - https://lxml.de/xpathxslt.html#the-xpath-method
//   - https://owasp.org/www-community/attacks/XPATH_Injection
//   - https://cwe.mitre.org/data/definitions/643.html
var XPathInjection = rule.Rule{
	ID:           "FG0609",
	Name:         "xpath-injection",
	Practice:     6,
	CWE:          643,
	Severity:     finding.High,
	Confidence:   finding.MediumConfidence,
	Summary:      "request data built into an XPath expression",
	Fix:          "Pass request values as XPath variables ($name with name=value) instead of formatting them into the expression.",
	CheckProject: func(c *rule.Ctx) { c.ReportFlows(spec.XPath) },
}
