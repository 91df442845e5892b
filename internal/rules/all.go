// Package rules is the registry: the one list of every rule flaskguard runs,
// and access to their generated documentation.
package rules

//go:generate go run ../../tools/gendocs -rules . -out ../../docs/rules

import (
	"fmt"
	"strings"

	"github.com/flaskguard/flaskguard/docs"
	"github.com/flaskguard/flaskguard/internal/rules/csp"
	"github.com/flaskguard/flaskguard/internal/rules/csrf"
	"github.com/flaskguard/flaskguard/internal/rules/database"
	"github.com/flaskguard/flaskguard/internal/rules/debug"
	"github.com/flaskguard/flaskguard/internal/rules/deps"
	"github.com/flaskguard/flaskguard/internal/rules/headers"
	"github.com/flaskguard/flaskguard/internal/rules/injection"
	"github.com/flaskguard/flaskguard/internal/rules/inputlimits"
	"github.com/flaskguard/flaskguard/internal/rules/logging"
	"github.com/flaskguard/flaskguard/internal/rules/monitoring"
	"github.com/flaskguard/flaskguard/internal/rules/passwords"
	"github.com/flaskguard/flaskguard/internal/rules/ratelimit"
	"github.com/flaskguard/flaskguard/internal/rules/rule"
	"github.com/flaskguard/flaskguard/internal/rules/secrets"
	"github.com/flaskguard/flaskguard/internal/rules/session"
	"github.com/flaskguard/flaskguard/internal/rules/templates"
	"github.com/flaskguard/flaskguard/internal/rules/tls"
)

// All returns every rule, in ID order. This is the only place rules are
// listed: a rule that is not here does not run.
func All() []*rule.Rule {
	return []*rule.Rule{
		&deps.UnpinnedSecurityCriticalPackage,
		&deps.UnsupportedFlaskStackVersion,
		&secrets.HardcodedSecretKey,
		&secrets.HardcodedCredentialInURL,
		&secrets.HardcodedAPIToken,
		&secrets.CommittedEnvFileSecret,
		&debug.DebugEnabled,
		&debug.DebugEnv,
		&debug.DebuggerEvalex,
		&debug.DebugPinDisabled,
		&session.CookieWithoutSecureFlag,
		&session.WeakRandomForSecurity,
		&session.SessionCookieInsecure,
		&session.SessionCookieHTTPOnlyDisabled,
		&session.SessionCookieSameSiteNone,
		&session.SessionLifetimeTooLong,
		&session.RememberCookieInsecure,
		&session.SessionProtectionDisabled,
		&session.FlaskSessionPickleSerializer,
		&csrf.CSRFProtectionMissing,
		&csrf.CSRFProtectionDisabled,
		&templates.FormWithoutCSRFToken,
		&csrf.CSRFExemptCookieAuthView,
		&injection.CommandInjection,
		&injection.CodeInjection,
		&injection.TemplateInjection,
		&injection.CrossSiteScripting,
		&injection.PathTraversal,
		&injection.OpenRedirect,
		&injection.UnsafeDeserialization,
		&injection.XMLExternalEntities,
		&injection.XPathInjection,
		&injection.LDAPInjection,
		&injection.ServerSideRequestForgery,
		&injection.TrustBoundaryViolation,
		&injection.HeaderInjection,
		&inputlimits.RequestSizeUnlimited,
		&templates.UnescapedOutputRule,
		&templates.UnquotedAttribute,
		&templates.ScriptContextWithoutTojson,
		&database.SQLInjection,
		&headers.SecurityHeadersMissing,
		&headers.TalismanWeakSettings,
		&headers.WeakSecurityHeaderValue,
		&headers.CORSWildcardWithCredentials,
		&passwords.PasswordFastHash,
		&passwords.WeakPasswordHashSettings,
		&passwords.PlaintextPasswordStorage,
		&passwords.WeakHashAlgorithm,
		&ratelimit.RateLimitingMissing,
		&ratelimit.AuthRouteWithoutRateLimit,
		&ratelimit.RateLimitMemoryStorageMultiworker,
		&ratelimit.RateLimitKeyBehindProxy,
		&logging.SensitiveDataLogged,
		&logging.RequestDataLoggedUnsanitized,
		&logging.LoggingNotConfigured,
		&csp.ContentSecurityPolicyMissing,
		&csp.ContentSecurityPolicyUnsafe,
		&csp.ContentSecurityPolicyIncomplete,
		&csp.TalismanNonceUnused,
		&monitoring.ErrorDetailsReturned,
		&monitoring.MonitoringMissing,
		&tls.TLSVerificationDisabled,
		&tls.CleartextHTTPRequest,
		&tls.DevServerExposedWithoutTLS,
		&tls.PreferredURLSchemeHTTP,
		&tls.TalismanHTTPSNotForced,
		&deps.VulnerableDependency,
	}
}

// Find looks a rule up by ID or by name, case-insensitively.
func Find(idOrName string) *rule.Rule {
	for _, r := range All() {
		if strings.EqualFold(r.ID, idOrName) || strings.EqualFold(r.Name, idOrName) {
			return r
		}
	}
	return nil
}

// Doc returns the rule's documentation page (Markdown).
func Doc(id string) (string, error) {
	b, err := docs.Rules.ReadFile("rules/" + id + ".md")
	if err != nil {
		return "", fmt.Errorf("no documentation for %s (run go generate ./...): %w", id, err)
	}
	return string(b), nil
}

// HelpURI is where a rule's page lives online, for SARIF helpUri.
func HelpURI(id string) string {
	return "https://github.com/flaskguard/flaskguard/blob/main/docs/rules/" + id + ".md"
}
