package injection

import (
	"testing"

	"github.com/flaskguard/flaskguard/internal/rules/rule"
	"github.com/flaskguard/flaskguard/internal/rules/ruletest"
)

// TestRules runs each rule over its fixture folder through the real scan
// pipeline and compares the exact (file, line) set with the fixtures'
// want comments.
func TestRules(t *testing.T) {
	for _, r := range []*rule.Rule{
		&CommandInjection, &CodeInjection, &TemplateInjection, &CrossSiteScripting, &PathTraversal,
		&OpenRedirect, &UnsafeDeserialization, &XMLExternalEntities, &XPathInjection, &LDAPInjection,
		&ServerSideRequestForgery, &TrustBoundaryViolation, &HeaderInjection,
	} {
		t.Run(r.Name, func(t *testing.T) {
			ruletest.Run(t, "../testdata/"+r.Name, r)
		})
	}
}
