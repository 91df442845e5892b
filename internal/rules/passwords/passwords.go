// Package passwords holds the rules of practice 9, "password hashing":
// passwords hashed with fast hashes (FG0901), password hashing set up with
// weak methods or too few iterations or rounds (FG0902), and passwords
// stored or compared in clear text (FG0903).
package passwords

import (
	"strings"

	"github.com/flaskguard/flaskguard/internal/project"
	"github.com/flaskguard/flaskguard/internal/python"
	"github.com/flaskguard/flaskguard/internal/rules/internal/ruleutil"
	"github.com/flaskguard/flaskguard/internal/rules/rule"
)

// notPasswordWords, in a name that mentions a password, say that the value
// is something about the password rather than the password itself:
// password_hash, hashed_password, password_reset_token,
// PASSWORD_MIN_LENGTH, password_field.
var notPasswordWords = map[string]bool{
	"hash": true, "hashed": true, "digest": true, "salt": true, "token": true, "reset": true,
	"length": true, "len": true, "min": true, "max": true, "policy": true, "field": true,
	"label": true, "hint": true, "key": true, "id": true, "url": true, "path": true, "file": true,
	"count": true, "attempts": true, "expiry": true, "expires": true, "expired": true,
	"changed": true, "updated": true, "at": true, "regex": true, "re": true, "strength": true,
	"score": true, "valid": true, "validator": true, "error": true, "errors": true, "msg": true,
	"message": true, "required": true, "enabled": true, "rounds": true, "iterations": true,
	"method": true, "scheme": true, "form": true, "column": true, "template": true, "encrypted": true,
	"crypt": true, "pbkdf": true, "bcrypt": true, "scrypt": true, "argon": true, "schema": true,
}

// isPasswordName reports whether an identifier or key names a password in
// clear text: password, passwd, pwd, pw, passphrase, new_password,
// password1, confirm_password, db_pass; but not password_hash,
// hashed_password, password_reset_token or PASSWORD_MIN_LENGTH.
func isPasswordName(name string) bool {
	ws := ruleutil.Words(name)
	found := false
	for _, w := range ws {
		switch {
		case notPasswordWords[w]:
			return false
		case w == "pwd" || w == "pw" || w == "passwd" || w == "passphrase",
			w == "pass" && len(ws) > 1,
			strings.Contains(w, "password"):
			found = true
		}
	}
	return found
}

// intArg evaluates an argument to an integer constant.
func intArg(c *rule.Ctx, e python.Expr, scope project.Scope) (int64, bool) {
	if e == nil {
		return 0, false
	}
	v, ok := c.Project.ConstAt(c.Module, e, scope)
	if !ok || v.Kind != project.IntValue || v.EnvFallback {
		return 0, false
	}
	return v.Int, true
}

// strArg evaluates an argument to a string constant.
func strArg(c *rule.Ctx, e python.Expr, scope project.Scope) (string, bool) {
	if e == nil {
		return "", false
	}
	v, ok := c.Project.ConstAt(c.Module, e, scope)
	if !ok || v.Kind != project.StringValue {
		return "", false
	}
	return v.Str, true
}

// funcBodies calls fn with the module body and with the body of every
// function of the module, each once: the units of the intra-procedural
// checks. Nested functions are units of their own.
func funcBodies(m *python.Module, fn func(body []python.Stmt, def *python.FunctionDef)) {
	fn(m.Body, nil)
	python.Walk(m, func(n python.Node) bool {
		if f, ok := n.(*python.FunctionDef); ok {
			fn(f.Body, f)
		}
		return true
	})
}
