package flaskmodel

import (
	"unicode"

	"github.com/flaskguard/flaskguard/internal/finding"
	"github.com/flaskguard/flaskguard/internal/project"
	"github.com/flaskguard/flaskguard/internal/python"
)

// bodyFacts is what a view's body renders, reads and validates.
type bodyFacts struct {
	templates []Template
	inputs    []Input
	forms     []*Form
}

// templateFuncs render a template by name.
var templateFuncs = setOf("flask.render_template", "flask.templating.render_template",
	"flask.stream_template", "flask.templating.stream_template")

// inputAttrs are the request attributes and methods that carry a body.
var inputAttrs = setOf("form", "files", "json", "data", "values", "stream", "get_json", "get_data")

// helperDepth is how deep into project helpers a view's input reads are
// followed: one level catches `title, body = _validated_fields()` without
// walking the whole call graph for every route.
const helperDepth = 1

// facts returns (and caches) the facts of a view function.
func (b *builder) facts(f funcRef) *bodyFacts {
	if bf, ok := b.body[f.fn]; ok {
		return bf
	}
	bf := &bodyFacts{}
	b.body[f.fn] = bf
	b.scanBody(f, bf, 0, map[*python.FunctionDef]bool{f.fn: true})
	return bf
}

func (b *builder) scanBody(f funcRef, bf *bodyFacts, depth int, seen map[*python.FunctionDef]bool) {
	for _, st := range f.fn.Body {
		python.Walk(st, func(n python.Node) bool {
			switch n := n.(type) {
			case *python.FunctionDef, *python.ClassDef, *python.Lambda:
				return false
			case *python.Attribute:
				if inputAttrs[n.Attr] && n.Attr != "get_json" && n.Attr != "get_data" && b.isRequest(f, n.Value) {
					bf.addInput(n.Attr, loc(f.m, n.Span()))
				}
			case *python.Call:
				b.bodyCall(f, n, bf, depth, seen)
			}
			return true
		})
	}
}

func (b *builder) bodyCall(f funcRef, c *python.Call, bf *bodyFacts, depth int, seen map[*python.FunctionDef]bool) {
	tail := calleeName(c.Func)
	switch {
	case tail == "render_template" || tail == "stream_template":
		if !templateFuncs[b.proj.QualifyAt(f.m, c.Func, f.scope)] || depth > 0 {
			return
		}
		arg, ok := argument(c, 0, "template_name_or_list")
		if !ok {
			return
		}
		names := []located{{arg, f.m, f.scope}}
		if elts := b.res.elements(f.m, f.scope, nil, arg, 0); elts != nil {
			names = elts
		}
		for _, e := range names {
			if v, ok := b.proj.ConstAt(e.m, e.e, e.scope); ok && v.Kind == project.StringValue {
				bf.addTemplate(v.Str, loc(f.m, c.Span()))
			}
		}
	case tail == "get_json" || tail == "get_data":
		if a, ok := c.Func.(*python.Attribute); ok && b.isRequest(f, a.Value) {
			bf.addInput(tail, loc(f.m, c.Span()))
		}
	case tail != "" && unicode.IsUpper(rune(tail[0])) && len(b.forms) > 0:
		if cls := b.proj.ClassNamed(b.proj.QualifyAt(f.m, c.Func, f.scope)); cls != nil && b.forms[cls.Def] != nil {
			bf.addForm(b.forms[cls.Def])
		}
	case depth < helperDepth && b.res.sites[tail] != nil:
		for _, h := range b.res.functions(f.m, f.scope, nil, c.Func, 0) {
			if !seen[h.fn] {
				seen[h.fn] = true
				inner := &bodyFacts{}
				b.scanBody(h, inner, depth+1, seen)
				for _, in := range inner.inputs {
					bf.addInput(in.Source, in.Loc)
				}
			}
		}
	}
}

// isRequest recognises flask.request (under any import alias).
func (b *builder) isRequest(f funcRef, e python.Expr) bool {
	switch e.(type) {
	case *python.Name, *python.Attribute:
		return b.proj.QualifyAt(f.m, e, f.scope) == "flask.request"
	}
	return false
}

func (bf *bodyFacts) addInput(source string, at finding.Location) {
	for _, in := range bf.inputs {
		if in.Source == source {
			return
		}
	}
	bf.inputs = append(bf.inputs, Input{Source: source, Loc: at})
}

func (bf *bodyFacts) addTemplate(name string, at finding.Location) {
	for _, t := range bf.templates {
		if t.Name == name {
			return
		}
	}
	bf.templates = append(bf.templates, Template{Name: name, Loc: at})
}

func (bf *bodyFacts) addForm(f *Form) {
	for _, x := range bf.forms {
		if x == f {
			return
		}
	}
	bf.forms = append(bf.forms, f)
}
