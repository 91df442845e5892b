package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// `flaskguard routes` as users see it, on the examples and on the Flask
// model's fixture projects: an app factory with blueprints, REST
// resources and class views; a single-module app; and the tricky cases
// (routes inside functions, blueprints registered in loops and helpers,
// aliases, nested blueprints, class views through add_url_rule).
func TestRoutesCLI(t *testing.T) {
	const fixtures = "../flaskmodel/testdata/"
	cases := []struct {
		name     string
		args     []string
		wantExit int
	}{
		{"routes-vulnerable", []string{"routes", "../../examples/vulnerable-app"}, ExitOK},
		{"routes-secure-json", []string{"routes", "--format", "json", "../../examples/secure-app"}, ExitOK},
		{"routes-factory", []string{"routes", fixtures + "factory"}, ExitOK},
		{"routes-single", []string{"routes", fixtures + "single"}, ExitOK},
		{"routes-tricky", []string{"routes", fixtures + "tricky", "--format", "text"}, ExitOK},
		{"routes-bad-format", []string{"routes", "--format", "xml", "../../examples/secure-app"}, ExitUsage},
		{"routes-two-paths", []string{"routes", "../../examples/secure-app", "../../examples/vulnerable-app"}, ExitUsage},
		{"routes-missing-path", []string{"routes", "does/not/exist"}, ExitUsage},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			code := run(context.Background(), c.args, testEnv(&stdout, &stderr))
			if code != c.wantExit {
				t.Errorf("exit code %d, want %d\nstderr: %s", code, c.wantExit, stderr.String())
			}
			got := "exit: " + itoa(code) + "\n-- stdout --\n" + stdout.String() + "-- stderr --\n" + stderr.String()
			golden(t, filepath.Join("testdata", c.name+".golden"), repoRelative(got))
		})
	}
}

// repoRelative replaces the checkout's absolute path, which only error
// messages about missing paths contain.
func repoRelative(s string) string {
	wd, _ := os.Getwd()
	return strings.ReplaceAll(s, filepath.Dir(filepath.Dir(wd)), "<REPO>")
}

// The JSON inventory keeps empty lists as [] rather than null, so that
// consumers can iterate without checks, and carries its version.
func TestRoutesJSONShape(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if code := run(context.Background(), []string{"routes", "--format", "json", "../../examples/vulnerable-app"}, testEnv(&stdout, &stderr)); code != ExitOK {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	var doc struct {
		Version int `json:"version"`
		Routes  []struct {
			Rule       string            `json:"rule"`
			Auth       []json.RawMessage `json:"auth"`
			RateLimits []json.RawMessage `json:"rate_limits"`
			Templates  []string          `json:"templates"`
		} `json:"routes"`
	}
	if err := json.Unmarshal(stdout.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	if doc.Version != routesJSONVersion || len(doc.Routes) != 14 {
		t.Fatalf("version %d, %d routes", doc.Version, len(doc.Routes))
	}
	login := doc.Routes[3]
	if login.Rule != "/login" || login.Auth == nil || len(login.Auth) != 0 || login.RateLimits == nil || len(login.Templates) != 1 {
		t.Errorf("login row: %+v", login)
	}
}
