package flaskmodel

import (
	"cmp"
	"slices"

	"github.com/flaskguard/flaskguard/internal/confsrc"
	"github.com/flaskguard/flaskguard/internal/finding"
	"github.com/flaskguard/flaskguard/internal/project"
	"github.com/flaskguard/flaskguard/internal/python"
)

// builder holds the state of one Build.
type builder struct {
	proj    *project.Project
	configs []*confsrc.File
	md      *Model
	res     *resolver
	col     collected
	exts    []*extObject
	apis    []*apiObject
	// auth caches the analysis of project decorator functions.
	auth map[*python.FunctionDef]*authCheck
	// body caches what view bodies render and read.
	body map[*python.FunctionDef]*bodyFacts
	// exemptFuncs and exemptNames are views exempted from CSRF by
	// csrf.exempt(view) and csrf.exempt("module.view").
	exemptFuncs map[*python.FunctionDef]finding.Location
	exemptNames map[string]finding.Location
	// forms maps FlaskForm subclasses to their Form.
	forms map[*python.ClassDef]*Form
	anc   *ancestry
}

// Build builds the Flask model of a project. configs are the scan's
// configuration files (env files, Dockerfiles, compose files, Procfiles,
// INI files that may be from_pyfile targets). The result depends only on
// its inputs, not on map order or timing.
func Build(proj *project.Project, configs []*confsrc.File) *Model {
	anc := &ancestry{proj: proj, memo: map[string][]string{}}
	col := collect(anc, modules(proj))
	// Configuration files are read in path order whatever order the
	// caller found them in, so that env settings keep a stable order.
	configs = slices.DeleteFunc(slices.Clone(configs), func(f *confsrc.File) bool { return f == nil })
	slices.SortFunc(configs, func(x, y *confsrc.File) int { return cmp.Compare(x.Path, y.Path) })
	b := &builder{
		proj: proj, configs: configs, col: col, anc: anc,
		res:         &resolver{proj: proj, byCall: map[*python.Call]*object{}, sites: map[string][]callSite{}},
		auth:        map[*python.FunctionDef]*authCheck{},
		body:        map[*python.FunctionDef]*bodyFacts{},
		exemptFuncs: map[*python.FunctionDef]finding.Location{},
		exemptNames: map[string]finding.Location{},
		forms:       map[*python.ClassDef]*Form{},
	}
	for _, cs := range col.sites {
		name := lastPart(calleeName(cs.call.Func))
		b.res.sites[name] = append(b.res.sites[name], cs)
	}
	b.md = &Model{proj: proj, res: b.res, Diagnostics: col.crashes,
		byView: map[*python.FunctionDef][]*Route{}, byClass: map[*python.ClassDef][]*Route{},
		monitorImports: col.monitorImports, logCalls: col.logCalls}
	// The phases depend on each other in this order: objects exist
	// before anything resolves to them (the name cache starts after),
	// mounts need registrations, app-wide hooks need mounts, and routes
	// come last because their auth, CSRF status and limits read the
	// hooks, extensions and configuration.
	b.createObjects()
	b.res.cache = map[nameKey][]*object{}
	b.bindObjects()
	b.registrations()
	b.mounts()
	b.extensions()
	b.classes()
	b.environment()
	b.configuration()
	b.hooks()
	b.logging()
	b.routes()
	b.finish()
	b.res.cache = nil
	return b.md
}

// modules returns the project's modules in path order.
func modules(proj *project.Project) []*project.Module {
	mods := make([]*project.Module, 0, len(proj.Modules))
	for _, m := range proj.Modules {
		mods = append(mods, m)
	}
	slices.SortFunc(mods, func(a, b *project.Module) int { return cmp.Compare(a.File.Path, b.File.Path) })
	return mods
}

// calleeName is the last name a call is made through: "f" for f() and
// for x.f(), "" otherwise.
func calleeName(e python.Expr) string {
	switch e := e.(type) {
	case *python.Name:
		return e.ID
	case *python.Attribute:
		return e.Attr
	}
	return ""
}

