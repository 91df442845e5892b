package injection

import (
	"testing"

	"github.com/flaskguard/flaskguard/internal/rules/rule"
	"github.com/flaskguard/flaskguard/internal/rules/ruletest"
	"github.com/flaskguard/flaskguard/internal/rules/templates"
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

// TestHeaderInjectionSeverity: a header value is Low on a Werkzeug that
// refuses line breaks in values (0.8 and later), Medium when the
// requirements allow only older releases.
func TestHeaderInjectionSeverity(t *testing.T) {
	for _, dir := range []string{"testdata/old-werkzeug", "testdata/current-werkzeug"} {
		t.Run(dir, func(t *testing.T) {
			ruletest.Run(t, dir, &HeaderInjection)
		})
	}
}

// TestTemplateOutputs: request data passed to a template is reported by
// FG0604 at the view, for the template Flask loads (the app's folder, then
// the blueprints' in registration order); the template rules report the
// other unprotected outputs, and not those FG0604 covers.
func TestTemplateOutputs(t *testing.T) {
	for _, dir := range []string{"testdata/blueprint-templates", "testdata/custom-template-folder"} {
		t.Run(dir, func(t *testing.T) {
			ruletest.Run(t, dir, &CrossSiteScripting, &templates.UnescapedOutputRule, &templates.UnquotedAttribute,
				&templates.ScriptContextWithoutTojson)
		})
	}
}
