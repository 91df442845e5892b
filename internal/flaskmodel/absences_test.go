package flaskmodel

import (
	"testing"
)

func TestServingAppsAndMentions(t *testing.T) {
	md := buildSrc(t, map[string]string{
		"app.py": `from flask import Flask
import secure

site = Flask("site")
worker = Flask("worker")
headers = secure.Secure()


@site.route("/")
def index():
    return "home"


@site.after_request
def opaque(resp):
    headers.framework.flask(resp)
    return resp


@site.after_request
def plain(resp):
    resp.headers["X-Frame-Options"] = "DENY"
    return resp


def create_test_app():
    app = Flask("t")

    @app.route("/t")
    def t():
        return "t"

    return app
`,
		"middleware.py":       "HEADER = 'Content-Security-Policy'\n",
		"tests/test_thing.py": "X = 'Referrer-Policy'\n",
	}, false)
	serving := md.ServingApps()
	if len(serving) != 1 || serving[0].Label != "site" {
		var labels []string
		for _, a := range serving {
			labels = append(labels, a.Label)
		}
		t.Errorf("ServingApps = %v, want [site]", labels)
	}
	opaque := map[string]bool{}
	for _, h := range md.Hooks {
		opaque[h.Name] = OpaqueHeaders(h)
	}
	if !opaque["opaque"] || opaque["plain"] {
		t.Errorf("OpaqueHeaders = %v, want opaque only", opaque)
	}
	if at, ok := md.Mentions("Content-Security-Policy"); !ok || at.Path != "middleware.py" || at.StartLine != 1 || at.StartCol != 11 {
		t.Errorf("Mentions(CSP) = %+v %v", at, ok)
	}
	// Spelled only in a test file and in a module whose hooks are read.
	for _, name := range []string{"Referrer-Policy", "X-Frame-Options"} {
		if at, ok := md.Mentions(name); ok {
			t.Errorf("Mentions(%s) = %+v, want none", name, at)
		}
	}
}
