package taint

import (
	"strings"

	"github.com/flaskguard/flaskguard/internal/python"
	"github.com/flaskguard/flaskguard/internal/taint/spec"
)

// regexCall handles re.compile (whose result remembers its pattern) and
// the matching calls (whose result, when true, proves the subject safe,
// and is remembered for `m = re.fullmatch(...); if not m: abort()`).
func (f *frame) regexCall(path string, recv *Value, args []arg) (Value, bool) {
	rc := f.e.ix.Regex(path)
	if rc == nil {
		return Value{}, false
	}
	pattern, ok := "", false
	if rc.Pattern == spec.Receiver {
		if recv != nil && recv.aux != "" {
			pattern, ok = recv.aux, true
		}
	} else if a, has := positional(args, rc.Pattern); has && a.v.k.text() {
		pattern, ok = a.v.k.s, true
	}
	if rc.Compile {
		out := Value{obj: path + "()"}
		if ok {
			out.aux = pattern
			if !strings.HasPrefix(out.obj, "re.compile") {
				out.obj = "re.compile()"
			}
		}
		return out, true
	}
	subj, has := positional(args, rc.Subject)
	out := Value{t: subj.v.t, obj: path + "()"}
	if !has {
		return out, true
	}
	if ok {
		if c := regexClears(pattern, rc.Mode); c != spec.None {
			if name, isRef := refName(subj.expr); isRef {
				out.via = &via{name: name, kind: viaGuard, clears: c}
			}
		}
	}
	return out, true
}

// refineRegex clears the subject of a matching call used as a condition.
func (f *frame) refineRegex(c *python.Call, rc *spec.RegexCall, recv Value) {
	pattern := ""
	if rc.Pattern == spec.Receiver {
		pattern = recv.aux
	} else if rc.Pattern < len(c.Args) {
		if v := f.eval(c.Args[rc.Pattern].Value); v.k.text() {
			pattern = v.k.s
		}
	}
	if pattern == "" || rc.Compile || rc.Subject >= len(c.Args) {
		return
	}
	f.clearTargets(c.Args[rc.Subject].Value, regexClears(pattern, rc.Mode))
}

// regexClears is what a match of pattern over the whole value proves:
// the classes whose dangerous characters the pattern cannot match. A
// pattern that is not anchored for the way it is applied, or that can
// match any character, proves nothing.
func regexClears(pattern string, mode spec.RegexMode) spec.Class {
	if len(pattern) > maxRegexLen {
		return spec.None
	}
	body := pattern
	start := strings.HasPrefix(body, "^") || strings.HasPrefix(body, `\A`)
	body = strings.TrimPrefix(strings.TrimPrefix(body, "^"), `\A`)
	end := false
	for _, suffix := range []string{`\Z`, `\z`, "$"} {
		if strings.HasSuffix(body, suffix) && !strings.HasSuffix(body, `\`+suffix) {
			body, end = strings.TrimSuffix(body, suffix), true
			break
		}
	}
	switch mode {
	case spec.PrefixMatch:
		start = true
	case spec.FullMatch:
		start, end = true, true
	}
	if !start || !end || topLevelAlternation(body) {
		return spec.None
	}
	chars, ok := charset(body)
	if !ok {
		return spec.None
	}
	var out spec.Class
	for _, c := range spec.All.Classes() {
		if !strings.ContainsAny(chars, dangerous(c)) {
			out |= c
		}
	}
	return out
}

// dangerous lists the characters a value needs to attack a sink class.
func dangerous(c spec.Class) string {
	switch c {
	case spec.SQL:
		return "'\"\\; =()"
	case spec.Command:
		return ";|&$><`\\'\"\n ()*?~!#{}"
	case spec.Code:
		return "()'\"[]:;=\n"
	case spec.Template:
		return "{}%#"
	case spec.HTML:
		return "<>\"'&"
	case spec.Path:
		return "/\\."
	case spec.Redirect:
		return "/\\:"
	case spec.XML:
		return "<&%"
	case spec.XPath:
		return "'\"[]()=|/@*"
	case spec.LDAP:
		return "*()\\&|=,+<>;\"#\x00"
	case spec.SSRF:
		return "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ./:@"
	case spec.Header, spec.Log:
		return "\r\n"
	case spec.Deserialize:
		return "()'\"\n;=[]{}<>\\"
	}
	return ""
}

// topLevelAlternation reports a | outside groups and classes, which
// would leave all but one alternative unanchored.
func topLevelAlternation(p string) bool {
	depth, inClass := 0, false
	for i := 0; i < len(p); i++ {
		switch c := p[i]; {
		case c == '\\':
			i++
		case inClass:
			if c == ']' {
				inClass = false
			}
		case c == '[':
			inClass = true
		case c == '(':
			depth++
		case c == ')':
			depth--
		case c == '|' && depth == 0:
			return true
		}
	}
	return false
}

// charset lists every character a pattern can match, or reports false
// when it can match any character (., \S, \W, \D, a negated class).
func charset(p string) (string, bool) {
	var b strings.Builder
	const word = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_"
	escape := func(c byte) (string, bool) {
		switch c {
		case 'd':
			return "0123456789", true
		case 'w':
			return word, true
		case 's':
			return " \t\n\r\f\v", true
		case 'S', 'W', 'D', 'b', 'B':
			if c == 'b' || c == 'B' {
				return "", true
			}
			return "", false
		case 'n':
			return "\n", true
		case 't':
			return "\t", true
		case 'r':
			return "\r", true
		}
		return string(c), true
	}
	for i := 0; i < len(p); i++ {
		c := p[i]
		switch {
		case c == '\\' && i+1 < len(p):
			s, ok := escape(p[i+1])
			if !ok {
				return "", false
			}
			b.WriteString(s)
			i++
		case c == '.':
			return "", false
		case c == '[':
			j := i + 1
			if j < len(p) && p[j] == '^' {
				return "", false
			}
			if j < len(p) && p[j] == ']' {
				b.WriteByte(']')
				j++
			}
			for ; j < len(p) && p[j] != ']'; j++ {
				switch {
				case p[j] == '\\' && j+1 < len(p):
					s, ok := escape(p[j+1])
					if !ok {
						return "", false
					}
					b.WriteString(s)
					j++
				case j+2 < len(p) && p[j+1] == '-' && p[j+2] != ']':
					for ch := int(p[j]); ch <= int(p[j+2]); ch++ {
						b.WriteByte(byte(ch))
					}
					j += 2
				default:
					b.WriteByte(p[j])
				}
			}
			i = j
		case c == '(':
			// (?:, (?P<name>, (?i) are syntax, not characters.
			if i+1 < len(p) && p[i+1] == '?' {
				for i+1 < len(p) && p[i+1] != ':' && p[i+1] != ')' && p[i+1] != '>' {
					i++
				}
				i++
			}
		case c == '{':
			for i < len(p) && p[i] != '}' {
				i++
			}
		case strings.IndexByte(")|*+?^$", c) >= 0:
		default:
			b.WriteByte(c)
		}
	}
	return b.String(), true
}
