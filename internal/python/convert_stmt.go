package python

import "strings"

// stmt converts statement node i of kind k.
func (c *converter) stmt(i int32, k tk) Stmt {
	b := base{c.stmtSpan(i)}
	f := c.f
	switch k {
	case tkExpressionStatement:
		return c.exprStmt(i)
	case tkImport:
		return &Import{base: b, Names: c.aliases(i)}
	case tkImportFrom:
		return c.importFrom(i)
	case tkFutureImport:
		return &ImportFrom{base: b, Module: "__future__", Names: c.aliases(i)}
	case tkPrint, tkExec:
		return c.py2Call(i, k)
	case tkAssert:
		s := &Assert{base: b}
		for j := i + 1; j < c.end(i); j = c.end(j) {
			if !c.real(j) {
				continue
			}
			if s.Test == nil {
				s.Test = c.expr(j)
			} else if s.Msg == nil {
				s.Msg = c.expr(j)
			}
		}
		s.Test = c.required(s.Test, i)
		return s
	case tkReturn:
		return &Return{base: b, Value: c.expr(c.firstNamed(i))}
	case tkDelete:
		s := &Delete{base: b}
		if j := c.firstNamed(i); j >= 0 {
			if c.kind(j) == tkExpressionList {
				s.Targets = c.items(j, j+1)
			} else {
				s.Targets = []Expr{c.expr(j)}
			}
		}
		return s
	case tkRaise:
		s := &Raise{base: b, Cause: c.expr(c.field(i, f.cause))}
		for j := i + 1; j < c.end(i); j = c.end(j) {
			if c.real(j) && c.n[j].field != f.cause {
				s.Exc = c.expr(j)
				break
			}
		}
		return s
	case tkPass:
		return &Simple{base: b, Keyword: "pass"}
	case tkBreak:
		return &Simple{base: b, Keyword: "break"}
	case tkContinue:
		return &Simple{base: b, Keyword: "continue"}
	case tkGlobal, tkNonlocal:
		s := &Global{base: b, Nonlocal: k == tkNonlocal}
		for j := i + 1; j < c.end(i); j = c.end(j) {
			if c.real(j) && c.kind(j) == tkIdentifier {
				s.Names = append(s.Names, c.ident(j))
			}
		}
		return s
	case tkTypeAlias:
		return c.typeAlias(i)
	case tkIf:
		return c.ifStmt(i)
	case tkFor:
		return &For{
			base:   b,
			Async:  c.hasToken(i, tkAsync),
			Target: c.required(c.expr(c.field(i, f.left)), i),
			Iter:   c.required(c.expr(c.field(i, f.right)), i),
			Body:   c.body(c.field(i, f.body)),
			Else:   c.elseBody(c.field(i, f.alternative)),
		}
	case tkWhile:
		return &While{
			base: b,
			Test: c.required(c.expr(c.field(i, f.condition)), i),
			Body: c.body(c.field(i, f.body)),
			Else: c.elseBody(c.field(i, f.alternative)),
		}
	case tkTry:
		return c.try(i)
	case tkWith:
		return c.with(i)
	case tkFunctionDef:
		return c.funcDef(i, nil)
	case tkClassDef:
		return c.classDef(i, nil)
	case tkDecorated:
		return c.decorated(i)
	case tkMatch:
		return c.match(i)
	}
	return &BadStmt{base: b, Text: c.sym.name(c.n[i].sym)}
}

// exprStmt converts an expression_statement: an expression, a bare tuple
// `a, b`, or an assignment.
func (c *converter) exprStmt(i int32) Stmt {
	first, count := int32(-1), 0
	for j := i + 1; j < c.end(i); j = c.end(j) {
		if c.real(j) {
			if first < 0 {
				first = j
			}
			count++
		}
	}
	s := &ExprStmt{base: base{c.span(i)}}
	switch {
	case count == 0:
		s.X = c.required(nil, i)
	case count > 1:
		s.X = &Tuple{base: base{c.span(i)}, Elts: c.items(i, first)}
	case c.kind(first) == tkAssignment || c.kind(first) == tkAugAssignment:
		a := c.assign(first)
		a.Loc = s.Loc
		return a
	default:
		s.X = c.expr(first)
	}
	return s
}

// assign converts an assignment, following `a = b = value` chains, which
// tree-sitter nests to the right, into one Assign with several targets.
func (c *converter) assign(i int32) *Assign {
	a := &Assign{base: base{c.span(i)}}
	f := c.f
	for {
		if l := c.field(i, f.left); l >= 0 {
			a.Targets = append(a.Targets, c.expr(l))
		}
		if t := c.field(i, f.typ); t >= 0 {
			a.Annotation = c.expr(t)
		}
		if c.kind(i) == tkAugAssignment {
			if op := c.field(i, f.operator); op >= 0 {
				a.Op = c.text(op)
			}
		}
		r := c.field(i, f.right)
		if r >= 0 && (c.kind(r) == tkAssignment || c.kind(r) == tkAugAssignment) {
			i = r
			continue
		}
		a.Value = c.expr(r)
		return a
	}
}

