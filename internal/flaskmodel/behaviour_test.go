package flaskmodel

import (
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/flaskguard/flaskguard/internal/confsrc"
	"github.com/flaskguard/flaskguard/internal/discover"
	"github.com/flaskguard/flaskguard/internal/project"
	"github.com/flaskguard/flaskguard/internal/python"
)

// buildSrc builds the model of in-memory files, Python and configuration
// alike; reverse feeds them to Build in the opposite order.
func buildSrc(t *testing.T, files map[string]string, reverse bool) *Model {
	t.Helper()
	paths := make([]string, 0, len(files))
	for p := range files {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	if reverse {
		slices.Reverse(paths)
	}
	var pys []*python.File
	var confs []*confsrc.File
	for _, p := range paths {
		kind, _ := discover.Classify(p)
		if kind == discover.Python {
			f, err := python.Parse(p, []byte(files[p]))
			if err != nil || len(f.Errors) > 0 {
				t.Fatalf("%s: %v %v", p, err, f.Errors)
			}
			pys = append(pys, f)
			continue
		}
		c, err := confsrc.Read(p, confsrc.Kind(kind), []byte(files[p]))
		if err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		confs = append(confs, c)
	}
	return Build(project.Build(pys), confs)
}

// authOf lists each route's rule with its auth names and checks.
func authOf(md *Model) []string {
	var out []string
	for _, r := range md.Routes {
		var as []string
		for _, a := range r.Auth {
			as = append(as, string(a.Kind)+":"+a.Name+"("+a.Check+")")
		}
		out = append(out, r.Rule+" "+strings.Join(as, ","))
	}
	return out
}

// Project decorators count as authentication only when they check the
// user and refuse on the failing side; hooks too.
func TestAuthDetection(t *testing.T) {
	md := buildSrc(t, map[string]string{"app.py": `
from functools import wraps
from flask import Flask, abort, g, redirect, session, url_for
from flask_login import current_user, login_required
from flask_jwt_extended import verify_jwt_in_request

app = Flask(__name__)

def session_required(f):
    @wraps(f)
    def w(*a, **k):
        if session.get("user_id") is None:
            return redirect(url_for("login"))
        return f(*a, **k)
    return w

def g_user_required(f):
    @wraps(f)
    def w(*a, **k):
        user = g.get("user")
        if user is None:
            abort(401)
        return f(*a, **k)
    return w

def allow_then_deny(f):
    @wraps(f)
    def w(*a, **k):
        if current_user.is_authenticated:
            return f(*a, **k)
        return redirect(url_for("login"))
    return w

def anonymous_required(f):
    @wraps(f)
    def w(*a, **k):
        if current_user.is_authenticated:
            return redirect(url_for("index"))
        return f(*a, **k)
    return w

def admin(f):
    @login_required
    @wraps(f)
    def w(*a, **k):
        return f(*a, **k)
    return w

def jwt(f):
    @wraps(f)
    def w(*a, **k):
        verify_jwt_in_request()
        return f(*a, **k)
    return w

def timed(f):
    @wraps(f)
    def w(*a, **k):
        if g.get("start") is None:
            return f(*a, **k)
        return f(*a, **k)
    return w

@app.route("/1")
@session_required
def one(): pass

@app.route("/2")
@g_user_required
def two(): pass

@app.route("/3")
@allow_then_deny
def three(): pass

@app.route("/4")
@anonymous_required
def four(): pass

@app.route("/5")
@admin
def five(): pass

@app.route("/6")
@jwt
def six(): pass

@app.route("/7")
@timed
def seven(): pass

@login_required
@app.route("/8")
def eight(): pass
`}, false)
	want := []string{
		"/1 project:session_required(session)",
		"/2 project:g_user_required(g.user)",
		"/3 project:allow_then_deny(current_user)",
		"/4 ",
		"/5 project:admin(flask_login.login_required)",
		"/6 project:jwt(verify_jwt_in_request)",
		"/7 ",
		"/8 ",
	}
	if got := authOf(md); !slices.Equal(got, want) {
		t.Errorf("auth:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	eight := md.Routes[7]
	if len(eight.Decorators) != 1 || !eight.Decorators[0].Outer || eight.Decorators[0].Kind != DecoratorAuth {
		t.Errorf("login_required above the route: %+v", eight.Decorators)
	}
}

// An app's before_request hook that checks the session protects every
// route of the app; one that only records timing protects none.
func TestBeforeRequestAuth(t *testing.T) {
	md := buildSrc(t, map[string]string{"app.py": `
import time
from flask import Flask, g, redirect, request, session

app = Flask(__name__)
other = Flask("other")
PUBLIC = {"login"}

@app.before_request
def require_login():
    if request.endpoint not in PUBLIC and not session.get("uid"):
        return redirect("/login")

def start_timer():
    g.start = time.time()

other.before_request(start_timer)

@app.get("/a")
def a(): pass

@other.get("/b")
def b(): pass
`}, false)
	want := []string{"/a before_request:require_login(session)", "/b "}
	if got := authOf(md); !slices.Equal(got, want) {
		t.Errorf("auth: %q, want %q", got, want)
	}
	if len(md.Apps[1].Hooks) != 1 || md.Apps[1].Hooks[0].Auth != nil || md.Apps[1].Hooks[0].Name != "start_timer" {
		t.Errorf("other's hooks: %+v", md.Apps[1].Hooks)
	}
}

// Attribute assignments and app.run(debug=...) are config entries, in
// source order; FLASK_DEBUG from an env file comes last.
func TestConfigOrigins(t *testing.T) {
	md := buildSrc(t, map[string]string{
		"app.py": `
from flask import Flask
app = Flask(__name__)
app.debug = False
app.secret_key = "literal"
app.config["DEBUG"] = True
if __name__ == "__main__":
    app.run(debug=True)
`,
		".flaskenv": "FLASK_DEBUG=0\n",
	}, false)
	var got []string
	for _, e := range md.Apps[0].Config {
		got = append(got, entry(e))
	}
	want := []string{
		"DEBUG = False (attribute) at app.py:4:13",
		`SECRET_KEY = "literal" (attribute) at app.py:5:18`,
		"DEBUG = True (item) at app.py:6:23",
		"DEBUG = True (run cond) at app.py:8:19",
		"DEBUG = False (env env FLASK_DEBUG) at .flaskenv:1:1",
	}
	if !slices.Equal(got, want) {
		t.Errorf("config:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// The model does not depend on the order files are given in.
func TestDeterministic(t *testing.T) {
	files := map[string]string{
		"a/__init__.py": "from flask import Flask\nfrom .views import bp\n\ndef create_app():\n    app = Flask(__name__)\n    app.register_blueprint(bp)\n    return app\n",
		"a/views.py":    "from flask import Blueprint\nbp = Blueprint('v', __name__)\n\n@bp.post('/x')\ndef x(): pass\n\n@bp.get('/y')\ndef y(): pass\n",
		"b.py":          "from flask import Flask\napp = Flask(__name__)\n\n@app.route('/x')\ndef x(): pass\n",
		".env":          "FLASK_DEBUG=1\n",
		"Dockerfile":    "FROM python\nENV FLASK_DEBUG=0\n",
	}
	first := dump(buildSrc(t, files, false))
	if second := dump(buildSrc(t, files, true)); first != second {
		t.Errorf("dumps differ:\n%s", diffLines(first, second))
	}
}

// AppsOf resolves expressions of rules to apps; RoutesOf and
// RoutesOfClass find a view's routes.
func TestLookups(t *testing.T) {
	md := load(t, filepath.Join("testdata", "factory"))
	p := md.Project()
	wsgi := p.ModuleAt("wsgi.py")
	assign := wsgi.File.Module.Body[len(wsgi.File.Module.Body)-1].(*python.Assign)
	apps := md.AppsOf(wsgi, assign.Targets[0], nil)
	if len(apps) != 1 || apps[0].Label != "create_app()" || apps[0].Factory.Name != "create_app" {
		t.Fatalf("AppsOf(app in wsgi.py) = %v", apps)
	}
	auth := p.ModuleAt("shop/auth.py")
	_, login := p.Function("shop.auth.login")
	if rs := md.RoutesOf(login); len(rs) != 1 || rs[0].Rule != "/login" || rs[0].View.Module != auth {
		t.Errorf("RoutesOf(login) = %v", rs)
	}
	order := p.ClassNamed("shop.api.views.OrderAPI")
	if rs := md.RoutesOfClass(order.Def); len(rs) != 5 {
		t.Errorf("RoutesOfClass(OrderAPI) = %d routes, want 5", len(rs))
	}
	app := apps[0]
	if envs := app.Environments(); !slices.Equal(envs, []Environment{Production, Development}) {
		t.Errorf("environments %v", envs)
	}
	prod, dev := md.EffectiveConfig(app, Production), md.EffectiveConfig(app, Development)
	if e := prod["SECRET_KEY"]; e.Known || !e.FromEnv || e.Env != Production {
		t.Errorf("production SECRET_KEY %+v", e)
	}
	if e := dev["SECRET_KEY"]; e.Value.Str != "dev-secret" || e.Object.Name != "DevelopmentConfig" {
		t.Errorf("development SECRET_KEY %+v", e)
	}
	if vs := md.EnvValues("FLASK_DEBUG"); len(vs) != 1 || vs[0].Value != "0" {
		t.Errorf("EnvValues(FLASK_DEBUG) = %+v", vs)
	}
}

// Build survives every Python fixture of the repository (the parser's
// error-recovery cases, the rules' fixtures, the project model's), read
// as one project: odd code must never crash a scan.
func TestBuildRobust(t *testing.T) {
	var pys []*python.File
	err := filepath.WalkDir("..", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || filepath.Ext(p) != ".py" || !strings.Contains(p, "testdata") {
			return err
		}
		src, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		f, err := python.Parse(filepath.ToSlash(p), src)
		if err != nil {
			return err
		}
		pys = append(pys, f)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	md := Build(project.Build(pys), nil)
	if len(pys) < 50 || len(md.Routes) == 0 {
		t.Errorf("%d files, %d routes: the walk found too little", len(pys), len(md.Routes))
	}
}
