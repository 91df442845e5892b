package discover

import (
	"testing"

	"github.com/flaskguard/flaskguard/internal/confsrc"
)

func TestClassify(t *testing.T) {
	cases := []struct {
		path string
		want Kind // "" = not read
	}{
		{"app.py", Python},
		{"pkg/gui.pyw", Python},
		{"setup.py", Python},
		{"gunicorn.conf.py", Python},
		{".env.py", Python},
		{"templates/index.html", Template},
		{"static/page.htm", Template},
		{"mail/welcome.jinja", Template},
		{"mail/welcome.jinja2", Template},
		{"x/report.html.j2", Template},
		{"app/templates/sitemap.xml", Template},
		{"app/templates/emails/body.txt", Template},
		{"templates/icon.svg", Template},
		{"static/icon.svg", ""},
		{"data/feed.xml", ""},
		{"notes.txt", ""},
		{".env", Env},
		{".flaskenv", Env},
		{"deploy/prod.env", Env},
		{".env.production", Env},
		{".env.example", Env},
		{"env", ""},
		{"Dockerfile", Dockerfile},
		{"Dockerfile.prod", Dockerfile},
		{"docker/api.dockerfile", Dockerfile},
		{"web.Dockerfile", Dockerfile},
		{"Containerfile", Dockerfile},
		{"Dockerfile.dockerignore", ""},
		{"docker-compose.yml", Compose},
		{"docker-compose.prod.yaml", Compose},
		{"compose.yaml", Compose},
		{"compose-dev.yml", Compose},
		{"composer.yml", YAML},
		{"Procfile", Procfile},
		{"Procfile.dev", ""},
		{"requirements.txt", Manifest},
		{"requirements-dev.txt", Manifest},
		{"requirements.in", Manifest},
		{"requirements/base.txt", Manifest},
		{"constraints.txt", Manifest},
		{"pyproject.toml", Manifest},
		{"poetry.lock", Manifest},
		{"Pipfile", Manifest},
		{"Pipfile.lock", Manifest},
		{"uv.lock", Manifest},
		{"pdm.lock", Manifest},
		{"pylock.toml", Manifest},
		{"pylock.prod.toml", Manifest},
		{"setup.cfg", Manifest},
		{"other.lock", ""},
		{".flaskguard.toml", TOML},
		{"config/settings.toml", TOML},
		{"tox.ini", INI},
		{"uwsgi.ini", INI},
		{"alembic.cfg", INI},
		{".github/workflows/ci.yml", YAML},
		{"config.yaml", YAML},
		{"README.md", ""},
		{"static/app.js", ""},
	}
	for _, c := range cases {
		got, ok := Classify(c.path)
		if got != c.want || ok != (c.want != "") {
			t.Errorf("Classify(%q) = %q, %v; want %q", c.path, got, ok, c.want)
		}
	}
}

// The kinds scan hands to confsrc.Read by conversion must keep their names.
func TestKindsMatchConfsrc(t *testing.T) {
	pairs := map[Kind]confsrc.Kind{
		Env: confsrc.Env, Dockerfile: confsrc.Dockerfile, Compose: confsrc.Compose,
		Procfile: confsrc.Procfile, TOML: confsrc.TOML, INI: confsrc.INI, YAML: confsrc.YAML,
	}
	for k, c := range pairs {
		if confsrc.Kind(k) != c {
			t.Errorf("discover kind %q converts to %q, want %q", k, confsrc.Kind(k), c)
		}
	}
}

func TestSkipRules(t *testing.T) {
	for _, name := range []string{".git", "node_modules", "__pycache__", "site-packages", "dist-packages",
		".tox", ".nox", ".mypy_cache", ".pytest_cache", ".ruff_cache", ".eggs", "flaskapp.egg-info"} {
		if !skipDir(name, true) {
			t.Errorf("skipDir(%q) = false, want true", name)
		}
	}
	for _, name := range []string{"tests", "test", "testing"} {
		if !skipDir(name, false) || skipDir(name, true) {
			t.Errorf("skipDir(%q) should depend on IncludeTests", name)
		}
	}
	for _, name := range []string{"env", "venv", ".venv", "app", "builder"} {
		if skipDir(name, false) {
			t.Errorf("skipDir(%q) = true, want false (venvs are recognised by pyvenv.cfg)", name)
		}
	}
	for name, want := range map[string]bool{"test_app.py": true, "app_test.py": true, "conftest.py": true,
		"testing.py": false, "contest.py": false, "test_data.json": false, "latest.py": false} {
		if got := isTestFile(name); got != want {
			t.Errorf("isTestFile(%q) = %v, want %v", name, got, want)
		}
	}
}

func TestHumanSize(t *testing.T) {
	for n, want := range map[int64]string{0: "0 B", 812: "812 B", 1536: "1.5 KiB", 2 << 20: "2 MiB", 3 << 30: "3 GiB"} {
		if got := humanSize(n); got != want {
			t.Errorf("humanSize(%d) = %q, want %q", n, got, want)
		}
	}
}
