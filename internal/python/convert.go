package python

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"unicode/utf8"
)

// maxDepth caps how deeply the converter recurses. CPython itself refuses
// expressions nested much beyond a few hundred levels, so real code stays
// far below it, while it keeps the converter (and every recursive analysis
// of the result) well inside the Go stack on adversarial input. Deeper
// subtrees become a BadExpr or BadStmt and one syntax error.
const maxDepth = 1000

// maxErrorText is how much of the offending source an "unexpected" message
// quotes.
const maxErrorText = 40

// converter turns the flat tree-sitter node array into the typed tree. It
// lives for one Parse call.
type converter struct {
	src   []byte
	n     []tsNode
	kinds []tk
	sym   *symbols
	f     *fieldIDs
	depth int
	// deepErrs reports the first place maxDepth was hit.
	deepErrs []SyntaxError
	// names interns identifiers: the same few names (self, request, app)
	// recur all over a file and need only one allocation each.
	names map[string]string
	// buf accumulates decoded string values; see str.
	buf []byte

	// Slabs for the most frequent nodes and scratch stacks for slices;
	// see alloc.go.
	nameSlab slab[Name]
	attrSlab slab[Attribute]
	callSlab slab[Call]
	strSlab  slab[String]
	exprs    stack[Expr]
	stmtS    stack[Stmt]
	argS     stack[Arg]
}

func newConverter(src []byte, nodes []tsNode, sym *symbols) *converter {
	return &converter{
		src: src, n: nodes, kinds: sym.kinds, sym: sym, f: &sym.fields,
		names: make(map[string]string, 256),
	}
}

// kind returns the converter's kind for node i.
func (c *converter) kind(i int32) tk {
	n := &c.n[i]
	if n.flags&flagError != 0 {
		return tkError
	}
	if int(n.sym) < len(c.kinds) {
		return c.kinds[n.sym]
	}
	return tkUnknown
}

// end returns the index just past node i's subtree; children of i are
// i+1, n[i+1].next, ... up to end(i).
func (c *converter) end(i int32) int32 { return int32(c.n[i].next) }

// real reports whether child j takes part in the syntax: named, and not a
// comment, line continuation or recovered-from ERROR.
func (c *converter) real(j int32) bool {
	return c.n[j].flags&(flagNamed|flagExtra) == flagNamed
}

// field returns the first child of i with field id f, or -1.
func (c *converter) field(i int32, f uint16) int32 {
	for j := i + 1; j < c.end(i); j = c.end(j) {
		if c.n[j].field == f && c.n[j].flags&flagExtra == 0 {
			return j
		}
	}
	return -1
}

// firstNamed returns the first real child of i, or -1.
func (c *converter) firstNamed(i int32) int32 {
	for j := i + 1; j < c.end(i); j = c.end(j) {
		if c.real(j) {
			return j
		}
	}
	return -1
}

// hasToken reports whether i has a direct anonymous child of kind k.
func (c *converter) hasToken(i int32, k tk) bool {
	for j := i + 1; j < c.end(i); j = c.end(j) {
		if c.n[j].flags&flagNamed == 0 && c.kind(j) == k {
			return true
		}
	}
	return false
}

func (c *converter) bytes(i int32) []byte {
	n := &c.n[i]
	if n.start > n.end || int(n.end) > len(c.src) {
		return nil
	}
	return c.src[n.start:n.end]
}

func (c *converter) text(i int32) string { return string(c.bytes(i)) }

// ident returns the interned text of node i.
func (c *converter) ident(i int32) string {
	b := c.bytes(i)
	if s, ok := c.names[string(b)]; ok {
		return s
	}
	s := string(b)
	c.names[s] = s
	return s
}

func (c *converter) startPos(i int32) Pos {
	n := &c.n[i]
	return Pos{Line: int32(n.srow) + 1, Col: int32(n.scol) + 1, Offset: int32(n.start)}
}

func (c *converter) endPos(i int32) Pos {
	n := &c.n[i]
	return Pos{Line: int32(n.erow) + 1, Col: int32(n.ecol) + 1, Offset: int32(n.end)}
}

func (c *converter) span(i int32) Span { return Span{c.startPos(i), c.endPos(i)} }

// spanOf spans from the start of node i to the end of node j.
func (c *converter) spanOf(i, j int32) Span { return Span{c.startPos(i), c.endPos(j)} }

