package project

import (
	"github.com/flaskguard/flaskguard/internal/python"
)

// ConfigObject is one object that app.config.from_object(X) may load: a
// project class (its upper-case attributes, inherited ones included) or a
// whole project module (its upper-case module-level names).
type ConfigObject struct {
	Class  *Class
	Module *Module
}

// ConfigUse is one call of config.from_object in the project and the
// objects its argument can name.
type ConfigUse struct {
	Module  *Module
	Call    *python.Call
	Objects []ConfigObject
}

// ConfigUses returns every config.from_object call of the project with
// what it loads, in file and source order. Build finds them once, so that
// rules about config classes can ask whether a class is ever loaded.
func (p *Project) ConfigUses() []ConfigUse { return p.configUses }

// findConfigUses walks a module for `<x>.config.from_object(arg)` calls.
// The receiver need not be resolved to an app: nothing but a Flask config
// has a from_object method hanging off an attribute named config.
func (p *Project) findConfigUses(m *Module) []ConfigUse {
	var out []ConfigUse
	python.Walk(m.File.Module, func(n python.Node) bool {
		c, ok := n.(*python.Call)
		if !ok {
			return true
		}
		if _, method, ok := ConfigMethod(c); ok && method == "from_object" {
			if arg, ok := positional(c, 0); ok {
				objs := p.ConfigObjectsAt(m, arg, m.ScopeAt(c.Span().Start))
				out = append(out, ConfigUse{Module: m, Call: c, Objects: objs})
			}
		}
		return true
	})
	return out
}

// ConfigMethod recognises a call of a method of a Flask config,
// `<app>.config.<method>(...)`, and returns the app expression and the
// method name (update, from_mapping, from_object, setdefault, ...).
func ConfigMethod(c *python.Call) (app python.Expr, method string, ok bool) {
	fn, ok := c.Func.(*python.Attribute)
	if !ok {
		return nil, "", false
	}
	cfg, ok := fn.Value.(*python.Attribute)
	if !ok || cfg.Attr != "config" {
		return nil, "", false
	}
	return cfg.Value, fn.Attr, true
}

// ConfigKey recognises an assignment target `<app>.config["KEY"]` and
// returns the app expression and the key.
func ConfigKey(target python.Expr) (app python.Expr, key string, ok bool) {
	sub, ok := target.(*python.Subscript)
	if !ok {
		return nil, "", false
	}
	cfg, ok := sub.Value.(*python.Attribute)
	if !ok || cfg.Attr != "config" {
		return nil, "", false
	}
	s, ok := sub.Index.(*python.String)
	if !ok || !s.IsConstant() {
		return nil, "", false
	}
	return cfg.Value, s.Value, true
}

// ConfigEntry is one key set by a mapping given to the config: a keyword
// of update(DEBUG=True), or an entry of a dict literal.
type ConfigEntry struct {
	Key   string
	Value python.Expr
	// Module and Scope are where Value is written: a dict literal bound to
	// a name may live in another module.
	Module *Module
	Scope  Scope
}

// ConfigEntries returns the keys that config.update / from_mapping /
// setdefault set, from keywords, dict literals (given directly or through
// a name bound to one) and dict(K=V) calls.
func (p *Project) ConfigEntries(m *Module, c *python.Call) []ConfigEntry {
	_, method, ok := ConfigMethod(c)
	if !ok {
		return nil
	}
	scope := m.ScopeAt(c.Span().Start)
	switch method {
	case "update", "from_mapping":
	case "setdefault":
		k, kok := positional(c, 0)
		v, vok := positional(c, 1)
		ks, sok := k.(*python.String)
		if !kok || !vok || !sok || !ks.IsConstant() {
			return nil
		}
		return []ConfigEntry{{Key: ks.Value, Value: v, Module: m, Scope: scope}}
	default:
		return nil
	}
	var out []ConfigEntry
	for _, a := range c.Args {
		switch {
		case a.Star == 0 && a.Name != "":
			out = append(out, ConfigEntry{Key: a.Name, Value: a.Value, Module: m, Scope: scope})
		case a.Star == 2 || a.Name == "" && a.Star == 0:
			out = append(out, p.mappingEntries(m, scope, a.Value, 0)...)
		}
	}
	return out
}

