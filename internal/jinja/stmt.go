package jinja

import "strings"

// frame is a block statement waiting for its end tag.
type frame struct {
	tag   string
	off   int // start of the opening statement
	block int // index in Template.Blocks, or -1
	// The state in force inside the block, its own over its parent's, so
	// that the state at any point is the top frame's, whatever the depth.
	autoescape bool
	macro, set string
}

// blockTags are the statements that take an end tag. An end tag of
// another name belongs to an extension and is left alone.
var blockTags = map[string]bool{
	"if": true, "for": true, "macro": true, "call": true, "filter": true, "set": true,
	"block": true, "autoescape": true, "with": true, "trans": true, "raw": true,
}

// stmtPass walks the constructs in order, keeping the stack of open
// blocks, and records outputs with the state in force where they are,
// statements of interest, and errors in the block structure.
func (p *parser) stmtPass() {
	p.openTags = map[string]int{}
	n := 0
	for _, c := range p.cons {
		if c.kind == kExpr {
			n++
		}
	}
	// Outputs are large; one allocation instead of a growing slice.
	p.t.Outputs = make([]Output, 0, n)
	for i, c := range p.cons {
		switch c.kind {
		case kExpr:
			p.output(i, c)
		case kStmt:
			p.statement(c)
		}
	}
	for j := len(p.frames) - 1; j >= 0; j-- {
		p.errorAt(p.frames[j].off, "{% "+p.frames[j].tag+" %} is never closed")
		p.closeFrame(p.frames[j], len(p.src), nil)
	}
	p.frames = nil
}

// state returns the autoescaping, macro and set block in force under the
// open blocks.
func (p *parser) state() (autoescape bool, macro, set string) {
	if len(p.frames) == 0 {
		return p.t.Autoescape, "", ""
	}
	f := p.frames[len(p.frames)-1]
	return f.autoescape, f.macro, f.set
}

// push opens a block. auto is the autoescaping of an autoescape block,
// name the name of a macro or set block.
func (p *parser) push(tag string, off, block int, auto bool, name string) {
	a, m, s := p.state()
	switch tag {
	case "autoescape":
		a = auto
	case "macro":
		m = name
	case "set":
		s = name
	}
	p.frames = append(p.frames, frame{tag: tag, off: off, block: block, autoescape: a, macro: m, set: s})
	p.openTags[tag]++
}

// output records one {{ expression }} and what it renders for CSRF.
func (p *parser) output(i int, c construct) {
	info := analyzeExpr(c.inner)
	auto, macro, set := p.state()
	pl := p.places[i]
	p.t.Outputs = append(p.t.Outputs, Output{
		Expr: c.inner, Root: info.root, Names: info.names, Filters: info.filters,
		Call: info.call, Constant: info.constant,
		Context: pl.context, AttrName: pl.attrName, AttrQuote: pl.quote, AtValueStart: pl.atStart, Element: pl.element,
		Autoescape: auto, Escaped: info.escaped(auto), Macro: macro, Set: set,
		Loc: p.loc(c.start, c.end), start: c.start, end: c.end,
	})
	if info.csrf {
		p.events = append(p.events, event{off: c.start, kind: evToken})
	}
	for _, name := range info.calls {
		switch {
		case name == "caller" || name == "super" || strings.HasPrefix(name, "self."):
			// The content comes from the caller, the parent template or
			// a block a child may override.
			p.events = append(p.events, event{off: c.start, kind: evOpaque})
		case info.csrf && (strings.Contains(strings.ToLower(name), "csrf") || strings.HasSuffix(name, "hidden_tag")):
			// Already counted as the token it renders.
		case !ignoredCall(name):
			p.events = append(p.events, event{off: c.start, kind: evCall, name: name})
		}
	}
}

// ignoredCall reports whether a call is to a Flask or Jinja global or a
// request object, never a macro.
func ignoredCall(name string) bool {
	root, _, _ := strings.Cut(name, ".")
	switch root {
	case "url_for", "get_flashed_messages", "range", "dict", "lipsum", "cycler", "joiner",
		"namespace", "loop", "request", "session", "g", "config", "varargs", "kwargs", "Markup", "markupsafe":
		return true
	}
	return false
}

// statement handles one {% statement %}.
func (p *parser) statement(c construct) {
	tag := firstWord(c.inner)
	args := strings.TrimSpace(c.inner[len(tag):])
	b := Block{Args: args, Loc: p.loc(c.start, c.end), start: c.end, end: c.end}
	switch tag {
	case "autoescape":
		auto, _, _ := p.state()
		switch args {
		case "false", "False":
			auto = false
		case "true", "True":
			auto = true
		}
		b.Kind, b.Autoescape = BlockAutoescape, auto
		p.open(c, tag, b, auto)
	case "macro", "filter", "block":
		b.Kind, b.Name = BlockKind(tag), firstWord(args)
		if tag == "block" {
			p.events = append(p.events, event{off: c.start, kind: evOpaque})
		}
		p.open(c, tag, b, false)
	case "call":
		b.Kind, b.Name = BlockCall, callTarget(args)
		if b.Name != "" && !ignoredCall(b.Name) {
			p.events = append(p.events, event{off: c.start, kind: evCall, name: b.Name})
		}
		p.open(c, tag, b, false)
	case "raw":
		b.Kind = BlockRaw
		p.open(c, tag, b, false)
	case "set":
		b.Kind = BlockSet
		if k := assignAt(args); k >= 0 {
			b.Name = strings.TrimSpace(args[:k])
			p.t.Blocks = append(p.t.Blocks, b)
			return
		}
		b.Name = firstWord(args)
		p.open(c, tag, b, false)
	case "if", "for", "with", "trans":
		p.push(tag, c.start, -1, false, "")
	case "extends", "include", "import", "from":
		p.single(c, tag, b)
	default:
		if name, ok := strings.CutPrefix(tag, "end"); ok && blockTags[name] {
			p.close(c, name)
		}
	}
}

