package flaskmodel

import (
	"fmt"
	"strings"
	"testing"
)

// routeLine is one route as the examples test compares it: methods,
// rule, view, owner, auth, CSRF, rate limits.
func routeLine(r *Route) string {
	var auth, limits []string
	for _, a := range r.Auth {
		auth = append(auth, a.Name)
	}
	for _, l := range r.RateLimits {
		limits = append(limits, string(l.Kind)+" "+l.Value)
	}
	return fmt.Sprintf("%s %s %s:%d %s auth=%s csrf=%s limits=%s", strings.Join(r.Methods, ","), r.Rule,
		r.View.Loc.Path, r.View.Loc.StartLine, owner(r), strings.Join(auth, "+"), r.CSRF, strings.Join(limits, "+"))
}

func checkRoutes(t *testing.T, md *Model, want []string) {
	t.Helper()
	var got []string
	for _, r := range md.Routes {
		got = append(got, routeLine(r))
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("routes:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// The demo app that breaks every practice: one module-level app, two
// blueprints, a session-checking login_required, no CSRF protection and
// no rate limits.
func TestVulnerableApp(t *testing.T) {
	md := load(t, "../../examples/vulnerable-app")
	checkRoutes(t, md, []string{
		"GET / views.py:42 app/notes auth=login_required csrf=- limits=",
		"GET /books/lookup views.py:150 app/notes auth=login_required csrf=- limits=",
		"GET /download views.py:133 app/notes auth=login_required csrf=- limits=",
		"GET,POST /login auth.py:53 app/auth auth= csrf=none limits=",
		"GET /logout auth.py:73 app/auth auth= csrf=- limits=",
		"GET /notes/<int:note_id> views.py:88 app/notes auth=login_required csrf=- limits=",
		"GET /notes/<int:note_id>/export views.py:117 app/notes auth=login_required csrf=- limits=",
		"POST /notes/delete views.py:97 app/notes auth=login_required csrf=none limits=",
		"POST /notes/import views.py:140 app/notes auth=login_required csrf=none limits=",
		"GET,POST /notes/new views.py:61 app/notes auth=login_required csrf=none limits=",
		"POST /notes/preview views.py:78 app/notes auth=login_required csrf=none limits=",
		"POST /preferences views.py:49 app/notes auth=login_required csrf=none limits=",
		"GET,POST /register auth.py:37 app/auth auth= csrf=none limits=",
		"GET /search views.py:105 app/notes auth=login_required csrf=- limits=",
	})
	app := md.Apps[0]
	if len(md.Apps) != 1 || app.Label != "app" || app.Factory != nil {
		t.Fatalf("apps: %d, first %q", len(md.Apps), app.Label)
	}
	cfg := md.EffectiveConfig(app, Production)
	if e := cfg["SESSION_COOKIE_SECURE"]; e == nil || !e.Known || e.Value.Bool || e.Origin != OriginObject {
		t.Errorf("SESSION_COOKIE_SECURE = %+v, want False from Config", e)
	}
	if e := cfg["SECRET_KEY"]; e == nil || e.Value.Str != "dev" || !e.FromEnv || e.EnvVar != "SECRET_KEY" {
		t.Errorf("SECRET_KEY = %+v, want the env fallback \"dev\"", e)
	}
	if ext := app.Extension(ExtDebugger); ext == nil || ext.Var != "application" || ext.Setting("evalex").Value.Bool != true {
		t.Errorf("DebuggedApplication(app, evalex=True) not attached: %+v", ext)
	}
}

// The fixed app: a factory, CSRFProtect, Talisman and Flask-Limiter made
// in extensions.py and initialised in the factory, per-route limits.
func TestSecureApp(t *testing.T) {
	md := load(t, "../../examples/secure-app")
	const def = "default 200 per day; 50 per hour"
	checkRoutes(t, md, []string{
		"GET / views.py:61 create_app()/notes auth=login_required csrf=- limits=" + def,
		"GET /books/lookup views.py:195 create_app()/notes auth=login_required csrf=- limits=route 30 per minute",
		"GET /healthz app.py:78 create_app() auth= csrf=- limits=exempt ",
		"GET,POST /login auth.py:79 create_app()/auth auth= csrf=protected limits=route 5 per minute;20 per hour",
		"POST /logout auth.py:104 create_app()/auth auth= csrf=protected limits=" + def,
		"GET /notes/<int:note_id> views.py:112 create_app()/notes auth=login_required csrf=- limits=" + def,
		"GET /notes/<int:note_id>/attachment views.py:155 create_app()/notes auth=login_required csrf=- limits=" + def,
		"POST /notes/<int:note_id>/delete views.py:118 create_app()/notes auth=login_required csrf=protected limits=" + def,
		"GET /notes/<int:note_id>/export views.py:134 create_app()/notes auth=login_required csrf=- limits=" + def,
		"POST /notes/import views.py:169 create_app()/notes auth=login_required csrf=protected limits=" + def,
		"GET,POST /notes/new views.py:81 create_app()/notes auth=login_required csrf=protected limits=" + def,
		"POST /notes/preview views.py:105 create_app()/notes auth=login_required csrf=protected limits=" + def,
		"POST /preferences views.py:68 create_app()/notes auth=login_required csrf=protected limits=" + def,
		"GET,POST /register auth.py:56 create_app()/auth auth= csrf=protected limits=route 5 per hour",
		"GET /search views.py:126 create_app()/notes auth=login_required csrf=- limits=" + def,
	})
	app := md.Apps[0]
	tal := app.Extension(ExtTalisman)
	if tal == nil || tal.InitLoc.StartLine != 57 || tal.Loc.Path != "extensions.py" {
		t.Fatalf("talisman: %+v", tal)
	}
	csp := tal.Setting("content_security_policy")
	if len(csp.Dict) != 8 || csp.Dict[1] != (KeyValue{Key: "script-src", Value: "'self'", Known: true}) {
		t.Errorf("CSP: %+v", csp.Dict)
	}
	if pf := app.Extension(ExtProxyFix); pf == nil || pf.Setting("x_for").Value.Int != 1 || pf.Setting("x_proto").Value.Int != 1 {
		t.Errorf("ProxyFix: %+v", pf)
	}
	if lim := app.Extension(ExtLimiter); lim == nil || lim.Setting("key_func").Ref != "flask_limiter.util.get_remote_address" {
		t.Errorf("limiter key_func: %+v", lim)
	}
	if len(md.Monitoring) != 1 || md.Monitoring[0].Kind != "sentry" || md.Monitoring[0].Settings["send_default_pii"].Value.Bool {
		t.Errorf("monitoring: %+v", md.Monitoring)
	}
	if len(app.ErrorHandlers) != 5 || app.ErrorHandlers[4].Code != 500 || app.ErrorHandlers[4].Func.Name != "internal_error" {
		t.Errorf("error handlers: %d", len(app.ErrorHandlers))
	}
}
