package taint

import (
	"strings"

	"github.com/flaskguard/flaskguard/internal/project"
	"github.com/flaskguard/flaskguard/internal/python"
	"github.com/flaskguard/flaskguard/internal/taint/spec"
)

// A response body is cross-site scripting only when the browser renders
// it as a document. The program says it is not one by giving the response
// another content type: mimetype= or content_type=, a Content-Type header
// in the headers it passes, or set on the response object before it is
// returned (resp.headers["Content-Type"] = "application/json",
// resp.mimetype = "text/plain"); jsonify() makes JSON responses.

// auxInert marks (in Value.aux) a response object made with a content
// type that browsers do not render as a document.
const auxInert = "response:inert"

// documentType reports a content type that a browser renders as a
// document able to run script: HTML and XHTML, XML (which may hold
// XHTML) and SVG.
func documentType(ct string) bool {
	ct = strings.ToLower(ct)
	return strings.Contains(ct, "html") || strings.Contains(ct, "xml") || strings.Contains(ct, "svg")
}

// inertResponse reports whether an HTMLBody sink call gives its response
// a content type that is not a document, by its arguments, by the
// response object it is called on, or right after the call.
func (f *frame) inertResponse(s *spec.Sink, c *python.Call, recv *Value, recvExpr python.Expr, args []arg) bool {
	if f.declaredInert(s, args) {
		return true
	}
	if s.CondArg == spec.Receiver && recv != nil && f.inertObject(*recv) {
		return true
	}
	return f.typedLater(c, recvExpr)
}

// declaredInert reports a content type that is not a document, given in
// the arguments of a response constructor.
func (f *frame) declaredInert(s *spec.Sink, args []arg) bool {
	for i, kw := range []string{"mimetype", "content_type"} {
		pos := -1
		if s.CondArg >= 0 {
			pos = s.CondArg + 1 + i
		}
		if v, ok := argValue(args, pos, kw); ok && v.k.kind != kNone {
			// A content type computed at run time is taken as not HTML,
			// as before headers were read: the program chose one.
			if !v.k.text() || !documentType(v.k.s) {
				return true
			}
		}
	}
	var headers []Value
	if a, ok := keyword(args, "headers"); ok {
		headers = append(headers, a.v)
	}
	switch {
	case s.CondArg >= 0:
		if a, ok := positional(args, s.CondArg); ok {
			headers = append(headers, a.v)
		}
	case s.CondArg == spec.AnyArg:
		for i := 1; ; i++ {
			a, ok := positional(args, i)
			if !ok {
				break
			}
			headers = append(headers, a.v)
		}
	}
	if a, ok := positional(args, 0); ok {
		if sh := a.v.sh; sh != nil && sh.kind == shTuple && sh.exact && len(sh.elems) > 1 {
			headers = append(headers, sh.elems[1:]...) // (body, status, headers)
		}
	}
	return inertHeaders(headers)
}

// inertHeaders reports a Content-Type that is not a document among
// header collections (dicts, or lists of name-value pairs).
func inertHeaders(list []Value) bool {
	for _, h := range list {
		if ct, ok := headerContentType(h); ok {
			return !documentType(ct)
		}
	}
	return false
}

// headerContentType is the constant Content-Type of a header collection.
func headerContentType(h Value) (string, bool) {
	sh := h.sh
	if sh == nil {
		return "", false
	}
	switch {
	case sh.kind == shDict:
		for _, e := range sh.keys {
			if e.k.kind == kStr && strings.EqualFold(e.k.s, "content-type") && e.v.k.text() {
				return e.v.k.s, true
			}
		}
	case seq(sh.kind) && sh.exact:
		for _, e := range sh.elems {
			p := e.sh
			if p == nil || !seq(p.kind) || !p.exact || len(p.elems) != 2 {
				continue
			}
			if k := p.elems[0].k; k.kind == kStr && strings.EqualFold(k.s, "content-type") && p.elems[1].k.text() {
				return p.elems[1].k.s, true
			}
		}
	}
	return "", false
}

// inertObject reports a response object known not to be a document: made
// by jsonify() or with another content type, or given one since
// (resp.mimetype = ..., resp.headers["Content-Type"] = ...).
func (f *frame) inertObject(v Value) bool {
	if v.aux == auxInert || f.e.ix.IsJSONResponse(strings.TrimSuffix(v.obj, "()")) {
		return true
	}
	if v.sh == nil || v.sh.kind != shObject {
		return false
	}
	for _, attr := range []string{"mimetype", "content_type"} {
		if t, ok := findKey(v.sh.keys, attr); ok && t.k.text() {
			return !documentType(t.k.s)
		}
	}
	if h, ok := findKey(v.sh.keys, "headers"); ok {
		return inertHeaders([]Value{h})
	}
	return false
}

