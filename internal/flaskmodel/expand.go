package flaskmodel

import (
	"strings"

	"github.com/flaskguard/flaskguard/internal/project"
)

// target is one place a declaration is served from: an app, or a
// blueprint in one of its mounts, with the prefixes to join.
type target struct {
	app   *App
	bp    *Blueprint
	mount *Mount
	// prefix is the blueprint mount's url_prefix, joined the Flask way;
	// extra is an Api prefix and namespace path, concatenated the
	// Flask-RESTful way.
	prefix, extra string
	known         bool
	endpoint      string
}

// targets lists where an owner serves its routes.
func targets(o *object, depth int) []target {
	if depth > maxNesting {
		return nil
	}
	switch {
	case o.app != nil:
		return []target{{app: o.app, known: true}}
	case o.bp != nil:
		if len(o.bp.Mounts) == 0 {
			t := target{bp: o.bp, known: true, endpoint: o.bp.Name}
			if o.bp.HasPrefix {
				t.prefix, t.known = o.bp.URLPrefix, o.bp.PrefixKnown
			}
			return []target{t}
		}
		var out []target
		for _, m := range o.bp.Mounts {
			out = append(out, target{app: m.App, bp: o.bp, mount: m, prefix: m.Prefix, known: m.PrefixKnown, endpoint: m.Endpoint})
		}
		return out
	case o.api != nil:
		return apiTargets(o.api, o.api.prefix, o.api.prefixKnown, depth)
	case o.ns != nil:
		var out []target
		for _, add := range o.ns.adds {
			path := strings.TrimRight(add.path, "/")
			out = append(out, apiTargets(add.api, add.api.prefix+path, add.api.prefixKnown && add.pathKnown, depth)...)
		}
		return out
	}
	return nil
}

// apiTargets are the targets of an Api's owners with the Api's prefix.
func apiTargets(api *apiObject, extra string, known bool, depth int) []target {
	var out []target
	for _, owner := range api.owners {
		for _, t := range targets(owner, depth+1) {
			t.extra = extra + t.extra
			t.known = t.known && known
			out = append(out, t)
		}
	}
	if len(api.owners) == 0 {
		out = append(out, target{extra: extra, known: known})
	}
	return out
}

// expand turns a declaration into routes, one per target and handler.
func (b *builder) expand(dc decl) {
	var ts []target
	for _, o := range dc.owners {
		ts = append(ts, targets(o, 0)...)
	}
	if len(dc.owners) == 0 {
		ts = []target{{known: true}}
	}
	for _, t := range ts {
		for _, v := range dc.views {
			b.addRoute(b.route(dc, t, v))
		}
	}
}

// route builds one route and works out its protections.
func (b *builder) route(dc decl, t target, v viewDecl) *Route {
	rule := joinRule(t.prefix, t.extra+dc.rule)
	r := &Route{Kind: dc.kind, App: t.app, Blueprint: t.bp, Mount: t.mount, Rule: rule,
		RuleKnown: t.known && dc.ruleKnown, DeclaredRule: dc.rule, Endpoint: dc.endpoint,
		Methods: dc.methods, MethodsKnown: dc.methodsKnown, Loc: dc.loc,
		Unresolved: dc.unresolved != "", Owner: dc.unresolved}
	if t.endpoint != "" {
		r.Endpoint = t.endpoint + "." + dc.endpoint
	}
	if v.methods != nil {
		r.Methods, r.MethodsKnown = normMethods(v.methods), true
	}
	r.Params = parseParams(rule)
	r.View = View{Name: v.name}
	if v.class != nil {
		r.View.Class = v.class.Def
		r.View.Module = v.class.Module
		r.View.Loc = loc(v.class.Module, v.class.Def.NameSpan)
	}
	var facts *bodyFacts
	if v.fn != nil {
		r.View.Func, r.View.Module = v.fn.fn, v.fn.m
		r.View.Loc = loc(v.fn.m, v.fn.fn.NameSpan)
		facts = b.facts(*v.fn)
		r.Templates, r.Inputs, r.Forms = facts.templates, facts.inputs, facts.forms
	}
	csrfExempt := ""
	for _, d := range v.decos {
		r.Decorators = append(r.Decorators, d.Decorator)
		switch {
		case d.auth != nil && !d.Outer:
			r.Auth = append(r.Auth, *d.auth)
		case d.limit != nil:
			// Flask-Limiter and CSRFProtect find views by name, so their
			// decorators count above the route decorator too.
			r.RateLimits = append(r.RateLimits, *d.limit)
		case d.Kind == DecoratorCSRFExempt:
			csrfExempt = d.Name
		}
	}
	r.Auth = append(r.Auth, b.hookAuths(t)...)
	b.rateLimits(r, t)
	b.csrf(r, t, v, csrfExempt)
	return r
}

// chain lists the route's blueprint and the blueprints it is nested in.
func chain(t target) []*Blueprint {
	if t.mount == nil {
		if t.bp != nil {
			return []*Blueprint{t.bp}
		}
		return nil
	}
	var out []*Blueprint
	for _, reg := range t.mount.Chain {
		out = append(out, reg.Blueprint)
	}
	return out
}

