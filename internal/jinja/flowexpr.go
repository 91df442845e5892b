package jinja

import (
	"slices"
	"strings"
)

// argFilters are the filters whose arguments end up in their result:
// "%s"|format(q), x|replace("a", q), x|default(q), items|join(q).
var argFilters = map[string]bool{"format": true, "replace": true, "default": true, "d": true, "join": true}

// plainFilters leave a value that holds no blank, quote or bracket;
// keepPlain are the filters that keep it so (escaping touches none of
// the characters a number or URL-quoted text holds).
var (
	plainFilters = map[string]bool{
		"int": true, "float": true, "length": true, "count": true, "round": true, "abs": true,
		"wordcount": true, "urlencode": true, "filesizeformat": true,
	}
	keepPlain = map[string]bool{"safe": true, "e": true, "escape": true, "forceescape": true, "string": true,
		"upper": true, "lower": true, "trim": true}
)

// cleanCalls are the functions whose result carries none of the text of
// their arguments as markup: url_for quotes them into a URL of the site,
// the others ignore them or make numbers and tokens.
var cleanCalls = map[string]bool{
	"url_for": true, "csrf_token": true, "csp_nonce": true, "range": true, "lipsum": true,
	"caller": true, "super": true, "get_flashed_messages": true,
}

// filterCall is one filter of a chain and the tokens of its arguments.
type filterCall struct {
	name string
	args []tok
}

// expr is an expression read for the flow analysis once, so that a tree
// node evaluates it again cheaply for every question.
type expr struct {
	branches []operand
}

// operand is one value a conditional expression may take.
type operand struct {
	// boolean: the operand is a truth value, which writes nothing out.
	boolean bool
	// paren is a parenthesised operand's inner expression.
	paren *expr
	// names are the variables whose values flow into the operand (none
	// when it is a call of a clean function or a macro); markup is true
	// when the operand is Markup(...).
	names  []string
	markup bool
	chain  []filterCall
	// argNames are, per filter of argFilters, the variables in its
	// arguments.
	argNames [][]string
}

// compile reads an expression of a template.
func compile(tr *tree, toks []tok) *expr {
	x := &expr{}
	for _, b := range splitBranches(toks) {
		op := operand{boolean: producesBool(b.toks)}
		switch {
		case op.boolean:
		case len(b.head) >= 2 && b.head[0].text == "(" && closes(b.head, 0) == len(b.head)-1:
			// A parenthesised operand has filters and branches of its own.
			op.paren = compile(tr, b.head[1:len(b.head)-1])
		case cleanCall(tr, wholeCall(b.head)):
		default:
			op.names, op.markup = valueNames(b.head), isMarkupCall(b.head)
		}
		op.chain = filterChain(b.toks[len(b.head):])
		op.argNames = make([][]string, len(op.chain))
		for i, f := range op.chain {
			if argFilters[f.name] {
				op.argNames[i] = valueNames(f.args)
			}
		}
		x.branches = append(x.branches, op)
	}
	return x
}

// eval returns the ways the value of an expression holds the tracked
// value: the state of every name that holds it and flows into the
// result, after the expression's filters. Each branch of a conditional
// expression is a possible result; its condition is not.
func (w *walker) eval(tr *tree, toks []tok, e env) []state {
	if len(e) == 0 || !slices.ContainsFunc(toks, func(t tok) bool { return t.kind == tIdent && e[t.text] != nil }) {
		return nil
	}
	return compile(tr, toks).eval(e)
}

func (x *expr) eval(e env) []state {
	var out []state
	for i := range x.branches {
		out = append(out, x.branches[i].eval(e)...)
	}
	return out
}

// eval follows one operand and its filters.
func (op *operand) eval(e env) []state {
	if op.boolean {
		return nil
	}
	var entering []state
	if op.paren != nil {
		entering = op.paren.eval(e)
	}
	for _, name := range op.names {
		for _, s := range e[name] {
			s.markup = s.markup || op.markup
			entering = append(entering, s)
		}
	}
	var out []state
	for _, s := range entering {
		out = append(out, applyFilters(s, op.chain))
	}
	for i, names := range op.argNames {
		f := op.chain[i]
		for _, name := range names {
			for _, s := range e[name] {
				// The result is a new string holding the value as it
				// was (escaped or not), not marked safe.
				if f.name != "default" && f.name != "d" {
					s.markup = false
				}
				s.filters = append(slices.Clip(s.filters), f.name)
				out = append(out, applyFilters(s, op.chain[i+1:]))
			}
		}
	}
	return out
}

