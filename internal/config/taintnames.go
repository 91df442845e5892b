package config

import (
	"strings"
	"unicode"
)

// calleeName reads the function or method an entry names: a dotted
// Python name, with '*' standing for any run of characters (see
// spec.Declared). A part may end in "()" to name the result of a call
// ("corp.make_client().send"), the way built-in entries name methods of
// objects made by factories; the name itself may not, since an entry
// names a callee, not a call.
func (p *parser) calleeName(at, what string, v any, method bool) (string, error) {
	example := "myapp.db.raw_query"
	if method {
		example = "myapp.db.Client.raw_query"
	}
	s, ok := v.(string)
	if !ok {
		return "", p.errorf(at, "%s must be a string such as %q, not %s", what, example, typeName(v))
	}
	name := strings.TrimSpace(s)
	if name == "" {
		return "", p.errorf(at, "%s is empty: name the callee, such as %q", what, example)
	}
	if base, ok := strings.CutSuffix(name, "()"); ok {
		return "", p.errorf(at, "%s: write %q without \"()\": an entry names the callee, not a call", what, base)
	}
	parts := strings.Split(name, ".")
	for i, part := range parts {
		if i < len(parts)-1 {
			part = strings.TrimSuffix(part, "()")
		}
		if part == "" {
			return "", p.errorf(at, "%s: %q has an empty part between dots", what, name)
		}
		if !isNamePattern(part) {
			return "", p.errorf(at, "%s: %q is not a dotted Python name such as %q", what, name, example)
		}
	}
	if strings.Trim(name, "*.()") == "" {
		return "", p.errorf(at, "%s: %q would match every call", what, name)
	}
	if method && len(parts) < 2 {
		return "", p.errorf(at, "%s: %q names no class: write \"module.Class.%s\", or \"*.%s\" for a method of that name on any object",
			what, name, name, name)
	}
	return name, nil
}

// isNamePattern reports whether s is a Python identifier in which '*'
// may stand for any run of characters.
func isNamePattern(s string) bool {
	return isIdentifier(strings.ReplaceAll(s, "*", "_"))
}

// isIdentifier reports whether s is a Python identifier.
func isIdentifier(s string) bool {
	for i, r := range s {
		if !(r == '_' || unicode.IsLetter(r) || i > 0 && unicode.IsDigit(r)) {
			return false
		}
	}
	return s != ""
}
