package logging

import (
	"strconv"

	"github.com/flaskguard/flaskguard/internal/finding"
	"github.com/flaskguard/flaskguard/internal/project"
	"github.com/flaskguard/flaskguard/internal/python"
	"github.com/flaskguard/flaskguard/internal/rules/rule"
)

// secret is a sensitive value found in what a log call writes.
type secret struct {
	// at is the expression to report.
	at python.Expr
	// code is the reported source text, label what kind of secret it is.
	code, label string
	sev         finding.Severity
}

// secretFinder looks for sensitive values in an expression written to a
// log. It follows the value through the ways code builds a log line
// (f-strings, %, +, .format, str(), json.dumps, containers, extra={...})
// and stops at any other call: len(password), mask(token) and
// bool(password) do not write the secret.
type secretFinder struct {
	c     *rule.Ctx
	scope project.Scope
}

// shortSlice is the most characters a constant slice may keep to count as
// a safe way of identifying a token (token[:4], key[-6:]).
const shortSlice = 8

func (f *secretFinder) find(e python.Expr, hops int) (secret, bool) {
	if s, ok := f.whole(e); ok {
		return s, true
	}
	switch x := e.(type) {
	case *python.Name:
		if label, ok := secretName(x.ID, false); ok {
			return secret{at: x, code: x.ID, label: label, sev: finding.High}, true
		}
		if hops > 0 {
			return secret{}, false
		}
		if v, vscope, ok := assignedValue(f.c, x, f.scope); ok {
			inner := secretFinder{c: f.c, scope: vscope}
			if s, ok := inner.find(v, hops+1); ok {
				return secret{at: x, code: x.ID, label: "holding `" + s.code + "`, " + s.label, sev: s.sev}, true
			}
		}
	case *python.Attribute:
		if label, ok := secretName(x.Attr, false); ok {
			return secret{at: x, code: f.text(x), label: label, sev: finding.High}, true
		}
		switch x.Attr {
		case "data", "value", "raw_data", "plaintext":
			return f.find(x.Value, hops) // WTForms: form.password.data
		}
	case *python.Subscript:
		if key, ok := python.StringValue(x.Index); ok {
			return f.keyed(x.Value, key, x)
		}
		if sl, ok := x.Index.(*python.Slice); ok && isShortSlice(sl) {
			return secret{}, false
		}
		return f.find(x.Value, hops)
	case *python.Call:
		return f.call(x, hops)
	case *python.String:
		for _, in := range x.Interpolations {
			if s, ok := f.find(in, hops); ok {
				return s, true
			}
		}
	case *python.BinOp:
		if x.Op == "+" || x.Op == "%" {
			return f.first(hops, x.Left, x.Right)
		}
	case *python.Dict:
		for i, v := range x.Values {
			var k python.Expr
			if i < len(x.Keys) {
				k = x.Keys[i]
			}
			if s, ok := f.pair(k, v, hops); ok {
				return s, true
			}
		}
	case *python.List:
		return f.first(hops, x.Elts...)
	case *python.Tuple:
		return f.first(hops, x.Elts...)
	case *python.Set:
		return f.first(hops, x.Elts...)
	case *python.IfExp:
		return f.first(hops, x.Body, x.Else)
	case *python.BoolOp:
		return f.first(hops, x.Left, x.Right)
	case *python.Starred:
		return f.find(x.Value, hops)
	case *python.NamedExpr:
		return f.find(x.Value, hops)
	}
	return secret{}, false
}

func (f *secretFinder) first(hops int, es ...python.Expr) (secret, bool) {
	for _, e := range es {
		if s, ok := f.find(e, hops); ok {
			return s, true
		}
	}
	return secret{}, false
}

// pair checks one key/value pair of a dict display, a keyword argument or
// extra={...}: the value itself, or a plain reference filed under a
// secret's name ({"password": pw}, password=pw). A constant or a call
// result under such a key ({"password": "***"}, token=mask(t)) is fine.
func (f *secretFinder) pair(key python.Expr, value python.Expr, hops int) (secret, bool) {
	if s, ok := f.find(value, hops); ok {
		return s, true
	}
	k, ok := python.StringValue(key)
	if !ok {
		return secret{}, false
	}
	return f.namedValue(k, value)
}

func (f *secretFinder) namedValue(key string, value python.Expr) (secret, bool) {
	label, ok := secretName(key, true)
	if !ok {
		return secret{}, false
	}
	switch v := value.(type) {
	case *python.Name, *python.Attribute, *python.Subscript:
	case *python.String:
		if v.IsConstant() {
			return secret{}, false
		}
	default:
		return secret{}, false
	}
	return secret{at: value, code: f.text(value), label: label + ", under the name " + strconv.Quote(key), sev: finding.High}, true
}

// keyed checks container[key] and container.get(key): a secret's key, or
// the session cookie of request.cookies. Any other key picks one field out
// of a container, which is not the container's whole content.
func (f *secretFinder) keyed(container python.Expr, key string, at python.Expr) (secret, bool) {
	if key == "session" && container != nil && f.requestAttr(container) == "cookies" {
		return secret{at: at, code: f.text(at), label: "the session cookie", sev: finding.High}, true
	}
	if label, ok := secretName(key, true); ok {
		return secret{at: at, code: f.text(at), label: label, sev: finding.High}, true
	}
	return secret{}, false
}

