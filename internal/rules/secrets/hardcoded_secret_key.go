// Package secrets holds the rules of practice 2, "secrets outside the
// code": Flask's signing keys (FG0201), connection strings with passwords
// (FG0202), API tokens and other credentials (FG0203) written as literals
// in code or committed configuration files, and secrets in committed .env
// files (FG0204).
package secrets

import (
	"strings"

	"github.com/flaskguard/flaskguard/internal/finding"
	"github.com/flaskguard/flaskguard/internal/project"
	"github.com/flaskguard/flaskguard/internal/python"
	"github.com/flaskguard/flaskguard/internal/rules/rule"
)

// HardcodedSecretKey flags Flask signing keys written as literals.
//
// # What it does
//
// Reports a string or bytes literal, whatever it looks like ("dev" and
// "changeme" count as much as 64 random hex digits), used as one of the
// keys Flask and its extensions sign with: SECRET_KEY,
// SECRET_KEY_FALLBACKS (each literal element), WTF_CSRF_SECRET_KEY and
// SECURITY_PASSWORD_SALT. It looks at:
//
//   - SECRET_KEY = "..." at module level or in a class body: in a Flask
//     project such a name is nearly always the Flask key, whether the
//     module is loaded with from_object, from_pyfile or imported;
//   - app.secret_key = "..." on a Flask app, and <x>.config["SECRET_KEY"],
//     <x>.config.update(SECRET_KEY=...), update({"SECRET_KEY": ...}),
//     from_mapping(...) and setdefault(...) on any object's config (only
//     Flask configs have that shape), including dict literals bound to a
//     name and passed in;
//   - os.environ["SECRET_KEY"] = "..." and os.environ.setdefault(...);
//   - environment lookups with a literal fallback:
//     os.environ.get("SECRET_KEY", "dev"), os.getenv("SECRET_KEY", "x"),
//     os.environ.get("SECRET_KEY") or "dev", decouple's
//     config("SECRET_KEY", default="dev");
//   - SECRET_KEY=literal in Dockerfile ENV or ARG defaults, compose
//     environment entries, Procfiles, .env files and TOML/INI/YAML settings,
//     and ${SECRET_KEY:-literal} defaults there. Interpolations such as
//     ${SECRET_KEY} and empty values are not literals.
//
// A key found in the public wordlist of weak Flask secrets
// (internal/secrets/weakkeys, the same list the live cookie cracker tries)
// is Critical. An empty string is not reported, here as in configuration
// files: Flask treats it as unset and refuses to sign sessions, so the app
// fails closed until the deployment supplies a key (a placeholder such as
// SECRET_KEY = "" in a config class that a settings file overrides).
// Literals in example files
// (.env.example, .env.sample, .env.template) are Low: they are not
// deployed, but users copy them. Keys made at start-up
// (secrets.token_hex(32), os.urandom(24)) are not literals and are not
// reported, nor is SECRET_KEY = None.
//
// # Why is this bad
//
// SECRET_KEY signs Flask's session cookie, Flask-WTF's CSRF tokens and
// Flask-Login's remember cookie. Anyone who knows it can forge a session
// for any user (often an admin) and bypass CSRF protection. A literal in
// code or a committed file is known to everyone with the repository, a
// container image or a leaked backup, and stays valid in every past
// commit. A fallback literal is worse for being silent: the app runs with
// it whenever the deployment forgets to set the variable (CWE-321, use of
// a hard-coded cryptographic key).
//
// # Example
//
//	import os
//	from flask import Flask
//
//	app = Flask(__name__)
//	app.config["SECRET_KEY"] = "you-will-never-guess"
//
//	class Config:
//	    SECRET_KEY = os.environ.get("SECRET_KEY") or "hard to guess string"
//
// # Use instead
//
// Read the key from the environment or a secret store, and fail at start-up
// when it is missing:
//
//	import os
//	from flask import Flask
//
//	app = Flask(__name__)
//	app.config["SECRET_KEY"] = os.environ["SECRET_KEY"]
//
//	# generate one with: python -c "import secrets; print(secrets.token_hex())"
//
// # References
//
//   - https://flask.palletsprojects.com/en/stable/config/#SECRET_KEY
//   - https://flask.palletsprojects.com/en/stable/config/#SECRET_KEY_FALLBACKS
//   - https://flask-wtf.readthedocs.io/en/stable/config/
//   - https://cwe.mitre.org/data/definitions/321.html
//   - https://cwe.mitre.org/data/definitions/798.html
var HardcodedSecretKey = rule.Rule{
	ID:           "FG0201",
	Name:         "hardcoded-secret-key",
	Practice:     2,
	CWE:          321,
	Severity:     finding.High,
	Confidence:   finding.HighConfidence,
	Summary:      "Flask SECRET_KEY (or another signing key) written as a literal",
	Fix:          `Read the key from the environment without a default (os.environ["SECRET_KEY"]) or from a secret store, and rotate the leaked one.`,
	Visits:       []python.Kind{python.KindAssign, python.KindCall, python.KindBoolOp},
	Check:        checkSecretKey,
	CheckConfig:  checkSecretKeyConfig,
	CheckProject: secretKeyEvidence,
}

