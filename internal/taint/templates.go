package taint

import (
	"strings"

	"github.com/flaskguard/flaskguard/internal/taint/spec"
)

// Payload prefixes of template objects (Value.aux): a template's source,
// and whether it escapes what it prints.
const (
	auxAutoescape   = "autoescape"
	auxTemplate     = "template:"
	auxTemplateSafe = "template+escape:"
)

// templateCall models Jinja environments, templates made from strings and
// their rendering: env = Environment(autoescape=True) remembers that it
// escapes; Template(src) or env.from_string(src) remembers its source;
// template.render(x=value) writes the context values into its output,
// with the HTML taint of those it escapes removed.
func (f *frame) templateCall(path string, recv *Value, m string, args []arg) (Value, bool) {
	ix := f.e.ix
	switch {
	case ix.IsEnvironment(path):
		out := Value{obj: path + "()"}
		if a, ok := keyword(args, "autoescape"); ok {
			if truth, known := truthOf(a.v); !known || truth {
				out.aux = auxAutoescape
			}
		}
		return out, true
	case ix.TemplateCtor(path) != nil:
		ctor := ix.TemplateCtor(path)
		out := Value{obj: path + "()"}
		src, ok := positional(args, ctor.Source)
		if !ok || !src.v.k.text() {
			return out, true
		}
		escape := ctor.Autoescape || recv != nil && recv.aux == auxAutoescape
		if a, ok := keyword(args, "autoescape"); ok {
			truth, known := truthOf(a.v)
			escape = !known || truth
		}
		out.aux = auxTemplate + src.v.k.s
		if escape {
			out.aux = auxTemplateSafe + src.v.k.s
		}
		return out, true
	case recv != nil && (m == "render" || m == "generate" || m == "stream") && strings.HasPrefix(recv.aux, "template"):
		src, escape := strings.CutPrefix(recv.aux, auxTemplateSafe)
		if !escape {
			src = strings.TrimPrefix(recv.aux, auxTemplate)
		}
		out := Value{str: true}
		for _, a := range args {
			switch {
			case a.name != "":
				out.t = out.t.union(renderedTaint(src, escape, a.name, a.v))
			case a.star == 0 && a.v.sh != nil && a.v.sh.kind == shDict:
				for _, e := range a.v.sh.keys {
					if e.k.kind == kStr {
						out.t = out.t.union(renderedTaint(src, escape, e.k.s, e.v))
					}
				}
				out.t = out.t.union(derefOr(a.v.sh.rest).flat())
			default:
				out.t = out.t.union(a.v.flat())
			}
		}
		return out, true
	}
	return Value{}, false
}

// renderedTaint is what a context value contributes to a rendered
// template: its taint, without HTML when the template escapes it.
func renderedTaint(src string, autoescape bool, name string, v Value) taint {
	t := v.flat()
	if !printedRaw(src, autoescape, name) {
		t = t.clear(spec.HTML)
	}
	return t
}

// printedRaw reports whether a template prints a variable without HTML
// escaping: with |safe, or without |e (|escape, |tojson, ...) when the
// template does not autoescape; inside {% autoescape false %} always.
func printedRaw(src string, autoescape bool, name string) bool {
	compact := strings.ReplaceAll(src, " ", "")
	if strings.Contains(compact, "{%autoescapefalse%}") {
		autoescape = false
	}
	for rest := src; ; {
		i := strings.Index(rest, "{{")
		if i < 0 {
			return false
		}
		j := strings.Index(rest[i:], "}}")
		if j < 0 {
			return false
		}
		parts := strings.Split(rest[i+2:i+j], "|")
		rest = rest[i+j+2:]
		v := strings.TrimSpace(parts[0])
		if k := strings.IndexAny(v, ".[( "); k >= 0 {
			v = v[:k]
		}
		if v != name {
			continue
		}
		raw := !autoescape
		for _, filter := range parts[1:] {
			filter = strings.TrimSpace(filter)
			if k := strings.IndexAny(filter, "( "); k >= 0 {
				filter = filter[:k]
			}
			switch filter {
			case "safe":
				raw = true
			case "e", "escape", "forceescape", "tojson", "urlencode", "int", "float", "length", "count", "striptags":
				raw = false
			}
		}
		if raw {
			return true
		}
	}
}