// hookAuths are the authentication-enforcing before-request hooks that
// run for a route: its app's before_request and before_app_request
// hooks, and before_request hooks of its blueprint and the blueprints it
// is nested in (Flask runs a parent's hooks for its children).
func (b *builder) hookAuths(t target) []Auth {
	var out []Auth
	if t.app != nil {
		for _, h := range t.app.Hooks {
			if h.Auth != nil && (h.Kind == BeforeRequest || h.Kind == BeforeAppRequest) {
				out = append(out, *h.Auth)
			}
		}
	}
	for _, bp := range chain(t) {
		for _, h := range bp.Hooks {
			if h.Auth != nil && h.Kind == BeforeRequest {
				out = append(out, *h.Auth)
			}
		}
	}
	return out
}

// rateLimits adds blueprint-wide limits and the app's default and
// application limits. An exemption anywhere wins: Flask-Limiter then
// applies nothing.
func (b *builder) rateLimits(r *Route, t target) {
	for _, bp := range chain(t) {
		r.RateLimits = append(r.RateLimits, bp.RateLimits...)
	}
	for _, rl := range r.RateLimits {
		if rl.Kind == RateLimitExempt {
			return
		}
	}
	if t.app == nil {
		return
	}
	if len(r.RateLimits) == 0 {
		if d := b.appLimit(t.app, RateLimitDefault, "default_limits", "RATELIMIT_DEFAULT"); d != nil {
			r.RateLimits = append(r.RateLimits, *d)
		}
	}
	if a := b.appLimit(t.app, RateLimitApplication, "application_limits", "RATELIMIT_APPLICATION"); a != nil {
		r.RateLimits = append(r.RateLimits, *a)
	}
}

// appLimit reads an app-wide limit of the app's Limiter: the constructor
// or init_app argument, else the configuration key.
func (b *builder) appLimit(app *App, kind RateLimitKind, setting, key string) *RateLimit {
	lim := app.Extension(ExtLimiter)
	if lim == nil {
		return nil
	}
	if s := lim.Setting(setting); s != nil && len(s.Items) > 0 {
		return &RateLimit{Kind: kind, Value: strings.Join(s.Items, "; "), ValueKnown: true, Loc: s.Loc}
	}
	if e := b.md.EffectiveConfig(app, AnyEnv)[key]; e != nil {
		rl := &RateLimit{Kind: kind, Loc: e.Loc}
		if e.Known && e.Value.Kind == project.StringValue {
			rl.Value, rl.ValueKnown = e.Value.Str, true
		}
		return rl
	}
	return nil
}

// csrf works out a route's CSRF status; see CSRFStatus.
func (b *builder) csrf(r *Route, t target, v viewDecl, exemptBy string) {
	switch {
	case !r.StateChanging():
		r.CSRF = CSRFNotApplicable
		return
	case exemptBy != "":
		r.CSRF, r.CSRFBy = CSRFExempt, exemptBy
		return
	}
	for _, bp := range chain(t) {
		if bp.CSRFExempt != nil {
			r.CSRF, r.CSRFBy = CSRFExempt, "csrf.exempt("+bp.Var+")"
			return
		}
	}
	if v.fn != nil {
		if _, ok := b.exemptFuncs[v.fn.fn]; ok {
			r.CSRF, r.CSRFBy = CSRFExempt, "csrf.exempt("+v.fn.fn.Name+")"
			return
		}
		if _, ok := b.exemptNames[v.fn.m.Name+"."+v.fn.fn.Name]; ok {
			r.CSRF, r.CSRFBy = CSRFExempt, "csrf.exempt(\""+v.fn.m.Name+"."+v.fn.fn.Name+"\")"
			return
		}
	}
	if t.app != nil {
		if ext := b.csrfExtension(t.app); ext != nil {
			r.CSRF, r.CSRFBy = CSRFProtected, ext.Class
			return
		}
	}
	if len(r.Forms) > 0 && (t.app == nil || !b.csrfOff(t.app, "WTF_CSRF_ENABLED", false)) {
		r.CSRF, r.CSRFBy = CSRFProtected, "FlaskForm"
		return
	}
	if t.app == nil {
		r.CSRF = CSRFUnknown
		return
	}
	r.CSRF = CSRFNone
}

// csrfExtension returns the app's CSRFProtect or SeaSurf unless the
// configuration switches it off everywhere (WTF_CSRF_ENABLED = False,
// WTF_CSRF_CHECK_DEFAULT = False, CSRF_DISABLE = True).
func (b *builder) csrfExtension(app *App) *Extension {
	if ext := app.Extension(ExtCSRF); ext != nil && !b.csrfOff(app, "WTF_CSRF_ENABLED", false) &&
		!b.csrfOff(app, "WTF_CSRF_CHECK_DEFAULT", false) {
		return ext
	}
	if ext := app.Extension(ExtSeaSurf); ext != nil && !b.csrfOff(app, "CSRF_DISABLE", true) {
		return ext
	}
	return nil
}

// csrfOff reports whether a config key is set, in every environment, to
// a constant whose truth is the value that turns CSRF checks off.
func (b *builder) csrfOff(app *App, key string, off bool) bool {
	e := b.md.EffectiveConfig(app, AnyEnv)[key]
	return e != nil && e.Known && !e.Value.EnvFallback && e.Value.Truthy() == off
}

// addRoute files a route under the model, its app and its blueprint.
func (b *builder) addRoute(r *Route) {
	b.md.Routes = append(b.md.Routes, r)
	if r.View.Func != nil {
		b.md.byView[r.View.Func] = append(b.md.byView[r.View.Func], r)
	}
	if r.View.Class != nil {
		b.md.byClass[r.View.Class] = append(b.md.byClass[r.View.Class], r)
	}
}
