package python

// Match patterns are converted to the expressions they look like, as
// MatchCase documents:
//
//	case x                 → *Name (a capture; `_` is a Name too)
//	case Point(0, y=1)     → *Call with positional and keyword Args
//	case [a, *rest]        → *List with a *Starred
//	case (a, b) / a, b     → *Tuple
//	case {"k": v, **kw}    → *Dict; **kw has a nil key
//	case 1 | 2             → *BinOp "|"
//	case -1, 1+2j          → *UnaryOp "-", *BinOp "+"
//	case p as name         → *NamedExpr{Target: name, Value: p}
//	case mod.CONST         → *Attribute
//	case "s", None, True   → *String, *Constant

// pattern converts the pattern-only node kinds; it returns nil for any
// other kind.
func (c *converter) pattern(i int32) Expr {
	b := base{c.span(i)}
	switch c.kind(i) {
	case tkCasePattern:
		xs := c.items(i, i+1)
		switch len(xs) {
		case 0:
			return c.required(nil, i)
		case 1:
			return xs[0]
		}
		return &Tuple{base: b, Elts: xs}
	case tkAsPattern:
		return c.asPattern(i)
	case tkUnionPattern:
		return c.fold(i, "|", c.items(i, i+1))
	case tkClassPattern:
		return c.classPattern(i)
	case tkDictPattern:
		return c.dictPattern(i)
	case tkSplatPattern:
		s := &Starred{base: b, Star: c.stars(i)}
		if xs := c.items(i, i+1); len(xs) > 0 {
			s.Value = xs[0]
		}
		s.Value = c.required(s.Value, i)
		return s
	case tkComplexPattern:
		return c.complexPattern(i)
	case tkKeywordPattern:
		// Only valid inside a class pattern, which handles it; elsewhere
		// keep the value.
		_, v := c.keywordPattern(i)
		return v
	}
	return nil
}

// asPattern converts `pattern as name` in a case, and the `expr as target`
// that tree-sitter also produces outside with and except clauses.
func (c *converter) asPattern(i int32) Expr {
	first := c.firstNamed(i)
	value := c.required(c.expr(first), i)
	target := c.field(i, c.f.alias)
	if target >= 0 {
		target = c.firstNamed(target)
	} else if first >= 0 {
		for j := c.end(first); j < c.end(i); j = c.end(j) {
			if c.real(j) {
				target = j
			}
		}
	}
	if target < 0 || c.kind(target) != tkIdentifier {
		return value
	}
	return &NamedExpr{base: base{c.span(i)}, Target: c.nameAt(target, i), Value: value}
}

func (c *converter) classPattern(i int32) *Call {
	call := &Call{base: base{c.span(i)}}
	for j := i + 1; j < c.end(i); j = c.end(j) {
		if !c.real(j) {
			continue
		}
		switch c.kind(j) {
		case tkDottedName:
			call.Func = c.dottedExpr(j)
		case tkCasePattern:
			a := Arg{Loc: c.span(j)}
			if kw := c.firstNamed(j); kw >= 0 && c.kind(kw) == tkKeywordPattern {
				a.Name, a.Value = c.keywordPattern(kw)
			} else {
				a.Value = c.expr(j)
			}
			call.Args = append(call.Args, a)
		}
	}
	call.Func = c.required(call.Func, i)
	return call
}

// keywordPattern splits `name=pattern` inside a class pattern.
func (c *converter) keywordPattern(i int32) (string, Expr) {
	name := c.firstNamed(i)
	if name < 0 {
		return "", c.required(nil, i)
	}
	xs := c.items(i, c.end(name))
	if len(xs) == 0 {
		return c.ident(name), c.required(nil, i)
	}
	return c.ident(name), xs[0]
}

// dictPattern pairs keys and values by order: tree-sitter labels them with
// fields but a negative key's `-` token precedes its number.
func (c *converter) dictPattern(i int32) *Dict {
	d := &Dict{base: base{c.span(i)}}
	neg := int32(-1)
	var key Expr
	for j := i + 1; j < c.end(i); j = c.end(j) {
		n := &c.n[j]
		switch {
		case n.flags&flagExtra != 0:
		case n.flags&flagNamed == 0:
			if c.kind(j) == tkMinus {
				neg = j
			}
		case n.field == c.f.key:
			key = c.negate(neg, c.expr(j))
			neg = -1
		case n.field == c.f.value:
			d.Keys = append(d.Keys, c.required(key, j))
			d.Values = append(d.Values, c.expr(j))
			key = nil
		case c.kind(j) == tkSplatPattern:
			d.Keys = append(d.Keys, nil)
			var v Expr
			if xs := c.items(j, j+1); len(xs) > 0 {
				v = xs[0]
			}
			d.Values = append(d.Values, c.required(v, j))
		}
	}
	return d
}

// complexPattern converts `[-]real (+|-) imag`. Its first `-` negates the
// real part; the second sign is the operator.
func (c *converter) complexPattern(i int32) Expr {
	var left, right Expr
	neg := int32(-1)
	op := ""
	for j := i + 1; j < c.end(i); j = c.end(j) {
		n := &c.n[j]
		switch {
		case n.flags&flagExtra != 0:
		case n.flags&flagNamed == 0:
			switch {
			case left == nil && c.kind(j) == tkMinus:
				neg = j
			case left != nil:
				op = c.ident(j)
			}
		case left == nil:
			left = c.negate(neg, c.expr(j))
		default:
			right = c.expr(j)
		}
	}
	left, right = c.required(left, i), c.required(right, i)
	return &BinOp{base: base{c.span(i)}, Op: op, Left: left, Right: right}
}

// dottedExpr converts a dotted_name (`a.b.c` in a pattern or decorator)
// into a Name or a chain of Attributes.
func (c *converter) dottedExpr(i int32) Expr {
	var e Expr
	for j := i + 1; j < c.end(i); j = c.end(j) {
		if !c.real(j) {
			continue
		}
		if e == nil {
			e = &Name{base: base{c.span(j)}, ID: c.ident(j)}
			continue
		}
		e = &Attribute{
			base:  base{Span{e.Span().Start, c.endPos(j)}},
			Value: e, Attr: c.ident(j), AttrSpan: c.span(j),
		}
	}
	return c.required(e, i)
}
