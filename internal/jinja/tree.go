package jinja

import (
	"sort"
	"strings"

	"github.com/flaskguard/flaskguard/internal/finding"
)

// nodeKind is the sort of a node of a template's statement tree.
type nodeKind uint8

const (
	nOutput    nodeKind = iota + 1 // {{ ... }}
	nStmt                          // a statement without a body: set x = ..., include, extends, import
	nBlockStmt                     // a statement with a body: for, if, block, with, macro, set x ...
	nBranch                        // elif or else, splitting the body of an if or a for
)

// node is one construct of a template with, for block statements, the
// constructs between it and its end tag.
type node struct {
	kind nodeKind
	tag  string // the statement's tag ("for", "include", "elif")
	args string // the statement after its tag
	// out is the index in Template.Outputs of an output.
	out        int
	start, end int // the opening construct's bytes
	body       []*node
	// toks caches the tokens of the expression or the statement's
	// arguments: a tree serves every question of a check.
	toks      []tok
	tokenized bool
	compiled  *expr
}

// expr returns the node's expression read for the flow analysis,
// reading it once.
func (n *node) expr(tr *tree, src string) *expr {
	if n.compiled == nil {
		n.compiled = compile(tr, n.tokens(src))
	}
	return n.compiled
}

// tokens returns the tokens of src, the node's expression or arguments,
// tokenizing them once.
func (n *node) tokens(src string) []tok {
	if !n.tokenized {
		n.toks, n.tokenized = tokenize(src), true
	}
	return n.toks
}

// tree is the statement tree of one template, built on demand by the
// flow analysis (Parse does not keep it: most templates are never asked).
type tree struct {
	t          *Template
	body       []*node
	lineStarts []int
}

// buildTree lexes the template again and nests its constructs. The
// outputs are Template.Outputs in order, since Parse records one output
// per {{ }} construct of the same lexer; a template whose outputs do not
// line up (which would be a bug) gets an empty tree, so that the analysis
// reports nothing rather than something wrong.
func buildTree(t *Template) *tree {
	tr := &tree{t: t, lineStarts: []int{0}}
	for i, c := range t.Source {
		if c == '\n' {
			tr.lineStarts = append(tr.lineStarts, i+1)
		}
	}
	cons := lex(t.Source, func(int, string) {})
	root := &node{}
	stack := []*node{root}
	outs := 0
	for _, c := range cons {
		top := stack[len(stack)-1]
		switch c.kind {
		case kExpr:
			if outs >= len(t.Outputs) || t.Outputs[outs].start != c.start {
				return &tree{t: t, lineStarts: tr.lineStarts}
			}
			top.body = append(top.body, &node{kind: nOutput, out: outs, start: c.start, end: c.end})
			outs++
		case kStmt:
			tag := firstWord(c.inner)
			n := &node{kind: nStmt, tag: tag, args: strings.TrimSpace(c.inner[len(tag):]), start: c.start, end: c.end}
			switch {
			case tag == "elif" || tag == "else":
				n.kind = nBranch
				top.body = append(top.body, n)
			case opensBlock(tag, n.args):
				n.kind = nBlockStmt
				top.body = append(top.body, n)
				stack = append(stack, n)
			case strings.HasPrefix(tag, "end") && blockTags[tag[3:]]:
				// Close the innermost block of that name and any left open
				// inside it, as the parser does; a stray end tag is ignored.
				for i := len(stack) - 1; i > 0; i-- {
					if stack[i].tag == tag[3:] {
						stack = stack[:i]
						break
					}
				}
			default:
				top.body = append(top.body, n)
			}
		}
	}
	tr.body = root.body
	return tr
}

// opensBlock reports whether a statement takes an end tag: the block
// statements, except {% set x = value %}, which is complete in itself.
func opensBlock(tag, args string) bool {
	if tag == "set" {
		return assignAt(args) < 0
	}
	return blockTags[tag]
}

// loc converts a construct's bytes to a location in the template.
func (tr *tree) loc(s, e int) finding.Location {
	pos := func(off int) (int, int) {
		i := sort.Search(len(tr.lineStarts), func(i int) bool { return tr.lineStarts[i] > off }) - 1
		i = max(i, 0)
		return i + 1, off - tr.lineStarts[i] + 1
	}
	sl, sc := pos(s)
	el, ec := sl, sc
	if e > s {
		el, ec = pos(e - 1)
		ec++
	}
	return finding.Location{Path: tr.t.Path, StartLine: sl, StartCol: sc, EndLine: el, EndCol: ec}
}

// text returns a construct as written, for trace notes.
func (tr *tree) text(n *node) string {
	return string(tr.t.Source[n.start:n.end])
}

// branches splits the body of an if (or a for with an else) at its elif
// and else statements: the first part is the body proper.
func branches(body []*node) [][]*node {
	out := [][]*node{nil}
	for _, n := range body {
		if n.kind == nBranch {
			out = append(out, nil)
			continue
		}
		out[len(out)-1] = append(out[len(out)-1], n)
	}
	return out
}

// blocks indexes the {% block %} statements of a body by name, nested
// ones included (a child template may override a block its parent nests
// in another), macros excluded.
func blocks(body []*node, into map[string]*node) {
	for _, n := range body {
		if n.kind != nBlockStmt || n.tag == "macro" {
			continue
		}
		if n.tag == "block" {
			if name := firstWord(n.args); name != "" {
				if _, dup := into[name]; !dup {
					into[name] = n
				}
			}
		}
		blocks(n.body, into)
	}
}
