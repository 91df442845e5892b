package secrets

import (
	"path"
	"strings"

	"github.com/flaskguard/flaskguard/internal/confsrc"
	"github.com/flaskguard/flaskguard/internal/finding"
	"github.com/flaskguard/flaskguard/internal/python"
	"github.com/flaskguard/flaskguard/internal/rules/internal/ruleutil"
	"github.com/flaskguard/flaskguard/internal/rules/rule"
	"github.com/flaskguard/flaskguard/internal/secrets/weakkeys"
)

// keyNames are the config keys Flask and its extensions sign with.
var keyNames = map[string]bool{
	"SECRET_KEY":             true,
	"SECRET_KEY_FALLBACKS":   true, // Flask 3.1: old keys still accepted
	"WTF_CSRF_SECRET_KEY":    true, // Flask-WTF CSRF tokens
	"SECURITY_PASSWORD_SALT": true, // Flask-Security tokens and reset links
}

func isKeyName(name string) bool { return keyNames[name] }

// isKeyEnvVar reports whether an environment variable plausibly carries a
// signing key: one of the key names, or any name with SECRET_KEY or
// PASSWORD_SALT in it (FLASK_SECRET_KEY, APP_SECRET_KEY), except names of
// where the key is (SECRET_KEY_FILE, SECRET_KEY_PATH).
func isKeyEnvVar(name string) bool {
	u := strings.ToUpper(name)
	if keyNames[u] {
		return true
	}
	for _, suffix := range [...]string{"_FILE", "_PATH", "_DIR", "_NAME", "_URL", "_ID"} {
		if strings.HasSuffix(u, suffix) {
			return false
		}
	}
	return strings.Contains(u, "SECRET_KEY") || strings.Contains(u, "PASSWORD_SALT")
}

// isKeyReference reports whether an expression is a name such as
// SECRET_KEY or config.SECRET_KEY: a literal behind it was reported at its
// own assignment, so reporting each use would repeat the finding.
func isKeyReference(e python.Expr) bool {
	switch e := e.(type) {
	case *python.Name:
		return isKeyName(e.ID)
	case *python.Attribute:
		return isKeyName(e.Attr)
	}
	return false
}

// effects says what knowing each key lets an attacker do.
var effects = map[string]string{
	"SECRET_KEY":             "sign session cookies and remember-me cookies, and log in as any user",
	"SECRET_KEY_FALLBACKS":   "sign session cookies that the app still accepts, and log in as any user",
	"WTF_CSRF_SECRET_KEY":    "forge the CSRF tokens of any form",
	"SECURITY_PASSWORD_SALT": "forge password-reset and confirmation links (with the SECRET_KEY)",
}

// effect returns what a leaked key allows, for messages.
func effect(key string) string {
	if e, ok := effects[key]; ok {
		return e
	}
	return effects["SECRET_KEY"]
}

// grade returns the severity of a literal key and the sentence to add to
// the message for a key from the public wordlist. Every caller skips empty
// values first (an empty key is no hard-coded secret), so value is never "".
func grade(key, value string) (finding.Severity, string) {
	if !weakkeys.Contains(value) {
		return finding.High, ""
	}
	forged := "tokens signed with it can be forged in seconds"
	if strings.Contains(key, "SECRET_KEY") && !strings.Contains(key, "CSRF") {
		forged = "a session cookie can be forged in seconds"
	}
	return finding.Critical, `. This key ("` + value + `") appears in public wordlists: ` + forged
}

// checkSecretKeyConfig reports key literals in configuration files.
func checkSecretKeyConfig(c *rule.Ctx, f *confsrc.File) {
	for _, s := range f.Settings {
		key := strings.ToUpper(s.Key)
		if !isKeyName(key) {
			continue
		}
		value, fallback := literalValue(s.Value)
		if value == "" {
			continue
		}
		sev, weak := grade(key, value)
		where := path.Base(f.Path)
		var msg string
		if fallback {
			msg = key + " in " + where + " falls back to a hard-coded literal whenever the variable is unset, " +
				"so a deployment that forgets it runs silently with a key everyone who has the file knows"
		} else {
			msg = key + " is a literal in " + where + ": anyone with the repository" + imageNote(f.Kind) +
				" can " + effect(key)
		}
		if ruleutil.IsExampleFile(f.Path) {
			sev = finding.Low
			msg += "; this is an example file, but deployments that copy it run with this key"
		}
		loc := s.ValueLoc
		if loc.StartLine == 0 {
			loc = s.Loc
		}
		c.ReportAt(loc, sev, msg+weak)
	}
}

// literalValue returns the literal a setting's value holds: the value
// itself, or the default of a ${VAR:-default} / ${VAR-default}
// interpolation (fallback true). Other interpolations ($VAR, ${VAR}) and
// empty values hold no literal and yield "".
func literalValue(v string) (value string, fallback bool) {
	v = strings.TrimSpace(v)
	if !strings.Contains(v, "$") {
		return v, false
	}
	inner, ok := strings.CutPrefix(v, "${")
	if !ok || !strings.HasSuffix(inner, "}") {
		return "", false
	}
	inner = strings.TrimSuffix(inner, "}")
	for _, sep := range []string{":-", "-"} {
		if _, def, ok := strings.Cut(inner, sep); ok && !strings.ContainsAny(def, "${}") {
			return def, def != ""
		}
	}
	return "", false
}

// imageNote adds, for Dockerfiles, that ENV and ARG values stay readable in
// every image built from the file.
func imageNote(k confsrc.Kind) string {
	if k == confsrc.Dockerfile {
		return " or any image built from it (docker history shows ENV and ARG values)"
	}
	return ""
}
