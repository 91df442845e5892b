// Package flaskmodel is the Flask application model: what a Flask code base
// builds at run time, worked out statically from the project model. It
// finds every application (module-level or made by a factory), every
// blueprint and where it is registered, every route with its methods, URL
// parameters, view, decorators and their security meaning (authentication,
// rate limits, CSRF exemptions), the configuration each application ends up
// with per environment, the extensions initialised on it and their
// settings, and its hooks, error handlers and logging set-up.
//
// Practice rules read the model instead of re-deriving Flask semantics: a
// CSRF rule asks which state-changing routes are exempt, a rate-limit rule
// asks whether the login route has a limit, a session rule asks what
// SESSION_COOKIE_SECURE is in production. Build runs once per scan, after
// parsing; the model is read-only afterwards and safe for concurrent use.
//
// Everything is resolved through bindings, never by variable name: `bp`
// in views.py and `auth_bp` in the factory are the same blueprint when one
// is imported as the other. What cannot be resolved is left out or marked
// unknown rather than guessed, with one exception: a route decorator or
// add_url_rule call with a literal path whose receiver cannot be resolved
// still yields a route (Route.Unresolved, no app), because an inventory
// that silently drops routes is worse.
package flaskmodel

import (
	"github.com/flaskguard/flaskguard/internal/finding"
	"github.com/flaskguard/flaskguard/internal/project"
	"github.com/flaskguard/flaskguard/internal/python"
)

// Model is the Flask application model of one project.
type Model struct {
	// Apps are the Flask application objects, one per `Flask(...)` call
	// (or call of a project subclass of Flask), in file and source order.
	// A factory called from several places still makes one App.
	Apps []*App
	// Blueprints are the `Blueprint(...)` calls, in file and source order.
	Blueprints []*Blueprint
	// Routes are all routes, sorted by rule, then methods, then view
	// location. A blueprint route appears once per place the blueprint is
	// mounted; a route of a never-registered blueprint appears once, with
	// no App.
	Routes []*Route
	// Extensions are the extension instances per application they are
	// initialised on, plus instances never bound to an app (App nil).
	Extensions []*Extension
	// ConfigObjects are the classes and modules loaded with
	// config.from_object (and project classes deriving from a loaded
	// class), with their environment and upper-case entries.
	ConfigObjects []*ConfigObject
	// Hooks are before/after-request functions of apps and blueprints.
	Hooks []*Hook
	// ErrorHandlers are the error handlers of apps and blueprints.
	ErrorHandlers []*ErrorHandler
	// Logging lists the logging set-up calls found anywhere in the code.
	Logging []*LogSetup
	// Monitoring lists monitoring and error-reporting set-ups that are not
	// bound to an app object (sentry_sdk.init, newrelic, ddtrace).
	Monitoring []*Monitor
	// Diagnostics are internal errors met while building the model: a
	// file whose walk crashed is left out and named here.
	Diagnostics []finding.Diagnostic
	// Forms are the project classes deriving from flask_wtf.FlaskForm,
	// whose instances check a CSRF token on submit.
	Forms []*Form
	// Env lists the environment variables set outside Python: .env and
	// .flaskenv files, Dockerfile ENV (not ARG), compose `environment:`
	// and variables assigned in front of Procfile commands.
	Env []EnvSetting

	proj    *project.Project
	res     *resolver
	byView  map[*python.FunctionDef][]*Route
	byClass map[*python.ClassDef][]*Route
	// monitorImports and logCalls are what MonitoringProofs and
	// LoggingProofs need from every module, collected by Build's walk.
	monitorImports []monitorImport
	logCalls       []Proof
}

// App is one Flask application object.
type App struct {
	// Label names the app for people: its variable name ("app"), the
	// factory with parentheses ("create_app()") when it is made in one,
	// prefixed with the module ("shop.wsgi:app") when two apps would
	// otherwise share a label.
	Label string
	// Var is the variable the Flask object is assigned to where it is
	// created, "" when it is not assigned to a plain name.
	Var string
	// ImportName is the first argument of Flask(...): the module name when
	// it is __name__, the literal otherwise, "" when not constant.
	ImportName string
	Module     *project.Module
	// Factory is the function the app is created in (create_app), nil
	// for an app made at module level.
	Factory *python.FunctionDef
	Call    *python.Call
	Loc     finding.Location

	// Blueprints are the blueprints registered directly on the app.
	Blueprints []*Registration
	// Routes are all routes the app serves, its own and its blueprints',
	// in Model.Routes order.
	Routes []*Route
	// Extensions are the extensions initialised on the app.
	Extensions []*Extension
	// Config is every configuration entry set on the app, in load order:
	// a later entry for the same key overrides an earlier one in the
	// environments both apply to. See Model.EffectiveConfig.
	Config []*ConfigEntry
	// ConfigLoads are the calls that load configuration in bulk
	// (from_object, from_pyfile, from_envvar, from_prefixed_env,
	// from_file, update, from_mapping), in load order.
	ConfigLoads []*ConfigLoad
	// Hooks, ErrorHandlers and Logging are those of the app, including
	// app-wide ones registered by its blueprints (before_app_request,
	// app_errorhandler).
	Hooks         []*Hook
	ErrorHandlers []*ErrorHandler
	Logging       []*LogSetup
}

