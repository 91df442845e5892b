package jinja

import "strings"

// tokKind classifies the tokens of a Jinja expression.
type tokKind uint8

const (
	tIdent tokKind = iota
	tString
	tNumber
	tOp
)

type tok struct {
	kind tokKind
	text string
}

// tokenize splits a Jinja expression into identifiers, literals and
// operators. It is a lexer, not a parser: enough to find filters, names and
// calls at the top level. It accepts anything; malformed input just yields
// odd tokens.
func tokenize(s string) []tok {
	var out []tok
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			i++
		case c == '\'' || c == '"':
			j := i + 1
			for j < len(s) && s[j] != c {
				if s[j] == '\\' {
					j++
				}
				j++
			}
			j = min(j+1, len(s))
			out = append(out, tok{tString, s[i:j]})
			i = j
		case c >= '0' && c <= '9':
			j := i + 1
			for j < len(s) && (s[j] >= '0' && s[j] <= '9' || s[j] == '.' || s[j] == '_' || s[j] == 'e') {
				j++
			}
			out = append(out, tok{tNumber, s[i:j]})
			i = j
		case isIdentByte(c, false):
			j := i + 1
			for j < len(s) && isIdentByte(s[j], true) {
				j++
			}
			out = append(out, tok{tIdent, s[i:j]})
			i = j
		default:
			n := 1
			if i+1 < len(s) {
				switch s[i : i+2] {
				case "==", "!=", "<=", ">=", "**", "//":
					n = 2
				}
			}
			out = append(out, tok{tOp, s[i : i+n]})
			i += n
		}
	}
	return out
}

// keywords are Jinja's expression keywords and literal names: never
// variables.
var keywords = map[string]bool{
	"and": true, "or": true, "not": true, "in": true, "is": true, "if": true, "else": true,
	"true": true, "false": true, "none": true, "True": true, "False": true, "None": true,
}

// branch is one value an expression may take: the operand before the
// filters, and the filters applied to it.
type branch struct {
	head    []tok
	filters []string
	toks    []tok // head and filter arguments: all the branch reads
}

// exprInfo is what the analyses need to know about one expression.
type exprInfo struct {
	root     string
	names    []string
	filters  []string
	call     string
	calls    []string
	constant bool
	markup   []bool // per branch: marked safe without escaping
	safe     []bool // per branch: content cannot carry markup
	csrf     bool
}

// analyzeExpr reads an expression. A conditional expression (a if c else b)
// has one branch per value; the condition is read for names only.
func analyzeExpr(s string) exprInfo {
	toks := tokenize(s)
	var info exprInfo
	info.names = freeNames(toks)
	info.calls = calls(toks)
	for _, t := range toks {
		lower := strings.ToLower(t.text)
		if t.kind == tIdent && (strings.Contains(lower, "csrf") || t.text == "hidden_tag") {
			info.csrf = true
		}
	}
	branches := splitBranches(toks)
	info.constant = true
	for i, b := range branches {
		if len(freeNames(b.toks)) > 0 {
			info.constant = false
		}
		info.filters = append(info.filters, b.filters...)
		markup, safe := escapeState(b)
		info.markup = append(info.markup, markup)
		info.safe = append(info.safe, safe)
		if i == 0 {
			info.root = leadingName(b.head)
			if len(branches) == 1 {
				info.call = wholeCall(b.head)
			}
		}
	}
	return info
}

// escaped reports whether every value of the expression is HTML-safe on
// output under the given autoescaping.
func (e exprInfo) escaped(autoescape bool) bool {
	for i := range e.markup {
		if !e.safe[i] && (!autoescape || e.markup[i]) {
			return false
		}
	}
	return true
}

// splitBranches splits "a|f if c else b|g" into its values a|f and b|g.
func splitBranches(toks []tok) []branch {
	ifAt := topLevel(toks, func(t tok) bool { return t.kind == tIdent && t.text == "if" })
	if ifAt < 0 {
		return []branch{splitFilters(toks)}
	}
	out := []branch{splitFilters(toks[:ifAt])}
	rest := toks[ifAt+1:]
	if elseAt := topLevel(rest, func(t tok) bool { return t.kind == tIdent && t.text == "else" }); elseAt >= 0 {
		out = append(out, splitBranches(rest[elseAt+1:])...)
	}
	return out
}

// splitFilters separates an operand from the filters piped after it.
func splitFilters(toks []tok) branch {
	b := branch{toks: toks}
	at := topLevel(toks, func(t tok) bool { return t.kind == tOp && t.text == "|" })
	if at < 0 {
		b.head = toks
		return b
	}
	b.head = toks[:at]
	depth := 0
	for i := at; i < len(toks); i++ {
		t := toks[i]
		depth = nest(depth, t)
		if depth == 0 && t.kind == tOp && t.text == "|" && i+1 < len(toks) && toks[i+1].kind == tIdent {
			name := toks[i+1].text
			for j := i + 2; j+1 < len(toks) && toks[j].text == "." && toks[j+1].kind == tIdent; j += 2 {
				name += "." + toks[j+1].text
			}
			b.filters = append(b.filters, name)
		}
	}
	return b
}

