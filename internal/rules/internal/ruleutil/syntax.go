package ruleutil

import (
	"strings"

	"github.com/flaskguard/flaskguard/internal/project"
	"github.com/flaskguard/flaskguard/internal/python"
	"github.com/flaskguard/flaskguard/internal/rules/rule"
)

// CalleeName returns the last name of a callee (md5 for hashlib.md5, f for
// f), following a module-level import alias (from hashlib import md5 as h
// makes h's name md5), and "" for other callees. Rules use it to screen
// calls cheaply before resolving them; resolution does the real check.
func CalleeName(c *rule.Ctx, callee python.Expr) string {
	switch e := callee.(type) {
	case *python.Name:
		if target, ok := c.Module.Imports[e.ID]; ok {
			return target[strings.LastIndexByte(target, '.')+1:]
		}
		return e.ID
	case *python.Attribute:
		return e.Attr
	}
	return ""
}

// Argument returns a call argument by keyword, or else by position (-1
// for keyword-only parameters).
func Argument(call *python.Call, name string, pos int) (python.Expr, bool) {
	if v, ok := call.Keyword(name); ok {
		return v, true
	}
	return call.Positional(pos) // false for pos < 0
}

// ArgSpan is the span to report for an argument: the whole `name=value`
// when it is a keyword, the value otherwise.
func ArgSpan(call *python.Call, value python.Expr) python.Span {
	for _, a := range call.Args {
		if a.Value == value {
			return a.Loc
		}
	}
	return value.Span()
}

// TargetName is the name an assignment target stores its value under: the
// variable, the attribute (user.reset_token) or the constant subscript key
// (config["MAIL_PASSWORD"], os.environ["API_TOKEN"], session["csrf_token"]);
// "" for other targets.
func TargetName(t python.Expr) string {
	switch t := t.(type) {
	case *python.Name:
		return t.ID
	case *python.Attribute:
		return t.Attr
	case *python.Subscript:
		if k, ok := python.StringValue(t.Index); ok {
			return k
		}
	}
	return ""
}

// WalkUnit visits the nodes of one unit's statements (a module or
// function body) without entering nested function or class bodies, which
// are units of their own. Lambdas are entered: they are expressions of the
// unit.
func WalkUnit(body []python.Stmt, visit func(python.Node) bool) {
	for _, s := range body {
		python.Walk(s, func(n python.Node) bool {
			switch n.(type) {
			case *python.FunctionDef, *python.ClassDef:
				return false
			}
			return visit(n)
		})
	}
}

// EnvNote explains, in a message, a value that is only the fallback of an
// environment lookup: what runs whenever the variable is unset.
func EnvNote(v project.Value) string {
	if !v.EnvFallback {
		return ""
	}
	name := v.EnvVar
	if name == "" {
		name = "the variable"
	}
	return " (it is the default used whenever " + name + " is unset)"
}
