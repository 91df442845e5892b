package flaskmodel

import (
	"github.com/flaskguard/flaskguard/internal/finding"
	"github.com/flaskguard/flaskguard/internal/project"
	"github.com/flaskguard/flaskguard/internal/python"
)

// RouteKind tells how a route was declared.
type RouteKind string

// The ways a route is declared.
const (
	// RouteDecorator is `@x.route(rule)` or `@x.get(rule)` on a function.
	RouteDecorator RouteKind = "decorator"
	// RouteAddURLRule is `x.add_url_rule(rule, endpoint, view_func)`.
	RouteAddURLRule RouteKind = "add_url_rule"
	// RouteClassView is a MethodView or View class served through
	// `x.add_url_rule(rule, view_func=Cls.as_view("name"))`.
	RouteClassView RouteKind = "class_view"
	// RouteResource is a Flask-RESTful or Flask-RESTX resource:
	// `api.add_resource(Cls, "/a")`, `@api.resource("/a")`,
	// `@ns.route("/a")`.
	RouteResource RouteKind = "resource"
)

// Route is one URL rule served by one view, for one app mount.
type Route struct {
	Kind RouteKind
	// App is the application that serves the route; nil when the route's
	// blueprint is never registered on a known app, or when the receiver
	// of the route decorator could not be resolved (Unresolved).
	App *App
	// Blueprint is the blueprint the route is declared on, nil for a
	// route declared on the app itself.
	Blueprint *Blueprint
	// Mount is the blueprint mount this copy of the route belongs to, nil
	// for app routes and unregistered blueprints.
	Mount *Mount
	// Unresolved is true when the object the route was declared on could
	// not be resolved to an app or blueprint; Owner then holds its source
	// text.
	Unresolved bool
	Owner      string
	// Rule is the full URL rule as Flask serves it: blueprint and API
	// prefixes joined to the declared rule the way Flask joins them. A part
	// that is not a literal is written "<?>" and RuleKnown is false.
	Rule      string
	RuleKnown bool
	// DeclaredRule is the rule as written at the declaration.
	DeclaredRule string
	// Endpoint is the endpoint name, with the blueprint names in front
	// ("auth.login"), as url_for takes it.
	Endpoint string
	// Methods are the HTTP methods the route accepts as declared,
	// upper-case and in the order GET, HEAD, POST, PUT, PATCH, DELETE,
	// OPTIONS, then others. Flask's implicit HEAD (with GET) and OPTIONS
	// are not added. MethodsKnown is false when `methods=` is not a
	// literal; Methods is then empty.
	Methods      []string
	MethodsKnown bool
	// Params are the URL parameters of Rule, in order.
	Params []Param
	View   View
	// Decorators are the decorators of the view, outermost first, without
	// the route decorator itself. For class-based views they include the
	// class's `decorators`/`method_decorators` and those of the method.
	Decorators []Decorator
	// Auth lists what makes the route require an authenticated user:
	// effective authentication decorators and before_request hooks of its
	// app or blueprints that enforce login. Empty means no evidence of any.
	Auth []Auth
	// RateLimits are the limits and exemptions that apply to the route:
	// its own decorators, blueprint-wide limits, the app's default limits
	// when it has none of those, and the app's application limits. An
	// exemption (Kind RateLimitExempt) means none of the app's limits
	// apply.
	RateLimits []RateLimit
	// CSRF is the route's CSRF protection status; CSRFBy names what
	// protects or exempts it ("flask_wtf.csrf.CSRFProtect", "FlaskForm",
	// "csrf.exempt", "csrf.exempt(bp)").
	CSRF   CSRFStatus
	CSRFBy string
	// Templates are the templates the view renders with a literal name.
	Templates []Template
	// Inputs are the reads of request bodies in the view (and in project
	// helpers it calls directly): request.form, request.files,
	// request.get_json() and the like.
	Inputs []Input
	// Forms are the FlaskForm classes the view instantiates.
	Forms []*Form
	// Loc is where the route is declared (the decorator or the call).
	Loc finding.Location
}

// StateChanging reports whether the route accepts a method other than
// GET, HEAD, OPTIONS and TRACE, or its methods are unknown.
func (r *Route) StateChanging() bool {
	if !r.MethodsKnown {
		return true
	}
	for _, m := range r.Methods {
		switch m {
		case "GET", "HEAD", "OPTIONS", "TRACE":
		default:
			return true
		}
	}
	return false
}

// ReadsInput reports whether the view reads a request body.
func (r *Route) ReadsInput() bool { return len(r.Inputs) > 0 }

// Param is one URL parameter: `<int:id>` is {Name: "id", Converter:
// "int"}; `<name>` has Converter "string", Flask's default.
type Param struct {
	Name      string
	Converter string
	// Args are the converter arguments as written ("a, b" for
	// `<any(a, b):x>`), "" if none.
	Args string
}

// View is the code that handles a route.
type View struct {
	// Name is the function's name, or "Class.method" for a class-based
	// view. It is "" when the view could not be resolved (Func nil).
	Name string
	// Func is the view function; for a class-based view, the method that
	// handles the route's methods (get, post, dispatch_request).
	Func *python.FunctionDef
	// Class is the class of a class-based view, nil otherwise.
	Class  *python.ClassDef
	Module *project.Module
	Loc    finding.Location
}