// single records extends, include, import and from-import statements.
func (p *parser) single(c construct, tag string, b Block) {
	toks := tokenize(b.Args)
	if len(toks) > 0 && toks[0].kind == tString && len(toks[0].text) >= 2 {
		b.Name = toks[0].text[1 : len(toks[0].text)-1]
	}
	switch tag {
	case "extends":
		b.Kind = BlockExtends
	case "include":
		b.Kind = BlockInclude
		if b.Name == "" {
			p.events = append(p.events, event{off: c.start, kind: evOpaque})
		} else {
			p.events = append(p.events, event{off: c.start, kind: evInclude, name: b.Name})
		}
	case "import":
		b.Kind = BlockImport
		for i := 0; i+1 < len(toks); i++ {
			if toks[i].text == "as" && toks[i+1].kind == tIdent {
				b.Alias = toks[i+1].text
				break
			}
		}
	case "from":
		b.Kind = BlockImport
		b.Names = importedNames(toks)
	}
	p.t.Blocks = append(p.t.Blocks, b)
}

// importedNames reads the list of `"x" import a, b as c with context`.
func importedNames(toks []tok) []ImportedName {
	var out []ImportedName
	i := 0
	for i < len(toks) && toks[i].text != "import" {
		i++
	}
	for i++; i < len(toks); i++ {
		t := toks[i]
		if t.kind != tIdent || t.text == "with" || t.text == "without" {
			if t.text == "," {
				continue
			}
			break
		}
		n := ImportedName{Name: t.text, As: t.text}
		if i+2 < len(toks) && toks[i+1].text == "as" && toks[i+2].kind == tIdent {
			n.As = toks[i+2].text
			i += 2
		}
		out = append(out, n)
	}
	return out
}

// callTarget returns the macro a {% call %} calls: the dotted name after
// the optional caller parameter list.
func callTarget(args string) string {
	toks := tokenize(args)
	i := 0
	if len(toks) > 0 && toks[0].text == "(" {
		depth := 0
		for ; i < len(toks); i++ {
			if depth = nest(depth, toks[i]); depth == 0 {
				i++
				break
			}
		}
	}
	name, _ := dotted(toks, i)
	return name
}

// assignAt returns the byte index of the '=' of {% set target = value %}
// (outside quotes and brackets, and not part of "=="), or -1 for the
// block form {% set target %}.
func assignAt(s string) int {
	depth := 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '\'', '"':
			i = skipQuoted([]byte(s), i+1, c)
		case '(', '[', '{':
			depth++
		case ')', ']', '}':
			depth = max(depth-1, 0)
		case '=':
			if depth == 0 && (i+1 >= len(s) || s[i+1] != '=') && (i == 0 || !strings.ContainsRune("=!<>", rune(s[i-1]))) {
				return i
			}
			if i+1 < len(s) && s[i+1] == '=' {
				i++ // the second byte of "=="
			}
		}
	}
	return -1
}

// open pushes a block statement and records it in Blocks.
func (p *parser) open(c construct, tag string, b Block, auto bool) {
	p.t.Blocks = append(p.t.Blocks, b)
	p.push(tag, c.start, len(p.t.Blocks)-1, auto, b.Name)
}

// close ends the innermost open block of the given name. Blocks opened
// after it and still open are reported and closed with it. The count of
// open blocks by tag answers a stray end tag without scanning the stack.
func (p *parser) close(c construct, name string) {
	if p.openTags[name] == 0 {
		p.errorAt(c.start, "{% end"+name+" %} without an open {% "+name+" %}")
		return
	}
	for {
		f := p.frames[len(p.frames)-1]
		p.frames = p.frames[:len(p.frames)-1]
		p.openTags[f.tag]--
		if f.tag == name {
			p.closeFrame(f, c.start, &c)
			return
		}
		p.errorAt(f.off, "{% "+f.tag+" %} is not closed before {% end"+name+" %}")
		p.closeFrame(f, c.start, nil)
	}
}

// closeFrame sets the end of a block's region and, when it has one, the
// location of its end tag.
func (p *parser) closeFrame(f frame, end int, closer *construct) {
	if f.block < 0 {
		return
	}
	b := &p.t.Blocks[f.block]
	b.end = end
	if closer != nil {
		b.End = p.loc(closer.start, closer.end)
	}
}
