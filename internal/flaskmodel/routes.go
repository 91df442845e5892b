package flaskmodel

import (
	"strings"

	"github.com/flaskguard/flaskguard/internal/finding"
	"github.com/flaskguard/flaskguard/internal/project"
	"github.com/flaskguard/flaskguard/internal/python"
)

// routeMethods are the route decorators and the method each implies; ""
// means `methods=` decides (GET by default).
var routeMethods = map[string]string{"route": "", "get": "GET", "post": "POST", "put": "PUT", "patch": "PATCH", "delete": "DELETE"}

// decl is a route declaration before it is expanded to the places its
// owner is served at.
type decl struct {
	kind   RouteKind
	s      site
	env    *loopEnv
	owners []*object
	// unresolved is the receiver's text when no owner resolved but the
	// declaration is unmistakably a Flask route.
	unresolved string
	rule       string
	ruleKnown  bool
	endpoint   string
	// methods are the explicit methods of a function view; class views
	// carry theirs per view.
	methods      []string
	methodsKnown bool
	views        []viewDecl
	loc          finding.Location
}

// viewDecl is one handler of a declaration with its decorators.
type viewDecl struct {
	name    string
	fn      *funcRef
	class   *project.Class
	methods []string // for a class view: the methods this handler serves
	decos   []decoInfo
}

// routes finds every route declaration and expands it.
func (b *builder) routes() {
	for _, ds := range b.col.defs {
		if ds.fn != nil {
			b.functionRoutes(ds)
		} else {
			b.classDecoratorRoutes(ds)
		}
	}
	for _, cs := range b.col.methods {
		switch methodOf(cs.call) {
		case "add_url_rule":
			for _, env := range b.res.envs(cs.site) {
				b.addURLRule(cs, env)
			}
		case "add_resource":
			b.addResource(cs)
		}
	}
}

// routeDecorator recognises @x.route(rule), @x.get(rule), ...
func routeDecorator(e python.Expr) (*python.Call, *python.Attribute, bool) {
	c, ok := e.(*python.Call)
	if !ok {
		return nil, nil, false
	}
	a, ok := c.Func.(*python.Attribute)
	if !ok {
		return nil, nil, false
	}
	_, ok = routeMethods[a.Attr]
	return c, a, ok
}

// functionRoutes handles the route decorators of a function. Decorators
// below a route decorator wrap the view it registers; those above wrap
// it only after registration and are marked Outer.
func (b *builder) functionRoutes(ds defSite) {
	f := funcRef{ds.m, append(ds.scope[:len(ds.scope):len(ds.scope)], ds.fn), ds.fn}
	for i, d := range ds.fn.Decorators {
		call, attr, ok := routeDecorator(d)
		if !ok {
			continue
		}
		owners := b.ownersOf(ds.site, nil, attr.Value, objApp, objBlueprint)
		dc := decl{kind: RouteDecorator, s: ds.site, owners: owners, loc: loc(ds.m, d.Span()), endpoint: ds.fn.Name}
		if !b.ruleAndMethods(&dc, call, routeMethods[attr.Attr]) {
			continue
		}
		if len(owners) == 0 && !b.plainRoute(ds.site, attr.Value, &dc) {
			continue
		}
		var decos []decoInfo
		for j, other := range ds.fn.Decorators {
			if _, _, isRoute := routeDecorator(other); isRoute || j == i {
				continue
			}
			di := b.decorator(ds.site, other)
			di.Outer = j < i
			decos = append(decos, di)
		}
		dc.views = []viewDecl{{name: ds.fn.Name, fn: &f, decos: decos}}
		b.expand(dc)
	}
}

// ruleAndMethods reads the rule, endpoint and methods of a route call.
func (b *builder) ruleAndMethods(dc *decl, c *python.Call, implied string) bool {
	rule, ok := argument(c, 0, "rule")
	if !ok {
		return false
	}
	dc.rule, dc.ruleKnown = b.str(dc.s, dc.env, rule)
	if e, ok := c.Keyword("endpoint"); ok {
		if v, ok := b.str(dc.s, dc.env, e); ok {
			dc.endpoint = v
		}
	}
	dc.methods, dc.methodsKnown = []string{"GET"}, true
	if implied != "" {
		dc.methods = []string{implied}
	} else if e, ok := c.Keyword("methods"); ok {
		dc.methods, dc.methodsKnown = b.methodsArg(dc.s, dc.env, e)
	}
	return true
}