// DecoratorKind classifies a decorator by its security meaning.
type DecoratorKind string

// The decorator kinds.
const (
	DecoratorOther     DecoratorKind = "other"
	DecoratorAuth      DecoratorKind = "auth"
	DecoratorRateLimit DecoratorKind = "rate_limit"
	// DecoratorRateExempt is `@limiter.exempt`.
	DecoratorRateExempt DecoratorKind = "rate_limit_exempt"
	// DecoratorCSRFExempt is `@csrf.exempt` on CSRFProtect or SeaSurf.
	DecoratorCSRFExempt DecoratorKind = "csrf_exempt"
)

// Decorator is one decorator of a view.
type Decorator struct {
	// Name is the decorator as written without its arguments
	// ("login_required", "limiter.limit"); Qualified is what it resolves
	// to ("flask_login.login_required", "shop.decorators.admin_required"),
	// "" if unknown.
	Name      string
	Qualified string
	Kind      DecoratorKind
	// Outer is true for a decorator written above the route decorator: it
	// wraps the function after Flask registered it, so it does not guard
	// the route (a login_required there protects nothing).
	Outer bool
	// Expr is the decorator expression.
	Expr python.Expr
	Loc  finding.Location
}

// AuthKind tells where a route's authentication requirement comes from.
type AuthKind string

// The sources of authentication.
const (
	// AuthLibrary is a decorator from an authentication library
	// (flask_login.login_required, flask_jwt_extended.jwt_required, ...).
	AuthLibrary AuthKind = "library"
	// AuthProject is a decorator defined in the project whose body checks
	// the user (current_user, session, g.user, request.authorization) and
	// aborts, redirects or returns early.
	AuthProject AuthKind = "project"
	// AuthHTTPAuth is `@auth.login_required` on a Flask-HTTPAuth object.
	AuthHTTPAuth AuthKind = "httpauth"
	// AuthBeforeRequest is a before_request hook of the route's app or
	// blueprint that enforces authentication for every route.
	AuthBeforeRequest AuthKind = "before_request"
)

// Auth is one reason a route requires an authenticated user.
type Auth struct {
	Kind AuthKind
	// Name is the decorator as written ("login_required",
	// "auth.login_required", "role_required") or the hook function name.
	Name string
	// Qualified is the resolved name, "" if unknown.
	Qualified string
	// Check describes what a project decorator or hook checks
	// ("current_user", "session", "g.user"); "" for library decorators.
	Check string
	Loc   finding.Location
}

// RateLimitKind tells where a rate limit comes from.
type RateLimitKind string

// The kinds of rate limits.
const (
	RateLimitRoute     RateLimitKind = "route"     // @limiter.limit(...)
	RateLimitShared    RateLimitKind = "shared"    // @limiter.shared_limit(...)
	RateLimitBlueprint RateLimitKind = "blueprint" // limiter.limit(...)(bp)
	RateLimitDefault   RateLimitKind = "default"   // default_limits / RATELIMIT_DEFAULT, for routes without their own
	// RateLimitApplication is application_limits / RATELIMIT_APPLICATION:
	// one budget shared by every route, on top of the others.
	RateLimitApplication RateLimitKind = "application"
	RateLimitExempt      RateLimitKind = "exempt" // @limiter.exempt, limiter.exempt(bp)
)

// RateLimit is one rate limit (or exemption) of a route or blueprint.
type RateLimit struct {
	Kind RateLimitKind
	// Value is the limit string ("5 per minute;20 per hour"); several
	// default limits are joined with "; ". "" for exemptions and limits
	// that are not literals (ValueKnown false).
	Value      string
	ValueKnown bool
	// Scope is the shared_limit scope, when a literal.
	Scope string
	Loc   finding.Location
}

// CSRFStatus is a route's CSRF protection status.
type CSRFStatus string

// The CSRF statuses.
const (
	// CSRFNotApplicable marks routes that only accept GET, HEAD, OPTIONS
	// or TRACE, which CSRF protection does not check.
	CSRFNotApplicable CSRFStatus = "-"
	// CSRFProtected: CSRFProtect or SeaSurf is initialised on the app and
	// not disabled by configuration, or the view validates a FlaskForm.
	CSRFProtected CSRFStatus = "protected"
	// CSRFExempt: the view or its blueprint is exempted.
	CSRFExempt CSRFStatus = "exempt"
	// CSRFNone: the app has no CSRF protection.
	CSRFNone CSRFStatus = "none"
	// CSRFUnknown: the route belongs to no known app.
	CSRFUnknown CSRFStatus = "unknown"
)

// Template is a template a view renders: `render_template("x.html")`.
type Template struct {
	Name string
	Loc  finding.Location
}

// Input is one read of request data that carries a request body.
type Input struct {
	// Source is the request attribute or method: "form", "files", "json",
	// "get_json", "data", "get_data", "values", "stream".
	Source string
	Loc    finding.Location
}
