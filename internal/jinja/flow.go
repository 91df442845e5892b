package jinja

import (
	"maps"
	"slices"

	"github.com/flaskguard/flaskguard/internal/finding"
)

// Bounds of one Reaches question. Real pages render a layout, the page
// and a dozen partials, nested three or four deep; the bounds only stop
// include cycles and pathological fan-out, never a real page.
const (
	// maxRenders is how many template renders one question may walk (an
	// include inside a loop is walked once, not once per iteration).
	maxRenders = 64
	// maxNestedRenders bounds include and extends nesting.
	maxNestedRenders = 10
	// maxStates is how many ways of holding the values one name keeps,
	// so that merging {% if %} branches cannot grow without end.
	maxStates = 8
)

// Hop is a step a context value takes inside the templates on its way to
// an output: an include, an extends, a loop variable, an assignment.
type Hop struct {
	Loc  finding.Location
	Note string
	// layout marks the hop from a child template to its layout, which the
	// child's own blocks do not take.
	layout bool
}

// Reach is an output that writes out a value the template was given as a
// context variable (or something made from it: an attribute, an item, a
// loop variable, a {% set %} copy).
type Reach struct {
	// Var is the context variable whose value the output writes.
	Var      string
	Template *Template
	Output   *Output
	// Markup is true when the value is marked safe where it is written,
	// so that autoescaping leaves it alone (|safe, Markup()); Safe when
	// its content can no longer carry markup (escaped, JSON, a number,
	// URL-quoted text).
	Markup, Safe bool
	// JSON is true when the value is written as |tojson output, which
	// keeps its double quotes.
	JSON bool
	// Plain is true when the value can hold no blank, quote or bracket:
	// a number or URL-quoted text (|int, |length, |urlencode).
	Plain bool
	// Filters are the filters applied to the value on its way, in order:
	// those of {% set %} bindings first, then the output's own.
	Filters []string
	// Hops are the steps from the rendered template to the output.
	Hops []Hop
}

// Raw reports whether the value is written without HTML escaping: marked
// safe, or where autoescaping is off, and not made harmless by a filter.
func (r Reach) Raw() bool { return !r.Safe && (r.Markup || !r.Output.Autoescape) }

// Lookup finds the template that the name given to render_template,
// {% include %} or {% extends %} loads, or nil.
type Lookup func(name string) *Template

// Flow follows context variables through templates as Jinja renders
// them. It keeps the statement trees it builds, so that one Flow serves
// every question of a check. It is not safe for concurrent use.
type Flow struct {
	trees map[*Template]*tree
}

// NewFlow returns a Flow with nothing built yet.
func NewFlow() *Flow { return &Flow{trees: map[*Template]*tree{}} }

// walker is one Reaches question in progress.
type walker struct {
	fl      *Flow
	lookup  Lookup
	out     []Reach
	seen    map[reachKey]bool
	renders int
	stack   []*Template
	// included holds the includes already walked, by template and the
	// way the names hold the value: a partial included again in the same
	// state can only write the same outputs the same way.
	included map[string]bool
	// target, when set, is the only template whose outputs are wanted;
	// leads says which templates may lead to it (see leadsTo).
	target *Template
	leads  map[*Template]bool
	keep   func(Reach) bool
	// overriding holds the child blocks being walked in place of a
	// layout's block, so that one cannot stand in for itself.
	overriding map[*node]bool
}

type reachKey struct {
	origin                    string
	o                         *Output
	markup, safe, json, plain bool
}

// Reaches returns the outputs that write out the context variable name
// when root is rendered, with how each escapes it. It follows
// {% include %} (which passes the context and the local variables on,
// unless "without context"), {% extends %} (the layout renders with the
// same context; a child's blocks replace the layout's, and {{ super() }}
// renders the layout's as well; a child's top-level {% set %} is seen by
// the layout), {% for %} loop variables, {% set %} and {% with %}
// assignments (scoped as Jinja scopes them), attribute, item and method
// access, string building and filters. Outputs inside macros are not
// followed (a macro renders its arguments, not the context), nor are
// values passed as macro arguments; outputs that only test the value
// ({{ 'a' if q else 'b' }}, {{ q == 'x' }}) or pass it to url_for do not
// write it out.
func (fl *Flow) Reaches(root *Template, name string, lookup Lookup) []Reach {
	return fl.Ask(Question{Root: root, Vars: []string{name}, Lookup: lookup})
}

