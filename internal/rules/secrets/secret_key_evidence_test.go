package secrets

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

// evidenceOf scans a project written to a temporary folder with one rule
// and returns the evidence messages.
func evidenceOf(t *testing.T, r *rule.Rule, files map[string]string) []string {
	t.Helper()
	dir := t.TempDir()
	for name, src := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	res, err := scan.Run(context.Background(), scan.Options{Root: dir, Config: config.Default(), Rules: []*rule.Rule{r}})
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range res.Evidence {
		if e.Practice != r.Practice {
			t.Errorf("evidence for practice %d from %s", e.Practice, r.ID)
		}
		out = append(out, e.Message)
	}
	return out
}

// Evidence names where the deployed key comes from, and is withheld as
// soon as one app's key has a literal fallback or an unknown origin.
func TestSecretKeyEvidence(t *testing.T) {
	const cfg = "import os\n\nclass DevelopmentConfig:\n    SECRET_KEY = 'dev'\n\n" +
		"class ProductionConfig:\n    SECRET_KEY = os.environ['SECRET_KEY']\n\n" +
		"config = {'development': DevelopmentConfig, 'production': ProductionConfig}\n"
	for _, c := range []struct {
		name  string
		files map[string]string
		want  []string
	}{
		{"production config from the environment", map[string]string{
			"config.py": cfg,
			"app.py":    "from flask import Flask\nfrom config import config\n\ndef create_app(name):\n    app = Flask(__name__)\n    app.config.from_object(config[name])\n    return app\n",
		}, []string{"SECRET_KEY comes from the environment (SECRET_KEY) in ProductionConfig (config.py:7) with no literal fallback"}},
		{"secret file", map[string]string{
			"app.py": "from flask import Flask\n\napp = Flask(__name__)\napp.config['SECRET_KEY'] = open('/run/secrets/flask_key').read().strip()\n",
		}, []string{"SECRET_KEY is read from a secret file (app.py:4)"}},
		{"from_prefixed_env", map[string]string{
			"app.py": "from flask import Flask\n\napp = Flask(__name__)\napp.config.from_prefixed_env()\n",
		}, []string{"SECRET_KEY of app comes from the environment (FLASK_SECRET_KEY, from_prefixed_env at app.py:4)"}},
		{"literal fallback", map[string]string{
			"app.py": "import os\nfrom flask import Flask\n\napp = Flask(__name__)\napp.secret_key = os.environ.get('SECRET_KEY', 'dev')\n",
		}, nil},
		{"one app of two unknown", map[string]string{
			"app.py": "import os\nfrom flask import Flask\n\napp = Flask(__name__)\napp.secret_key = os.environ['SECRET_KEY']\n" +
				"admin = Flask(__name__)\nadmin.secret_key = os.urandom(24)\n",
		}, nil},
		{"no Flask app", map[string]string{"lib.py": "import os\nSECRET_KEY = os.environ['SECRET_KEY']\n"}, nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := evidenceOf(t, &HardcodedSecretKey, c.files); !slices.Equal(got, c.want) {
				t.Errorf("evidence = %q, want %q", got, c.want)
			}
		})
	}
}
