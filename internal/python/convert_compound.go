package python

func (c *converter) try(i int32) *Try {
	s := &Try{base: base{c.stmtSpan(i)}, Body: c.body(c.field(i, c.f.body))}
	for j := i + 1; j < c.end(i); j = c.end(j) {
		switch c.kind(j) {
		case tkExceptClause:
			s.Handlers = append(s.Handlers, c.handler(j, false))
		case tkExceptGroupClause:
			s.Handlers = append(s.Handlers, c.handler(j, true))
		case tkElseClause:
			s.Else = c.body(c.field(j, c.f.body))
		case tkFinallyClause:
			s.Finally = c.body(c.block(j))
		}
	}
	return s
}

// handler converts `except Type as name:`. tree-sitter parses `Type as
// name` as an as_pattern; Python 2's `except Type, name:` and some
// except* forms give the name as a second expression instead.
func (c *converter) handler(i int32, group bool) Handler {
	h := Handler{Group: group, Loc: c.stmtSpan(i)}
	seen := 0
	for j := i + 1; j < c.end(i); j = c.end(j) {
		if c.kind(j) == tkBlock {
			h.Body = c.stmts(j, nil)
			continue
		}
		if !c.real(j) {
			continue
		}
		seen++
		switch {
		case seen == 1 && c.kind(j) == tkAsPattern:
			h.Type = c.required(c.expr(c.firstNamed(j)), j)
			if t := c.field(j, c.f.alias); t >= 0 {
				h.Name = c.targetName(t)
			}
		case seen == 1:
			h.Type = c.expr(j)
		case seen == 2:
			h.Name = c.targetName(j)
		}
	}
	return h
}

// unparen returns the node inside any parentheses around node i.
func (c *converter) unparen(i int32) int32 {
	for i >= 0 && c.kind(i) == tkParenthesized {
		j := c.firstNamed(i)
		if j < 0 {
			break
		}
		i = j
	}
	return i
}

// targetName returns the name bound by an `as` target.
func (c *converter) targetName(i int32) string {
	for c.kind(i) == tkAsPatternTarget || c.kind(i) == tkParenthesized {
		j := c.firstNamed(i)
		if j < 0 {
			break
		}
		i = j
	}
	return c.ident(i)
}

func (c *converter) with(i int32) *With {
	s := &With{base: base{c.stmtSpan(i)}, Async: c.hasToken(i, tkAsync), Body: c.body(c.field(i, c.f.body))}
	for j := i + 1; j < c.end(i); j = c.end(j) {
		if c.kind(j) != tkWithClause {
			continue
		}
		for k := j + 1; k < c.end(j); k = c.end(k) {
			if c.kind(k) != tkWithItem {
				continue
			}
			v := c.unparen(c.field(k, c.f.value))
			if v >= 0 && c.kind(v) == tkAsPattern {
				s.Items = append(s.Items, WithItem{
					Context: c.required(c.expr(c.firstNamed(v)), v),
					Target:  c.expr(c.field(v, c.f.alias)),
				})
				continue
			}
			s.Items = append(s.Items, WithItem{Context: c.required(c.expr(v), k)})
		}
	}
	return s
}

func (c *converter) funcDef(i int32, decorators []Expr) *FunctionDef {
	f := c.f
	s := &FunctionDef{
		base:       base{c.stmtSpan(i)},
		Async:      c.hasToken(i, tkAsync),
		Decorators: decorators,
		TypeParams: c.typeParams(c.field(i, f.typeParameters)),
		Params:     c.params(c.field(i, f.parameters)),
		Returns:    c.expr(c.field(i, f.returnType)),
		Body:       c.body(c.field(i, f.body)),
	}
	if n := c.field(i, f.name); n >= 0 {
		s.Name, s.NameSpan = c.ident(n), c.span(n)
	}
	return s
}

func (c *converter) classDef(i int32, decorators []Expr) *ClassDef {
	f := c.f
	s := &ClassDef{
		base:       base{c.stmtSpan(i)},
		Decorators: decorators,
		TypeParams: c.typeParams(c.field(i, f.typeParameters)),
		Body:       c.body(c.field(i, f.body)),
	}
	if n := c.field(i, f.name); n >= 0 {
		s.Name, s.NameSpan = c.ident(n), c.span(n)
	}
	if a := c.field(i, f.superclasses); a >= 0 {
		s.Bases = c.args(a)
	}
	return s
}

// decorated attaches the decorators to the definition they decorate. The
// definition keeps its own span (from `def` or `class`), as in CPython;
// each decorator expression has its own.
func (c *converter) decorated(i int32) Stmt {
	var decorators []Expr
	def := int32(-1)
	for j := i + 1; j < c.end(i); j = c.end(j) {
		switch {
		case c.kind(j) == tkDecorator:
			decorators = append(decorators, c.required(c.expr(c.firstNamed(j)), j))
		case c.n[j].field == c.f.definition:
			def = j
		}
	}
	if def >= 0 {
		switch c.kind(def) {
		case tkFunctionDef:
			return c.funcDef(def, decorators)
		case tkClassDef:
			return c.classDef(def, decorators)
		}
	}
	// Keep the decorators reachable even without a definition.
	b := &BadStmt{base: base{c.stmtSpan(i)}, Text: "decorated_definition"}
	for _, d := range decorators {
		b.Body = append(b.Body, &ExprStmt{base: base{d.Span()}, X: d})
	}
	return b
}