// stmtSpan is the span of statement i without trailing comments, which
// tree-sitter includes in a block that ends with one: a function's span
// should end with its last statement, as in CPython.
func (c *converter) stmtSpan(i int32) Span {
	last := c.end(i) - 1
	if last <= i || c.kind(last) != tkComment {
		return c.span(i)
	}
	for last > i && c.kind(last) == tkComment {
		last--
	}
	return Span{c.startPos(i), c.endPos(last)}
}

// joinSpans spans from the start of a to the end of b.
func joinSpans(a, b Span) Span { return Span{a.Start, b.End} }

// enter counts one level of recursion and reports whether the converter
// may go deeper; every enter that returns true must be paired with leave.
func (c *converter) enter(i int32) bool {
	if c.depth >= maxDepth {
		if len(c.deepErrs) == 0 {
			c.deepErrs = append(c.deepErrs, SyntaxError{
				Span:    c.span(i),
				Message: fmt.Sprintf("nesting deeper than %d levels", maxDepth),
			})
		}
		return false
	}
	c.depth++
	return true
}

func (c *converter) leave() { c.depth-- }

// module converts the root node.
func (c *converter) module() *Module {
	if len(c.n) == 0 {
		return &Module{}
	}
	// The module spans the whole file; tree-sitter starts it at the first
	// token, after any leading blank lines and comments.
	m := &Module{base: base{Span{Pos{Line: 1, Col: 1}, c.endPos(0)}}}
	if c.kind(0) == tkError {
		// Nothing parsed as a module; keep what tree-sitter recovered.
		m.Body = c.appendStmt(nil, 0)
		return m
	}
	m.Body = c.blockStmts(0)
	return m
}

// stmts appends the statements among the children of i (a module or block).
func (c *converter) stmts(i int32, out []Stmt) []Stmt {
	for j := i + 1; j < c.end(i); j = c.end(j) {
		if c.n[j].flags&flagNamed == 0 || c.kind(j) == tkComment {
			continue
		}
		out = c.appendStmt(out, j)
	}
	return out
}

// blockStmts converts the statements of module or block i into a new
// slice of exactly their number.
func (c *converter) blockStmts(i int32) []Stmt {
	m := c.stmtS.mark()
	for j := i + 1; j < c.end(i); j = c.end(j) {
		if c.n[j].flags&flagNamed == 0 || c.kind(j) == tkComment {
			continue
		}
		c.stmtS.items = c.appendStmt(c.stmtS.items, j)
	}
	return c.stmtS.pop(m)
}

// body converts the block at i, which may be -1 when absent.
func (c *converter) body(i int32) []Stmt {
	if i < 0 {
		return nil
	}
	if c.kind(i) != tkBlock {
		return c.appendStmt(nil, i)
	}
	return c.blockStmts(i)
}

// appendStmt converts statement node j and appends it to out, followed by
// any statements tree-sitter recovered inside ERROR nodes within j: those
// are otherwise unreachable from the typed tree, and a rule must still see
// `app.run(debug=True)` even when a syntax error swallowed it.
func (c *converter) appendStmt(out []Stmt, j int32) []Stmt {
	k := c.kind(j)
	switch {
	case k == tkError:
		if b := c.badStmt(j); b != nil {
			out = append(out, b)
		}
		return out
	case k == tkBlock:
		return c.stmts(j, out)
	case k == tkAssignment || k == tkAugAssignment:
		out = append(out, c.assign(j))
	case k.isStmt():
		if !c.enter(j) {
			return append(out, &BadStmt{base: base{c.span(j)}, Text: c.sym.name(c.n[j].sym)})
		}
		out = append(out, c.stmt(j, k))
		c.leave()
	case k.isExpr():
		// A bare expression where a statement should be, only seen
		// inside ERROR nodes.
		out = append(out, &ExprStmt{base: base{c.span(j)}, X: c.expr(j)})
	default:
		return out
	}
	if c.n[j].flags&flagHasError != 0 {
		out = c.orphans(j, out)
	}
	return out
}

