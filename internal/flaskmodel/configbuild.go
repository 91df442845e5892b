package flaskmodel

import (
	"cmp"
	"slices"

	"github.com/flaskguard/flaskguard/internal/project"
	"github.com/flaskguard/flaskguard/internal/python"
)

// attrKeys are the Flask attributes that stand for config keys.
var attrKeys = map[string]string{
	"secret_key":                 "SECRET_KEY",
	"debug":                      "DEBUG",
	"testing":                    "TESTING",
	"permanent_session_lifetime": "PERMANENT_SESSION_LIFETIME",
	"session_cookie_name":        "SESSION_COOKIE_NAME",
	"send_file_max_age_default":  "SEND_FILE_MAX_AGE_DEFAULT",
	"use_x_sendfile":             "USE_X_SENDFILE",
}

// configOp is one statement that configures an app, with its place in
// the walk so that operations from two lists can be put back in order.
type configOp struct {
	order  int
	offset int
	cs     callSite
	assign *python.Assign
}

// configuration collects every config entry of every app in load order:
// item and attribute assignments, update/from_mapping/setdefault,
// from_object, from_pyfile, from_envvar, from_prefixed_env, app.run(debug=)
// and, last, FLASK_DEBUG from env files (the flask command applies it
// after the app is made).
func (b *builder) configuration() {
	order := map[*project.Module]int{}
	for i, m := range modules(b.proj) {
		order[m] = i
	}
	var ops []configOp
	for _, cs := range b.col.methods {
		if _, _, ok := project.ConfigMethod(cs.call); ok || methodOf(cs.call) == "run" {
			ops = append(ops, configOp{order: order[cs.m], offset: int(cs.call.Span().Start.Offset), cs: cs})
		}
	}
	for _, as := range b.col.assigns {
		ops = append(ops, configOp{order: order[as.m], offset: int(as.assign.Span().Start.Offset),
			cs: callSite{site: as.site}, assign: as.assign})
	}
	slices.SortStableFunc(ops, func(x, y configOp) int {
		return cmp.Or(cmp.Compare(x.order, y.order), cmp.Compare(x.offset, y.offset))
	})
	for _, op := range ops {
		if op.assign != nil {
			b.configAssign(op.cs.site, op.assign)
		} else {
			b.configCall(op.cs)
		}
	}
	b.envDebug()
	b.derivedConfigs()
}

// configAssign handles app.config["K"] = v and app.secret_key = v.
func (b *builder) configAssign(s site, a *python.Assign) {
	if a.Op != "" {
		return
	}
	for _, t := range a.Targets {
		if appExpr, key, ok := project.ConfigKey(t); ok {
			for _, env := range b.res.envs(s) {
				for _, app := range b.appsOf(s, env, appExpr) {
					e := b.entry(s, key, a.Value, OriginItem)
					app.Config = append(app.Config, e)
				}
			}
			continue
		}
		at, ok := t.(*python.Attribute)
		if !ok || attrKeys[at.Attr] == "" {
			continue
		}
		for _, app := range b.appsOf(s, nil, at.Value) {
			app.Config = append(app.Config, b.entry(s, attrKeys[at.Attr], a.Value, OriginAttribute))
		}
	}
}

// configCall handles the config methods and app.run(debug=...).
func (b *builder) configCall(cs callSite) {
	appExpr, method, ok := project.ConfigMethod(cs.call)
	if !ok {
		// app.run(debug=True): the debug flag of the development server.
		a, isAttr := cs.call.Func.(*python.Attribute)
		debug, has := cs.call.Keyword("debug")
		if !isAttr || !has {
			return
		}
		for _, app := range b.appsOf(cs.site, nil, a.Value) {
			app.Config = append(app.Config, b.entry(cs.site, "DEBUG", debug, OriginRun))
		}
		return
	}
	for _, env := range b.res.envs(cs.site) {
		for _, app := range b.appsOf(cs.site, env, appExpr) {
			b.load(cs, env, app, method)
		}
	}
}