// aliases converts the imported names of an import statement.
func (c *converter) aliases(i int32) []Alias {
	var out []Alias
	for j := i + 1; j < c.end(i); j = c.end(j) {
		switch c.kind(j) {
		case tkDottedName:
			if c.n[j].field == c.f.name {
				out = append(out, Alias{Name: c.dotted(j), Loc: c.span(j)})
			}
		case tkAliasedImport:
			a := Alias{Loc: c.span(j)}
			if n := c.field(j, c.f.name); n >= 0 {
				a.Name = c.dotted(n)
			}
			if n := c.field(j, c.f.alias); n >= 0 {
				a.AsName = c.ident(n)
			}
			out = append(out, a)
		case tkWildcardImport:
			out = append(out, Alias{Name: "*", Loc: c.span(j)})
		}
	}
	return out
}

// dotted returns the name a dotted_name spells, without any whitespace
// the source has around the dots.
func (c *converter) dotted(i int32) string {
	first := c.firstNamed(i)
	if first >= 0 && c.end(first) == c.end(i) {
		return c.ident(first) // the common single-identifier case
	}
	var sb strings.Builder
	for j := i + 1; j < c.end(i); j = c.end(j) {
		if c.real(j) {
			if sb.Len() > 0 {
				sb.WriteByte('.')
			}
			sb.Write(c.bytes(j))
		}
	}
	return sb.String()
}

func (c *converter) importFrom(i int32) *ImportFrom {
	s := &ImportFrom{base: base{c.span(i)}, Names: c.aliases(i)}
	m := c.field(i, c.f.moduleName)
	if m < 0 {
		return s
	}
	if c.kind(m) != tkRelativeImport {
		s.Module = c.dotted(m)
		return s
	}
	for j := m + 1; j < c.end(m); j = c.end(j) {
		switch c.kind(j) {
		case tkImportPrefix:
			s.Level = strings.Count(string(c.bytes(j)), ".")
		case tkDottedName:
			s.Module = c.dotted(j)
		}
	}
	return s
}

// py2Call turns a Python 2 print or exec statement into the equivalent
// call, so that rules looking for calls still see it.
func (c *converter) py2Call(i int32, k tk) Stmt {
	name := "print"
	if k == tkExec {
		name = "exec"
	}
	// The keyword starts the statement and is the callee.
	start := c.startPos(i)
	end := Pos{Line: start.Line, Col: start.Col + int32(len(name)), Offset: start.Offset + int32(len(name))}
	call := &Call{base: base{c.span(i)}, Func: &Name{base: base{Span{start, end}}, ID: name}}
	for j := i + 1; j < c.end(i); j = c.end(j) {
		if !c.real(j) {
			continue
		}
		e := j
		if c.kind(j) == tkChevron {
			e = c.firstNamed(j)
		}
		call.Args = append(call.Args, Arg{Value: c.required(c.expr(e), j), Loc: c.span(j)})
	}
	return &ExprStmt{base: base{c.span(i)}, X: call}
}

func (c *converter) typeAlias(i int32) *TypeAlias {
	s := &TypeAlias{base: base{c.span(i)}, Value: c.required(c.expr(c.field(i, c.f.right)), i)}
	l := c.field(i, c.f.left)
	if l >= 0 && c.kind(l) == tkType {
		l = c.firstNamed(l)
	}
	if l < 0 {
		return s
	}
	if c.kind(l) == tkGenericType {
		for j := l + 1; j < c.end(l); j = c.end(j) {
			switch c.kind(j) {
			case tkIdentifier:
				s.Name = c.ident(j)
			case tkTypeParameter:
				s.TypeParams = c.typeParams(j)
			}
		}
		return s
	}
	s.Name = c.ident(l)
	return s
}

// typeParams returns the names declared by a PEP 695 type parameter list
// `[T: int, *Ts, **P]`; bounds and stars are dropped.
func (c *converter) typeParams(i int32) []string {
	if i < 0 {
		return nil
	}
	var out []string
	for j := i + 1; j < c.end(i); j = c.end(j) {
		if !c.real(j) {
			continue
		}
		k := j
		for k >= 0 && c.kind(k) != tkIdentifier {
			switch c.kind(k) {
			case tkType, tkConstrainedType, tkSplatType, tkGenericType:
				k = c.firstNamed(k)
			default:
				k = -1
			}
		}
		if k >= 0 {
			out = append(out, c.ident(k))
		}
	}
	return out
}

func (c *converter) ifStmt(i int32) *If {
	f := c.f
	s := &If{
		base: base{c.stmtSpan(i)},
		Test: c.required(c.expr(c.field(i, f.condition)), i),
		Body: c.body(c.field(i, f.consequence)),
	}
	// elif chains become an If alone in the previous Else, spanning from
	// its `elif` to the end of the whole statement, as in CPython.
	tail := &s.Else
	for j := i + 1; j < c.end(i); j = c.end(j) {
		if c.n[j].field != f.alternative {
			continue
		}
		switch c.kind(j) {
		case tkElifClause:
			e := &If{
				base: base{Span{c.startPos(j), c.stmtSpan(i).End}},
				Test: c.required(c.expr(c.field(j, f.condition)), j),
				Body: c.body(c.field(j, f.consequence)),
			}
			*tail = []Stmt{e}
			tail = &e.Else
		case tkElseClause:
			*tail = c.body(c.field(j, f.body))
		}
	}
	return s
}

// elseBody converts the body of an optional else_clause.
func (c *converter) elseBody(i int32) []Stmt {
	if i < 0 {
		return nil
	}
	return c.body(c.field(i, c.f.body))
}

// block returns the first block child of i, or -1.
func (c *converter) block(i int32) int32 {
	for j := i + 1; j < c.end(i); j = c.end(j) {
		if c.kind(j) == tkBlock {
			return j
		}
	}
	return -1
}
