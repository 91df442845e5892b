package flaskmodel

import (
	"slices"
	"strings"

	"github.com/flaskguard/flaskguard/internal/project"
	"github.com/flaskguard/flaskguard/internal/python"
)

// httpFuncs are the handler method names MethodView dispatches to, in the
// order their routes are listed.
var httpFuncs = []string{"get", "head", "post", "put", "patch", "delete", "options", "trace"}

// methodViewBases are the classes that dispatch by HTTP method.
var methodViewBases = []string{"flask.views.MethodView", "flask_restful.Resource",
	"flask_restx.Resource", "flask_restplus.Resource"}

// classViews declares the handlers of a class-based view: one per HTTP
// method for a MethodView or REST resource (its get, post, ... methods,
// or the methods in its `methods` attribute), one dispatch_request for a
// plain View. outer are decorators applied around the whole view (by
// hand or by an Api); explicit are methods given to add_url_rule.
func (b *builder) classViews(cls *project.Class, outer []decoInfo, explicit []string) []viewDecl {
	q := cls.QualifiedName()
	methodView := b.anc.derives(q, methodViewBases...)
	handlers := map[string]*funcRef{}
	b.handlers(cls, handlers, 0)
	decos := append(slices.Clone(outer), b.attrDecorators(cls, "decorators", "")...)
	methods := explicit
	if methods == nil {
		if owner, bd, ok := b.proj.ClassAttr(cls, "methods"); ok && bd.Kind == project.BindAssign {
			s := site{m: owner.Module, scope: owner.Module.ScopeAt(owner.Def.Span().Start)}
			methods, _ = b.methodsArg(s, nil, bd.Value)
		}
	}
	if !methodView {
		if methods == nil {
			methods = []string{"GET"}
		}
		h := handlers["dispatch_request"]
		return []viewDecl{{name: cls.Def.Name + ".dispatch_request", fn: h, class: cls, methods: methods,
			decos: append(decos, b.handlerDecorators(h)...)}}
	}
	if methods == nil {
		for _, name := range httpFuncs {
			if handlers[name] != nil {
				methods = append(methods, strings.ToUpper(name))
			}
		}
	}
	var out []viewDecl
	for _, m := range methods {
		lower := strings.ToLower(m)
		h := handlers[lower]
		v := viewDecl{name: cls.Def.Name + "." + lower, fn: h, class: cls, methods: []string{m}}
		v.decos = append(slices.Clone(decos), b.attrDecorators(cls, "method_decorators", lower)...)
		v.decos = append(v.decos, b.handlerDecorators(h)...)
		out = append(out, v)
	}
	return out
}

// handlers collects the methods of a class and its project bases; the
// class's own definitions win over inherited ones.
func (b *builder) handlers(c *project.Class, out map[string]*funcRef, depth int) {
	if depth > maxNesting {
		return
	}
	scope := c.Module.ScopeAt(c.Def.Span().Start)
	for _, st := range c.Def.Body {
		if fn, ok := st.(*python.FunctionDef); ok && out[fn.Name] == nil {
			out[fn.Name] = &funcRef{c.Module, append(scope[:len(scope):len(scope)], fn), fn}
		}
	}
	for _, base := range b.proj.Bases(c) {
		b.handlers(base, out, depth+1)
	}
}

// handlerDecorators classifies the decorators written on a handler method.
func (b *builder) handlerDecorators(h *funcRef) []decoInfo {
	if h == nil {
		return nil
	}
	return b.ownDecorators(*h)
}

// attrDecorators reads a class attribute that lists decorators:
// View.decorators, or Flask-RESTful's method_decorators (a list, or a
// dict by lower-case method name when method is not ""). Flask applies
// the list in order, so the last one is outermost; the result is
// outermost first.
func (b *builder) attrDecorators(cls *project.Class, attr, method string) []decoInfo {
	owner, bd, ok := b.proj.ClassAttr(cls, attr)
	if !ok || bd.Kind != project.BindAssign {
		return nil
	}
	s := site{m: owner.Module, scope: owner.Module.ScopeAt(owner.Def.Span().Start)}
	list := bd.Value
	if method != "" {
		for _, it := range b.dictItems(s.m, s.scope, bd.Value, 0) {
			if it.key == method {
				list = it.value
			}
		}
	}
	elts := b.res.elements(s.m, s.scope, nil, list, 0)
	var out []decoInfo
	for i := len(elts) - 1; i >= 0; i-- {
		out = append(out, b.decorator(site{m: elts[i].m, scope: elts[i].scope}, elts[i].e))
	}
	return out
}