// applyFilters follows a state through filters.
func applyFilters(s state, chain []filterCall) state {
	for _, f := range chain {
		s.markup, s.safe = filterStep(s.markup, s.safe, f.name)
		switch {
		case f.name == "tojson":
			s.json = true
		case f.name == "forceescape":
			s.json = false
		case f.name != "safe" && f.name != "e" && f.name != "escape":
			s.json = false
		}
		s.plain = plainFilters[f.name] || s.plain && keepPlain[f.name]
		s.filters = append(slices.Clip(s.filters), f.name)
	}
	return s
}

// filterChain reads the filters piped after an operand, with their
// argument tokens. Tokens that follow the chain (an operator and another
// operand) are not filters and are left out.
func filterChain(toks []tok) []filterCall {
	var out []filterCall
	for i := 0; i+1 < len(toks) && toks[i].text == "|" && toks[i+1].kind == tIdent; {
		name, j := dotted(toks, i+1)
		f := filterCall{name: name}
		if j < len(toks) && toks[j].text == "(" {
			end := closes(toks, j)
			if end < 0 {
				end = len(toks) // unclosed: the rest are its arguments
			}
			f.args = toks[j+1 : end]
			j = end + 1
		}
		out = append(out, f)
		i = j
	}
	return out
}

// closes returns the index of the bracket closing the one at i, or -1.
func closes(toks []tok, i int) int {
	depth := 0
	for j := i; j < len(toks); j++ {
		depth = nest(depth, toks[j])
		if depth == 0 {
			return j
		}
	}
	return -1
}

// producesBool reports whether an operand's value is a truth value: a
// comparison, a membership or identity test, or a negation at its top
// level. (and/or return one of their operands, so they are not.)
func producesBool(toks []tok) bool {
	return topLevel(toks, func(t tok) bool {
		switch t.text {
		case "==", "!=", "<", ">", "<=", ">=":
			return t.kind == tOp
		case "in", "is", "not":
			return t.kind == tIdent
		}
		return false
	}) >= 0
}

// valueNames returns the variables whose values flow into an operand:
// free names, but not attribute names, keyword-argument names, or the
// arguments of calls whose result does not carry them (url_for(x=q)).
func valueNames(toks []tok) []string {
	var out []string
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if t.kind != tIdent || keywords[t.text] || i > 0 && (toks[i-1].text == "." || toks[i-1].text == "|") {
			continue
		}
		if i+1 < len(toks) && toks[i+1].kind == tOp && toks[i+1].text == "=" {
			continue
		}
		name, j := dotted(toks, i)
		if cleanCalls[name] && j < len(toks) && toks[j].text == "(" {
			if end := closes(toks, j); end > 0 {
				i = end
			}
			continue
		}
		if !slices.Contains(out, t.text) {
			out = append(out, t.text)
		}
	}
	return out
}

// cleanCall reports whether the whole operand is a call whose result does
// not write its arguments out as they are: a function of cleanCalls, or a
// macro (whose outputs are checked where it writes them), defined in the
// template or imported into it.
func cleanCall(tr *tree, name string) bool {
	if name == "" {
		return false
	}
	if cleanCalls[name] || strings.HasPrefix(name, "self.") {
		return true
	}
	alias, _, isDotted := strings.Cut(name, ".")
	for _, b := range tr.t.Blocks {
		switch {
		case b.Kind == BlockImport && isDotted && b.Alias == alias:
			return true
		case b.Kind == BlockImport && !isDotted && slices.ContainsFunc(b.Names, func(n ImportedName) bool { return n.As == name }):
			return true
		case b.Kind == BlockMacro && !isDotted && b.Name == name:
			return true
		}
	}
	return false
}

// splitTop splits tokens at top-level commas: the parts of a tuple, of
// {% with a = x, b = y %}, or of for-loop targets.
func splitTop(toks []tok) [][]tok {
	var out [][]tok
	depth, start := 0, 0
	for i, t := range toks {
		if depth == 0 && t.kind == tOp && t.text == "," {
			out = append(out, toks[start:i])
			start = i + 1
			continue
		}
		depth = nest(depth, t)
	}
	if start < len(toks) {
		out = append(out, toks[start:])
	}
	return out
}

// mentions reports whether any of the names holds the value.
func mentions(e env, names []string) bool {
	for _, n := range names {
		if e[n] != nil {
			return true
		}
	}
	return false
}
