package logging

import (
	"fmt"

	"github.com/flaskguard/flaskguard/internal/project"
	"github.com/flaskguard/flaskguard/internal/python"
	"github.com/flaskguard/flaskguard/internal/rules/rule"
)

// rawInput is request data found in a log line with its line breaks intact.
type rawInput struct {
	// at is the expression to report, source the request expression it
	// comes from (the same unless a variable was followed).
	at, source python.Expr
	// line is where source was assigned to the variable at, or 0.
	line int
}

// rawFinder looks for request data that reaches the text of a log line
// unchanged. It is intra-procedural on purpose: request expressions in
// the call itself, and local variables assigned directly from one (one
// hop). Sanitisers end the search: repr() and %r/{!r} (which escape CR
// and LF), int()/float(), json.dumps, urllib.parse.quote, re.sub, any
// other call it does not know, and .replace chains that remove both
// "\r" and "\n". html.escape/markupsafe.escape do not count: they leave
// line breaks alone.
type rawFinder struct {
	c     *rule.Ctx
	scope project.Scope
	// at is the position of the log call, for the validation check.
	at python.Pos
}

// requestText reports whether an attribute of flask.request is text
// decoded from the client's request: the path and the values of headers.
// request.url and base_url are left out: Werkzeug percent-encodes control
// characters in them.
func requestText(attr string) bool {
	switch attr {
	case "path", "full_path", "script_root", "user_agent", "referrer", "content_type", "mimetype", "origin":
		return true
	}
	return false
}

// requestMapping reports whether an attribute of flask.request holds
// client-supplied fields, read with [key] or .get(key).
func requestMapping(attr string) bool {
	switch attr {
	case "args", "form", "values", "headers", "cookies", "json", "view_args":
		return true
	}
	return false
}

func (f *rawFinder) isRequest(e python.Expr) bool {
	return f.c.Project.QualifyAt(f.c.Module, e, f.scope) == "flask.request"
}

// isMapping reports whether e is a mapping of client-supplied values:
// request.args and its siblings, request.get_json(), or a value taken
// out of the JSON body (request.json["user"]).
func (f *rawFinder) isMapping(e python.Expr) bool {
	switch x := e.(type) {
	case *python.Attribute:
		return requestMapping(x.Attr) && f.isRequest(x.Value)
	case *python.Call:
		if a, ok := x.Func.(*python.Attribute); ok {
			if a.Attr == "get_json" {
				return f.isRequest(a.Value)
			}
			if a.Attr == "get" {
				return f.isJSON(a.Value)
			}
		}
	case *python.Subscript:
		return f.isJSON(x.Value)
	}
	return false
}

// isUpload reports whether e is an uploaded file: request.files[key] or
// request.files.get(key). The file object itself prints as a repr; its
// client-chosen filename is raw text.
func (f *rawFinder) isUpload(e python.Expr) bool {
	files := func(e python.Expr) bool {
		a, ok := e.(*python.Attribute)
		return ok && a.Attr == "files" && f.isRequest(a.Value)
	}
	switch x := e.(type) {
	case *python.Subscript:
		return files(x.Value)
	case *python.Call:
		a, ok := x.Func.(*python.Attribute)
		return ok && a.Attr == "get" && files(a.Value)
	}
	return false
}

// isJSON reports whether e is the JSON body or a part of it.
func (f *rawFinder) isJSON(e python.Expr) bool {
	switch x := e.(type) {
	case *python.Attribute:
		return x.Attr == "json" && f.isRequest(x.Value)
	case *python.Call:
		a, ok := x.Func.(*python.Attribute)
		return ok && (a.Attr == "get_json" && f.isRequest(a.Value) || a.Attr == "get" && f.isJSON(a.Value))
	case *python.Subscript:
		return f.isJSON(x.Value)
	}
	return false
}

