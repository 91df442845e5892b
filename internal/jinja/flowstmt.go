package jinja

import "strings"

// leadsTo reports whether rendering t may render the target template:
// it is the target, or includes or extends a template that leads to it;
// a computed name may lead anywhere. The first question about a template
// answers it for every template it reaches, by a fixpoint over that part
// of the include graph.
func (w *walker) leadsTo(t *Template) bool {
	if w.target == nil {
		return true
	}
	if found, ok := w.leads[t]; ok {
		return found
	}
	edges := map[*Template][]*Template{}
	var order []*Template
	for queue := []*Template{t}; len(queue) > 0; queue = queue[1:] {
		cur := queue[0]
		if _, known := w.leads[cur]; known {
			continue
		}
		if _, seen := edges[cur]; seen {
			continue
		}
		edges[cur] = nil
		order = append(order, cur)
		w.leads[cur] = cur == w.target
		for _, b := range cur.Blocks {
			if b.Kind != BlockInclude && b.Kind != BlockExtends {
				continue
			}
			if b.Name == "" {
				w.leads[cur] = true
				continue
			}
			if next := w.lookup(b.Name); next != nil {
				edges[cur] = append(edges[cur], next)
				queue = append(queue, next)
			}
		}
	}
	for changed := true; changed; {
		changed = false
		for _, cur := range order {
			if w.leads[cur] {
				continue
			}
			for _, next := range edges[cur] {
				if w.leads[next] {
					w.leads[cur], changed = true, true
					break
				}
			}
		}
	}
	return w.leads[t]
}

// stmt runs a statement without a body.
func (w *walker) stmt(tr *tree, n *node, e env) env {
	switch n.tag {
	case "set":
		k := assignAt(n.args)
		if k < 0 {
			return e
		}
		toks := n.tokens(n.args)
		at := len(tokenize(n.args[:k]))
		return w.assign(tr, n, e, toks[:at], toks[min(at+1, len(toks)):])
	case "include":
		w.include(tr, n, e)
	case "import":
		if toks := n.tokens(n.args); len(toks) > 0 {
			e = e.bind(toks[len(toks)-1].text, nil)
		}
	case "from":
		for _, in := range importedNames(n.tokens(n.args)) {
			e = e.bind(in.As, nil)
		}
	}
	return e
}

// assign binds the targets of {% set a = v %} or {% set a, b = x, y %}:
// pairwise when both sides have as many parts, else every target to the
// whole value. An attribute target ({% set ns.x = v %}) binds nothing.
func (w *walker) assign(tr *tree, n *node, e env, targets, value []tok) env {
	names, values := splitTop(targets), splitTop(value)
	note := "assigned by " + tr.text(n)
	whole := withHop(w.eval(tr, value, e), tr, n, note)
	out := e
	for i, name := range names {
		if len(name) != 1 || name[0].kind != tIdent {
			continue
		}
		sts := whole
		if len(names) > 1 && len(values) == len(names) {
			sts = withHop(w.eval(tr, values[i], e), tr, n, note)
		}
		out = out.bind(name[0].text, sts)
	}
	return out
}

// blockStmt runs a statement with a body.
func (w *walker) blockStmt(tr *tree, n *node, e env, ov map[string]override) env {
	switch n.tag {
	case "if":
		var outs []env
		complete := false
		for i, br := range branches(n.body) {
			outs = append(outs, w.walk(tr, br, e, ov))
			complete = complete || i > 0 && isElse(n.body, i)
		}
		if !complete {
			outs = append(outs, e)
		}
		return merge(outs)
	case "for":
		w.forLoop(tr, n, e, ov)
	case "with":
		inner := e
		for _, part := range splitTop(n.tokens(n.args)) {
			if len(part) >= 3 && part[0].kind == tIdent && part[1].text == "=" {
				inner = inner.bind(part[0].text, withHop(w.eval(tr, part[2:], e), tr, n, "assigned by "+tr.text(n)))
			}
		}
		w.walk(tr, n.body, inner, ov)
	case "block":
		w.block(tr, n, e, ov)
	case "macro":
		return e.bind(firstWord(n.args), nil)
	case "set":
		// {% set x %}...{% endset %} captures what its body renders,
		// escaped there; the outputs inside are checked where they are.
		w.walk(tr, n.body, e, ov)
		return e.bind(firstWord(n.args), nil)
	case "raw":
	default:
		// call (its body renders through caller() with this scope),
		// filter, autoescape, trans and extension blocks.
		w.walk(tr, n.body, e, ov)
	}
	return e
}

