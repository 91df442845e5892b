package python

import (
	"fmt"
	"strings"
)

// writeStmt renders statements for dump.
func writeStmt(sb *strings.Builder, n Node) {
	w := func(format string, args ...any) { fmt.Fprintf(sb, format, args...) }
	e := func(x Node) {
		sb.WriteByte(' ')
		writeNode(sb, x)
	}
	body := func(label string, ss []Stmt) {
		if ss == nil {
			return
		}
		w(" %s{", label)
		for i, s := range ss {
			if i > 0 {
				w("; ")
			}
			writeNode(sb, s)
		}
		w("}")
	}
	switch x := n.(type) {
	case *Module:
		body("module", x.Body)
	case *ExprStmt:
		writeNode(sb, x.X)
	case *Assign:
		op := x.Op
		if op == "" {
			op = "="
		}
		w("(%s", op)
		for _, t := range x.Targets {
			e(t)
		}
		if x.Annotation != nil {
			w(" :")
			e(x.Annotation)
		}
		e(x.Value)
		w(")")
	case *FunctionDef:
		w("(")
		if x.Async {
			w("async ")
		}
		w("def %s", x.Name)
		writeDecorators(sb, x.Decorators, x.TypeParams)
		writeParams(sb, x.Params)
		if x.Returns != nil {
			w(" ->")
			e(x.Returns)
		}
		body("", x.Body)
		w(")")
	case *ClassDef:
		w("(class %s", x.Name)
		writeDecorators(sb, x.Decorators, x.TypeParams)
		w(" (")
		writeArgs(sb, x.Bases)
		w(")")
		body("", x.Body)
		w(")")
	case *Return:
		w("(return")
		e(x.Value)
		w(")")
	case *If:
		w("(if")
		e(x.Test)
		body("", x.Body)
		body("else", x.Else)
		w(")")
	case *For:
		w("(")
		if x.Async {
			w("async ")
		}
		w("for")
		e(x.Target)
		e(x.Iter)
		body("", x.Body)
		body("else", x.Else)
		w(")")
	case *While:
		w("(while")
		e(x.Test)
		body("", x.Body)
		body("else", x.Else)
		w(")")
	case *With:
		w("(")
		if x.Async {
			w("async ")
		}
		w("with")
		for _, it := range x.Items {
			e(it.Context)
			if it.Target != nil {
				w(" as")
				e(it.Target)
			}
		}
		body("", x.Body)
		w(")")
	case *Try:
		w("(try")
		body("", x.Body)
		for _, h := range x.Handlers {
			if h.Group {
				w(" except*")
			} else {
				w(" except")
			}
			e(h.Type)
			if h.Name != "" {
				w(" as %s", h.Name)
			}
			body("", h.Body)
		}
		body("else", x.Else)
		body("finally", x.Finally)
		w(")")
	case *Import:
		w("(import%s)", aliases(x.Names))
	case *ImportFrom:
		w("(from %s%s import%s)", strings.Repeat(".", x.Level), x.Module, aliases(x.Names))
	case *Raise:
		w("(raise")
		e(x.Exc)
		e(x.Cause)
		w(")")
	case *Simple:
		w("%s", x.Keyword)
	case *Delete:
		writeList(sb, "(del", x.Targets, ")")
	case *Assert:
		w("(assert")
		e(x.Test)
		e(x.Msg)
		w(")")
	case *Global:
		kw := "global"
		if x.Nonlocal {
			kw = "nonlocal"
		}
		w("(%s %s)", kw, strings.Join(x.Names, " "))
	case *Match:
		w("(match")
		e(x.Subject)
		for _, mc := range x.Cases {
			w(" (case")
			e(mc.Pattern)
			if mc.Guard != nil {
				w(" if")
				e(mc.Guard)
			}
			body("", mc.Body)
			w(")")
		}
		w(")")
	case *TypeAlias:
		w("(type %s", x.Name)
		writeDecorators(sb, nil, x.TypeParams)
		e(x.Value)
		w(")")
	case *BadStmt:
		w("(badstmt %s", x.Text)
		body("", x.Body)
		w(")")
	default:
		w("(unknown %T)", n)
	}
}