// typedLater reports whether the response a statement makes
// (resp = make_response(...)) or fills (resp.set_data(...)) is given a
// content type that is not a document by the statements right after it,
// before anything else can see it: only statements that set attributes,
// items or headers of that response, or touch other variables, may come
// between. Inside a try block an exception could hand the response to a
// handler first, so there nothing is assumed.
func (f *frame) typedLater(c *python.Call, recvExpr python.Expr) bool {
	if f.block == nil || f.at >= len(f.block) || len(f.tries) > 0 {
		return false
	}
	var name string
	switch st := f.block[f.at].(type) {
	case *python.Assign:
		if st.Value != python.Expr(c) || len(st.Targets) != 1 || st.Op != "" {
			return false
		}
		n, ok := st.Targets[0].(*python.Name)
		if !ok {
			return false
		}
		name = n.ID
	case *python.ExprStmt:
		n, ok := recvExpr.(*python.Name)
		if st.X != python.Expr(c) || !ok {
			return false
		}
		name = n.ID
	default:
		return false
	}
	for _, s := range f.block[f.at+1:] {
		ct, set, harmless := f.contentTypeSet(s, name)
		if set {
			return ct != "" && !documentType(ct)
		}
		if !harmless {
			return false
		}
	}
	return false
}

// contentTypeSet looks at a statement after the one that made a response
// named name: whether it sets the response's content type (to the
// constant ct, "" when not constant), and whether it is harmless
// otherwise (it cannot send the response nor rebind its name).
func (f *frame) contentTypeSet(s python.Stmt, name string) (ct string, set, harmless bool) {
	switch x := s.(type) {
	case *python.Assign:
		if x.Value == nil || mentions(x.Value, name) {
			return "", false, false
		}
		for _, t := range x.Targets {
			if ctTarget(t, name) {
				if x.Op != "" || len(x.Targets) != 1 {
					return "", true, true
				}
				return f.constText(x.Value), true, true
			}
			if !rootedAt(t, name) && mentions(t, name) {
				return "", false, false
			}
		}
		return "", false, true
	case *python.ExprStmt:
		call, ok := x.X.(*python.Call)
		if !ok {
			return "", false, false
		}
		for _, a := range call.Args {
			if mentions(a.Value, name) {
				return "", false, false
			}
		}
		a, isAttr := call.Func.(*python.Attribute)
		if !isAttr || !rootedAt(a.Value, name) {
			return "", false, !mentions(call.Func, name)
		}
		// resp.headers.set("Content-Type", "application/json")
		if a.Attr == "set" && isHeadersOf(a.Value, name) && len(call.Args) >= 2 &&
			strings.EqualFold(f.constText(call.Args[0].Value), "content-type") {
			return f.constText(call.Args[1].Value), true, true
		}
		return "", false, true
	}
	return "", false, false
}

// ctTarget reports an assignment target that sets a response's content
// type: resp.mimetype, resp.content_type, resp.headers["Content-Type"].
func ctTarget(t python.Expr, name string) bool {
	switch x := t.(type) {
	case *python.Attribute:
		return isName(x.Value, name) && (x.Attr == "mimetype" || x.Attr == "content_type")
	case *python.Subscript:
		s, ok := x.Index.(*python.String)
		return ok && s.IsConstant() && strings.EqualFold(s.Value, "content-type") && isHeadersOf(x.Value, name)
	}
	return false
}

// isHeadersOf reports the expression name.headers.
func isHeadersOf(e python.Expr, name string) bool {
	a, ok := e.(*python.Attribute)
	return ok && a.Attr == "headers" && isName(a.Value, name)
}

func isName(e python.Expr, name string) bool {
	n, ok := e.(*python.Name)
	return ok && n.ID == name
}

// rootedAt reports an attribute or item chain that starts at name
// (name.headers["X"], name.status_code).
func rootedAt(e python.Expr, name string) bool {
	for {
		switch x := e.(type) {
		case *python.Attribute:
			e = x.Value
		case *python.Subscript:
			if mentions(x.Index, name) {
				return false
			}
			e = x.Value
		case *python.Name:
			return x.ID == name
		default:
			return false
		}
	}
}

// mentions reports whether an expression reads the variable name.
func mentions(e python.Expr, name string) bool {
	found := false
	python.Walk(e, func(n python.Node) bool {
		if x, ok := n.(*python.Name); ok && x.ID == name {
			found = true
		}
		return !found
	})
	return found
}

// constText is the constant string an expression denotes, or "".
func (f *frame) constText(e python.Expr) string {
	if s, ok := e.(*python.String); ok && s.IsConstant() {
		return s.Value
	}
	if v, ok := f.e.proj.ConstAt(f.mod, e, f.mod.ScopeAt(e.Span().Start)); ok && v.Kind == project.StringValue {
		return v.Str
	}
	return ""
}
