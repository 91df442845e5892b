package logging

import (
	"strconv"
	"strings"
)

// A conversion tells how a formatting directive turns an argument into
// text. Only str-like conversions copy a string's characters as they are:
// %r, %a, {!r} and {!a} use repr(), which escapes CR and LF, and numeric
// conversions refuse a string.
type conversion uint8

const (
	convStr conversion = iota
	convRepr
	convNumber
)

// field is one replacement field of a format string. key is the mapping
// key or field name; index is the positional argument it takes (-1 for a
// named field).
type field struct {
	key   string
	index int
	conv  conversion
}

// percentFields parses an old-style format string ("user %s from %(ip)r")
// into its fields in order. A `*` width or precision takes a positional
// argument of its own, which is returned as a numeric field.
func percentFields(s string) []field {
	var out []field
	pos := 0
	for i := 0; i < len(s); i++ {
		if s[i] != '%' {
			continue
		}
		i++
		if i >= len(s) {
			break
		}
		if s[i] == '%' {
			continue
		}
		key := ""
		if s[i] == '(' {
			end := strings.IndexByte(s[i:], ')')
			if end < 0 {
				break
			}
			key, i = s[i+1:i+end], i+end+1
		}
		for i < len(s) && strings.IndexByte("#0- +", s[i]) >= 0 {
			i++
		}
		for i < len(s) && (s[i] == '*' || s[i] == '.' || s[i] >= '0' && s[i] <= '9') {
			if s[i] == '*' {
				out = append(out, field{index: pos, conv: convNumber})
				pos++
			}
			i++
		}
		for i < len(s) && strings.IndexByte("hlL", s[i]) >= 0 {
			i++
		}
		if i >= len(s) {
			break
		}
		f := field{key: key, index: -1, conv: convNumber}
		switch s[i] {
		case 's':
			f.conv = convStr
		case 'r', 'a':
			f.conv = convRepr
		}
		if key == "" {
			f.index = pos
			pos++
		}
		out = append(out, f)
	}
	return out
}

// braceFields parses a str.format string ("user {} from {ip!r}") into its
// fields. Fields in a format spec ("{:>{width}}") are numbers or widths
// and are left out; a field that formats with a spec still copies a
// string's characters, so only !r and !a count as escaping.
func braceFields(s string) []field {
	var out []field
	auto := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '}':
			if i+1 < len(s) && s[i+1] == '}' {
				i++
			}
			continue
		case '{':
		default:
			continue
		}
		if i+1 < len(s) && s[i+1] == '{' {
			i++
			continue
		}
		depth, j := 1, i+1
		for ; j < len(s) && depth > 0; j++ {
			switch s[j] {
			case '{':
				depth++
			case '}':
				depth--
			}
		}
		if depth > 0 {
			break // an unterminated field: str.format would raise
		}
		body := s[i+1 : j-1]
		i = j - 1
		name, conv := body, convStr
		if k := strings.IndexAny(body, "!:"); k >= 0 {
			name = body[:k]
			if body[k] == '!' && k+1 < len(body) && (body[k+1] == 'r' || body[k+1] == 'a') {
				conv = convRepr
			}
		}
		if k := strings.IndexAny(name, ".["); k >= 0 {
			name = name[:k] // {0.attr} and {user[name]} take argument 0 and user
		}
		f := field{index: -1, conv: conv}
		switch n, err := strconv.Atoi(name); {
		case name == "":
			f.index = auto
			auto++
		case err == nil:
			f.index = n
		default:
			f.key = name
		}
		out = append(out, f)
	}
	return out
}

// fieldFor returns the conversion applied to positional argument i, or to
// the named argument key, and whether any field uses it.
func fieldFor(fields []field, i int, key string) (conversion, bool) {
	found, conv := false, convRepr
	for _, f := range fields {
		if key != "" && f.key == key || key == "" && f.index == i {
			found = true
			if f.conv < conv {
				conv = f.conv // the most dangerous use decides
			}
		}
	}
	return conv, found
}

// fstringConversion reads, in the source after an f-string field's
// expression, how the field converts it: {x!r}, {x!a} and the self-
// documenting {x=} without a spec use repr(). src is the file and end the
// offset just past the expression.
func fstringConversion(src []byte, end int) conversion {
	i := end
	skip := func() {
		for i < len(src) && (src[i] == ' ' || src[i] == '\t' || src[i] == ')' || src[i] == '\n') {
			i++
		}
	}
	skip()
	selfDoc := false
	if i < len(src) && src[i] == '=' {
		selfDoc = true
		i++
		skip()
	}
	if i+1 < len(src) && src[i] == '!' {
		if src[i+1] == 'r' || src[i+1] == 'a' {
			return convRepr
		}
		return convStr
	}
	if selfDoc && i < len(src) && src[i] == '}' {
		return convRepr
	}
	return convStr
}
