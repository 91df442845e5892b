package tls

import (
	"strings"

	"github.com/flaskguard/flaskguard/internal/finding"
	"github.com/flaskguard/flaskguard/internal/project"
	"github.com/flaskguard/flaskguard/internal/python"
	"github.com/flaskguard/flaskguard/internal/rules/internal/ruleutil"
	"github.com/flaskguard/flaskguard/internal/rules/rule"
)

// PreferredURLSchemeHTTP flags Flask configured to generate http:// URLs.
//
// # What it does
//
// Reports PREFERRED_URL_SCHEME set to "http":
//
//   - app.config["PREFERRED_URL_SCHEME"] = "http",
//     app.config.update(PREFERRED_URL_SCHEME="http"), from_mapping and
//     setdefault;
//   - PREFERRED_URL_SCHEME = "http" in a config class or settings module
//     that app.config.from_object loads (inherited values are reported
//     where they are written).
//
// Config classes and settings modules named for development or tests
// (DevelopmentConfig, TestingConfig, Local*) are exempt, and so are
// assignments under an `if` that tests for debug, testing or development:
// local servers often have no TLS. Flask's default is "http" too, but a
// default is not reported: behind a proxy that sets X-Forwarded-Proto
// (with ProxyFix), requests already produce https:// URLs; the setting
// matters for URLs built outside a request, which this rule cannot see
// being built.
//
// # Why is this bad
//
// url_for(..., _external=True) outside a request (in e-mails sent by
// background jobs, CLI commands, OAuth redirect URIs) uses
// PREFERRED_URL_SCHEME. With "http", password-reset and confirmation links
// carry their tokens over plain HTTP, where anyone on the network path can
// read them, and OAuth providers may reject or downgrade the redirect
// (CWE-319, cleartext transmission of sensitive information).
//
// # Example
//
//	class Config:
//	    SERVER_NAME = "notes.example.com"
//	    PREFERRED_URL_SCHEME = "http"
//
// # Use instead
//
//	class Config:
//	    SERVER_NAME = "notes.example.com"
//	    PREFERRED_URL_SCHEME = "https"
//
// # References
//
//   - https://flask.palletsprojects.com/en/stable/config/#PREFERRED_URL_SCHEME
//   - https://flask.palletsprojects.com/en/stable/api/#flask.url_for
//   - https://flask.palletsprojects.com/en/stable/deploying/proxy_fix/
//   - https://cwe.mitre.org/data/definitions/319.html
var PreferredURLSchemeHTTP = rule.Rule{
	ID:         "FG1404",
	Name:       "preferred-url-scheme-http",
	Practice:   14,
	CWE:        319,
	Severity:   finding.Medium,
	Confidence: finding.HighConfidence,
	Summary:    "PREFERRED_URL_SCHEME = \"http\": external URLs (reset links, OAuth redirects) generated with http://",
	Fix:        "Set PREFERRED_URL_SCHEME = \"https\" in production configuration.",
	Visits:     []python.Kind{python.KindAssign, python.KindCall, python.KindModule},
	Check:      checkPreferredScheme,
}

const schemeKey = "PREFERRED_URL_SCHEME"

// checkPreferredScheme reports the key set in code. InDevBranch searches
// the whole file, so it is asked only about statements that set the key.
func checkPreferredScheme(c *rule.Ctx, n python.Node) {
	switch n := n.(type) {
	case *python.Assign:
		if n.Value == nil || n.Op != "" {
			return
		}
		for _, t := range n.Targets {
			if _, key, ok := project.ConfigKey(t); ok && key == schemeKey {
				if ruleutil.InDevBranch(c, n.Span().Start) {
					return
				}
				reportScheme(c, n.Value, c.Module.ScopeAt(n.Span().Start), "set on app.config")
			}
		}
	case *python.Call:
		_, method, ok := project.ConfigMethod(n)
		if !ok {
			return
		}
		for _, en := range c.Project.ConfigEntries(c.Module, n) {
			if en.Key == schemeKey && en.Module == c.Module {
				if ruleutil.InDevBranch(c, n.Span().Start) {
					return
				}
				reportScheme(c, en.Value, en.Scope, "set by app.config."+method)
			}
		}
	case *python.Module:
		for _, v := range ruleutil.LoadedConfigValues(c, schemeKey) {
			what := "in a settings module that app.config.from_object loads"
			if len(v.Classes) > 0 {
				what = "used by " + strings.Join(v.Classes, ", ") + ", loaded by app.config.from_object"
			}
			reportScheme(c, v.Value, nil, what)
		}
	}
}

// reportScheme reports value when it is "http".
func reportScheme(c *rule.Ctx, value python.Expr, scope project.Scope, what string) {
	v, ok := c.Project.ConstAt(c.Module, value, scope)
	if !ok || v.Kind != project.StringValue || !strings.EqualFold(strings.TrimSpace(v.Str), "http") {
		return
	}
	c.ReportSeverity(value.Span(), finding.Medium, `PREFERRED_URL_SCHEME is "http" (`+what+")"+ruleutil.EnvNote(v)+
		": url_for(_external=True) outside a request builds http:// links, so reset and confirmation tokens in e-mails travel in clear text")
}