// params converts a function's or lambda's parameter list.
func (c *converter) params(i int32) []Param {
	if i < 0 {
		return nil
	}
	f := c.f
	var out []Param
	for j := i + 1; j < c.end(i); j = c.end(j) {
		if !c.real(j) {
			continue
		}
		p := Param{Loc: c.span(j)}
		switch c.kind(j) {
		case tkIdentifier:
			p.Name = c.ident(j)
		case tkListSplatPattern, tkDictSplatPattern:
			c.splatParam(j, &p)
		case tkKeywordSeparator:
			p.Star = 1
		case tkPositionalSeparator:
			for k := range out {
				out[k].PositionalOnly = true
			}
			continue
		case tkTypedParameter:
			if n := c.firstNamed(j); n >= 0 {
				if c.kind(n) == tkIdentifier {
					p.Name = c.ident(n)
				} else {
					c.splatParam(n, &p)
				}
			}
			p.Annotation = c.expr(c.field(j, f.typ))
		case tkDefaultParameter, tkTypedDefaultParameter:
			if n := c.field(j, f.name); n >= 0 {
				p.Name = c.ident(n)
			}
			p.Annotation = c.expr(c.field(j, f.typ))
			p.Default = c.expr(c.field(j, f.value))
		case tkTuplePattern:
			// Python 2 tuple parameters `def f((a, b))`.
			p.Name = c.text(j)
		default:
			continue
		}
		out = append(out, p)
	}
	return out
}

func (c *converter) splatParam(i int32, p *Param) {
	p.Star = 1
	if c.kind(i) == tkDictSplatPattern {
		p.Star = 2
	}
	if n := c.firstNamed(i); n >= 0 {
		p.Name = c.ident(n)
	}
}

// args converts a call's argument list, or a class's bases.
func (c *converter) args(i int32) []Arg {
	if i < 0 {
		return nil
	}
	if c.kind(i) == tkGenExp {
		// f(x for x in y): the generator is the only argument.
		return []Arg{{Value: c.expr(i), Loc: c.span(i)}}
	}
	m := c.argS.mark()
	for j := i + 1; j < c.end(i); j = c.end(j) {
		if !c.real(j) {
			continue
		}
		a := Arg{Loc: c.span(j)}
		switch c.kind(j) {
		case tkKeywordArgument:
			if n := c.field(j, c.f.name); n >= 0 {
				a.Name = c.ident(n)
			}
			a.Value = c.required(c.expr(c.field(j, c.f.value)), j)
		case tkListSplat:
			a.Star, a.Value = 1, c.required(c.expr(c.firstNamed(j)), j)
		case tkDictSplat:
			a.Star, a.Value = 2, c.required(c.expr(c.firstNamed(j)), j)
		default:
			a.Value = c.expr(j)
		}
		c.argS.push(a)
	}
	return c.argS.pop(m)
}

// match converts a match statement. Patterns become expressions, as
// documented on MatchCase; see pattern.go.
func (c *converter) match(i int32) *Match {
	s := &Match{base: base{c.stmtSpan(i)}}
	var subjects []Expr
	first, last := int32(-1), int32(-1)
	for j := i + 1; j < c.end(i); j = c.end(j) {
		switch {
		case c.n[j].field == c.f.subject && c.real(j):
			if first < 0 {
				first = j
			}
			last = j
			subjects = append(subjects, c.expr(j))
		case c.kind(j) == tkBlock:
			for k := j + 1; k < c.end(j); k = c.end(k) {
				if c.kind(k) == tkCaseClause {
					s.Cases = append(s.Cases, c.caseClause(k))
				}
			}
		}
	}
	switch len(subjects) {
	case 0:
		s.Subject = c.required(nil, i)
	case 1:
		s.Subject = subjects[0]
	default:
		// `match a, b:` matches the tuple (a, b).
		s.Subject = &Tuple{base: base{c.spanOf(first, last)}, Elts: subjects}
	}
	return s
}

func (c *converter) caseClause(i int32) MatchCase {
	m := MatchCase{Loc: c.stmtSpan(i)}
	var pats []Expr
	first, last := int32(-1), int32(-1)
	for j := i + 1; j < c.end(i); j = c.end(j) {
		switch {
		case c.kind(j) == tkCasePattern:
			if first < 0 {
				first = j
			}
			last = j
			pats = append(pats, c.expr(j))
		case c.n[j].field == c.f.guard:
			m.Guard = c.expr(c.firstNamed(j))
		case c.n[j].field == c.f.consequence:
			m.Body = c.body(j)
		}
	}
	switch len(pats) {
	case 0:
		m.Pattern = c.required(nil, i)
	case 1:
		m.Pattern = pats[0]
	default:
		// `case 1, 2:` is an open sequence pattern.
		m.Pattern = &Tuple{base: base{c.spanOf(first, last)}, Elts: pats}
	}
	return m
}
