package python

// expr converts expression node i; it returns nil when i is -1, so that
// optional parts stay nil.
func (c *converter) expr(i int32) Expr {
	if i < 0 {
		return nil
	}
	// Parentheses and wrapper nodes are unwrapped in a loop rather than by
	// recursion: `((((x))))` costs no depth and yields just the Name.
	for {
		k := c.kind(i)
		if k != tkParenthesized && k != tkAsPatternTarget && k != tkType && k != tkParenListSplat {
			break
		}
		j := c.firstNamed(i)
		if j < 0 {
			break
		}
		i = j
	}
	if c.n[i].flags&flagMissing != 0 {
		return &BadExpr{base: base{c.span(i)}, Text: "missing " + c.sym.name(c.n[i].sym)}
	}
	if !c.enter(i) {
		return &BadExpr{base: base{c.span(i)}, Text: "too deep"}
	}
	e := c.exprKind(i)
	c.leave()
	return e
}

// required returns e, or a BadExpr spanning parent when e is missing, so
// that fields documented as always set are never nil.
func (c *converter) required(e Expr, parent int32) Expr {
	if e != nil {
		return e
	}
	return &BadExpr{base: base{c.span(parent)}, Text: "missing"}
}

func (c *converter) exprKind(i int32) Expr {
	b := base{c.span(i)}
	f := c.f
	switch c.kind(i) {
	case tkIdentifier:
		n := c.nameSlab.new()
		*n = Name{base: b, ID: c.ident(i)}
		return n
	case tkDottedName:
		return c.dottedExpr(i)
	case tkAttribute:
		a := c.attrSlab.new()
		*a = Attribute{base: b, Value: c.required(c.expr(c.field(i, f.object)), i)}
		if n := c.field(i, f.attribute); n >= 0 {
			a.Attr, a.AttrSpan = c.ident(n), c.span(n)
		}
		return a
	case tkCall:
		call := c.callSlab.new()
		*call = Call{base: b, Func: c.required(c.expr(c.field(i, f.function)), i), Args: c.args(c.field(i, f.arguments))}
		return call
	case tkString, tkConcatString:
		return c.str(i)
	case tkInteger, tkFloat:
		return &Number{base: b, Text: c.text(i)}
	case tkTrue:
		return &Constant{base: b, Value: True}
	case tkFalse:
		return &Constant{base: b, Value: False}
	case tkNone:
		return &Constant{base: b, Value: None}
	case tkEllipsis:
		return &Constant{base: b, Value: Ellipsis}
	case tkBinaryOp:
		return &BinOp{base: b, Op: c.opText(c.field(i, f.operator)),
			Left: c.required(c.expr(c.field(i, f.left)), i), Right: c.required(c.expr(c.field(i, f.right)), i)}
	case tkBoolOp:
		return &BoolOp{base: b, Op: c.opText(c.field(i, f.operator)),
			Left: c.required(c.expr(c.field(i, f.left)), i), Right: c.required(c.expr(c.field(i, f.right)), i)}
	case tkUnaryOp:
		return &UnaryOp{base: b, Op: c.opText(c.field(i, f.operator)), Operand: c.required(c.expr(c.field(i, f.argument)), i)}
	case tkNotOp:
		return &UnaryOp{base: b, Op: "not", Operand: c.required(c.expr(c.field(i, f.argument)), i)}
	case tkComparison:
		return c.compare(i)
	case tkSubscript:
		return c.subscript(i)
	case tkSlice:
		return c.slice(i)
	case tkList, tkListPattern:
		return &List{base: b, Elts: c.items(i, i+1)}
	case tkTuple, tkTuplePattern, tkExpressionList, tkPatternList:
		return &Tuple{base: b, Elts: c.items(i, i+1)}
	case tkSet:
		return &Set{base: b, Elts: c.items(i, i+1)}
	case tkDictionary:
		return c.dict(i)
	case tkListComp:
		return c.comprehension(i, ListComp)
	case tkSetComp:
		return c.comprehension(i, SetComp)
	case tkDictComp:
		return c.comprehension(i, DictComp)
	case tkGenExp:
		return c.comprehension(i, GeneratorExp)
	case tkLambda:
		return &Lambda{base: b, Params: c.params(c.field(i, f.parameters)), Body: c.required(c.expr(c.field(i, f.body)), i)}
	case tkConditional:
		return c.conditional(i)
	case tkNamedExpr:
		return &NamedExpr{base: b, Target: c.nameAt(c.field(i, f.name), i), Value: c.required(c.expr(c.field(i, f.value)), i)}
	case tkListSplat, tkListSplatPattern:
		return &Starred{base: b, Star: 1, Value: c.required(c.expr(c.firstNamed(i)), i)}
	case tkDictSplat, tkDictSplatPattern:
		return &Starred{base: b, Star: 2, Value: c.required(c.expr(c.firstNamed(i)), i)}
	case tkAwait:
		return &Await{base: b, Value: c.required(c.expr(c.firstNamed(i)), i)}
	case tkYield:
		return &Yield{base: b, From: c.hasToken(i, tkFrom), Value: c.expr(c.firstNamed(i))}
	case tkGenericType:
		return c.genericType(i)
	case tkUnionType:
		return c.fold(i, "|", c.items(i, i+1))
	case tkSplatType:
		return &Starred{base: b, Star: c.stars(i), Value: c.required(c.expr(c.firstNamed(i)), i)}
	case tkMemberType:
		a := &Attribute{base: b, Value: c.required(c.expr(c.firstNamed(i)), i)}
		for j := i + 1; j < c.end(i); j = c.end(j) {
			if c.kind(j) == tkIdentifier {
				a.Attr, a.AttrSpan = c.ident(j), c.span(j)
			}
		}
		return a
	case tkConstrainedType:
		return c.required(c.expr(c.firstNamed(i)), i)
	}
	if e := c.pattern(i); e != nil {
		return e
	}
	return &BadExpr{base: b, Text: c.sym.name(c.n[i].sym)}
}