// mappingEntries lists the constant-keyed entries of a mapping expression.
func (p *Project) mappingEntries(m *Module, scope Scope, e python.Expr, depth int) []ConfigEntry {
	if depth > maxDepth {
		return nil
	}
	switch e := e.(type) {
	case *python.Dict:
		var out []ConfigEntry
		for i, k := range e.Keys {
			if k == nil {
				out = append(out, p.mappingEntries(m, scope, e.Values[i], depth+1)...)
				continue
			}
			if s, ok := k.(*python.String); ok && s.IsConstant() {
				out = append(out, ConfigEntry{Key: s.Value, Value: e.Values[i], Module: m, Scope: scope})
			}
		}
		return out
	case *python.Call:
		if fn, ok := e.Func.(*python.Name); !ok || fn.ID != "dict" {
			return nil
		}
		if _, bound := p.lookup(m, scope, "dict"); bound {
			return nil
		}
		var out []ConfigEntry
		for _, a := range e.Args {
			switch {
			case a.Star == 0 && a.Name != "":
				out = append(out, ConfigEntry{Key: a.Name, Value: a.Value, Module: m, Scope: scope})
			case a.Star == 0 || a.Star == 2:
				out = append(out, p.mappingEntries(m, scope, a.Value, depth+1)...)
			}
		}
		return out
	case *python.Name:
		r, ok := p.lookup(m, scope, e.ID)
		if !ok || len(r.bindings) != 1 {
			return nil
		}
		switch b := r.bindings[0]; b.Kind {
		case BindAssign:
			return p.mappingEntries(r.module, r.scope, b.Value, depth+1)
		case BindImport:
			if bm, _, bs := p.moduleBinding(p.canonical(b.Target)); len(bs) == 1 && bs[0].Kind == BindAssign {
				return p.mappingEntries(bm, nil, bs[0].Value, depth+1)
			}
		}
	}
	return nil
}

// ClassAttr finds a class attribute as Python would, in the class body and
// then in its project base classes (depth first, left to right, which is
// the method resolution order of every single-inheritance chain and of
// the usual mixins). It returns the class that binds the name and the
// binding; ok is false when no project class in the hierarchy binds it.
func (p *Project) ClassAttr(c *Class, name string) (owner *Class, b Binding, ok bool) {
	return p.classAttr(c, name, 0)
}

func (p *Project) classAttr(c *Class, name string, depth int) (*Class, Binding, bool) {
	if depth > maxDepth {
		return nil, Binding{}, false
	}
	if bs := classBindings(c.Module, c.Def)[name]; len(bs) > 0 {
		return c, bs[len(bs)-1], true
	}
	for _, base := range p.Bases(c) {
		if owner, b, ok := p.classAttr(base, name, depth+1); ok {
			return owner, b, true
		}
	}
	return nil, Binding{}, false
}

// ConfigObjectsAt resolves the argument of config.from_object to the
// project classes and modules it can name:
//   - a class, or an attribute of an imported module (config.ProdConfig);
//   - a module (import config; from_object(config)) or __name__;
//   - an import string ("config.ProductionConfig", "config"), also as the
//     default of an environment lookup;
//   - config[name], config_by_name[env] or config.get(name) where config
//     is a dict literal of classes: the entry for a constant key, else
//     all values;
//   - a variable or parameter (through its value or default), and both
//     arms of `a if c else b` and `a or b`.
func (p *Project) ConfigObjectsAt(m *Module, arg python.Expr, scope Scope) []ConfigObject {
	var out []ConfigObject
	seen := map[any]bool{}
	p.configObjects(m, scope, arg, 0, func(o ConfigObject) {
		var k any = o.Module
		if o.Class != nil {
			k = o.Class.Def
		}
		if !seen[k] {
			seen[k] = true
			out = append(out, o)
		}
	})
	return out
}

