package flaskmodel

import (
	"maps"

	"github.com/flaskguard/flaskguard/internal/python"
)

// positionalNames names the positional arguments of extension
// constructors that are settings, by position after the app.
var positionalNames = map[ExtensionKind][]string{
	ExtProxyFix: {"x_for", "x_proto", "x_host", "x_port", "x_prefix"},
	ExtDebugger: {"evalex"},
}

// extensions binds extension instances to apps (through the constructor
// or init_app), records exemptions and blueprint-wide limits, and
// materialises one Extension per instance and app.
func (b *builder) extensions() {
	for _, x := range b.exts {
		b.construct(x)
	}
	for _, cs := range b.col.methods {
		switch methodOf(cs.call) {
		case "init_app":
			b.initApp(cs)
		case "exempt":
			b.exemptCall(cs)
		}
	}
	for _, cs := range b.col.applied {
		b.appliedLimit(cs)
	}
	for _, as := range b.col.assigns {
		for _, t := range as.assign.Targets {
			a, ok := t.(*python.Attribute)
			if !ok {
				continue
			}
			for _, o := range b.res.objects(as.m, as.scope, nil, a.Value) {
				if o.ext != nil {
					o.ext.attrs = append(o.ext.attrs, b.setting(as.site, a.Attr, as.assign.Value))
				}
			}
		}
	}
	for _, x := range b.exts {
		b.materialise(x)
	}
}

// construct reads an extension constructor: its settings and the app it
// is given, if any. Limiter takes the key function first since 3.0 and
// the app first before; an argument that resolves to an app decides.
func (b *builder) construct(x *extObject) {
	cs := x.cs
	x.ctor = b.kwSettings(cs.site, cs.call, map[string]bool{"app": true})
	var appArg python.Expr
	rest := 1
	switch x.kind {
	case ExtHTTPAuth:
		// HTTPTokenAuth(scheme="Bearer"): no app argument.
		if e, ok := cs.call.Positional(0); ok {
			x.ctor["scheme"] = b.setting(cs.site, "scheme", e)
		}
		return
	case ExtLimiter:
		appArg, _ = cs.call.Keyword("app")
		if e, ok := cs.call.Positional(0); ok {
			if len(b.appsOf(cs.site, nil, e)) > 0 {
				appArg = e
				if kf, ok := cs.call.Positional(1); ok {
					x.ctor["key_func"] = b.setting(cs.site, "key_func", kf)
				}
			} else {
				x.ctor["key_func"] = b.setting(cs.site, "key_func", e)
			}
		}
	default:
		appArg, _ = argument(cs.call, 0, "app")
	}
	for i, name := range positionalNames[x.kind] {
		if e, ok := cs.call.Positional(rest + i); ok {
			x.ctor[name] = b.setting(cs.site, name, e)
		}
	}
	if appArg == nil {
		return
	}
	for _, app := range b.appsOf(cs.site, nil, appArg) {
		x.inits = append(x.inits, extInit{app: app, cs: cs})
	}
}

// appsOf resolves an expression to apps; `app.wsgi_app` counts as the app
// (middleware such as ProxyFix wraps it).
func (b *builder) appsOf(s site, env *loopEnv, e python.Expr) []*App {
	if a, ok := e.(*python.Attribute); ok && a.Attr == "wsgi_app" {
		e = a.Value
	}
	var out []*App
	for _, o := range b.res.objects(s.m, s.scope, env, e) {
		if o.app != nil {
			out = append(out, o.app)
		}
	}
	return out
}

// initApp records `ext.init_app(app, **settings)`.
func (b *builder) initApp(cs callSite) {
	arg, ok := argument(cs.call, 0, "app")
	if !ok {
		return
	}
	for _, env := range b.res.envs(cs.site) {
		for _, o := range b.receiver(cs, env) {
			if o.ext == nil {
				continue
			}
			settings := b.kwSettings(cs.site, cs.call, map[string]bool{"app": true})
			for _, app := range b.appsOf(cs.site, env, arg) {
				o.ext.inits = append(o.ext.inits, extInit{app: app, settings: settings, cs: cs})
			}
		}
	}
}