// opText returns an operator token as Python spells it, normalising the
// two-word operators whose source may contain extra whitespace.
func (c *converter) opText(i int32) string {
	if i < 0 {
		return ""
	}
	switch c.kind(i) {
	case tkNotIn:
		return "not in"
	case tkIsNot:
		return "is not"
	}
	return c.ident(i) // operators are few, so interning saves allocations
}

// stars returns 2 when node i has a `**` token, else 1.
func (c *converter) stars(i int32) int {
	if c.hasToken(i, tkStarStar) {
		return 2
	}
	return 1
}

// nameAt returns a Name for identifier i, or an empty Name spanning the
// parent when tree-sitter lost it, so that NamedExpr.Target is never nil.
func (c *converter) nameAt(i, parent int32) *Name {
	if i < 0 || c.n[i].flags&flagMissing != 0 {
		return &Name{base: base{c.span(parent)}}
	}
	return &Name{base: base{c.span(i)}, ID: c.ident(i)}
}

// items converts the children of i from child index from onwards into
// expressions. Pattern containers put a `-` token before negative numbers
// and use a bare `_` token as the wildcard; both are handled here.
func (c *converter) items(i, from int32) []Expr {
	m := c.exprs.mark()
	neg := int32(-1)
	for j := from; j < c.end(i); j = c.end(j) {
		n := &c.n[j]
		if n.flags&flagExtra != 0 {
			continue
		}
		if n.flags&flagNamed == 0 {
			switch c.kind(j) {
			case tkMinus:
				neg = j
			case tkUnderscore:
				c.exprs.push(c.negate(neg, &Name{base: base{c.span(j)}, ID: "_"}))
				neg = -1
			}
			continue
		}
		e := c.negate(neg, c.expr(j))
		c.exprs.push(e)
		neg = -1
	}
	return c.exprs.pop(m)
}

// negate wraps e in a unary minus whose token is node minus, if any.
func (c *converter) negate(minus int32, e Expr) Expr {
	if minus < 0 {
		return e
	}
	return &UnaryOp{base: base{Span{c.startPos(minus), e.Span().End}}, Op: "-", Operand: e}
}

// fold joins xs left-associatively with op, as `a | b | c` groups.
func (c *converter) fold(i int32, op string, xs []Expr) Expr {
	if len(xs) == 0 {
		return c.required(nil, i)
	}
	e := xs[0]
	for _, x := range xs[1:] {
		e = &BinOp{base: base{joinSpans(e.Span(), x.Span())}, Op: op, Left: e, Right: x}
	}
	return e
}

func (c *converter) compare(i int32) *Compare {
	s := &Compare{base: base{c.span(i)}}
	for j := i + 1; j < c.end(i); j = c.end(j) {
		switch {
		case c.n[j].field == c.f.operators && c.n[j].flags&flagExtra == 0:
			s.Ops = append(s.Ops, c.opText(j))
		case c.real(j):
			s.Operands = append(s.Operands, c.expr(j))
		}
	}
	return s
}