// find returns the first raw request value in what e writes with
// conversion conv; hops counts variables followed.
func (f *rawFinder) find(e python.Expr, conv conversion, hops int) (rawInput, bool) {
	if conv != convStr {
		return rawInput{}, false
	}
	switch x := e.(type) {
	case *python.Name:
		return f.variable(x, hops)
	case *python.Attribute:
		if requestText(x.Attr) && f.isRequest(x.Value) {
			return rawInput{at: x, source: x}, true
		}
		switch x.Attr {
		case "string": // request.user_agent.string
			if r, ok := f.find(x.Value, convStr, hops); ok {
				return r, true
			}
		case "filename": // request.files["f"].filename
			if f.isUpload(x.Value) {
				return rawInput{at: x, source: x}, true
			}
		}
	case *python.Subscript:
		if f.isMapping(x.Value) {
			if key, ok := python.StringValue(x.Index); ok && isSecretKey(key) {
				return rawInput{}, false // FG1101's finding
			}
			return rawInput{at: x, source: x}, true
		}
		return f.find(x.Value, convStr, hops) // slicing or indexing keeps the characters
	case *python.Call:
		return f.call(x, hops)
	case *python.String:
		for _, in := range x.Interpolations {
			if r, ok := f.find(in, fstringConversion(f.c.File.Source, in.Span().End.Offset), hops); ok {
				return r, true
			}
		}
	case *python.BinOp:
		switch x.Op {
		case "+":
			return f.first(hops, x.Left, x.Right)
		case "%":
			if r, ok := f.find(x.Left, convStr, hops); ok {
				return r, true
			}
			return f.percentArgs(x.Left, []python.Expr{x.Right}, hops, true)
		}
	case *python.IfExp:
		return f.first(hops, x.Body, x.Else)
	case *python.BoolOp:
		return f.first(hops, x.Left, x.Right)
	case *python.NamedExpr:
		return f.find(x.Value, convStr, hops)
	}
	return rawInput{}, false
}

func (f *rawFinder) first(hops int, es ...python.Expr) (rawInput, bool) {
	for _, e := range es {
		if r, ok := f.find(e, convStr, hops); ok {
			return r, true
		}
	}
	return rawInput{}, false
}

// variable follows a local variable to a request value assigned to it,
// unless its name marks a secret (FG1101 reports those) or the function
// validated it before the log call.
func (f *rawFinder) variable(n *python.Name, hops int) (rawInput, bool) {
	if _, secret := secretName(n.ID, false); hops > 0 || secret {
		return rawInput{}, false
	}
	v, vscope, ok := assignedValue(f.c, n, f.scope)
	if !ok || len(vscope) == 0 {
		return rawInput{}, false
	}
	inner := rawFinder{c: f.c, scope: vscope, at: f.at}
	r, ok := inner.find(v, convStr, hops+1)
	if !ok || validated(vscope.Innermost(), n.ID, f.at) {
		return rawInput{}, false
	}
	return rawInput{at: n, source: r.source, line: v.Span().Start.Line}, true
}

// call follows request data through calls that keep line breaks and
// stops at every other call.
func (f *rawFinder) call(x *python.Call, hops int) (rawInput, bool) {
	if a, ok := x.Func.(*python.Attribute); ok {
		switch a.Attr {
		case "get":
			if f.isMapping(a.Value) {
				if _, typed := x.Keyword("type"); typed {
					return rawInput{}, false // request.args.get("n", type=int)
				}
				if k, ok := x.Positional(0); ok {
					if key, ok := python.StringValue(k); ok && isSecretKey(key) {
						return rawInput{}, false
					}
				}
				return rawInput{at: x, source: x}, true
			}
			return rawInput{}, false
		case "replace":
			if removesLineBreaks(x) {
				return rawInput{}, false
			}
			return f.find(a.Value, convStr, hops)
		case "strip", "lstrip", "rstrip", "lower", "upper", "casefold", "title", "capitalize",
			"swapcase", "center", "ljust", "rjust", "decode", "removeprefix", "removesuffix":
			return f.find(a.Value, convStr, hops)
		case "format":
			if r, ok := f.find(a.Value, convStr, hops); ok {
				return r, true
			}
			return f.braceArgs(a.Value, x, 0, hops)
		case "join":
			if arg, ok := x.Positional(0); ok {
				if g, ok := arg.(*python.Call); ok {
					if ga, ok := g.Func.(*python.Attribute); ok && ga.Attr == "getlist" && f.isMapping(ga.Value) {
						return rawInput{at: g, source: g}, true
					}
				}
				return f.find(arg, convStr, hops)
			}
		}
	}
	q := f.c.Project.QualifyAt(f.c.Module, x.Func, f.scope)
	if q == "" {
		if n, ok := x.Func.(*python.Name); ok && !isLocal(f.scope, n.ID) {
			q = "builtins." + n.ID
		}
	}
	switch q {
	case "builtins.str", "builtins.format", "html.escape", "markupsafe.escape", "flask.escape",
		"markupsafe.Markup", "flask.Markup", "urllib.parse.unquote", "urllib.parse.unquote_plus":
		if arg, ok := x.Positional(0); ok {
			return f.find(arg, convStr, hops)
		}
	}
	return rawInput{}, false
}