// nest updates a bracket depth with one token.
func nest(depth int, t tok) int {
	if t.kind != tOp {
		return depth
	}
	switch t.text {
	case "(", "[", "{":
		return depth + 1
	case ")", "]", "}":
		return max(depth-1, 0)
	}
	return depth
}

// topLevel returns the index of the first token outside brackets that
// matches, or -1.
func topLevel(toks []tok, match func(tok) bool) int {
	depth := 0
	for i, t := range toks {
		if depth == 0 && match(t) {
			return i
		}
		depth = nest(depth, t)
	}
	return -1
}

// escapeState follows one branch through its filters and tells whether the
// value ends up marked safe (so autoescaping leaves it alone) and whether
// its content is known to carry no markup (escaped, JSON, a number).
// |e on a value already marked safe does nothing, as markupsafe.escape
// returns Markup unchanged; |forceescape escapes it anyway.
func escapeState(b branch) (markup, safe bool) {
	markup = isMarkupCall(b.head)
	safe = len(freeNames(b.toks)) == 0
	for _, f := range b.filters {
		markup, safe = filterStep(markup, safe, f)
	}
	return markup, safe
}

// filterStep is the escaping state of a value after one filter: whether
// it is marked safe, and whether its content can no longer carry markup.
// Filters not listed keep the state (upper, trim, default...).
func filterStep(markup, safe bool, f string) (bool, bool) {
	switch f {
	case "safe":
		markup = true
	case "e", "escape":
		if !markup {
			safe = true
		}
		markup = true
	case "forceescape", "tojson", "xmlattr":
		safe, markup = true, true
	case "urlencode", "int", "float", "length", "count", "wordcount", "round", "abs", "filesizeformat":
		safe, markup = true, false
	case "striptags":
		// striptags also unescapes entities: &lt;script&gt; comes out as <script>.
		safe, markup = false, false
	}
	return markup, safe
}

// isMarkupCall reports whether an operand is Markup(...) or
// markupsafe.Markup(...), which marks its argument safe.
func isMarkupCall(head []tok) bool {
	name := wholeCall(head)
	return name == "Markup" || strings.HasSuffix(name, ".Markup")
}

// freeNames returns the variables an expression reads: identifiers that
// are not attributes (after '.'), filter or test names (after '|', "is",
// "is not"), keyword-argument names (before '=') or keywords.
func freeNames(toks []tok) []string {
	var out []string
	seen := map[string]bool{}
	for i, t := range toks {
		if t.kind != tIdent || keywords[t.text] {
			continue
		}
		if i > 0 {
			prev := toks[i-1]
			if prev.text == "." || prev.text == "|" || prev.kind == tIdent && prev.text == "is" ||
				prev.text == "not" && i > 1 && toks[i-2].text == "is" {
				continue
			}
		}
		if i+1 < len(toks) && toks[i+1].kind == tOp && toks[i+1].text == "=" {
			continue
		}
		if !seen[t.text] {
			seen[t.text] = true
			out = append(out, t.text)
		}
	}
	return out
}

// leadingName returns the variable an operand starts with, past opening
// parentheses, unary operators and "not"; "" when it starts with a literal.
func leadingName(head []tok) string {
	for _, t := range head {
		switch {
		case t.kind == tOp && (t.text == "(" || t.text == "-" || t.text == "+"):
		case t.kind == tIdent && t.text == "not":
		case t.kind == tIdent && !keywords[t.text]:
			return t.text
		default:
			return ""
		}
	}
	return ""
}

// wholeCall returns the dotted name called when an operand is exactly one
// call, name(...) or a.b.name(...), and "" otherwise.
func wholeCall(head []tok) string {
	name, i := dotted(head, 0)
	if name == "" || i >= len(head) || head[i].text != "(" {
		return ""
	}
	depth := 0
	for j := i; j < len(head); j++ {
		depth = nest(depth, head[j])
		if depth == 0 {
			if j == len(head)-1 {
				return name
			}
			return ""
		}
	}
	return ""
}

// dotted reads a.b.c from index i and returns it with the index after it.
func dotted(toks []tok, i int) (string, int) {
	if i >= len(toks) || toks[i].kind != tIdent || keywords[toks[i].text] {
		return "", i
	}
	name := toks[i].text
	i++
	for i+1 < len(toks) && toks[i].text == "." && toks[i+1].kind == tIdent {
		name += "." + toks[i+1].text
		i += 2
	}
	return name, i
}

// calls returns the dotted names of every call in an expression whose
// callee starts at a free name ("forms.field" in forms.field(f)|safe),
// in order.
func calls(toks []tok) []string {
	var out []string
	for i := 0; i < len(toks); i++ {
		if i > 0 && (toks[i-1].text == "." || toks[i-1].text == "|") {
			continue
		}
		name, j := dotted(toks, i)
		if name != "" && j < len(toks) && toks[j].text == "(" {
			out = append(out, name)
		}
		if j > i {
			i = j - 1
		}
	}
	return out
}
