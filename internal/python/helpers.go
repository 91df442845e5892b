package python

import (
	"bytes"
	"strings"
)

// DottedName returns the dotted path spelled by a Name or by a chain of
// Attributes ending in a Name: "flask.Flask" for `flask.Flask`, "app" for
// `app`. It reports false for anything else, including chains through a
// call or subscript such as `get_app().run`.
func DottedName(e Expr) (string, bool) {
	size := 0
	for cur := e; ; {
		switch x := cur.(type) {
		case *Name:
			if cur == e {
				return x.ID, true // no allocation for a plain name
			}
			size += len(x.ID)
		case *Attribute:
			size += len(x.Attr) + 1
			cur = x.Value
			continue
		default:
			return "", false
		}
		break
	}
	// Fill the path from its end, walking the chain a second time.
	buf := make([]byte, size)
	at := size
	for cur := e; ; {
		switch x := cur.(type) {
		case *Attribute:
			at -= len(x.Attr)
			copy(buf[at:], x.Attr)
			at--
			buf[at] = '.'
			cur = x.Value
			continue
		case *Name:
			copy(buf, x.ID)
		}
		return string(buf), true
	}
}

// Keyword returns the value of the keyword argument name=value, if the
// call passes it explicitly. A `**kwargs` argument may also supply it;
// see HasStarArgs.
func (c *Call) Keyword(name string) (Expr, bool) {
	for _, a := range c.Args {
		if a.Star == 0 && a.Name == name {
			return a.Value, true
		}
	}
	return nil, false
}

// Positional returns the i-th (0-based) plain positional argument.
// Keyword and starred arguments are not counted, so after `*args` the
// position an argument lands in at run time may differ; see HasStarArgs.
func (c *Call) Positional(i int) (Expr, bool) {
	if i < 0 {
		return nil, false
	}
	for _, a := range c.Args {
		if a.Star != 0 || a.Name != "" {
			continue
		}
		if i == 0 {
			return a.Value, true
		}
		i--
	}
	return nil, false
}

// HasStarArgs reports whether the call has a `*args` or `**kwargs`
// argument, which can supply arguments the other helpers cannot see.
func (c *Call) HasStarArgs() bool {
	for _, a := range c.Args {
		if a.Star != 0 {
			return true
		}
	}
	return false
}

// StringValue returns the value of a constant string literal: a String
// with no interpolations, including implicit concatenations, f-strings
// without replacement fields, and bytes literals (whose value is the raw
// bytes). It reports false for anything else.
func StringValue(e Expr) (string, bool) {
	s, ok := e.(*String)
	if !ok || !s.IsConstant() {
		return "", false
	}
	return s.Value, true
}

// IsTrue reports whether e is the constant True, as in `debug=True`. Use
// Truthy to accept any literal that is true.
func IsTrue(e Expr) bool {
	c, ok := e.(*Constant)
	return ok && c.Value == True
}

// Truthy evaluates the truth value of a literal: True, False, None and
// `...`; numbers ("0", "0.0", "0x0" and "0j" are false); strings (an
// f-string is known true once its literal text is non-empty); list,
// tuple, set and dict displays (known empty or known non-empty; starred
// elements may be empty); `not` of any of these; and a sign on a number.
// known is false (and value false) for everything else.
func Truthy(e Expr) (value, known bool) {
	switch x := e.(type) {
	case *Constant:
		return x.Value == True || x.Value == Ellipsis, true
	case *Number:
		return !numberIsZero(x.Text), true
	case *String:
		if x.Value != "" {
			return true, true
		}
		return false, x.IsConstant()
	case *List:
		return eltsTruthy(x.Elts)
	case *Tuple:
		return eltsTruthy(x.Elts)
	case *Set:
		return eltsTruthy(x.Elts)
	case *Dict:
		for _, k := range x.Keys {
			if k != nil {
				return true, true
			}
		}
		return false, len(x.Keys) == 0
	case *UnaryOp:
		switch x.Op {
		case "not":
			if v, ok := Truthy(x.Operand); ok {
				return !v, true
			}
		case "-", "+":
			if n, ok := x.Operand.(*Number); ok {
				return !numberIsZero(n.Text), true
			}
		}
	}
	return false, false
}

// eltsTruthy decides a display's truth value: any plain element makes it
// non-empty, while starred elements alone may expand to nothing.
func eltsTruthy(elts []Expr) (bool, bool) {
	for _, e := range elts {
		if _, ok := e.(*Starred); !ok {
			return true, true
		}
	}
	return false, len(elts) == 0
}

// numberIsZero reports whether a numeric literal, as written, is zero.
func numberIsZero(t string) bool {
	t = strings.TrimRight(strings.ToLower(t), "jl")
	if len(t) > 1 && t[0] == '0' && (t[1] == 'x' || t[1] == 'o' || t[1] == 'b') {
		t = t[2:]
	} else if i := strings.IndexByte(t, 'e'); i >= 0 {
		t = t[:i] // 0e5 is zero whatever the exponent
	}
	for i := range len(t) {
		if ch := t[i]; ch != '0' && ch != '_' && ch != '.' {
			return false
		}
	}
	return true
}

// Text returns the source text of a span, clamped to the file.
func (f *File) Text(s Span) string {
	start, end := max(int(s.Start.Offset), 0), min(int(s.End.Offset), len(f.Source))
	if start >= end {
		return ""
	}
	return string(f.Source[start:end])
}

// Line returns the text of 1-based line n without its line ending, or ""
// when there is no such line.
func (f *File) Line(n int) string {
	if n < 1 {
		return ""
	}
	src := f.Source
	for ; n > 1; n-- {
		i := bytes.IndexByte(src, '\n')
		if i < 0 {
			return ""
		}
		src = src[i+1:]
	}
	if i := bytes.IndexByte(src, '\n'); i >= 0 {
		src = src[:i]
	}
	return string(bytes.TrimSuffix(src, []byte{'\r'}))
}