// otherFrameworks are web frameworks with Flask-like route decorators
// (`@router.get("/x")`) whose routes are not Flask's.
var otherFrameworks = setOf("fastapi", "starlette", "sanic", "quart", "bottle", "aiohttp",
	"litestar", "ninja", "falcon", "tornado", "responder")

// plainRoute keeps a route whose receiver did not resolve to a tracked
// app or blueprint when the rule is a literal path and nothing says the
// receiver belongs to another framework or is some other known class.
func (b *builder) plainRoute(s site, recv python.Expr, dc *decl) bool {
	if !dc.ruleKnown || !strings.HasPrefix(dc.rule, "/") {
		return false
	}
	q := b.proj.ClassOfAt(s.m, recv, s.scope)
	top, _, _ := strings.Cut(q, ".")
	if ci, known := knownClasses[q]; known && ci.kind != objApp && ci.kind != objBlueprint || otherFrameworks[top] {
		return false
	}
	dc.unresolved = s.m.File.Text(recv.Span())
	return true
}

// ownersOf resolves a receiver to objects of the given kinds.
func (b *builder) ownersOf(s site, env *loopEnv, e python.Expr, kinds ...objKind) []*object {
	var out []*object
	for _, o := range b.res.objects(s.m, s.scope, env, e) {
		for _, k := range kinds {
			if o.kind == k {
				out = append(out, o)
			}
		}
	}
	return out
}

// addURLRule handles x.add_url_rule(rule, endpoint, view_func, methods=...).
func (b *builder) addURLRule(cs callSite, env *loopEnv) {
	fn, ok := cs.call.Func.(*python.Attribute)
	if !ok {
		return
	}
	recv := fn.Value
	dc := decl{kind: RouteAddURLRule, s: cs.site, env: env, loc: loc(cs.m, cs.call.Span()),
		owners: b.ownersOf(cs.site, env, recv, objApp, objBlueprint)}
	if !b.ruleAndMethods(&dc, cs.call, "") {
		return
	}
	if len(dc.owners) == 0 && !b.plainRoute(cs.site, recv, &dc) {
		return
	}
	explicitEndpoint := dc.endpoint
	if e, ok := argument(cs.call, 1, "endpoint"); ok {
		explicitEndpoint, _ = b.str(cs.site, env, e)
	}
	vf, ok := argument(cs.call, 2, "view_func")
	if !ok {
		return
	}
	var decos []decoInfo
	// login_required(view), limiter.limit("1/s")(view): decorators
	// applied by hand, outermost first; `view = Cls.as_view("x")` bound
	// to a name first.
	vs := cs.site
	for range maxDepth {
		vf, vs = b.deref(vs, env, vf)
		c, ok := vf.(*python.Call)
		if !ok || isAsView(c) {
			break
		}
		arg, ok := c.Positional(0)
		if !ok {
			break
		}
		decos = append(decos, b.decorator(vs, c.Func))
		vf = arg
	}
	if c, ok := vf.(*python.Call); ok && isAsView(c) {
		cls := b.classRef(vs, env, c.Func.(*python.Attribute).Value)
		if cls == nil {
			return
		}
		dc.kind = RouteClassView
		dc.endpoint = explicitEndpoint
		if name, ok := argument(c, 0, "name"); ok && dc.endpoint == "" {
			dc.endpoint, _ = b.str(cs.site, env, name)
		}
		var explicit []string
		if _, has := cs.call.Keyword("methods"); has && dc.methodsKnown {
			explicit = dc.methods
		}
		dc.views = b.classViews(cls, decos, explicit)
		b.expand(dc)
		return
	}
	for _, f := range b.res.functions(vs.m, vs.scope, env, vf, 0) {
		d := dc
		d.endpoint = explicitEndpoint
		if d.endpoint == "" {
			d.endpoint = f.fn.Name
		}
		ff := f
		d.views = []viewDecl{{name: f.fn.Name, fn: &ff, decos: append(decos, b.ownDecorators(f)...)}}
		b.expand(d)
	}
}