// load applies one bulk config call to an app.
func (b *builder) load(cs callSite, env *loopEnv, app *App, method string) {
	cl := &ConfigLoad{Method: method, Call: cs.call, Loc: loc(cs.m, cs.call.Span()),
		Conditional: cs.cond, Found: true}
	app.ConfigLoads = append(app.ConfigLoads, cl)
	via := cl.Loc
	add := func(e *ConfigEntry) {
		e.Via = via
		e.Conditional = e.Conditional || cs.cond
		app.Config = append(app.Config, e)
	}
	switch method {
	case "update", "from_mapping", "setdefault":
		origin := OriginUpdate
		if method == "from_mapping" {
			origin = OriginMapping
		}
		for _, ce := range b.proj.ConfigEntries(cs.m, cs.call) {
			add(b.entry(site{m: ce.Module, scope: ce.Scope}, ce.Key, ce.Value, origin))
		}
	case "from_object":
		arg, ok := cs.call.Positional(0)
		if !ok {
			return
		}
		s := cs.site
		if n, isName := arg.(*python.Name); isName {
			if v, bound := env.get(n.ID); bound {
				arg, s = v.e, site{m: v.m, scope: v.scope}
			}
		}
		cl.Objects = b.configObjects(s, arg)
		alternatives := len(cl.Objects) > 1
		for _, obj := range cl.Objects {
			for _, e := range obj.Entries {
				c := *e
				if alternatives || cs.cond {
					c.Env = obj.Env
				}
				add(&c)
			}
		}
	case "from_pyfile", "from_file":
		b.fromFile(cs, app, cl, add)
	case "from_envvar":
		if arg, ok := argument(cs.call, 0, "variable_name"); ok {
			cl.EnvVar, _ = b.str(cs.site, env, arg)
		}
		cl.Found = false
	case "from_prefixed_env":
		cl.EnvVar = "FLASK"
		if arg, ok := argument(cs.call, 0, "prefix"); ok {
			cl.EnvVar, _ = b.str(cs.site, env, arg)
		}
		for _, e := range b.prefixedEnv(cl.EnvVar) {
			add(e)
		}
	}
}

// entry makes a config entry from a value expression.
func (b *builder) entry(s site, key string, value python.Expr, origin Origin) *ConfigEntry {
	e := &ConfigEntry{Key: key, Expr: value, Origin: origin, Text: s.m.File.Text(value.Span()),
		Loc: loc(s.m, value.Span()), Conditional: s.cond}
	e.Via = e.Loc
	if v, ok := b.proj.ConstAt(s.m, value, s.scope); ok {
		e.Value, e.Known = v, true
		if v.EnvFallback {
			e.FromEnv, e.EnvVar = true, v.EnvVar
		}
	}
	if !e.FromEnv {
		e.FromEnv, e.EnvVar = b.readsEnv(s, value)
	}
	return e
}

// readsEnv reports whether an expression reads an environment variable
// anywhere (int(os.environ["N"]), os.getenv("X") == "1"), and which.
func (b *builder) readsEnv(s site, e python.Expr) (bool, string) {
	found, name := false, ""
	python.Walk(e, func(n python.Node) bool {
		if found {
			return false
		}
		switch n := n.(type) {
		case *python.Call:
			switch b.proj.QualifyAt(s.m, n.Func, s.scope) {
			case "os.environ.get", "os.getenv", "os.environ.setdefault", "decouple.config":
				found = true
				if arg, ok := n.Positional(0); ok {
					name, _ = python.StringValue(arg)
				}
			}
		case *python.Subscript:
			if b.proj.QualifyAt(s.m, n.Value, s.scope) == "os.environ" {
				found = true
				name, _ = python.StringValue(n.Index)
			}
		}
		return true
	})
	return found, name
}

// classes records FlaskForm subclasses.
func (b *builder) classes() {
	for _, ds := range b.col.classes {
		if len(ds.scope) > 0 || ds.class != nil {
			continue
		}
		q := ds.cls.Name
		if ds.m.Name != "" {
			q = ds.m.Name + "." + q
		}
		if b.anc.derives(q, "flask_wtf.FlaskForm", "flask_wtf.Form", "flask_wtf.form.FlaskForm") {
			f := &Form{Name: ds.cls.Name, Class: &project.Class{Module: ds.m, Def: ds.cls}, Loc: loc(ds.m, ds.cls.NameSpan)}
			b.forms[ds.cls] = f
			b.md.Forms = append(b.md.Forms, f)
		}
	}
}