// orphans appends what tree-sitter recovered inside ERROR nodes in the
// subtree of statement j, skipping nested blocks, whose statements are
// converted (with their own orphans) as part of j.
func (c *converter) orphans(j int32, out []Stmt) []Stmt {
	for k := j + 1; k < c.end(j); {
		switch c.kind(k) {
		case tkBlock:
			k = c.end(k)
		case tkError:
			var b BadStmt
			c.recover(k, &b.Body)
			if len(b.Body) > 0 {
				b.Loc = c.span(k)
				b.Text = "ERROR"
				out = append(out, &b)
			}
			k = c.end(k)
		default:
			k++
		}
	}
	return out
}

// badStmt converts an ERROR node in statement position.
func (c *converter) badStmt(i int32) *BadStmt {
	b := &BadStmt{base: base{c.span(i)}, Text: "ERROR"}
	if !c.enter(i) {
		return b
	}
	c.recover(i, &b.Body)
	c.leave()
	return b
}

// recover appends the statements, assignments and non-trivial expressions
// tree-sitter recognised among the children of ERROR node i. Stray names
// and literals are dropped: they are fragments, not code a rule can judge.
func (c *converter) recover(i int32, out *[]Stmt) {
	for j := i + 1; j < c.end(i); j = c.end(j) {
		if c.n[j].flags&flagNamed == 0 {
			continue
		}
		switch k := c.kind(j); {
		case k == tkError:
			if c.enter(j) {
				c.recover(j, out)
				c.leave()
			}
		case k == tkBlock:
			*out = c.stmts(j, *out)
		case k == tkKeywordArgument || k == tkComment || k.isLeaf():
		case k.isStmt() || k.isExpr():
			*out = c.appendStmt(*out, j)
		}
	}
}

// scanExtras fills in the comments and syntax errors, which can sit
// anywhere in the tree, in one pass over the flat node array.
func (c *converter) scanExtras(f *File) {
	for i := range c.n {
		n := &c.n[i]
		switch {
		case n.flags&flagError != 0:
			f.Errors = append(f.Errors, SyntaxError{
				Span: c.span(int32(i)), Message: "unexpected " + errorText(c.bytes(int32(i))),
			})
		case n.flags&flagMissing != 0:
			name := c.sym.name(n.sym)
			if n.flags&flagNamed == 0 {
				name = strconv.Quote(name)
			}
			f.Errors = append(f.Errors, SyntaxError{Span: c.span(int32(i)), Message: "missing " + name})
		case (c.kind(int32(i)) == tkPrint && !c.chevronPrint(int32(i))) || c.kind(int32(i)) == tkExec:
			// tree-sitter-python still accepts Python 2's print and exec
			// statements; Python 3 rejects them, so they are syntax errors
			// here too (the call they stand for is still analysed).
			// `print >>f, x` is the exception: Python 3 reads it as a
			// valid (if useless) tuple expression.
			word := "print"
			if c.kind(int32(i)) == tkExec {
				word = "exec"
			}
			f.Errors = append(f.Errors, SyntaxError{
				Span:    c.span(int32(i)),
				Message: "Python 2 " + word + " statement (Python 3 needs " + word + "(...))",
			})
		case c.kind(int32(i)) == tkComment:
			b := c.bytes(int32(i))
			if len(b) > 0 && b[len(b)-1] == '\r' {
				b = b[:len(b)-1]
			}
			f.Comments[int(n.srow)+1] = string(b)
		}
	}
}

// chevronPrint reports whether a print statement is `print >>f, ...`.
func (c *converter) chevronPrint(i int32) bool {
	for j := i + 1; j < c.end(i); j = c.end(j) {
		if c.real(j) {
			return c.kind(j) == tkChevron
		}
	}
	return false
}

// errorText quotes the first line of the text an ERROR node covers.
func errorText(b []byte) string {
	for i, ch := range b {
		if ch == '\n' || ch == '\r' {
			b = b[:i]
			break
		}
	}
	if len(b) == 0 {
		return "end of line"
	}
	if len(b) > maxErrorText {
		cut := maxErrorText
		for cut > 0 && !utf8.RuneStart(b[cut]) {
			cut--
		}
		return strconv.Quote(string(b[:cut]) + "...")
	}
	return strconv.Quote(string(b))
}

// sortErrors orders errors by position. The tree scan yields them in
// source order already; depth errors are merged in afterwards.
func sortErrors(errs []SyntaxError) {
	slices.SortStableFunc(errs, func(a, b SyntaxError) int {
		return cmp.Compare(a.Span.Start.Offset, b.Span.Start.Offset)
	})
}