func (c *converter) subscript(i int32) *Subscript {
	s := &Subscript{base: base{c.span(i)}, Value: c.required(c.expr(c.field(i, c.f.value)), i)}
	var idx []Expr
	first, last := int32(-1), int32(-1)
	comma := false
	for j := i + 1; j < c.end(i); j = c.end(j) {
		switch {
		case c.n[j].field == c.f.subscript && c.real(j):
			if first < 0 {
				first = j
			}
			last = j
			idx = append(idx, c.expr(j))
		case first >= 0 && c.kind(j) == tkComma:
			comma = true
		}
	}
	switch {
	case len(idx) == 0:
		s.Index = c.required(nil, i)
	case len(idx) == 1 && !comma:
		s.Index = idx[0]
	default:
		// a[x, y] and a[x,] index with a tuple.
		s.Index = &Tuple{base: base{c.spanOf(first, last)}, Elts: idx}
	}
	return s
}

func (c *converter) slice(i int32) *Slice {
	s := &Slice{base: base{c.span(i)}}
	part := 0
	for j := i + 1; j < c.end(i); j = c.end(j) {
		switch {
		case c.kind(j) == tkColon:
			part++
		case c.real(j):
			e := c.expr(j)
			switch part {
			case 0:
				s.Lower = e
			case 1:
				s.Upper = e
			default:
				s.Step = e
			}
		}
	}
	return s
}

func (c *converter) dict(i int32) *Dict {
	d := &Dict{base: base{c.span(i)}}
	for j := i + 1; j < c.end(i); j = c.end(j) {
		switch c.kind(j) {
		case tkPair:
			if c.n[j].flags&flagExtra != 0 {
				continue
			}
			d.Keys = append(d.Keys, c.required(c.expr(c.field(j, c.f.key)), j))
			d.Values = append(d.Values, c.required(c.expr(c.field(j, c.f.value)), j))
		case tkDictSplat:
			d.Keys = append(d.Keys, nil)
			d.Values = append(d.Values, c.required(c.expr(c.firstNamed(j)), j))
		}
	}
	return d
}

func (c *converter) comprehension(i int32, typ ComprehensionKind) *Comprehension {
	s := &Comprehension{base: base{c.span(i)}, Type: typ}
	body := c.field(i, c.f.body)
	if body >= 0 && c.kind(body) == tkPair {
		s.Key = c.required(c.expr(c.field(body, c.f.key)), body)
		s.Elt = c.required(c.expr(c.field(body, c.f.value)), body)
	} else {
		s.Elt = c.required(c.expr(body), i)
	}
	for j := i + 1; j < c.end(i); j = c.end(j) {
		switch c.kind(j) {
		case tkForInClause:
			s.Clauses = append(s.Clauses, c.forClause(j))
		case tkIfClause:
			if len(s.Clauses) > 0 {
				last := &s.Clauses[len(s.Clauses)-1]
				last.Ifs = append(last.Ifs, c.required(c.expr(c.firstNamed(j)), j))
			}
		}
	}
	return s
}

func (c *converter) forClause(i int32) ForClause {
	fc := ForClause{Async: c.hasToken(i, tkAsync), Target: c.required(c.expr(c.field(i, c.f.left)), i)}
	var iters []Expr
	first, last := int32(-1), int32(-1)
	for j := i + 1; j < c.end(i); j = c.end(j) {
		if c.n[j].field == c.f.right && c.real(j) {
			if first < 0 {
				first = j
			}
			last = j
			iters = append(iters, c.expr(j))
		}
	}
	switch len(iters) {
	case 0:
		fc.Iter = c.required(nil, i)
	case 1:
		fc.Iter = iters[0]
	default:
		// `for x in a, b` iterates over the tuple (a, b).
		fc.Iter = &Tuple{base: base{c.spanOf(first, last)}, Elts: iters}
	}
	return fc
}

// conditional converts `Body if Test else Else`, whose three parts are
// unlabelled children in source order.
func (c *converter) conditional(i int32) *IfExp {
	var parts [3]Expr
	n := 0
	for j := i + 1; j < c.end(i) && n < 3; j = c.end(j) {
		if c.real(j) {
			parts[n] = c.expr(j)
			n++
		}
	}
	return &IfExp{
		base: base{c.span(i)},
		Body: c.required(parts[0], i), Test: c.required(parts[1], i), Else: c.required(parts[2], i),
	}
}

// genericType converts `Name[T, ...]` in a type annotation or type
// alias to the subscript it means.
func (c *converter) genericType(i int32) Expr {
	s := &Subscript{base: base{c.span(i)}}
	for j := i + 1; j < c.end(i); j = c.end(j) {
		switch c.kind(j) {
		case tkIdentifier:
			s.Value = &Name{base: base{c.span(j)}, ID: c.ident(j)}
		case tkTypeParameter:
			elts := c.items(j, j+1)
			if len(elts) == 1 {
				s.Index = elts[0]
			} else {
				s.Index = &Tuple{base: base{c.span(j)}, Elts: elts}
			}
		}
	}
	s.Value = c.required(s.Value, i)
	s.Index = c.required(s.Index, i)
	return s
}
