// Package debug holds the rules of practice 3, "DEBUG off in production":
// Flask debug mode and the Werkzeug debugger switched on in code
// (FG0301, FG0303), in environment and deployment files (FG0302), and the
// debugger's PIN switched off (FG0304).
package debug

import (
	"path"
	"strings"

	"github.com/flaskguard/flaskguard/internal/confsrc"
	"github.com/flaskguard/flaskguard/internal/finding"
	"github.com/flaskguard/flaskguard/internal/project"
	"github.com/flaskguard/flaskguard/internal/python"
	"github.com/flaskguard/flaskguard/internal/rules/rule"
)

// devWords mark a config class, settings module, env file or compose
// service as meant for development or tests. They are matched as the start
// of a class name (DevelopmentConfig, TestingConfig, LocalSettings) or as a
// whole word of a file or service name (docker-compose.dev.yml, web-dev).
var devWords = [...]string{"dev", "development", "local", "test", "testing"}

// isDevClassName reports whether a class name starts with a development or
// testing marker: Dev*, Development*, Local*, Test*, Testing*.
func isDevClassName(name string) bool {
	lower := strings.ToLower(name)
	for _, w := range devWords {
		if strings.HasPrefix(lower, w) {
			return true
		}
	}
	return false
}

// isDevName reports whether a file or service name has a development or
// testing word in it.
func isDevName(name string) bool { return hasWord(name, devWords[:]) }

// isExampleFile reports whether a file is a committed template for users to
// copy (.env.example, .env.sample, .env.template, .env.dist).
func isExampleFile(p string) bool {
	return hasWord(path.Base(p), []string{"example", "sample", "template", "dist", "tmpl", "tpl"})
}

// hasWord reports whether name, split into words on '.', '-', '_' and
// '/', contains one of words (case-insensitively).
func hasWord(name string, words []string) bool {
	parts := strings.FieldsFunc(strings.ToLower(name), func(r rune) bool {
		return r == '.' || r == '-' || r == '_' || r == '/'
	})
	for _, p := range parts {
		for _, w := range words {
			if p == w {
				return true
			}
		}
	}
	return false
}

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

// envNote explains an environment fallback in a message.
func envNote(v project.Value) string {
	if !v.EnvFallback {
		return ""
	}
	name := v.EnvVar
	if name == "" {
		name = "the variable"
	}
	return " (it is the default used whenever " + name + " is unset)"
}

// deployFileSeverity grades a setting or command in a configuration file:
// example files teach a default but are not deployed (Low); files and
// compose services named for development or tests are meant for a laptop
// (Low, so that they show without failing a --fail-on medium gate); every
// other file is what gets deployed (High). docker-compose.override.yml is
// not a development name: `docker compose up` merges it everywhere.
func deployFileSeverity(f *confsrc.File, scope string) finding.Severity {
	switch {
	case isExampleFile(f.Path):
		return finding.Low
	case isDevName(path.Base(f.Path)), f.Kind == confsrc.Compose && isDevName(scope):
		return finding.Low
	}
	return finding.High
}

// exampleNote explains the lower severity of a finding in an example file.
func exampleNote(f *confsrc.File) string {
	if isExampleFile(f.Path) {
		return "; this is an example file, not deployed, but users copy it as it is"
	}
	return ""
}

// mayBe screens a callee before its name is resolved: it reports whether
// the callee's last name is one of names, or is a module-level import
// alias of something so named (from werkzeug.debug import
// DebuggedApplication as DA). Resolution does the real check.
func mayBe(c *rule.Ctx, callee python.Expr, names ...string) bool {
	var last string
	switch e := callee.(type) {
	case *python.Name:
		last = e.ID
		if target, ok := c.Module.Imports[e.ID]; ok {
			last = target[strings.LastIndexByte(target, '.')+1:]
		}
	case *python.Attribute:
		last = e.Attr
	}
	for _, n := range names {
		if last == n {
			return true
		}
	}
	return false
}

// argument returns a call argument by keyword, or else by position (-1
// for keyword-only parameters).
func argument(call *python.Call, name string, pos int) (python.Expr, bool) {
	if v, ok := call.Keyword(name); ok {
		return v, true
	}
	if pos < 0 {
		return nil, false
	}
	return call.Positional(pos)
}

// argSpan is the span to report for an argument: the whole `name=value`
// when it is a keyword, the value otherwise.
func argSpan(call *python.Call, value python.Expr) python.Span {
	for _, a := range call.Args {
		if a.Value == value {
			return a.Loc
		}
	}
	return value.Span()
}