// removesLineBreaks reports whether a chain of .replace calls (with other
// string methods between them) removes both "\r" and "\n".
func removesLineBreaks(x *python.Call) bool {
	var cr, lf bool
	for e := python.Expr(x); ; {
		call, ok := e.(*python.Call)
		if !ok {
			break
		}
		a, ok := call.Func.(*python.Attribute)
		if !ok {
			break
		}
		if a.Attr == "replace" {
			if old, ok := call.Positional(0); ok {
				s, _ := python.StringValue(old)
				cr = cr || s == "\r"
				lf = lf || s == "\n"
			}
		}
		e = a.Value
	}
	return cr && lf
}

// percentArgs checks the arguments of an old-style format: msg % args in
// code, or a logging call's (msg, *args). A single tuple (in code) or the
// positional arguments (in a call) fill the fields in order; a single
// dict fills %(name)s fields. A message that is not a literal is assumed
// to format every argument with %s.
func (f *rawFinder) percentArgs(msg python.Expr, args []python.Expr, hops int, operator bool) (rawInput, bool) {
	lit, known := python.StringValue(msg)
	fields := percentFields(lit)
	if operator && len(args) == 1 {
		if t, ok := args[0].(*python.Tuple); ok {
			args = t.Elts
		}
	}
	if len(args) == 1 {
		if d, ok := args[0].(*python.Dict); ok && known {
			for i, k := range d.Keys {
				key, ok := python.StringValue(k)
				if !ok {
					continue
				}
				if conv, used := fieldFor(fields, -1, key); used {
					if r, ok := f.find(d.Values[i], conv, hops); ok {
						return r, true
					}
				}
			}
			return rawInput{}, false
		}
	}
	for i, a := range args {
		conv, used := fieldFor(fields, i, "")
		if !known {
			conv, used = convStr, true
		}
		if !used {
			continue // more arguments than fields: logging reports an error instead
		}
		if r, ok := f.find(a, conv, hops); ok {
			return r, true
		}
	}
	return rawInput{}, false
}

// braceArgs checks the arguments of fmt.format(*args, **kwargs), or of a
// loguru call whose first skip positional arguments precede them, against
// the fields of the format string (every argument counts as {} when fmt is
// not a literal).
func (f *rawFinder) braceArgs(fmtExpr python.Expr, x *python.Call, skip, hops int) (rawInput, bool) {
	lit, known := python.StringValue(fmtExpr)
	fields := braceFields(lit)
	pos := -skip
	for _, a := range x.Args {
		if a.Star != 0 || a.Name != "" && nonMessageKeyword(a.Name) {
			continue
		}
		if a.Name == "" && pos < 0 {
			pos++
			continue
		}
		conv, used := convStr, true
		if known {
			if a.Name != "" {
				conv, used = fieldFor(fields, -1, a.Name)
			} else {
				conv, used = fieldFor(fields, pos, "")
			}
		}
		if a.Name == "" {
			pos++
		}
		if !used {
			continue
		}
		if r, ok := f.find(a.Value, conv, hops); ok {
			return r, true
		}
	}
	return rawInput{}, false
}

// describe says where a raw value comes from, for messages.
func (r rawInput) describe(c *rule.Ctx) string {
	src := "`" + c.File.Text(r.source.Span()) + "`"
	if r.at == r.source {
		return src
	}
	return fmt.Sprintf("`%s` (assigned from %s on line %d)", c.File.Text(r.at.Span()), src, r.line)
}

// isSecretKey reports whether a name or key marks a secret, which FG1101
// reports; FG1102 leaves those values to it.
func isSecretKey(name string) bool {
	_, ok := secretName(name, true)
	return ok
}
