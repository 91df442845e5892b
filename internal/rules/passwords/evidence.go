package passwords

import (
	"bytes"
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/flaskguard/flaskguard/internal/finding"
	"github.com/flaskguard/flaskguard/internal/flaskmodel"
	"github.com/flaskguard/flaskguard/internal/project"
	"github.com/flaskguard/flaskguard/internal/python"
	"github.com/flaskguard/flaskguard/internal/rules/internal/ruleutil"
	"github.com/flaskguard/flaskguard/internal/rules/rule"
)

// hashingEvidence records scorecard evidence for practice 9, once per
// scan, when the project has a Flask app: the first place (by path and
// line) that hashes passwords with a slow, salted algorithm at settings
// FG0902 accepts. Weak settings elsewhere still fail the practice through
// their findings.
func hashingEvidence(c *rule.Ctx) {
	if c.Flask == nil || len(c.Flask.Apps) == 0 {
		return
	}
	for _, e := range c.Flask.Extensions {
		if (e.Kind == flaskmodel.ExtBcrypt || e.Kind == flaskmodel.ExtArgon2) && e.App != nil {
			if r := e.Setting("rounds"); e.Kind == flaskmodel.ExtBcrypt && r != nil {
				if v, ok := flaskmodel.Literal(r); !ok || v.Kind != project.IntValue || v.Int < bcryptDefaultRounds {
					continue
				}
			}
			name := e.Class[strings.LastIndexByte(e.Class, '.')+1:]
			c.Evidence(e.Loc, fmt.Sprintf("passwords hashed with Flask-%s (%s:%d)", name, e.Loc.Path, e.Loc.StartLine))
			return
		}
	}
	mods := make([]*project.Module, 0, len(c.Project.Modules))
	for _, m := range c.Project.Modules {
		mods = append(mods, m)
	}
	slices.SortFunc(mods, func(a, b *project.Module) int { return cmp.Compare(a.File.Path, b.File.Path) })
	for _, m := range mods {
		if what, at, ok := strongHash(c, m); ok && !c.Flask.DevOnly(at) {
			c.Evidence(at, fmt.Sprintf("passwords hashed with %s (%s:%d)", what, at.Path, at.StartLine))
			return
		}
	}
}

// hashMarkers screen modules before walking them.
var hashMarkers = [][]byte{[]byte("generate_password_hash"), []byte("PasswordHasher"), []byte("hashpw")}

// strongHash finds the first strong password-hashing call of a module:
// Werkzeug generate_password_hash with its default or a current method,
// argon2-cffi's PasswordHasher, bcrypt.hashpw with a default salt.
func strongHash(c *rule.Ctx, m *project.Module) (string, finding.Location, bool) {
	found := false
	for _, mk := range hashMarkers {
		found = found || bytes.Contains(m.File.Source, mk)
	}
	if !found {
		return "", finding.Location{}, false
	}
	var what string
	var at finding.Location
	python.Walk(m.File.Module, func(n python.Node) bool {
		call, ok := n.(*python.Call)
		if !ok || what != "" {
			return what == ""
		}
		scope := m.ScopeAt(call.Span().Start)
		switch q := c.Project.QualifyAt(m, call.Func, scope); q {
		case "werkzeug.security.generate_password_hash", "werkzeug.generate_password_hash":
			if method, ok := ruleutil.Argument(call, "method", 1); ok {
				v, known := c.Project.ConstAt(m, method, scope)
				if !known || v.Kind != project.StringValue || !currentMethod(v.Str) {
					return true
				}
			}
			what = "werkzeug generate_password_hash"
		case "argon2.PasswordHasher":
			what = "argon2 PasswordHasher"
		case "bcrypt.hashpw":
			salt, ok := ruleutil.Argument(call, "salt", 1)
			inner, isCall := salt.(*python.Call)
			if !ok || !isCall || c.Project.QualifyAt(m, inner.Func, scope) != "bcrypt.gensalt" || len(inner.Args) > 0 {
				return true
			}
			what = "bcrypt.hashpw"
		}
		if what != "" {
			at = c.LocationIn(m.File.Path, call.Span())
		}
		return what == ""
	})
	return what, at, what != ""
}

// currentMethod reports whether a generate_password_hash method is one
// whose cost follows the installed Werkzeug (scrypt, pbkdf2 with SHA-256
// or SHA-512 and no explicit count).
func currentMethod(method string) bool {
	switch strings.ToLower(strings.TrimSpace(method)) {
	case "scrypt", "pbkdf2", "pbkdf2:sha256", "pbkdf2:sha512":
		return true
	}
	return false
}
