package project

import (
	"testing"

	"github.com/flaskguard/flaskguard/internal/python"
)

// Lookup, ModuleBinding and Returns expose to other models what the
// project's own queries use.
func TestLookupExports(t *testing.T) {
	p := load(t, "pkgproj")
	m := mustModule(t, p, "myapp.factory")
	mod, fn := p.Function("myapp.factory.create_app")
	if mod != m || fn == nil {
		t.Fatalf("create_app not found")
	}
	// Inside create_app, `app` is the local assignment and `name` the
	// parameter; `config` is the module-level import.
	res, ok := p.Lookup(m, Scope{fn}, "app")
	if !ok || len(res.Bindings) != 1 || res.Bindings[0].Kind != BindAssign || len(res.Scope) != 1 || res.Module != m {
		t.Errorf("Lookup(app) = %+v, %v", res, ok)
	}
	if res, ok := p.Lookup(m, Scope{fn}, "name"); !ok || res.Bindings[0].Kind != BindParam || res.Bindings[0].Param.Name != "name" {
		t.Errorf("Lookup(name) = %+v, %v", res, ok)
	}
	if res, ok := p.Lookup(m, Scope{fn}, "config"); !ok || len(res.Scope) != 0 || res.Bindings[0].Target != "myapp.config.config" {
		t.Errorf("Lookup(config) = %+v, %v", res, ok)
	}
	if _, ok := p.Lookup(m, nil, "app"); ok {
		t.Errorf("app is not bound at module level")
	}
	// The re-export myapp.create_app leads to the definition.
	bm, bs := p.ModuleBinding("myapp.create_app")
	if bm != m || len(bs) != 1 || bs[0].Kind != BindFunction || bs[0].Function != fn {
		t.Errorf("ModuleBinding(myapp.create_app) = %v, %+v", bm, bs)
	}
	if bm, bs := p.ModuleBinding("flask.Flask"); bm != nil || bs != nil {
		t.Errorf("ModuleBinding of an outside name = %v, %v", bm, bs)
	}
	rets := Returns(fn)
	if len(rets) != 1 || rets[0].Value.(*python.Name).ID != "app" {
		t.Errorf("Returns(create_app) = %+v", rets)
	}
}