// createObjects turns candidate constructor calls into apps, blueprints,
// extensions, APIs and namespaces. Their arguments are resolved later,
// once every object exists.
func (b *builder) createObjects() {
	for _, cs := range b.col.ctors {
		if kind := monitorFuncs[b.proj.QualifyAt(cs.m, cs.call.Func, cs.scope)]; kind != "" {
			b.md.Monitoring = append(b.md.Monitoring, &Monitor{Kind: kind, Call: cs.call, Module: cs.m,
				Settings: b.kwSettings(cs.site, cs.call, nil), Loc: loc(cs.m, cs.call.Span())})
			continue
		}
		q, ci, ok := b.classOf(cs)
		if !ok {
			continue
		}
		o := &object{kind: ci.kind}
		v := b.col.varOf[cs.call]
		switch ci.kind {
		case objApp:
			o.app = &App{Var: v, Module: cs.m, Factory: cs.scope.Innermost(), Call: cs.call,
				Loc: loc(cs.m, cs.call.Span()), ImportName: b.importName(cs)}
			b.md.Apps = append(b.md.Apps, o.app)
		case objBlueprint:
			o.bp = b.newBlueprint(cs, v)
			b.md.Blueprints = append(b.md.Blueprints, o.bp)
		case objExtension:
			o.ext = &extObject{kind: ci.ext, class: q, v: v, cs: cs}
			b.exts = append(b.exts, o.ext)
		case objAPI:
			o.api = &apiObject{restx: !isRestful(q), cs: cs, prefixKnown: true}
			b.apis = append(b.apis, o.api)
		case objNamespace:
			o.ns = b.newNamespace(cs)
		}
		b.res.byCall[cs.call] = o
	}
	// api.namespace("name") makes a Namespace and adds it to the Api.
	for _, cs := range b.col.methods {
		if methodOf(cs.call) != "namespace" {
			continue
		}
		for _, o := range b.receiver(cs, nil) {
			if o.api != nil {
				ns := b.newNamespace(cs)
				ns.adds = append(ns.adds, nsAdd{api: o.api, path: ns.path, pathKnown: ns.pathKnown})
				b.res.byCall[cs.call] = &object{kind: objNamespace, ns: ns}
			}
		}
	}
}

// isRestful tells Flask-RESTful's Api, which takes its prefix as the
// second positional argument, from Flask-RESTX's and Flask-RESTPlus's,
// which take it by keyword only.
func isRestful(q string) bool { return q == "flask_restful.Api" }

// importName reads Flask's import_name: the module name for __name__.
func (b *builder) importName(cs callSite) string {
	arg, ok := cs.call.Positional(0)
	if !ok {
		arg, ok = cs.call.Keyword("import_name")
	}
	if !ok {
		return ""
	}
	if n, isName := arg.(*python.Name); isName && n.ID == "__name__" {
		if cs.m.Name == "" {
			return "__main__"
		}
		return cs.m.Name
	}
	v, ok := b.proj.ConstAt(cs.m, arg, cs.scope)
	if !ok || v.Kind != project.StringValue {
		return ""
	}
	return v.Str
}

// newBlueprint reads a Blueprint constructor.
func (b *builder) newBlueprint(cs callSite, v string) *Blueprint {
	bp := &Blueprint{Var: v, Module: cs.m, Call: cs.call, Loc: loc(cs.m, cs.call.Span())}
	if arg, ok := argument(cs.call, 0, "name"); ok {
		if name, known := b.str(cs.site, nil, arg); known {
			bp.Name = name
		}
	}
	if arg, ok := cs.call.Keyword("url_prefix"); ok {
		bp.HasPrefix = true
		bp.URLPrefix, bp.PrefixKnown = b.str(cs.site, nil, arg)
		if isNone(arg) {
			bp.HasPrefix, bp.PrefixKnown = false, true
		}
	}
	return bp
}

// newNamespace reads a Flask-RESTX Namespace constructor (or
// api.namespace call): its path defaults to "/" + name.
func (b *builder) newNamespace(cs callSite) *nsObject {
	ns := &nsObject{cs: cs, pathKnown: true}
	if arg, ok := argument(cs.call, 0, "name"); ok {
		if name, known := b.str(cs.site, nil, arg); known {
			ns.name = name
		}
	}
	ns.path = "/" + ns.name
	if arg, ok := cs.call.Keyword("path"); ok && !isNone(arg) {
		ns.path, ns.pathKnown = b.str(cs.site, nil, arg)
	}
	return ns
}

