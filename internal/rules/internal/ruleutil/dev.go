package ruleutil

import (
	"path"
	"strings"

	"github.com/flaskguard/flaskguard/internal/confsrc"
	"github.com/flaskguard/flaskguard/internal/python"
	"github.com/flaskguard/flaskguard/internal/rules/rule"
)

// devWords mark a config class, settings module, env file or compose
// service as meant for development or tests. They are matched as the start
// of a class name (DevelopmentConfig, TestingConfig, LocalSettings) or as a
// whole word of a module, file or service name (dev_settings,
// docker-compose.dev.yml, web-dev).
var devWords = [...]string{"dev", "development", "local", "test", "testing"}

// IsDevClassName reports whether a class name starts with a development or
// testing marker: Dev*, Development*, Local*, Test*, Testing*.
func IsDevClassName(name string) bool {
	lower := strings.ToLower(name)
	for _, w := range devWords {
		if strings.HasPrefix(lower, w) {
			return true
		}
	}
	return false
}

// IsDevName reports whether a module, file or service name has a
// development or testing word in it (dev_settings, .env.development,
// docker-compose.dev.yml, web-dev; not devops or latest).
func IsDevName(name string) bool { return hasWord(name, devWords[:]) }

// IsExampleFile reports whether a file is a committed template for users to
// copy (.env.example, .env.sample, .env.template, .env.dist).
func IsExampleFile(p string) bool {
	return hasWord(path.Base(p), []string{"example", "sample", "template", "dist", "tmpl", "tpl"})
}

// IsDevConfig reports whether a configuration file, or the compose service
// a setting or command belongs to (scope), is named for development or
// tests: docker-compose.dev.yml, .env.development, a service named web-dev.
// docker-compose.override.yml is not such a name: `docker compose up`
// merges it wherever it is present.
func IsDevConfig(f *confsrc.File, scope string) bool {
	return IsDevName(path.Base(f.Path)) || f.Kind == confsrc.Compose && IsDevName(scope)
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

// InDevBranch reports whether a position is in code meant for tests or
// development: in the body of an `if` whose condition mentions testing,
// debug or development (if app.testing:, if config_name == "development":),
// at any depth and inside any compound statement, or in a function whose
// name does (def configure_for_tests(app)).
func InDevBranch(c *rule.Ctx, pos python.Pos) bool {
	marks := func(text string) bool {
		for _, w := range Words(text) {
			switch w {
			case "test", "tests", "testing", "debug", "dev", "develop", "development", "local":
				return true
			}
		}
		return false
	}
	for _, fn := range c.Module.ScopeAt(pos) {
		if marks(fn.Name) {
			return true
		}
	}
	found := false
	python.Walk(c.File.Module, func(n python.Node) bool {
		if found || !contains(n.Span(), pos) {
			return false
		}
		if iff, ok := n.(*python.If); ok {
			for _, s := range iff.Body {
				if contains(s.Span(), pos) && marks(c.File.Text(iff.Test.Span())) {
					found = true
				}
			}
		}
		return !found
	})
	return found
}

// contains reports whether a position lies in a span.
func contains(sp python.Span, pos python.Pos) bool {
	return pos.Offset >= sp.Start.Offset && pos.Offset < sp.End.Offset
}
