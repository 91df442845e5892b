package flaskmodel

import (
	"slices"

	"github.com/flaskguard/flaskguard/internal/project"
)

// objKind is the kind of a runtime object the model tracks.
type objKind uint8

const (
	objApp objKind = iota + 1
	objBlueprint
	objExtension
	objAPI       // flask_restful.Api, flask_restx.Api
	objNamespace // flask_restx.Namespace
)

// object is one object created by a constructor call, tracked through
// the variables, imports and parameters it flows through.
type object struct {
	kind objKind
	app  *App
	bp   *Blueprint
	ext  *extObject
	api  *apiObject
	ns   *nsObject
}

// extObject is an extension instance before it is attached to apps.
type extObject struct {
	kind  ExtensionKind
	class string
	v     string
	cs    callSite
	// ctor holds the constructor's settings, attrs the attributes set
	// on the instance later.
	ctor  map[string]*Setting
	attrs []*Setting
	// apps lists the apps it is bound to, with the init_app settings.
	inits []extInit
}

// extInit is an extension bound to an app.
type extInit struct {
	app      *App
	settings map[string]*Setting
	cs       callSite
}

// apiObject is a Flask-RESTful or Flask-RESTX Api.
type apiObject struct {
	restx       bool
	prefix      string
	prefixKnown bool
	// owners are the apps and blueprints the Api is bound to.
	owners     []*object
	decorators []located
	cs         callSite
}

// nsObject is a Flask-RESTX Namespace and the Apis it is added to.
type nsObject struct {
	name      string
	path      string
	pathKnown bool
	adds      []nsAdd
	cs        callSite
}

// nsAdd is `api.add_namespace(ns, path=...)` (or `api.namespace(...)`).
type nsAdd struct {
	api       *apiObject
	path      string
	pathKnown bool
}

// classInfo says what a known class is.
type classInfo struct {
	kind objKind
	ext  ExtensionKind
}

// knownClasses maps qualified class names, with the module paths the
// packages export them under, to what they are.
var knownClasses = map[string]classInfo{
	"flask.Flask":                                 {kind: objApp},
	"flask.app.Flask":                             {kind: objApp},
	"flask.Blueprint":                             {kind: objBlueprint},
	"flask.blueprints.Blueprint":                  {kind: objBlueprint},
	"flask_wtf.CSRFProtect":                       {objExtension, ExtCSRF},
	"flask_wtf.csrf.CSRFProtect":                  {objExtension, ExtCSRF},
	"flask_wtf.CsrfProtect":                       {objExtension, ExtCSRF},
	"flask_wtf.csrf.CsrfProtect":                  {objExtension, ExtCSRF},
	"flask_seasurf.SeaSurf":                       {objExtension, ExtSeaSurf},
	"flask_talisman.Talisman":                     {objExtension, ExtTalisman},
	"flask_talisman.talisman.Talisman":            {objExtension, ExtTalisman},
	"flask_limiter.Limiter":                       {objExtension, ExtLimiter},
	"flask_limiter.extension.Limiter":             {objExtension, ExtLimiter},
	"flask_session.Session":                       {objExtension, ExtSession},
	"flask_login.LoginManager":                    {objExtension, ExtLogin},
	"flask_login.login_manager.LoginManager":      {objExtension, ExtLogin},
	"flask_bcrypt.Bcrypt":                         {objExtension, ExtBcrypt},
	"flask_argon2.Argon2":                         {objExtension, ExtArgon2},
	"flask_cors.CORS":                             {objExtension, ExtCORS},
	"flask_cors.extension.CORS":                   {objExtension, ExtCORS},
	"flask_sqlalchemy.SQLAlchemy":                 {objExtension, ExtSQLAlchemy},
	"werkzeug.middleware.proxy_fix.ProxyFix":      {objExtension, ExtProxyFix},
	"werkzeug.contrib.fixers.ProxyFix":            {objExtension, ExtProxyFix},
	"werkzeug.debug.DebuggedApplication":          {objExtension, ExtDebugger},
	"flask_security.Security":                     {objExtension, ExtSecurity},
	"flask_security.core.Security":                {objExtension, ExtSecurity},
	"flask_jwt_extended.JWTManager":               {objExtension, ExtJWT},
	"flask_httpauth.HTTPBasicAuth":                {objExtension, ExtHTTPAuth},
	"flask_httpauth.HTTPTokenAuth":                {objExtension, ExtHTTPAuth},
	"flask_httpauth.HTTPDigestAuth":               {objExtension, ExtHTTPAuth},
	"flask_httpauth.MultiAuth":                    {objExtension, ExtHTTPAuth},
	"flask_restful.Api":                           {objAPI, ExtRESTAPI},
	"flask_restx.Api":                             {objAPI, ExtRESTAPI},
	"flask_restplus.Api":                          {objAPI, ExtRESTAPI},
	"flask_restx.Namespace":                       {kind: objNamespace},
	"flask_restplus.Namespace":                    {kind: objNamespace},
	"prometheus_flask_exporter.PrometheusMetrics": {objExtension, ExtPrometheus},
	"prometheus_flask_exporter.multiprocess.GunicornPrometheusMetrics":         {objExtension, ExtPrometheus},
	"prometheus_flask_exporter.multiprocess.GunicornInternalPrometheusMetrics": {objExtension, ExtPrometheus},
	"elasticapm.contrib.flask.ElasticAPM":                                      {objExtension, ExtMonitoring},
	"flask_debugtoolbar.DebugToolbarExtension":                                 {objExtension, ExtDebugToolbar},
}

