package flaskmodel

import (
	"github.com/flaskguard/flaskguard/internal/finding"
	"github.com/flaskguard/flaskguard/internal/project"
	"github.com/flaskguard/flaskguard/internal/python"
)

// ExtensionKind names a Flask extension or middleware by what it does.
type ExtensionKind string

// The extensions the model knows.
const (
	ExtCSRF         ExtensionKind = "csrf"         // flask_wtf.csrf.CSRFProtect
	ExtSeaSurf      ExtensionKind = "seasurf"      // flask_seasurf.SeaSurf
	ExtTalisman     ExtensionKind = "talisman"     // flask_talisman.Talisman
	ExtLimiter      ExtensionKind = "limiter"      // flask_limiter.Limiter
	ExtSession      ExtensionKind = "session"      // flask_session.Session
	ExtLogin        ExtensionKind = "login"        // flask_login.LoginManager
	ExtBcrypt       ExtensionKind = "bcrypt"       // flask_bcrypt.Bcrypt
	ExtArgon2       ExtensionKind = "argon2"       // flask_argon2.Argon2
	ExtCORS         ExtensionKind = "cors"         // flask_cors.CORS
	ExtSQLAlchemy   ExtensionKind = "sqlalchemy"   // flask_sqlalchemy.SQLAlchemy
	ExtProxyFix     ExtensionKind = "proxyfix"     // werkzeug ProxyFix around app.wsgi_app
	ExtSecurity     ExtensionKind = "security"     // flask_security.Security
	ExtJWT          ExtensionKind = "jwt"          // flask_jwt_extended.JWTManager
	ExtHTTPAuth     ExtensionKind = "httpauth"     // flask_httpauth HTTPBasicAuth, HTTPTokenAuth, ...
	ExtRESTAPI      ExtensionKind = "restapi"      // flask_restful.Api, flask_restx.Api
	ExtPrometheus   ExtensionKind = "prometheus"   // prometheus_flask_exporter.PrometheusMetrics
	ExtMonitoring   ExtensionKind = "monitoring"   // other app-bound monitoring (ElasticAPM, ...)
	ExtDebugger     ExtensionKind = "debugger"     // werkzeug DebuggedApplication around the app
	ExtDebugToolbar ExtensionKind = "debugtoolbar" // flask_debugtoolbar.DebugToolbarExtension
)

// Extension is one extension instance as initialised on one app. An
// instance created unbound (`csrf = CSRFProtect()`) and initialised on two
// apps appears twice; one never initialised appears once with App nil.
type Extension struct {
	Kind ExtensionKind
	// Class is the qualified class ("flask_wtf.csrf.CSRFProtect").
	Class string
	// Var is the variable the instance is assigned to, "" if none.
	Var string
	App *App
	// Settings are the constructor's keyword arguments, those given to
	// init_app for this app, and attributes assigned on the instance
	// (login_manager.session_protection = "strong"), keyed by name; later
	// ones override earlier. Meaningful positional arguments get their
	// keyword name: Limiter's key_func, ProxyFix's app.
	Settings map[string]*Setting
	Module   *project.Module
	Call     *python.Call
	// Loc is where the instance is created; InitLoc where it is bound to
	// the app (the constructor itself or the init_app call), zero when
	// unbound.
	Loc     finding.Location
	InitLoc finding.Location
}

// Setting returns a named setting, or nil.
func (e *Extension) Setting(name string) *Setting { return e.Settings[name] }

// Setting is one argument or attribute of an extension.
type Setting struct {
	Name string
	// Value is the constant value when Known.
	Value project.Value
	Known bool
	// Ref is the qualified name the value refers to when it is a name or
	// attribute rather than a constant ("flask_limiter.util.get_remote_address").
	Ref string
	// Items are the elements of a list, tuple or set of constants
	// (default_limits=["200 per day"]); nil otherwise.
	Items []string
	// Dict holds the entries of a dict literal with constant keys (a
	// Talisman content_security_policy), through names bound to one; a
	// value that is a list of strings is joined with spaces, as Talisman
	// does. Entries whose value is not constant have Known false.
	Dict []KeyValue
	// Text is the source text of the value.
	Text string
	Expr python.Expr
	Loc  finding.Location
}

// KeyValue is one entry of a dict-valued Setting or of headers set in bulk.
type KeyValue struct {
	Key, Value string
	Known      bool
}

// HookKind is the Flask hook a function is registered as.
type HookKind string

// The hooks the model records.
const (
	BeforeRequest    HookKind = "before_request"
	AfterRequest     HookKind = "after_request"
	BeforeAppRequest HookKind = "before_app_request" // blueprint hook for every request of the app
	AfterAppRequest  HookKind = "after_app_request"
	TeardownRequest  HookKind = "teardown_request"
)

// Hook is a function registered to run around requests.
type Hook struct {
	Kind HookKind
	// App or Blueprint is what it is registered on.
	App       *App
	Blueprint *Blueprint
	Name      string
	Func      *python.FunctionDef
	Module    *project.Module
	// Headers are the response headers an after-request hook sets.
	Headers []Header
	// Auth is set when a before-request hook enforces authentication
	// (checks the user and aborts, redirects or returns early).
	Auth *Auth
	Loc  finding.Location
}

// Header is a response header set by code: `resp.headers["X"] = v`,
// `headers.set("X", v)`, `headers.update({...})`.
type Header struct {
	Name string
	// Value is the value when Known (a constant string).
	Value string
	Known bool
	Loc   finding.Location
}

// ErrorHandler is a function registered for an HTTP status or exception.
type ErrorHandler struct {
	App       *App
	Blueprint *Blueprint
	// Code is the HTTP status handled, 0 for an exception class.
	Code int
	// Exception is the qualified exception class ("Exception",
	// "werkzeug.exceptions.HTTPException"), "" for a code.
	Exception string
	// AppWide is true for a blueprint's app_errorhandler.
	AppWide bool
	Name    string
	Func    *python.FunctionDef
	Module  *project.Module
	Loc     finding.Location
}

// LogSetup is one call that configures logging.
type LogSetup struct {
	// Kind is "basicConfig", "dictConfig", "fileConfig", "addHandler",
	// "setLevel" or "handler" (a handler object created).
	Kind string
	// App is set for app.logger.addHandler / setLevel.
	App *App
	// Handler is the qualified handler class created or added, or the
	// handler classes named in a dictConfig, joined with ", ".
	Handler string
	// Level is a literal level ("INFO", "DEBUG", "logging.DEBUG").
	Level  string
	Call   *python.Call
	Module *project.Module
	Loc    finding.Location
}

// Monitor is a monitoring or error-reporting set-up not bound to an app
// object: sentry_sdk.init(...), newrelic.agent.initialize(),
// ddtrace.patch_all().
type Monitor struct {
	// Kind is "sentry", "newrelic", "datadog" or "opentelemetry".
	Kind     string
	Settings map[string]*Setting
	Call     *python.Call
	Module   *project.Module
	Loc      finding.Location
}

// Form is a project class deriving from flask_wtf.FlaskForm.
type Form struct {
	Name  string
	Class *project.Class
	Loc   finding.Location
}