// bindObjects resolves the app (or blueprint) given to extension and Api
// constructors, api.init_app and api.add_namespace.
func (b *builder) bindObjects() {
	for _, api := range b.apis {
		b.bindAPI(api)
	}
	for _, cs := range b.col.methods {
		switch methodOf(cs.call) {
		case "init_app":
			for _, env := range b.res.envs(cs.site) {
				for _, o := range b.receiver(cs, env) {
					if o.api == nil {
						continue
					}
					if arg, ok := argument(cs.call, 0, "app"); ok {
						o.api.owners = appendObjs(o.api.owners, b.res.objects(cs.m, cs.scope, env, arg))
					}
				}
			}
		case "add_namespace":
			b.addNamespace(cs)
		}
	}
}

// bindAPI reads an Api constructor: the app or blueprint it serves, its
// URL prefix and the decorators it applies to every resource.
func (b *builder) bindAPI(api *apiObject) {
	cs := api.cs
	if arg, ok := argument(cs.call, 0, "app"); ok {
		api.owners = appendObjs(api.owners, b.res.objects(cs.m, cs.scope, nil, arg))
	}
	prefix, ok := cs.call.Keyword("prefix")
	if !ok && !api.restx {
		prefix, ok = cs.call.Positional(1)
	}
	if ok {
		api.prefix, api.prefixKnown = b.str(cs.site, nil, prefix)
	}
	if d, ok := cs.call.Keyword("decorators"); ok {
		api.decorators = b.res.elements(cs.m, cs.scope, nil, d, 0)
	}
}

// addNamespace records api.add_namespace(ns, path=...), whose path
// replaces the namespace's own.
func (b *builder) addNamespace(cs callSite) {
	arg, ok := argument(cs.call, 0, "ns")
	if !ok {
		return
	}
	for _, o := range b.receiver(cs, nil) {
		if o.api == nil {
			continue
		}
		for _, n := range b.res.objects(cs.m, cs.scope, nil, arg) {
			if n.ns == nil {
				continue
			}
			add := nsAdd{api: o.api, path: n.ns.path, pathKnown: n.ns.pathKnown}
			if p, ok := cs.call.Keyword("path"); ok && !isNone(p) {
				add.path, add.pathKnown = b.str(cs.site, nil, p)
			}
			n.ns.adds = append(n.ns.adds, add)
		}
	}
}

// appendObjs adds apps and blueprints to a list, once each.
func appendObjs(list, add []*object) []*object {
	for _, o := range add {
		if (o.app != nil || o.bp != nil) && !slices.Contains(list, o) {
			list = append(list, o)
		}
	}
	return list
}

// receiver resolves the object a method is called on (`app` in
// app.register_blueprint(...)).
func (b *builder) receiver(cs callSite, env *loopEnv) []*object {
	a, ok := cs.call.Func.(*python.Attribute)
	if !ok {
		return nil
	}
	return b.res.objects(cs.m, cs.scope, env, a.Value)
}

// methodOf is the method name of a call x.m(...), or the function name of
// f(...).
func methodOf(c *python.Call) string { return calleeName(c.Func) }

// argument returns a call's positional argument i, or the keyword name.
func argument(c *python.Call, i int, name string) (python.Expr, bool) {
	if e, ok := c.Keyword(name); ok {
		return e, true
	}
	if i < 0 {
		return nil, false
	}
	return c.Positional(i)
}

// isNone recognises the literal None, which Flask treats as "not given".
func isNone(e python.Expr) bool {
	c, ok := e.(*python.Constant)
	return ok && c.Value == python.None
}

// loc is the location of a span of a module's file.
func loc(m *project.Module, s python.Span) finding.Location {
	return finding.Location{Path: m.File.Path, StartLine: int(s.Start.Line), StartCol: int(s.Start.Col),
		EndLine: int(s.End.Line), EndCol: int(s.End.Col)}
}