func checkSecretKey(c *rule.Ctx, n python.Node) {
	switch n := n.(type) {
	case *python.Assign:
		checkKeyAssign(c, n)
	case *python.Call:
		for _, en := range c.Project.ConfigEntries(c.Module, n) {
			if isKeyName(en.Key) {
				reportValue(c, en.Module, en.Scope, en.Value, en.Key)
			}
		}
		if isEnvGetterName(n.Func) && hasFallbackArg(n) && isKeyEnvVar(envVarLiteral(n)) {
			checkFallback(c, n)
		}
	case *python.BoolOp:
		// `os.environ.get("K") or "dev"`; when the left side has a known
		// value (`os.environ.get("K", "a") or "b"`) the Call reports it.
		switch n.Left.(type) {
		case *python.Call, *python.Subscript:
			if n.Op != "or" {
				return
			}
			if _, known := c.Project.Const(c.Module, n.Left); !known {
				checkFallback(c, n)
			}
		}
	}
}

// hasFallbackArg screens environment lookup calls by their arguments
// before the costlier evaluation: without a default= or a second argument
// (os.environ.get("K"), and the many dict.get(k) that share the name)
// the lookup has no literal fallback.
func hasFallbackArg(call *python.Call) bool {
	_, ok := call.Keyword("default")
	return ok || len(call.Args) >= 2
}

// envVarLiteral is the variable an environment lookup call reads when it
// is a literal (os.environ.get("SECRET_KEY", ...)), and "" otherwise:
// what the project's evaluation reports as the fallback's variable, found
// without resolving the callee, to screen calls before evaluating them.
func envVarLiteral(call *python.Call) string {
	arg, _ := call.Positional(0)
	name, _ := python.StringValue(arg)
	return name
}

// checkKeyAssign handles SECRET_KEY = ..., app.secret_key = ...,
// x.config["SECRET_KEY"] = ... and os.environ["SECRET_KEY"] = ....
func checkKeyAssign(c *rule.Ctx, a *python.Assign) {
	if a.Value == nil || a.Op != "" {
		return
	}
	// The scope is looked up once a target's name makes it matter: most
	// assignments assign no key.
	var scope project.Scope
	scoped := false
	scopeOf := func() project.Scope {
		if !scoped {
			scope, scoped = c.Module.ScopeAt(a.Span().Start), true
		}
		return scope
	}
	for _, t := range a.Targets {
		switch t := t.(type) {
		case *python.Name:
			// Module and class level only: a function's local SECRET_KEY
			// is a variable like any other.
			if isKeyName(t.ID) && len(scopeOf()) == 0 {
				reportValue(c, c.Module, scopeOf(), a.Value, t.ID)
			}
		case *python.Attribute:
			if t.Attr == "secret_key" && c.Project.IsFlaskAppAt(c.Module, t.Value, scopeOf()) {
				reportValue(c, c.Module, scopeOf(), a.Value, "SECRET_KEY")
			}
		case *python.Subscript:
			if _, key, ok := project.ConfigKey(t); ok && isKeyName(key) {
				reportValue(c, c.Module, scopeOf(), a.Value, key)
			} else if s, ok := t.Index.(*python.String); ok && s.IsConstant() && isKeyEnvVar(s.Value) &&
				c.Project.QualifyAt(c.Module, t.Value, scopeOf()) == "os.environ" {
				reportValue(c, c.Module, scopeOf(), a.Value, s.Value)
			}
		}
	}
}

