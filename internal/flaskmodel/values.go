package flaskmodel

import (
	"strconv"
	"strings"

	"github.com/flaskguard/flaskguard/internal/project"
	"github.com/flaskguard/flaskguard/internal/python"
)

// unknownPart stands for a part of a URL rule or prefix that is not a
// literal. It cannot be mistaken for a URL parameter: "?" is not a valid
// parameter name.
const unknownPart = "<?>"

// constant evaluates an expression at a site, seeing through loop
// variables bound in env.
func (b *builder) constant(s site, env *loopEnv, e python.Expr) (project.Value, bool) {
	if n, ok := e.(*python.Name); ok {
		if v, ok := env.get(n.ID); ok {
			return b.proj.ConstAt(v.m, v.e, v.scope)
		}
	}
	return b.proj.ConstAt(s.m, e, s.scope)
}

// str evaluates a string constant; an unknown value is unknownPart with
// false, so that rules and prefixes built from it show the gap.
func (b *builder) str(s site, env *loopEnv, e python.Expr) (string, bool) {
	v, ok := b.constant(s, env, e)
	if !ok || v.Kind != project.StringValue {
		return unknownPart, false
	}
	return v.Str, true
}

// setting reads one argument or attribute value into a Setting.
func (b *builder) setting(s site, name string, e python.Expr) *Setting {
	st := &Setting{Name: name, Expr: e, Text: s.m.File.Text(e.Span()), Loc: loc(s.m, e.Span())}
	if v, ok := b.proj.ConstAt(s.m, e, s.scope); ok {
		st.Value, st.Known = v, true
		return st
	}
	switch e.(type) {
	case *python.Name, *python.Attribute:
		st.Ref = b.proj.QualifyAt(s.m, e, s.scope)
	}
	if elts := b.res.elements(s.m, s.scope, nil, e, 0); elts != nil {
		st.Items = []string{}
		for _, el := range elts {
			v, ok := b.proj.ConstAt(el.m, el.e, el.scope)
			if !ok || v.Kind != project.StringValue {
				st.Items = nil
				break
			}
			st.Items = append(st.Items, v.Str)
		}
	}
	st.Dict = b.dictEntries(s.m, s.scope, e, 0)
	return st
}

// kwSettings reads the keyword arguments of a call, except those in skip.
func (b *builder) kwSettings(s site, c *python.Call, skip map[string]bool) map[string]*Setting {
	out := map[string]*Setting{}
	for _, a := range c.Args {
		if a.Star == 0 && a.Name != "" && !skip[a.Name] {
			out[a.Name] = b.setting(s, a.Name, a.Value)
		}
	}
	return out
}

// dictItem is one constant-keyed entry of a dict literal, with the module
// and scope its value is written in.
type dictItem struct {
	key   string
	value python.Expr
	m     *project.Module
	scope project.Scope
}

// dictItems reads a dict literal with constant keys, through names and
// module attributes bound once to one, `**` spreads and dict(k=v) calls.
func (b *builder) dictItems(m *project.Module, scope project.Scope, e python.Expr, depth int) []dictItem {
	if depth > maxDepth {
		return nil
	}
	switch e := e.(type) {
	case *python.Dict:
		out := []dictItem{}
		for i, k := range e.Keys {
			if k == nil {
				out = append(out, b.dictItems(m, scope, e.Values[i], depth+1)...)
				continue
			}
			if key, ok := b.proj.ConstAt(m, k, scope); ok && key.Kind == project.StringValue {
				out = append(out, dictItem{key.Str, e.Values[i], m, scope})
			}
		}
		return out
	case *python.Call:
		if n, ok := e.Func.(*python.Name); !ok || n.ID != "dict" {
			return nil
		}
		out := []dictItem{}
		for _, a := range e.Args {
			if a.Star == 0 && a.Name != "" {
				out = append(out, dictItem{a.Name, a.Value, m, scope})
			}
		}
		return out
	case *python.Name:
		res, ok := b.proj.Lookup(m, scope, e.ID)
		if !ok || len(res.Bindings) != 1 {
			return nil
		}
		switch bd := res.Bindings[0]; bd.Kind {
		case project.BindAssign:
			return b.dictItems(res.Module, res.Scope, bd.Value, depth+1)
		case project.BindImport:
			if bm, bs := b.proj.ModuleBinding(bd.Target); bm != nil && len(bs) == 1 && bs[0].Kind == project.BindAssign {
				return b.dictItems(bm, nil, bs[0].Value, depth+1)
			}
		}
	case *python.Attribute:
		if bm, bs := b.proj.ModuleBinding(b.proj.QualifyAt(m, e, scope)); bm != nil && len(bs) == 1 && bs[0].Kind == project.BindAssign {
			return b.dictItems(bm, nil, bs[0].Value, depth+1)
		}
	}
	return nil
}

// dictEntries reads a dict as key-value strings. A value that is a list of
// strings is joined with spaces (how Talisman writes CSP source lists).
func (b *builder) dictEntries(m *project.Module, scope project.Scope, e python.Expr, depth int) []KeyValue {
	items := b.dictItems(m, scope, e, depth)
	if items == nil {
		return nil
	}
	out := make([]KeyValue, 0, len(items))
	for _, it := range items {
		out = append(out, b.keyValue(it.m, it.scope, it.key, it.value))
	}
	return out
}

// keyValue evaluates one dict value to a string.
func (b *builder) keyValue(m *project.Module, scope project.Scope, key string, v python.Expr) KeyValue {
	if c, ok := b.proj.ConstAt(m, v, scope); ok {
		return KeyValue{Key: key, Value: valueText(c), Known: true}
	}
	if elts := b.res.elements(m, scope, nil, v, 0); elts != nil {
		parts := make([]string, 0, len(elts))
		for _, el := range elts {
			c, ok := b.proj.ConstAt(el.m, el.e, el.scope)
			if !ok {
				return KeyValue{Key: key, Value: m.File.Text(v.Span())}
			}
			parts = append(parts, valueText(c))
		}
		return KeyValue{Key: key, Value: strings.Join(parts, " "), Known: true}
	}
	return KeyValue{Key: key, Value: m.File.Text(v.Span())}
}

// valueText writes a constant the way Python's str() would.
func valueText(v project.Value) string {
	switch v.Kind {
	case project.StringValue, project.BytesValue:
		return v.Str
	case project.BoolValue:
		if v.Bool {
			return "True"
		}
		return "False"
	case project.NoneValue:
		return "None"
	case project.IntValue:
		return strconv.FormatInt(v.Int, 10)
	case project.FloatValue:
		return strconv.FormatFloat(v.Float, 'g', -1, 64)
	}
	return ""
}