// Extension returns the first extension of a kind initialised on the
// app, or nil.
func (a *App) Extension(kind ExtensionKind) *Extension {
	for _, e := range a.Extensions {
		if e.Kind == kind {
			return e
		}
	}
	return nil
}

// Blueprint is one `Blueprint(name, import_name, ...)` object.
type Blueprint struct {
	// Name is the blueprint's name, the first argument ("auth"); it
	// prefixes its endpoints. "" when not a literal.
	Name string
	// Var is the variable the blueprint is assigned to, "" if none.
	Var string
	// URLPrefix is the constructor's url_prefix; HasPrefix tells whether
	// one was given, PrefixKnown whether it is a literal.
	URLPrefix   string
	HasPrefix   bool
	PrefixKnown bool
	Module      *project.Module
	Call        *python.Call
	Loc         finding.Location

	// Registrations are the register_blueprint calls that register this
	// blueprint, on an app or on a parent blueprint.
	Registrations []*Registration
	// Children are the blueprints registered on this one.
	Children []*Registration
	// Mounts are the resolved places the blueprint is served at: one per
	// chain of registrations leading to an app.
	Mounts []*Mount
	// Routes are the routes declared on the blueprint, once per mount.
	Routes []*Route
	// CSRFExempt is where `csrf.exempt(bp)` exempts the whole blueprint
	// from CSRFProtect/SeaSurf, nil if it does not.
	CSRFExempt *finding.Location
	// RateLimits are blueprint-wide limits and exemptions:
	// `limiter.limit("10/second")(bp)`, `limiter.exempt(bp)`.
	RateLimits []RateLimit
	// Hooks and ErrorHandlers are those registered on the blueprint.
	Hooks         []*Hook
	ErrorHandlers []*ErrorHandler
}

// Registration is one `parent.register_blueprint(bp, url_prefix=...)`.
type Registration struct {
	Blueprint *Blueprint
	// App is set when the parent is an app, Parent when it is a blueprint
	// (nested blueprints); exactly one of them is non-nil.
	App    *App
	Parent *Blueprint
	// URLPrefix is the url_prefix given to register_blueprint, which
	// replaces the blueprint's own; HasPrefix tells whether one was given
	// and PrefixKnown whether it is a literal.
	URLPrefix   string
	HasPrefix   bool
	PrefixKnown bool
	// Name is the `name=` override of the blueprint's name, "" if none.
	Name string
	Call *python.Call
	Loc  finding.Location
}

// Mount is one place a blueprint is served: the chain of registrations
// from an app down to the blueprint, and the URL prefix that results.
type Mount struct {
	App *App
	// Chain is the registrations from the app down to the blueprint.
	Chain []*Registration
	// Prefix is the effective url_prefix, joined as Flask joins nested
	// prefixes; "" means none. PrefixKnown is false when some part of it
	// is not a literal (that part is written "<?>").
	Prefix      string
	PrefixKnown bool
	// Endpoint is the dotted blueprint name its endpoints get ("api.v1").
	Endpoint string
}

// RoutesOf returns the routes whose view is the function fn (a view
// function, or one HTTP method of a class-based view).
func (md *Model) RoutesOf(fn *python.FunctionDef) []*Route { return md.byView[fn] }

// RoutesOfClass returns the routes served by a class-based view
// (MethodView, View, Flask-RESTful/RESTX Resource).
func (md *Model) RoutesOfClass(c *python.ClassDef) []*Route { return md.byClass[c] }

// AppsOf resolves an expression, seen from a scope of module m, to the
// apps it can evaluate to: a variable holding `Flask(...)`, a factory
// call, a parameter that callers pass an app to. It is for rules that
// need to know which app a call such as `x.run(debug=True)` acts on.
func (md *Model) AppsOf(m *project.Module, e python.Expr, scope project.Scope) []*App {
	var out []*App
	for _, o := range md.res.objects(m, scope, nil, e) {
		if o.app != nil {
			out = append(out, o.app)
		}
	}
	return out
}

// Project returns the project model the Flask model was built from.
func (md *Model) Project() *project.Project { return md.proj }
