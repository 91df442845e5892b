package debug

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/flaskguard/flaskguard/internal/config"
	"github.com/flaskguard/flaskguard/internal/rules/rule"
	"github.com/flaskguard/flaskguard/internal/scan"
)

func evidenceOf(t *testing.T, r *rule.Rule, files map[string]string) []string {
	t.Helper()
	dir := t.TempDir()
	for name, src := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	res, err := scan.Run(context.Background(), scan.Options{Root: dir, Config: config.Default(), Rules: []*rule.Rule{r}})
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range res.Evidence {
		out = append(out, e.Message)
	}
	return out
}

// Evidence says debug stays off where the app is deployed, naming the
// production server; any way of turning debug on withholds it.
func TestDebugEvidence(t *testing.T) {
	const app = "from flask import Flask\n\napp = Flask(__name__)\n"
	const dockerfile = "FROM python:3.12-slim\nCMD [\"gunicorn\", \"-w\", \"2\", \"app:app\"]\n"
	for _, c := range []struct {
		name  string
		files map[string]string
		want  []string
	}{
		{"gunicorn", map[string]string{"app.py": app, "Dockerfile": dockerfile},
			[]string{"debug is never switched on in code or config; the app is served by gunicorn (Dockerfile:2)"}},
		{"no server", map[string]string{"app.py": app}, []string{"debug is never switched on in code or config"}},
		{"debug only in development", map[string]string{"app.py": app +
			"class DevelopmentConfig:\n    DEBUG = True\n\nclass ProductionConfig:\n    DEBUG = False\n\n" +
			"app.config.from_object(DevelopmentConfig if __import__('os').environ.get('DEV') else ProductionConfig)\n"},
			[]string{"debug is never switched on in code or config"}},
		{"run with debug", map[string]string{"app.py": app + "\nif __name__ == '__main__':\n    app.run(debug=True)\n", "Dockerfile": dockerfile}, nil},
		{"FLASK_DEBUG in .env", map[string]string{"app.py": app, ".env": "FLASK_DEBUG=1\n"}, nil},
		{"debugger middleware", map[string]string{"app.py": app +
			"from werkzeug.debug import DebuggedApplication\napp.wsgi_app = DebuggedApplication(app.wsgi_app, evalex=True)\n"}, nil},
		{"no Flask app", map[string]string{"lib.py": "DEBUG = False\n"}, nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := evidenceOf(t, &DebugEnabled, c.files); !slices.Equal(got, c.want) {
				t.Errorf("evidence = %q, want %q", got, c.want)
			}
		})
	}
}