// isElse reports whether the i-th branch of an if body starts at an else.
func isElse(body []*node, i int) bool {
	seen := 0
	for _, n := range body {
		if n.kind == nBranch {
			seen++
			if seen == i {
				return n.tag == "else"
			}
		}
	}
	return false
}

// forLoop binds the loop variables to the items of the iterated value.
func (w *walker) forLoop(tr *tree, n *node, e env, ov map[string]override) {
	toks := n.tokens(n.args)
	in := topLevel(toks, func(t tok) bool { return t.kind == tIdent && t.text == "in" })
	if in < 0 {
		return
	}
	iter := toks[in+1:]
	if end := topLevel(iter, func(t tok) bool { return t.kind == tIdent && (t.text == "if" || t.text == "recursive") }); end >= 0 {
		iter = iter[:end]
	}
	sts := withHop(w.eval(tr, iter, e), tr, n, "bound to the loop variable by "+tr.text(n))
	inner := e.bind("loop", nil)
	for _, t := range toks[:in] {
		if t.kind == tIdent {
			inner = inner.bind(t.text, sts)
		}
	}
	// The else branch runs when there is nothing to iterate; walking it
	// with the loop's names is harmless, as it cannot read them.
	w.walk(tr, n.body, inner, ov)
}

// block renders a {% block %}: the override of a child template when
// there is one (and this block too when the override calls super()).
func (w *walker) block(tr *tree, n *node, e env, ov map[string]override) {
	if o, ok := ov[firstWord(n.args)]; ok && o.n != n && !w.overriding[o.n] {
		// The child's block runs in the layout, but the value did not
		// reach it through the layout. A block of the same name nested
		// in it (which Jinja rejects, but a template may still say) does
		// not run it again.
		w.overriding[o.n] = true
		w.walk(o.tr, o.n.body, e.withoutLayoutHops(), ov)
		delete(w.overriding, o.n)
		if !callsSuper(o.tr, o.n.body) {
			return
		}
	}
	w.walk(tr, n.body, e, ov)
}

// callsSuper reports whether a block body renders its parent's block.
func callsSuper(tr *tree, body []*node) bool {
	for _, n := range body {
		if n.kind == nOutput && strings.Contains(tr.t.Outputs[n.out].Expr, "super(") {
			return true
		}
		if n.kind == nBlockStmt && n.tag != "block" && callsSuper(tr, n.body) {
			return true
		}
	}
	return false
}

// include renders an included template with the current names, unless
// the include passes no context.
func (w *walker) include(tr *tree, n *node, e env) {
	toks := n.tokens(n.args)
	for i := 0; i+1 < len(toks); i++ {
		if toks[i].text == "without" && toks[i+1].text == "context" {
			return
		}
	}
	if t := w.literal(n.args); t != nil && w.leadsTo(t) {
		key := t.Path + "\x00" + e.signature()
		if w.included[key] {
			return
		}
		w.included[key] = true
		w.render(t, e.hop(Hop{Loc: tr.loc(n.start, n.end), Note: "passed on by " + tr.text(n)}), nil)
	}
}

// literal finds the template an include or extends names: a string
// literal, or the first template found of a list of literals
// ({% include ["a.html", "b.html"] %}); nil for a computed name.
func (w *walker) literal(args string) *Template {
	toks := tokenize(args)
	var names []tok
	switch {
	case len(toks) > 0 && toks[0].kind == tString:
		names = toks[:1]
	case len(toks) > 0 && toks[0].text == "[":
		for _, t := range toks[1:] {
			if t.text == "]" {
				break
			}
			if t.kind == tString {
				names = append(names, t)
			}
		}
	}
	for _, t := range names {
		if len(t.text) >= 2 {
			if found := w.lookup(t.text[1 : len(t.text)-1]); found != nil {
				return found
			}
		}
	}
	return nil
}