// monitorFuncs are monitoring set-up functions that take no app.
var monitorFuncs = map[string]string{
	"sentry_sdk.init":           "sentry",
	"newrelic.agent.initialize": "newrelic",
	"ddtrace.patch_all":         "datadog",
}

// monitorNames are the last parts of monitorFuncs, to pick candidate calls.
var monitorNames = setOf("init", "initialize", "patch_all")

// classOf says what a constructor call makes: a known class, or a
// project class deriving from one (class MyFlask(Flask)).
func (b *builder) classOf(cs callSite) (string, classInfo, bool) {
	q := b.proj.QualifyAt(cs.m, cs.call.Func, cs.scope)
	if q == "" {
		return "", classInfo{}, false
	}
	if ci, ok := knownClasses[q]; ok {
		return q, ci, true
	}
	for _, base := range b.anc.of(q) {
		if ci, ok := knownClasses[base]; ok && (ci.kind == objApp || ci.kind == objBlueprint) {
			return q, ci, true
		}
	}
	return "", classInfo{}, false
}

// ancestry memoises the ancestors of project classes: the qualified
// names of their bases, of their bases' bases, and so on, outside
// classes included (flask.Flask, flask_wtf.FlaskForm). Every module-level
// class is asked about several bases; walking each hierarchy once keeps
// that cheap. It is only used while Build runs.
type ancestry struct {
	proj *project.Project
	memo map[string][]string
}

// of returns the ancestors of the class named q, nearest first.
func (a *ancestry) of(q string) []string {
	if v, ok := a.memo[q]; ok {
		return v
	}
	a.memo[q] = nil // a class deriving from itself stops here
	c := a.proj.ClassNamed(q)
	if c == nil {
		return nil
	}
	var out []string
	for _, arg := range c.Def.Bases {
		if arg.Name != "" || arg.Star != 0 {
			continue // metaclass= and the like
		}
		if bq := a.proj.QualifyAt(c.Module, arg.Value, nil); bq != "" && bq != q {
			out = append(out, bq)
			out = append(out, a.of(bq)...)
		}
	}
	a.memo[q] = out
	return out
}

// derives reports whether the class named q is, or derives from, one of
// the bases.
func (a *ancestry) derives(q string, bases ...string) bool {
	if slices.Contains(bases, q) {
		return true
	}
	for _, anc := range a.of(q) {
		if slices.Contains(bases, anc) {
			return true
		}
	}
	return false
}

// ctorNames collects the short names of known classes and of project
// classes that derive from Flask or Blueprint, which the walker uses to
// pick candidate constructor calls.
func ctorNames(anc *ancestry, mods []*project.Module) map[string]bool {
	names := map[string]bool{}
	for q := range knownClasses {
		names[lastPart(q)] = true
	}
	for _, m := range mods {
		for name, bs := range m.Bindings {
			for _, bd := range bs {
				if bd.Kind != project.BindClass || len(bd.Class.Bases) == 0 {
					continue
				}
				q := name
				if m.Name != "" {
					q = m.Name + "." + name
				}
				if anc.derives(q, project.FlaskClass, "flask.app.Flask", "flask.Blueprint", "flask.blueprints.Blueprint") {
					names[name] = true
				}
			}
		}
	}
	return names
}

// methodNames are the method and function names whose calls the model
// interprets; any other call is only a candidate constructor or a call of
// a project function.
var methodNames = setOf(
	// Routes and blueprints.
	"add_url_rule", "register_blueprint", "add_resource", "add_namespace", "namespace", "as_view",
	// Extensions, exemptions and limits.
	"init_app", "exempt", "instrument_app",
	// Hooks and error handlers.
	"before_request", "after_request", "before_app_request", "after_app_request", "teardown_request",
	"errorhandler", "app_errorhandler", "register_error_handler",
	// Configuration.
	"update", "from_mapping", "from_object", "from_pyfile", "from_envvar", "from_prefixed_env",
	"from_file", "setdefault", "run",
	// Logging.
	"basicConfig", "dictConfig", "fileConfig", "addHandler", "setLevel",
)

// setOf makes a set of strings; the sets built with it are read-only.
func setOf(names ...string) map[string]bool {
	s := make(map[string]bool, len(names))
	for _, n := range names {
		s[n] = true
	}
	return s
}

// lastPart is the last component of a dotted name.
func lastPart(q string) string {
	for i := len(q) - 1; i >= 0; i-- {
		if q[i] == '.' {
			return q[i+1:]
		}
	}
	return q
}
