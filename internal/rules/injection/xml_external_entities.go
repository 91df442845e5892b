package injection

import (
	"github.com/flaskguard/flaskguard/internal/finding"
	"github.com/flaskguard/flaskguard/internal/rules/rule"
	"github.com/flaskguard/flaskguard/internal/taint/spec"
)

// XMLExternalEntities flags request XML parsed with external entities on.
//
// # What it does
//
// Reports request data parsed as XML by a parser set up to resolve
// entities or load DTDs: an lxml XMLParser built with resolve_entities=True,
// load_dtd=True or dtd_validation=True and passed to fromstring, XML or
// parse; a SAX parser (also used by xml.dom.pulldom and minidom) whose
// feature_external_ges or feature_external_pes was switched on. Parsers
// with their defaults are not reported (lxml 5 and Python 3.7.1 no longer
// resolve external entities by default).
//
// # Why is this bad
//
// An external entity such as <!ENTITY x SYSTEM "file:///etc/passwd">
// makes the parser read local files or fetch URLs from inside the network
// and put them in the document (CWE-611).
//
// # Example
//
//	parser = etree.XMLParser(resolve_entities=True)
//	doc = etree.fromstring(request.data, parser)
//
// # Use instead
//
//	parser = etree.XMLParser(resolve_entities=False, no_network=True)
//	doc = etree.fromstring(request.data, parser)
//
// or defusedxml.
//
// # References
//
//   - https://lxml.de/FAQ.html#how-do-i-use-lxml-safely-as-a-web-service-endpoint
//   - https://docs.python.org/3/library/xml.html#xml-vulnerabilities
//   - https://cwe.mitre.org/data/definitions/611.html
var XMLExternalEntities = rule.Rule{
	ID:           "FG0608",
	Name:         "xml-external-entities",
	Practice:     6,
	CWE:          611,
	Severity:     finding.High,
	Confidence:   finding.HighConfidence,
	Summary:      "request XML parsed with external entities or DTD loading enabled",
	Fix:          "Parse client XML with entity resolution and DTD loading off (resolve_entities=False), or with defusedxml.",
	CheckProject: func(c *rule.Ctx) { c.ReportFlows(spec.XML) },
}
