package jinja

import (
	"cmp"
	"slices"
	"sort"
	"strings"

	"github.com/flaskguard/flaskguard/internal/finding"
)

// placement is where the HTML pass found a construct.
type placement struct {
	context  Context
	attrName string
	element  string
	quote    byte
	atStart  bool
}

// evKind is the sort of CSRF-relevant event a region may contain.
type evKind uint8

const (
	evToken   evKind = iota // a CSRF token is rendered
	evCall                  // a macro may be called
	evInclude               // a template is included
	evOpaque                // content comes from elsewhere
)

// event is something a form, macro or template body renders that bears on
// CSRF, at a byte offset.
type event struct {
	off  int
	kind evKind
	name string
}

// formSpan is a form with the byte range of its body.
type formSpan struct {
	form      Form
	start     int
	bodyStart int
	bodyEnd   int
}

// offError is a problem found at a byte offset, turned into an Error
// with a line and column once the passes are done.
type offError struct {
	off int
	msg string
}

// parser holds the state of one Parse call.
type parser struct {
	t          *Template
	src        []byte
	lineStarts []int
	cons       []construct
	places     []placement // by construct index
	events     []event
	forms      []formSpan
	errs       []offError
	// frames are the open block statements, innermost last, and openTags
	// counts them by tag.
	frames   []frame
	openTags map[string]int
}

func newParser(t *Template) *parser {
	p := &parser{t: t, src: t.Source, lineStarts: []int{0}}
	for i, c := range t.Source {
		if c == '\n' {
			p.lineStarts = append(p.lineStarts, i+1)
		}
	}
	return p
}

func (p *parser) errorAt(off int, msg string) {
	p.errs = append(p.errs, offError{off, msg})
}

// run does the three passes: Jinja constructs, HTML structure, then the
// statements and outputs in order, and assembles the Template.
func (p *parser) run() {
	p.cons = lex(p.src, p.errorAt)
	p.places = make([]placement, len(p.cons))
	for i := range p.places {
		p.places[i].context = Text
	}
	p.comments()
	p.htmlPass()
	p.stmtPass()
	p.assembleBodies()
	slices.SortStableFunc(p.errs, func(a, b offError) int { return cmp.Compare(a.off, b.off) })
	for _, e := range p.errs {
		line, col := p.pos(e.off)
		p.t.Errors = append(p.t.Errors, Error{Line: line, Col: col, Message: e.msg})
	}
}

// comments records {# comments #} for suppression directives: the text of
// the comment's first line, from a '#' on.
func (p *parser) comments() {
	for _, c := range p.cons {
		if c.kind != kComment {
			continue
		}
		text := c.inner
		if text != "" && (text[0] == '-' || text[0] == '+') {
			text = text[1:]
		}
		text, _, multi := strings.Cut(text, "\n")
		if !multi {
			text = strings.TrimRight(text, "-+")
		}
		line, _ := p.pos(c.start)
		p.t.Comments[line] = "#" + strings.TrimRight(text, " \t\r")
	}
}

// pos converts a byte offset to a 1-based line and byte column.
func (p *parser) pos(off int) (line, col int) {
	i := sort.Search(len(p.lineStarts), func(i int) bool { return p.lineStarts[i] > off }) - 1
	i = max(i, 0)
	return i + 1, off - p.lineStarts[i] + 1
}

// loc converts the byte range [s, e) to a location with an exclusive end.
func (p *parser) loc(s, e int) finding.Location {
	sl, sc := p.pos(s)
	el, ec := sl, sc
	if e > s {
		el, ec = p.pos(e - 1)
		ec++
	}
	return finding.Location{Path: p.t.Path, StartLine: sl, StartCol: sc, EndLine: el, EndCol: ec}
}

// assembleBodies turns the events into the CSRF view of each form, each
// macro and the template outside its macros.
func (p *parser) assembleBodies() {
	slices.SortStableFunc(p.events, func(a, b event) int { return cmp.Compare(a.off, b.off) })
	macros, raws := newSpans(p.t.Blocks, BlockMacro), newSpans(p.t.Blocks, BlockRaw)
	for _, b := range p.t.Blocks {
		if b.Kind == BlockMacro {
			p.t.Macros = append(p.t.Macros, Macro{Name: b.Name, Body: p.body(b.start, b.end), Loc: b.Loc})
		}
	}
	var top []event
	for _, e := range p.events {
		if macros.at(e.off) < 0 {
			top = append(top, e)
		}
	}
	p.t.Top = bodyOf(top)
	for _, f := range p.forms {
		form := f.form
		form.Body = p.body(f.bodyStart, f.bodyEnd)
		if i := macros.at(f.start); i >= 0 {
			form.Macro = macros.name[i]
		}
		if raws.at(f.start) >= 0 {
			// Raw content is usually a client-side template whose own
			// {{ interpolations }} may well carry the token.
			form.Opaque = true
		}
		p.t.Forms = append(p.t.Forms, form)
	}
}

// spans are the regions of one kind of block, in source order, with the
// index of the region each one nests in (-1 for none). Block regions nest
// properly, since an end tag closes the blocks opened after its own.
type spans struct {
	start, end, parent []int
	name               []string
}

func newSpans(blocks []Block, kind BlockKind) spans {
	var s spans
	var open []int
	for _, b := range blocks {
		if b.Kind != kind {
			continue
		}
		for len(open) > 0 && s.end[open[len(open)-1]] <= b.start {
			open = open[:len(open)-1]
		}
		parent := -1
		if len(open) > 0 {
			parent = open[len(open)-1]
		}
		open = append(open, len(s.start))
		s.start, s.end = append(s.start, b.start), append(s.end, b.end)
		s.parent, s.name = append(s.parent, parent), append(s.name, b.Name)
	}
	return s
}

// at returns the innermost region containing off, or -1: the last region
// starting at or before off, or the nearest of its ancestors that has not
// ended by then; a region that ended before off cannot hold a later one
// that contains it.
func (s spans) at(off int) int {
	i := sort.Search(len(s.start), func(i int) bool { return s.start[i] > off }) - 1
	for i >= 0 && off >= s.end[i] {
		i = s.parent[i]
	}
	return i
}

// body collects the events in [s, e).
func (p *parser) body(s, e int) Body {
	i := sort.Search(len(p.events), func(i int) bool { return p.events[i].off >= s })
	j := sort.Search(len(p.events), func(i int) bool { return p.events[i].off >= e })
	return bodyOf(p.events[i:max(i, j)])
}

func bodyOf(events []event) Body {
	var b Body
	seen := map[event]bool{}
	for _, e := range events {
		switch e.kind {
		case evToken:
			b.HasCSRFToken = true
		case evOpaque:
			b.Opaque = true
		case evCall, evInclude:
			k := event{kind: e.kind, name: e.name}
			if seen[k] {
				continue
			}
			seen[k] = true
			if e.kind == evCall {
				b.Calls = append(b.Calls, e.name)
			} else {
				b.Includes = append(b.Includes, e.name)
			}
		}
	}
	return b
}

// exprAt reports whether an output construct starts in [s, e).
func (p *parser) exprAt(s, e int) bool {
	i := sort.Search(len(p.cons), func(i int) bool { return p.cons[i].start >= s })
	for ; i < len(p.cons) && p.cons[i].start < e; i++ {
		if p.cons[i].kind == kExpr {
			return true
		}
	}
	return false
}