// checkFallback reports the literal default of an environment lookup of a
// signing key: os.environ.get("SECRET_KEY", "dev"), ... or "dev".
func checkFallback(c *rule.Ctx, e python.Expr) {
	v, ok := c.Project.Const(c.Module, e)
	if !ok || !v.EnvFallback || !v.IsText() || v.Str == "" || !isKeyEnvVar(v.EnvVar) {
		return
	}
	sev, weak := grade(strings.ToUpper(v.EnvVar), v.Str)
	c.ReportSeverity(fallbackLiteral(e).Span(), sev, fallbackMessage(v.EnvVar, v.EnvVar)+weak)
}

// fallbackMessage explains a literal used when an environment variable is
// unset.
func fallbackMessage(key, variable string) string {
	if variable == "" {
		variable = "its environment variable"
	}
	return key + " falls back to a hard-coded literal whenever " + variable + " is unset: " +
		"a deployment that forgets to set it runs silently with a key everyone who has the code knows"
}

// reportValue reports value when it is a literal key. Values that come
// from an environment lookup of a key variable are left to checkFallback,
// and names such as SECRET_KEY that hold a literal were reported where
// they were assigned.
func reportValue(c *rule.Ctx, m *project.Module, scope project.Scope, value python.Expr, key string) {
	if l, ok := value.(*python.List); ok {
		for _, e := range l.Elts {
			reportValue(c, m, scope, e, key)
		}
		return
	}
	if t, ok := value.(*python.Tuple); ok {
		for _, e := range t.Elts {
			reportValue(c, m, scope, e, key)
		}
		return
	}
	if isKeyReference(value) {
		return
	}
	v, ok := c.Project.ConstAt(m, value, scope)
	if !ok || !v.IsText() || v.Str == "" || v.EnvFallback && isKeyEnvVar(v.EnvVar) {
		return
	}
	sev, weak := grade(key, v.Str)
	var msg string
	switch {
	case v.EnvFallback:
		msg = fallbackMessage(key, v.EnvVar)
	default:
		msg = key + " is a hard-coded literal: anyone with the source, an image or a backup can " + effect(key)
	}
	span := value.Span()
	if v.EnvFallback {
		span = fallbackLiteral(value).Span()
	}
	c.ReportAt(c.LocationIn(m.File.Path, span), sev, msg+weak)
}

// isEnvGetterName screens calls by the callee's last name before the
// costlier resolution: os.environ.get, os.getenv, os.environ.setdefault
// and decouple's config all end in one of these.
func isEnvGetterName(callee python.Expr) bool {
	var last string
	switch e := callee.(type) {
	case *python.Name:
		last = e.ID
	case *python.Attribute:
		last = e.Attr
	}
	switch last {
	case "get", "getenv", "setdefault", "config":
		return true
	}
	return false
}

// fallbackLiteral is the part of an environment lookup that holds the
// fallback: the default argument, or the right side of `or`.
func fallbackLiteral(e python.Expr) python.Expr {
	switch e := e.(type) {
	case *python.Call:
		if d, ok := e.Keyword("default"); ok {
			return d
		}
		if d, ok := e.Positional(1); ok {
			return d
		}
	case *python.BoolOp:
		return e.Right
	}
	return e
}