// ConfigObjectClasses is ConfigObjectsAt restricted to classes, with the
// scope found from the argument's position.
func (p *Project) ConfigObjectClasses(m *Module, arg python.Expr) []*Class {
	var out []*Class
	for _, o := range p.ConfigObjectsAt(m, arg, m.ScopeAt(arg.Span().Start)) {
		if o.Class != nil {
			out = append(out, o.Class)
		}
	}
	return out
}

func (p *Project) configObjects(m *Module, scope Scope, e python.Expr, depth int, emit func(ConfigObject)) {
	if e == nil || depth > maxDepth {
		return
	}
	if v, ok := p.constOf(m, scope, e, depth+1); ok {
		if v.Kind == StringValue {
			p.namedObject(v.Str, emit)
		}
		return
	}
	switch e := e.(type) {
	case *python.Name:
		if e.ID == "__name__" {
			if _, bound := p.lookup(m, scope, e.ID); !bound {
				emit(ConfigObject{Module: m})
				return
			}
		}
		r, ok := p.lookup(m, scope, e.ID)
		if !ok {
			return
		}
		for _, b := range r.bindings {
			switch b.Kind {
			case BindImport:
				p.qualifiedObjects(b.Target, depth, emit)
			case BindClass:
				emit(ConfigObject{Class: &Class{Module: r.module, Def: b.Class}})
			case BindAssign:
				p.configObjects(r.module, r.scope, b.Value, depth+1, emit)
			case BindParam:
				if b.Param.Default != nil {
					p.configObjects(r.module, r.scope[:len(r.scope)-1], b.Param.Default, depth+1, emit)
				}
			}
		}
	case *python.Attribute:
		p.qualifiedObjects(p.QualifyAt(m, e, scope), depth, emit)
	case *python.Subscript:
		p.dictChoice(m, scope, e.Value, e.Index, nil, depth, emit)
	case *python.Call:
		if fn, ok := e.Func.(*python.Attribute); ok && fn.Attr == "get" {
			key, _ := positional(e, 0)
			def, _ := positional(e, 1)
			p.dictChoice(m, scope, fn.Value, key, def, depth, emit)
		}
	case *python.IfExp:
		p.configObjects(m, scope, e.Body, depth+1, emit)
		p.configObjects(m, scope, e.Else, depth+1, emit)
	case *python.BoolOp:
		p.configObjects(m, scope, e.Left, depth+1, emit)
		p.configObjects(m, scope, e.Right, depth+1, emit)
	}
}

// dictChoice resolves dict[key] (and dict.get(key, def)) over a dict of
// config classes: the entry of a constant key when there is one, else
// every value.
func (p *Project) dictChoice(m *Module, scope Scope, dict, key, def python.Expr, depth int, emit func(ConfigObject)) {
	entries := p.mappingEntries(m, scope, dict, depth+1)
	if k, ok := p.constOf(m, scope, key, depth+1); ok && k.Kind == StringValue {
		for _, en := range entries {
			if en.Key == k.Str {
				p.configObjects(en.Module, en.Scope, en.Value, depth+1, emit)
				return
			}
		}
	} else {
		for _, en := range entries {
			p.configObjects(en.Module, en.Scope, en.Value, depth+1, emit)
		}
	}
	p.configObjects(m, scope, def, depth+1, emit)
}

// qualifiedObjects resolves a qualified name: a class or module itself,
// or a module-level variable whose value names one.
func (p *Project) qualifiedObjects(q string, depth int, emit func(ConfigObject)) {
	if p.namedObject(q, emit) {
		return
	}
	if bm, _, bs := p.moduleBinding(p.canonical(q)); len(bs) > 0 {
		for _, b := range bs {
			if b.Kind == BindAssign {
				p.configObjects(bm, nil, b.Value, depth+1, emit)
			}
		}
	}
}

// namedObject emits the project class or module a qualified name stands
// for, and reports whether there was one.
func (p *Project) namedObject(q string, emit func(ConfigObject)) bool {
	if q == "" {
		return false
	}
	q = p.canonical(q)
	if c := p.ClassNamed(q); c != nil {
		emit(ConfigObject{Class: c})
		return true
	}
	if mod := p.LookupModule(q); mod != nil {
		emit(ConfigObject{Module: mod})
		return true
	}
	return false
}
