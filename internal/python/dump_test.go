package python

import (
	"fmt"

	"strings"
)

// dump renders a node as a compact S-expression, so that tests can
// assert whole converted shapes exactly. Nil renders as "_".
func dump(n Node) string {
	var sb strings.Builder
	writeNode(&sb, n)
	return sb.String()
}

// dumpBody renders a statement list, one statement per line.
func dumpBody(ss []Stmt) string {
	parts := make([]string, len(ss))
	for i, s := range ss {
		parts[i] = dump(s)
	}
	return strings.Join(parts, "\n")
}

func writeNode(sb *strings.Builder, n Node) {
	w := func(format string, args ...any) { fmt.Fprintf(sb, format, args...) }
	e := func(x Node) {
		sb.WriteByte(' ')
		writeNode(sb, x)
	}
	if n == nil {
		sb.WriteString("_")
		return
	}
	switch x := n.(type) {
	case *Name:
		sb.WriteString(x.ID)
	case *Attribute:
		w("(.")
		e(x.Value)
		w(" %s)", x.Attr)
	case *Call:
		w("(call")
		e(x.Func)
		writeArgs(sb, x.Args)
		w(")")
	case *String:
		switch {
		case x.FString:
			w("(f %q", x.Value)
			for _, i := range x.Interpolations {
				e(i)
			}
			w(")")
		case x.Bytes:
			w("b%q", x.Value)
		default:
			w("%q", x.Value)
		}
	case *Number:
		sb.WriteString(x.Text)
	case *Constant:
		sb.WriteString([...]string{"?", "True", "False", "None", "..."}[x.Value])
	case *BinOp:
		w("(%s", x.Op)
		e(x.Left)
		e(x.Right)
		w(")")
	case *UnaryOp:
		w("(u%s", x.Op)
		e(x.Operand)
		w(")")
	case *BoolOp:
		w("(%s", x.Op)
		e(x.Left)
		e(x.Right)
		w(")")
	case *Compare:
		w("(cmp")
		for i, o := range x.Operands {
			if i > 0 && i-1 < len(x.Ops) {
				w(" %s", x.Ops[i-1])
			}
			e(o)
		}
		w(")")
	case *Subscript:
		w("(sub")
		e(x.Value)
		e(x.Index)
		w(")")
	case *Slice:
		w("(slice")
		e(x.Lower)
		e(x.Upper)
		e(x.Step)
		w(")")
	case *List:
		writeList(sb, "[", x.Elts, "]")
	case *Tuple:
		writeList(sb, "(tuple", x.Elts, ")")
	case *Set:
		writeList(sb, "{", x.Elts, "}")
	case *Dict:
		w("(dict")
		for i := range x.Values {
			if x.Keys[i] == nil {
				w(" **")
				writeNode(sb, x.Values[i])
				continue
			}
			e(x.Keys[i])
			w(":")
			writeNode(sb, x.Values[i])
		}
		w(")")
	case *Comprehension:
		w("(%s", [...]string{"?", "listcomp", "setcomp", "dictcomp", "genexp"}[x.Type])
		if x.Key != nil {
			e(x.Key)
			w(":")
			writeNode(sb, x.Elt)
		} else {
			e(x.Elt)
		}
		for _, cl := range x.Clauses {
			w(" (")
			if cl.Async {
				w("async ")
			}
			w("for")
			e(cl.Target)
			e(cl.Iter)
			for _, c := range cl.Ifs {
				w(" if")
				e(c)
			}
			w(")")
		}
		w(")")
	case *Lambda:
		w("(lambda")
		writeParams(sb, x.Params)
		e(x.Body)
		w(")")
	case *IfExp:
		w("(ifexp")
		e(x.Body)
		e(x.Test)
		e(x.Else)
		w(")")
	case *NamedExpr:
		w("(:=")
		e(x.Target)
		e(x.Value)
		w(")")
	case *Starred:
		w("%s", strings.Repeat("*", x.Star))
		writeNode(sb, x.Value)
	case *Await:
		w("(await")
		e(x.Value)
		w(")")
	case *Yield:
		if x.From {
			w("(yield-from")
		} else {
			w("(yield")
		}
		e(x.Value)
		w(")")
	case *BadExpr:
		w("(bad %s)", x.Text)
	default:
		writeStmt(sb, n)
	}
}

func writeList(sb *strings.Builder, open string, xs []Expr, close string) {
	sb.WriteString(open)
	for i, x := range xs {
		if i > 0 || !strings.HasSuffix(open, "[") && !strings.HasSuffix(open, "{") {
			sb.WriteByte(' ')
		}
		writeNode(sb, x)
	}
	sb.WriteString(close)
}

func writeArgs(sb *strings.Builder, args []Arg) {
	for _, a := range args {
		sb.WriteByte(' ')
		switch {
		case a.Star > 0:
			sb.WriteString(strings.Repeat("*", a.Star))
		case a.Name != "":
			sb.WriteString(a.Name + "=")
		}
		writeNode(sb, a.Value)
	}
}

func writeParams(sb *strings.Builder, ps []Param) {
	sb.WriteString(" (")
	for i, p := range ps {
		if i > 0 {
			sb.WriteByte(' ')
		}
		sb.WriteString(strings.Repeat("*", p.Star) + p.Name)
		if p.PositionalOnly {
			sb.WriteString("/")
		}
		if p.Annotation != nil {
			sb.WriteString(":")
			writeNode(sb, p.Annotation)
		}
		if p.Default != nil {
			sb.WriteString("=")
			writeNode(sb, p.Default)
		}
	}
	sb.WriteString(")")
}

func writeDecorators(sb *strings.Builder, decs []Expr, tparams []string) {
	if len(tparams) > 0 {
		sb.WriteString("[" + strings.Join(tparams, " ") + "]")
	}
	for _, d := range decs {
		sb.WriteString(" @")
		writeNode(sb, d)
	}
}

func aliases(as []Alias) string {
	var sb strings.Builder
	for _, a := range as {
		sb.WriteString(" " + a.Name)
		if a.AsName != "" {
			sb.WriteString(" as " + a.AsName)
		}
	}
	return sb.String()
}