// ownDecorators classifies the decorators written on a view function;
// they all wrap it before add_url_rule registers it. Route decorators on
// the same function register it elsewhere and are left out.
func (b *builder) ownDecorators(f funcRef) []decoInfo {
	outer := site{m: f.m, scope: f.scope[:len(f.scope)-1]}
	var out []decoInfo
	for _, d := range f.fn.Decorators {
		if _, _, isRoute := routeDecorator(d); !isRoute {
			out = append(out, b.decorator(outer, d))
		}
	}
	return out
}

// deref follows a name bound once to a call (`view = Cls.as_view("x")`,
// `view = login_required(index)`) to that call, and where it is written.
func (b *builder) deref(s site, env *loopEnv, e python.Expr) (python.Expr, site) {
	n, ok := e.(*python.Name)
	if !ok {
		return e, s
	}
	if _, bound := env.get(n.ID); bound {
		return e, s
	}
	res, ok := b.proj.Lookup(s.m, s.scope, n.ID)
	if !ok || len(res.Bindings) != 1 || res.Bindings[0].Kind != project.BindAssign {
		return e, s
	}
	if c, ok := res.Bindings[0].Value.(*python.Call); ok {
		return c, site{m: res.Module, scope: res.Scope}
	}
	return e, s
}

func isAsView(c *python.Call) bool {
	a, ok := c.Func.(*python.Attribute)
	return ok && a.Attr == "as_view"
}

// classRef resolves an expression to a project class.
func (b *builder) classRef(s site, env *loopEnv, e python.Expr) *project.Class {
	return b.proj.ClassNamed(b.res.qualify(s.m, s.scope, env, e))
}

// addResource handles api.add_resource(Resource, "/a", "/b", endpoint=...).
func (b *builder) addResource(cs callSite) {
	fn, ok := cs.call.Func.(*python.Attribute)
	if !ok {
		return
	}
	recv := fn.Value
	owners := b.ownersOf(cs.site, nil, recv, objAPI, objNamespace)
	if len(owners) == 0 {
		return
	}
	arg, ok := cs.call.Positional(0)
	if !ok {
		return
	}
	cls := b.classRef(cs.site, nil, arg)
	if cls == nil {
		return
	}
	var urls []python.Expr
	for i := 1; ; i++ {
		u, ok := cs.call.Positional(i)
		if !ok {
			break
		}
		urls = append(urls, u)
	}
	b.resourceRoutes(cs.site, owners, cls, urls, cs.call, loc(cs.m, cs.call.Span()))
}

// classDecoratorRoutes handles @api.resource("/a") (Flask-RESTful) and
// @ns.route("/a") / @api.route("/a") (Flask-RESTX) on Resource classes.
func (b *builder) classDecoratorRoutes(ds defSite) {
	if len(ds.scope) > 0 || ds.class != nil {
		return
	}
	cls := &project.Class{Module: ds.m, Def: ds.cls}
	for _, d := range ds.cls.Decorators {
		c, ok := d.(*python.Call)
		if !ok {
			continue
		}
		a, ok := c.Func.(*python.Attribute)
		if !ok || a.Attr != "resource" && a.Attr != "route" {
			continue
		}
		owners := b.ownersOf(ds.site, nil, a.Value, objAPI, objNamespace)
		if len(owners) == 0 {
			continue
		}
		var urls []python.Expr
		for i := 0; ; i++ {
			u, ok := c.Positional(i)
			if !ok {
				break
			}
			urls = append(urls, u)
		}
		b.resourceRoutes(ds.site, owners, cls, urls, c, loc(ds.m, d.Span()))
	}
}

// resourceRoutes declares the routes of a REST resource class.
func (b *builder) resourceRoutes(s site, owners []*object, cls *project.Class, urls []python.Expr, c *python.Call, at finding.Location) {
	endpoint := strings.ToLower(cls.Def.Name)
	if e, ok := c.Keyword("endpoint"); ok {
		if v, ok := b.str(s, nil, e); ok {
			endpoint = v
		}
	}
	for _, u := range urls {
		dc := decl{kind: RouteResource, s: s, owners: owners, loc: at, endpoint: endpoint}
		dc.rule, dc.ruleKnown = b.str(s, nil, u)
		var apiDecos []decoInfo
		for _, o := range owners {
			if o.api != nil {
				for _, d := range o.api.decorators {
					apiDecos = append(apiDecos, b.decorator(site{m: d.m, scope: d.scope}, d.e))
				}
			}
		}
		dc.views = b.classViews(cls, apiDecos, nil)
		b.expand(dc)
	}
}