// exemptCall records csrf.exempt(bp), csrf.exempt(view),
// csrf.exempt("module.view") and limiter.exempt(bp).
func (b *builder) exemptCall(cs callSite) {
	arg, ok := cs.call.Positional(0)
	if !ok {
		return
	}
	at := loc(cs.m, cs.call.Span())
	for _, env := range b.res.envs(cs.site) {
		for _, o := range b.receiver(cs, env) {
			if o.ext == nil {
				continue
			}
			targets := b.res.objects(cs.m, cs.scope, env, arg)
			switch o.ext.kind {
			case ExtCSRF, ExtSeaSurf:
				for _, t := range targets {
					if t.bp != nil {
						t.bp.CSRFExempt = &at
					}
				}
				for _, f := range b.res.functions(cs.m, cs.scope, env, arg, 0) {
					b.exemptFuncs[f.fn] = at
				}
				if name, ok := b.str(cs.site, env, arg); ok {
					b.exemptNames[name] = at
				}
			case ExtLimiter:
				for _, t := range targets {
					if t.bp != nil {
						t.bp.RateLimits = append(t.bp.RateLimits, RateLimit{Kind: RateLimitExempt, ValueKnown: true, Loc: at})
					}
				}
			}
		}
	}
}

// appliedLimit records `limiter.limit("10/second")(bp)` and
// `limiter.shared_limit(...)(bp)`: a blueprint-wide limit.
func (b *builder) appliedLimit(cs callSite) {
	inner := cs.call.Func.(*python.Call)
	method := methodOf(inner)
	if method != "limit" && method != "shared_limit" {
		return
	}
	arg, ok := cs.call.Positional(0)
	if !ok {
		return
	}
	limiter := false
	for _, o := range b.receiver(callSite{cs.site, inner}, nil) {
		limiter = limiter || o.ext != nil && o.ext.kind == ExtLimiter
	}
	if !limiter {
		return
	}
	rl := b.limitOf(cs.site, inner, RateLimitBlueprint)
	for _, t := range b.res.objects(cs.m, cs.scope, nil, arg) {
		if t.bp != nil {
			t.bp.RateLimits = append(t.bp.RateLimits, rl)
		}
	}
}

// limitOf reads the limit of a limiter.limit(...) or shared_limit(...)
// call.
func (b *builder) limitOf(s site, c *python.Call, kind RateLimitKind) RateLimit {
	rl := RateLimit{Kind: kind, Loc: loc(s.m, c.Span())}
	if methodOf(c) == "shared_limit" && kind == RateLimitRoute {
		rl.Kind = RateLimitShared
	}
	if e, ok := argument(c, 0, "limit_value"); ok {
		rl.Value, rl.ValueKnown = b.str(s, nil, e)
		if !rl.ValueKnown {
			rl.Value = ""
		}
	}
	if e, ok := c.Keyword("scope"); ok {
		if v, ok := b.str(s, nil, e); ok {
			rl.Scope = v
		}
	}
	return rl
}

// materialise makes the Extension values of an instance: one per app it
// is initialised on, or one without an app.
func (b *builder) materialise(x *extObject) {
	mk := func(app *App, init map[string]*Setting) *Extension {
		e := &Extension{Kind: x.kind, Class: x.class, Var: x.v, App: app, Module: x.cs.m, Call: x.cs.call,
			Loc: loc(x.cs.m, x.cs.call.Span()), Settings: maps.Clone(x.ctor)}
		maps.Copy(e.Settings, init)
		for _, a := range x.attrs {
			e.Settings[a.Name] = a
		}
		return e
	}
	if len(x.inits) == 0 {
		b.md.Extensions = append(b.md.Extensions, mk(nil, nil))
		return
	}
	seen := map[*App]bool{}
	for _, in := range x.inits {
		if seen[in.app] {
			continue
		}
		seen[in.app] = true
		e := mk(in.app, in.settings)
		e.InitLoc = loc(in.cs.m, in.cs.call.Span())
		b.md.Extensions = append(b.md.Extensions, e)
		in.app.Extensions = append(in.app.Extensions, e)
	}
}