// call follows a value through calls that keep its content and stops at
// every other call.
func (f *secretFinder) call(x *python.Call, hops int) (secret, bool) {
	if a, ok := x.Func.(*python.Attribute); ok {
		switch a.Attr {
		case "get", "pop", "getlist", "get_all", "setdefault":
			if k, ok := x.Positional(0); ok {
				if key, ok := python.StringValue(k); ok {
					return f.keyed(a.Value, key, x)
				}
			}
			return secret{}, false
		case "format", "format_map":
			if s, ok := f.find(a.Value, hops); ok {
				return s, true
			}
			return f.args(x, hops)
		case "join":
			return f.args(x, hops)
		case "strip", "lstrip", "rstrip", "lower", "upper", "casefold", "title", "capitalize",
			"encode", "decode", "replace", "to_dict", "items", "values", "copy", "hex":
			return f.find(a.Value, hops)
		}
	}
	q := f.c.Project.QualifyAt(f.c.Module, x.Func, f.scope)
	if q == "" {
		if n, ok := x.Func.(*python.Name); ok && !isLocal(f.scope, n.ID) {
			q = "builtins." + n.ID
		}
	}
	switch q {
	case "os.getenv", "os.environ.get":
		if k, ok := x.Positional(0); ok {
			if key, ok := python.StringValue(k); ok {
				return f.keyed(nil, key, x)
			}
		}
		return secret{}, false
	case "builtins.str", "builtins.repr", "builtins.ascii", "builtins.format", "builtins.dict",
		"builtins.list", "builtins.tuple", "builtins.sorted", "json.dumps", "pprint.pformat",
		"base64.b64encode", "base64.urlsafe_b64encode", "base64.b32encode", "binascii.hexlify",
		"html.escape", "markupsafe.escape", "flask.escape", "markupsafe.Markup", "flask.Markup":
		return f.args(x, hops)
	}
	return secret{}, false
}

// args checks a call's arguments, keywords by their names too
// (dict(password=pw)).
func (f *secretFinder) args(x *python.Call, hops int) (secret, bool) {
	for _, a := range x.Args {
		if s, ok := f.find(a.Value, hops); ok {
			return s, true
		}
		if a.Name != "" {
			if s, ok := f.namedValue(a.Name, a.Value); ok {
				return s, true
			}
		}
	}
	return secret{}, false
}

// whole recognises containers whose whole content is sensitive or may
// well be: the request's form, JSON body, raw body, values, headers,
// cookies, Authorization and WSGI environ; a Flask app's config, which
// holds SECRET_KEY; and os.environ.
func (f *secretFinder) whole(e python.Expr) (secret, bool) {
	mk := func(label string, sev finding.Severity) (secret, bool) {
		return secret{at: e, code: f.text(e), label: label, sev: sev}, true
	}
	switch x := e.(type) {
	case *python.Attribute:
		switch f.requestAttr(x) {
		case "form":
			return mk("the whole submitted form, password fields included", finding.Medium)
		case "json":
			return mk("the whole JSON body", finding.Medium)
		case "data":
			return mk("the whole raw body", finding.Medium)
		case "values":
			return mk("every form and query field", finding.Medium)
		case "headers":
			return mk("every header, Authorization and Cookie included", finding.Medium)
		case "environ":
			return mk("the WSGI environ, HTTP_AUTHORIZATION and HTTP_COOKIE included", finding.Medium)
		case "cookies":
			return mk("every cookie, the session cookie included", finding.High)
		case "authorization":
			return mk("the parsed Authorization header with its password or token", finding.High)
		}
		if x.Attr == "config" && f.c.Project.IsFlaskAppAt(f.c.Module, x.Value, f.scope) {
			return mk("the whole app config, SECRET_KEY included", finding.Medium)
		}
		if f.c.Project.QualifyAt(f.c.Module, x, f.scope) == "os.environ" {
			return mk("the whole process environment", finding.Medium)
		}
	case *python.Call:
		if a, ok := x.Func.(*python.Attribute); ok && (a.Attr == "get_json" || a.Attr == "get_data") && f.isRequest(a.Value) {
			return mk("the whole request body", finding.Medium)
		}
	}
	return secret{}, false
}

// requestAttr returns the attribute name when e is `request.<attr>` on
// Flask's request object, and "" otherwise.
func (f *secretFinder) requestAttr(e python.Expr) string {
	if a, ok := e.(*python.Attribute); ok && f.isRequest(a.Value) {
		return a.Attr
	}
	return ""
}

func (f *secretFinder) isRequest(e python.Expr) bool {
	return f.c.Project.QualifyAt(f.c.Module, e, f.scope) == "flask.request"
}

func (f *secretFinder) text(e python.Expr) string {
	return f.c.File.Text(e.Span())
}

// isShortSlice reports whether a slice keeps at most shortSlice
// characters whatever the length of what it slices: [:n], [-n:], [a:b].
func isShortSlice(s *python.Slice) bool {
	if s.Step != nil {
		return false
	}
	lo, hasLo := intLiteral(s.Lower)
	hi, hasHi := intLiteral(s.Upper)
	switch {
	case !hasLo && s.Lower == nil && hasHi:
		return hi >= 0 && hi <= shortSlice
	case hasLo && s.Upper == nil:
		return lo < 0 && lo >= -shortSlice
	case hasLo && hasHi:
		return lo >= 0 && hi >= lo && hi-lo <= shortSlice || lo < 0 && hi <= 0 && hi >= lo && hi-lo <= shortSlice
	}
	return false
}

// intLiteral evaluates an integer literal, possibly negated.
func intLiteral(e python.Expr) (int, bool) {
	sign := 1
	if u, ok := e.(*python.UnaryOp); ok && u.Op == "-" {
		sign, e = -1, u.Operand
	}
	n, ok := e.(*python.Number)
	if !ok {
		return 0, false
	}
	v, err := strconv.Atoi(n.Text)
	return sign * v, err == nil
}