// Question is a Reaches question with its options.
type Question struct {
	Root *Template
	// Vars are the context variables followed, together: one walk
	// answers for all the values a view passes to a template.
	Vars   []string
	Lookup Lookup
	// Target, when set, limits the answer to the outputs of one template:
	// includes that cannot lead to it are not walked, which matters when
	// every page of a site is asked about the layout they share.
	Target *Template
	// Keep, when set, drops the reaches it rejects as they are found
	// (escaped text, for one who only wants holes), before they cost
	// anything to keep.
	Keep func(Reach) bool
}

// Ask answers a question as Reaches does.
func (fl *Flow) Ask(q Question) []Reach {
	w := &walker{fl: fl, lookup: q.Lookup, seen: map[reachKey]bool{}, included: map[string]bool{},
		target: q.Target, keep: q.Keep, leads: map[*Template]bool{}, overriding: map[*node]bool{}}
	e := env{}
	for _, v := range q.Vars {
		e[v] = []state{{origin: v}}
	}
	w.render(q.Root, e, nil)
	return w.out
}

func (fl *Flow) tree(t *Template) *tree {
	tr := fl.trees[t]
	if tr == nil {
		tr = buildTree(t)
		fl.trees[t] = tr
	}
	return tr
}

// render walks one template as Jinja renders it, with the given local
// names and block overrides from child templates.
func (w *walker) render(t *Template, e env, ov map[string]override) {
	if w.renders >= maxRenders || len(w.stack) >= maxNestedRenders || slices.Contains(w.stack, t) {
		return
	}
	w.renders++
	w.stack = append(w.stack, t)
	defer func() { w.stack = w.stack[:len(w.stack)-1] }()
	tr := w.fl.tree(t)
	ext := extendsOf(tr.body)
	if ext == nil {
		w.walk(tr, tr.body, e, ov)
		return
	}
	// A child template: only its blocks render, inside the layout. Its
	// top-level assignments run first and the layout sees them.
	e = w.topLevel(tr, tr.body, e)
	own := map[string]*node{}
	blocks(tr.body, own)
	merged := maps.Clone(ov)
	if merged == nil {
		merged = map[string]override{}
	}
	for name, n := range own {
		if _, done := merged[name]; !done {
			merged[name] = override{tr: tr, n: n}
		}
	}
	if parent := w.literal(ext.args); parent != nil {
		w.render(parent, e.hop(Hop{Loc: tr.loc(ext.start, ext.end), Note: "passed on to the layout by " + tr.text(ext), layout: true}), merged)
		return
	}
	// The layout is not in the scan (or its name is computed): the
	// blocks render somewhere in it.
	for _, n := range tr.body {
		if n.kind == nBlockStmt && n.tag == "block" {
			w.block(tr, n, e, merged)
		}
	}
}

// extendsOf returns the template's top-level {% extends %}, or nil.
func extendsOf(body []*node) *node {
	for _, n := range body {
		if n.kind == nStmt && n.tag == "extends" {
			return n
		}
	}
	return nil
}

// topLevel runs the assignments of a child template outside its blocks.
func (w *walker) topLevel(tr *tree, body []*node, e env) env {
	for _, n := range body {
		if n.kind == nStmt && n.tag != "include" {
			e = w.stmt(tr, n, e)
		}
	}
	return e
}

// walk runs a sequence of nodes and returns the names bound after it.
func (w *walker) walk(tr *tree, body []*node, e env, ov map[string]override) env {
	for _, n := range body {
		switch n.kind {
		case nOutput:
			w.output(tr, n, e)
		case nStmt:
			e = w.stmt(tr, n, e)
		case nBlockStmt:
			e = w.blockStmt(tr, n, e, ov)
		}
	}
	return e
}

// output records the ways an output writes the value out.
func (w *walker) output(tr *tree, n *node, e env) {
	o := &tr.t.Outputs[n.out]
	if w.target != nil && tr.t != w.target || !mentions(e, o.Names) {
		return // most outputs: nothing to tokenize
	}
	for _, s := range n.expr(tr, o.Expr).eval(e) {
		k := reachKey{s.origin, o, s.markup, s.safe, s.json, s.plain}
		if w.seen[k] {
			continue
		}
		w.seen[k] = true
		r := Reach{Var: s.origin, Template: tr.t, Output: o, Markup: s.markup, Safe: s.safe, JSON: s.json,
			Plain: s.plain, Filters: s.filters, Hops: s.hops}
		if w.keep == nil || w.keep(r) {
			w.out = append(w.out, r)
		}
	}
}
