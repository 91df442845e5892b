// Package debug holds the rules of practice 3, "DEBUG off in production":
// Flask debug mode and the Werkzeug debugger switched on in code
// (FG0301, FG0303), in environment and deployment files (FG0302), and the
// debugger's PIN switched off (FG0304).
package debug

import (
	"slices"

	"github.com/flaskguard/flaskguard/internal/confsrc"
	"github.com/flaskguard/flaskguard/internal/finding"
	"github.com/flaskguard/flaskguard/internal/project"
	"github.com/flaskguard/flaskguard/internal/python"
	"github.com/flaskguard/flaskguard/internal/rules/internal/ruleutil"
	"github.com/flaskguard/flaskguard/internal/rules/rule"
)

// truthyLiteral evaluates e and reports whether it is a statically known
// truthy value that turns debugging on. A value that is only the default
// of an environment lookup counts when it is a non-text literal
// (os.environ.get("DEBUG", True)); a text default (os.getenv("DEBUG",
// "False")) is a value meant to be parsed, so it does not.
func truthyLiteral(c *rule.Ctx, m *project.Module, e python.Expr, scope project.Scope) (project.Value, bool) {
	v, ok := c.Project.ConstAt(m, e, scope)
	if !ok || !v.Truthy() || v.EnvFallback && v.IsText() {
		return v, false
	}
	return v, true
}

// knownFalse reports whether e is a statically known falsy value.
func knownFalse(c *rule.Ctx, e python.Expr, scope project.Scope) bool {
	v, ok := c.Project.ConstAt(c.Module, e, scope)
	return ok && !v.EnvFallback && !v.Truthy()
}

// deployFileSeverity grades a setting or command in a configuration file:
// example files teach a default but are not deployed (Low); files and
// compose services named for development or tests are meant for a laptop
// (Low, so that they show without failing a --fail-on medium gate); every
// other file is what gets deployed (High). docker-compose.override.yml is
// not a development name: `docker compose up` merges it everywhere.
func deployFileSeverity(f *confsrc.File, scope string) finding.Severity {
	switch {
	case ruleutil.IsExampleFile(f.Path), ruleutil.IsDevConfig(f, scope):
		return finding.Low
	}
	return finding.High
}

// exampleNote explains the lower severity of a finding in an example file.
func exampleNote(f *confsrc.File) string {
	if ruleutil.IsExampleFile(f.Path) {
		return "; this is an example file, not deployed, but users copy it as it is"
	}
	return ""
}

// mayBe screens a callee before its name is resolved: it reports whether
// the callee's last name is one of names, or is a module-level import
// alias of something so named (from werkzeug.debug import
// DebuggedApplication as DA). Resolution does the real check.
func mayBe(c *rule.Ctx, callee python.Expr, names ...string) bool {
	return slices.Contains(names, ruleutil.CalleeName(c, callee))
}
