package flaskmodel

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/flaskguard/flaskguard/internal/confsrc"
	"github.com/flaskguard/flaskguard/internal/finding"
)

// headerLines writes an app's headers as "Name: value @line by".
func headerLines(md *Model, app *App) []string {
	var out []string
	for _, h := range md.AppHeaders(app) {
		v := h.Value
		if !h.Known {
			v = "?"
		}
		by := "hook"
		if h.Talisman != nil {
			by = "talisman"
			if h.Setting == nil {
				by += " default"
			}
		}
		out = append(out, fmt.Sprintf("%s: %s @%d %s", h.Name, v, h.Loc.StartLine, by))
	}
	return out
}

func TestTalismanDefaults(t *testing.T) {
	md := buildSrc(t, map[string]string{"app.py": `from flask import Flask
from flask_talisman import Talisman

app = Flask(__name__)
Talisman(app)
`}, false)
	want := []string{
		"X-Frame-Options: SAMEORIGIN @5 talisman default",
		"Strict-Transport-Security: max-age=31556926; includeSubDomains @5 talisman default",
		"X-Content-Type-Options: nosniff @5 talisman default",
		"Referrer-Policy: strict-origin-when-cross-origin @5 talisman default",
		"Content-Security-Policy: default-src 'self'; object-src 'none' @5 talisman default",
	}
	if got := headerLines(md, md.Apps[0]); !reflect.DeepEqual(got, want) {
		t.Errorf("headers:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestTalismanSettings(t *testing.T) {
	md := buildSrc(t, map[string]string{
		"ext.py": `from flask_talisman import Talisman
talisman = Talisman()
CSP = {"default-src": "'self'", "script-src": ["'self'", "cdn.example.com"]}
`,
		"app.py": `import os
from flask import Flask
from ext import talisman, CSP

def create_app():
    app = Flask(__name__)
    talisman.init_app(
        app,
        frame_options="ALLOW-FROM",
        frame_options_allow_from="https://partner.example",
        strict_transport_security_max_age=300,
        strict_transport_security_preload=True,
        x_content_type_options=False,
        x_xss_protection=True,
        referrer_policy=os.environ.get("REFERRER", "no-referrer"),
        content_security_policy=CSP,
        content_security_policy_nonce_in=["script-src", "style-src"],
        content_security_policy_report_only=True,
    )
    @app.after_request
    def headers(resp):
        resp.headers["x-content-type-options"] = "nosniff"
        resp.headers["X-Custom"] = "1"
        return resp
    return app
`}, false)
	want := []string{
		"X-Frame-Options: ALLOW-FROM https://partner.example @9 talisman",
		"Strict-Transport-Security: max-age=300; includeSubDomains; preload @7 talisman default",
		"X-XSS-Protection: 1; mode=block @14 talisman",
		"Referrer-Policy: ? @15 talisman",
		"Content-Security-Policy-Report-Only: default-src 'self'; script-src 'self' cdn.example.com 'nonce-{csp_nonce}'; style-src 'nonce-{csp_nonce}' @16 talisman",
		"X-Content-Type-Options: nosniff @22 hook",
		"X-Custom: 1 @23 hook",
	}
	if got := headerLines(md, md.Apps[0]); !reflect.DeepEqual(got, want) {
		t.Errorf("headers:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestTalismanSwitchedOff(t *testing.T) {
	md := buildSrc(t, map[string]string{"app.py": `from flask import Flask
from flask_talisman import Talisman

app = Flask(__name__)
Talisman(app, frame_options=None, strict_transport_security=False, content_security_policy={},
         referrer_policy="", force_https=False)
other = Flask("other")
Talisman(other, **settings)
`}, false)
	want := []string{"X-Content-Type-Options: nosniff @5 talisman default"}
	if got := headerLines(md, md.Apps[0]); !reflect.DeepEqual(got, want) {
		t.Errorf("headers:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	// **settings may say anything: every default is unknown.
	for _, h := range md.AppHeaders(md.Apps[1]) {
		if h.Known {
			t.Errorf("with **settings, %s should be unknown, got %q", h.Name, h.Value)
		}
	}
}

func TestDevOnly(t *testing.T) {
	src := `from flask import Flask
from flask_talisman import Talisman

def create_app(test_config=None):
    app = Flask(__name__)
    if test_config is None:
        a = 1
    else:
        b = 1
    if app.debug:
        c = 1
    if not app.debug:
        d = 1
    if app.config["ENV"] == "production":
        e = 1
    else:
        f = 1
    if os.environ.get("FLASK_ENV") != "development" and x:
        g = 1
    return app

def create_test_app():
    h = 1
`
	md := buildSrc(t, map[string]string{"app.py": src, "tests/conftest.py": "x = 1\n", "dev.py": "x = 1\n"}, false)
	lines := strings.Split(src, "\n")
	want := map[string]bool{"a": false, "b": true, "c": true, "d": false, "e": false, "f": true, "g": false, "h": true}
	for i, l := range lines {
		name := strings.TrimSpace(strings.TrimSuffix(l, " = 1"))
		if w, ok := want[name]; ok && strings.HasSuffix(l, " = 1") {
			col := strings.Index(l, name) + 1
			if got := md.DevOnly(finding.Location{Path: "app.py", StartLine: i + 1, StartCol: col}); got != w {
				t.Errorf("line %d (%s): DevOnly = %v, want %v", i+1, name, got, w)
			}
		}
	}
	for p, w := range map[string]bool{"tests/conftest.py": true, "dev.py": true, "nowhere.py": false} {
		if got := md.DevOnly(finding.Location{Path: p, StartLine: 1, StartCol: 1}); got != w {
			t.Errorf("%s: DevOnly = %v, want %v", p, got, w)
		}
	}
}

func proofLines(ps []Proof) []string {
	var out []string
	for _, p := range ps {
		out = append(out, fmt.Sprintf("%s @%s:%d", p.What, p.Loc.Path, p.Loc.StartLine))
	}
	return out
}

func TestLoggingProofs(t *testing.T) {
	files := map[string]string{
		"app.py": `import logging
from logging.handlers import RotatingFileHandler
from flask import Flask

app = Flask(__name__)
other = Flask("other")
app.logger.addHandler(RotatingFileHandler("app.log"))
if app.debug:
    logging.basicConfig(level=logging.DEBUG)
`,
		"logs.py": `import structlog
from loguru import logger
structlog.configure(processors=[])
logger.add("x.log")
`,
		"gunicorn.conf.py": "logconfig_dict = {\"version\": 1}\n",
		"Procfile":         "web: gunicorn --log-config=logging.ini app:app\n",
	}
	md := buildSrc(t, files, false)
	proc, err := confsrc.Read("Procfile", confsrc.Procfile, []byte(files["Procfile"]))
	if err != nil {
		t.Fatal(err)
	}
	got := proofLines(For(md.LoggingProofs([]*confsrc.File{proc}), md.Apps[1]))
	want := []string{"gunicorn --log-config @Procfile:1", "logging.handlers.RotatingFileHandler @app.py:7",
		"gunicorn logconfig_dict @gunicorn.conf.py:1", "structlog.configure @logs.py:3", "loguru.logger.add @logs.py:4"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("other's logging:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	got = proofLines(For(md.LoggingProofs(nil), md.Apps[0]))
	if len(got) != 5 || got[0] != "app.logger.addHandler @app.py:7" {
		t.Errorf("app's logging: %q", got)
	}
}

func TestMonitoringProofs(t *testing.T) {
	md := buildSrc(t, map[string]string{
		"app.py": `import sentry_sdk
from flask import Flask
from prometheus_flask_exporter import PrometheusMetrics

app = Flask(__name__)
metrics = PrometheusMetrics(app)
sentry_sdk.init(dsn="x")

def init():
    import rollbar
`,
		"tests/test_x.py": "import bugsnag\n",
	}, false)
	got := proofLines(For(md.MonitoringProofs(nil), md.Apps[0]))
	want := []string{"PrometheusMetrics @app.py:6", "sentry_sdk.init @app.py:7",
		"import sentry_sdk (Sentry) @app.py:1", "import rollbar (Rollbar) @app.py:10"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("monitoring:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	// The Prometheus import is left out: the model knows which app the
	// metrics are bound to.
}

// Imports of monitoring packages count wherever a statement can be: the
// model's walk finds them in every kind of block, in source order.
func TestMonitoringImportsAtAnyDepth(t *testing.T) {
	md := buildSrc(t, map[string]string{
		"app.py": `from flask import Flask
from .raven import client

app = Flask(__name__)

class Monitor:
    def start(self):
        try:
            import newrelic.agent
        except ImportError:
            from elasticapm.contrib.flask import ElasticAPM
        else:
            import honeybadger
        finally:
            import appsignal

with open("x") as f:
    if f:
        pass
    else:
        import ddtrace

match app.name:
    case "x":
        import logfire

for _ in range(1):
    import statsd
while False:
    import scout_apm
else:
    import bugsnag
`,
	}, false)
	got := proofLines(For(md.MonitoringProofs(nil), md.Apps[0]))
	want := []string{
		"import newrelic.agent (New Relic) @app.py:9", "import elasticapm.contrib.flask (Elastic APM) @app.py:11",
		"import honeybadger (Honeybadger) @app.py:13", "import appsignal (AppSignal) @app.py:15",
		"import ddtrace (Datadog APM) @app.py:21", "import logfire (Logfire) @app.py:25",
		"import statsd (StatsD) @app.py:28", "import scout_apm (Scout APM) @app.py:30",
		"import bugsnag (Bugsnag) @app.py:32",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("monitoring:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
