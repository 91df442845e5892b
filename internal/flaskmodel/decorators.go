package flaskmodel

import (
	"github.com/flaskguard/flaskguard/internal/finding"
	"github.com/flaskguard/flaskguard/internal/python"
)

// authLibrary are the authentication decorators of Flask extensions,
// under the names their packages export them by.
var authLibrary = setOf(
	"flask_login.login_required", "flask_login.fresh_login_required",
	"flask_login.utils.login_required", "flask_login.utils.fresh_login_required",
	"flask_security.login_required", "flask_security.auth_required", "flask_security.roles_required",
	"flask_security.roles_accepted", "flask_security.permissions_required", "flask_security.permissions_accepted",
	"flask_security.http_auth_required", "flask_security.auth_token_required",
	"flask_security.decorators.login_required", "flask_security.decorators.auth_required",
	"flask_security.decorators.roles_required", "flask_security.decorators.roles_accepted",
	"flask_security.decorators.permissions_required", "flask_security.decorators.permissions_accepted",
	"flask_security.decorators.http_auth_required", "flask_security.decorators.auth_token_required",
	"flask_jwt_extended.jwt_required", "flask_jwt_extended.fresh_jwt_required",
	"flask_jwt_extended.jwt_refresh_token_required", "flask_jwt_extended.view_decorators.jwt_required",
	"flask_user.login_required", "flask_user.roles_required",
	"flask_praetorian.auth_required", "flask_praetorian.roles_required", "flask_praetorian.roles_accepted",
	"flask_simplelogin.login_required",
)

// decoInfo is a classified decorator with what it means for a route.
type decoInfo struct {
	Decorator
	auth  *Auth
	limit *RateLimit
}

// decorator classifies one decorator expression evaluated at site s.
func (b *builder) decorator(s site, e python.Expr) decoInfo {
	d := decoInfo{Decorator: Decorator{Expr: e, Loc: loc(s.m, e.Span()), Kind: DecoratorOther}}
	f := e
	call, isCall := e.(*python.Call)
	if isCall {
		f = call.Func
	}
	if name, ok := python.DottedName(f); ok {
		d.Name = name
	} else {
		d.Name = s.m.File.Text(f.Span())
	}
	d.Qualified = b.proj.QualifyAt(s.m, f, s.scope)
	if authLibrary[d.Qualified] {
		d.Kind = DecoratorAuth
		d.auth = &Auth{Kind: AuthLibrary, Name: d.Name, Qualified: d.Qualified, Loc: d.Loc}
		return d
	}
	if a, ok := f.(*python.Attribute); ok {
		switch kind := b.extKind(s, a.Value); {
		case kind == ExtHTTPAuth && a.Attr == "login_required":
			d.Kind = DecoratorAuth
			d.auth = &Auth{Kind: AuthHTTPAuth, Name: d.Name, Qualified: d.Qualified, Loc: d.Loc}
			return d
		case kind == ExtLimiter && (a.Attr == "limit" || a.Attr == "shared_limit") && isCall:
			d.Kind = DecoratorRateLimit
			rl := b.limitOf(s, call, RateLimitRoute)
			d.limit = &rl
			return d
		case kind == ExtLimiter && a.Attr == "exempt":
			d.Kind = DecoratorRateExempt
			d.limit = &RateLimit{Kind: RateLimitExempt, ValueKnown: true, Loc: d.Loc}
			return d
		case (kind == ExtCSRF || kind == ExtSeaSurf) && a.Attr == "exempt":
			d.Kind = DecoratorCSRFExempt
			return d
		}
	}
	// `shared = limiter.shared_limit("100/hour", scope="auth")`, then `@shared`.
	if n, ok := f.(*python.Name); ok && !isCall {
		if res, ok := b.proj.Lookup(s.m, s.scope, n.ID); ok && len(res.Bindings) == 1 {
			if c, ok := res.Bindings[0].Value.(*python.Call); ok {
				if a, ok := c.Func.(*python.Attribute); ok && (a.Attr == "limit" || a.Attr == "shared_limit") &&
					b.extKind(site{m: res.Module, scope: res.Scope}, a.Value) == ExtLimiter {
					d.Kind = DecoratorRateLimit
					rl := b.limitOf(site{m: res.Module, scope: res.Scope}, c, RateLimitRoute)
					d.limit = &rl
					return d
				}
			}
		}
	}
	for _, fr := range b.res.functions(s.m, s.scope, nil, f, 0) {
		if chk := b.analyzeAuth(fr); chk.ok {
			d.Kind = DecoratorAuth
			d.auth = &Auth{Kind: AuthProject, Name: d.Name, Qualified: d.Qualified, Check: chk.check, Loc: d.Loc}
			return d
		}
	}
	return d
}

// extKind tells which extension an expression is an instance of, through
// the tracked objects or, failing that, the project's class resolution.
func (b *builder) extKind(s site, e python.Expr) ExtensionKind {
	for _, o := range b.res.objects(s.m, s.scope, nil, e) {
		if o.ext != nil {
			return o.ext.kind
		}
	}
	if ci, ok := knownClasses[b.proj.ClassOfAt(s.m, e, s.scope)]; ok {
		return ci.ext
	}
	return ""
}

// hookAuth tells whether a before-request hook enforces authentication:
// its body checks the user and denies, or it is wrapped in an
// authentication decorator.
func (b *builder) hookAuth(f funcRef, at finding.Location) *Auth {
	if chk := b.analyzeAuth(f); chk.ok {
		return &Auth{Kind: AuthBeforeRequest, Name: f.fn.Name, Qualified: qualifiedFunc(f), Check: chk.check, Loc: at}
	}
	outer := site{m: f.m, scope: f.scope[:len(f.scope)-1]}
	for _, d := range f.fn.Decorators {
		if di := b.decorator(outer, d); di.auth != nil {
			return &Auth{Kind: AuthBeforeRequest, Name: f.fn.Name, Qualified: qualifiedFunc(f), Check: di.Name, Loc: at}
		}
	}
	return nil
}

// qualifiedFunc is a module-level function's qualified name, or its bare
// name for a nested one.
func qualifiedFunc(f funcRef) string {
	if len(f.scope) == 1 && f.m.Name != "" {
		return f.m.Name + "." + f.fn.Name
	}
	return f.fn.Name
}
