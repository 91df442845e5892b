package flaskmodel

import (
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/flaskguard/flaskguard/internal/confsrc"
	"github.com/flaskguard/flaskguard/internal/discover"
	"github.com/flaskguard/flaskguard/internal/project"
	"github.com/flaskguard/flaskguard/internal/python"
)

// buildWithConfigs is buildSrc that also returns the configuration files,
// which Servers reads.
func buildWithConfigs(t *testing.T, files map[string]string) (*Model, []*confsrc.File) {
	t.Helper()
	paths := make([]string, 0, len(files))
	for p := range files {
		paths = append(paths, p)
	}
	sort.Strings(paths)
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
	return Build(project.Build(pys), confs), confs
}

func serverLines(md *Model, configs []*confsrc.File) string {
	var out []string
	for _, s := range md.Servers(configs) {
		out = append(out, fmt.Sprintf("%s %s:%d workers=%d computed=%v at %s:%d fwd=%q", s.Name, s.Loc.Path, s.Loc.StartLine,
			s.Workers, s.WorkersComputed, s.WorkersLoc.Path, s.WorkersLoc.StartLine, s.ForwardedAllowIPs))
	}
	return strings.Join(out, "\n")
}

// Worker counts come from flags in every spelling, from the config file
// gunicorn loads by default or is given, from WEB_CONCURRENCY, and from a
// [uwsgi] INI section; uWSGI's -w is not a worker count.
func TestServers(t *testing.T) {
	for _, c := range []struct {
		name  string
		files map[string]string
		want  string
	}{
		{"dockerfile exec form", map[string]string{"Dockerfile": "FROM python\nRUN gunicorn --version\n" +
			`CMD ["gunicorn", "--bind", "0.0.0.0:8000", "--workers", "3", "app:app"]` + "\n"},
			`gunicorn Dockerfile:3 workers=3 computed=false at Dockerfile:3 fwd=""`},
		{"procfile spellings", map[string]string{"Procfile": "web: gunicorn -w4 app:app\n" +
			"api: python -m gunicorn --workers=2 --forwarded-allow-ips='*' app:app\nworker: celery -A app worker\n"},
			"gunicorn Procfile:1 workers=4 computed=false at Procfile:1 fwd=\"\"\n" +
				`gunicorn Procfile:2 workers=2 computed=false at Procfile:2 fwd="*"`},
		{"sh -c script", map[string]string{"docker-compose.yml": "services:\n  web:\n    command: [\"sh\", \"-c\", \"flask db upgrade && gunicorn -w 5 app:app\"]\n"},
			`gunicorn docker-compose.yml:3 workers=5 computed=false at docker-compose.yml:3 fwd=""`},
		{"default config file", map[string]string{
			"Dockerfile":       "FROM python\nCMD gunicorn app:app\n",
			"gunicorn.conf.py": "import multiprocessing\nworkers = multiprocessing.cpu_count() * 2 + 1\nforwarded_allow_ips = '10.0.0.1'\n",
		}, `gunicorn Dockerfile:2 workers=0 computed=true at gunicorn.conf.py:2 fwd="10.0.0.1"`},
		{"named config file, flag wins", map[string]string{
			"Procfile":         "web: gunicorn -c deploy/gconf.py -w 2 app:app\n",
			"deploy/gconf.py":  "workers = 8\n",
			"gunicorn.conf.py": "workers = 16\n",
		}, `gunicorn Procfile:1 workers=2 computed=false at Procfile:1 fwd=""`},
		{"web concurrency", map[string]string{
			"Dockerfile": "FROM python\nENV WEB_CONCURRENCY=4\nCMD [\"uvicorn\", \"app:asgi\"]\n",
		}, `uvicorn Dockerfile:3 workers=4 computed=false at Dockerfile:2 fwd=""`},
		{"uwsgi flags and ini", map[string]string{
			"Procfile":  "web: uwsgi --http :8000 -w app:app -p 4\n",
			"uwsgi.ini": "[uwsgi]\nmodule = app:app\nprocesses = 2\n",
			"tox.ini":   "[tox]\nenvlist = py312\n",
		}, "uwsgi Procfile:1 workers=4 computed=false at Procfile:1 fwd=\"\"\n" +
			`uwsgi uwsgi.ini:2 workers=2 computed=false at uwsgi.ini:3 fwd=""`},
		{"single process", map[string]string{"Procfile": "web: waitress-serve --threads 8 app:app\nweb2: gunicorn -w $WORKERS app:app\n"},
			"waitress Procfile:1 workers=0 computed=false at :0 fwd=\"\"\n" +
				`gunicorn Procfile:2 workers=0 computed=false at :0 fwd=""`},
	} {
		t.Run(c.name, func(t *testing.T) {
			files := map[string]string{}
			for p, s := range c.files {
				if _, ok := discover.Classify(p); ok {
					files[p] = s
				}
			}
			md, configs := buildWithConfigs(t, files)
			if got := serverLines(md, configs); got != c.want {
				t.Errorf("servers:\n%s\nwant:\n%s", got, c.want)
			}
		})
	}
}

// The deployed environment is production when a production config
// exists, else an unclassified one, else what applies everywhere.
func TestDeployedEnvironment(t *testing.T) {
	for _, c := range []struct {
		name, src string
		want      Environment
	}{
		{"one config", "    app.config.from_object(Config)\n", AnyEnv},
		{"dev and prod", "    config = {'development': DevConfig, 'production': ProdConfig}\n    app.config.from_object(config[name])\n", Production},
		{"dev and staging", "    config = {'dev': DevConfig, 'staging': StagingConfig}\n    app.config.from_object(config[name])\n", UnknownEnv},
		{"dev and test", "    config = {'dev': DevConfig, 'testing': TestConfig}\n    app.config.from_object(config[name])\n", AnyEnv},
	} {
		t.Run(c.name, func(t *testing.T) {
			src := "from flask import Flask\n\nclass Config:\n    A = 1\n\nclass DevConfig(Config):\n    B = 1\n\n" +
				"class ProdConfig(Config):\n    B = 2\n\nclass StagingConfig(Config):\n    B = 3\n\nclass TestConfig(Config):\n    B = 4\n\n" +
				"def create_app(name):\n    app = Flask(__name__)\n" + c.src
			md := buildSrc(t, map[string]string{"app.py": src}, false)
			if got := md.Apps[0].DeployedEnvironment(); got != c.want {
				t.Errorf("DeployedEnvironment = %q, want %q (config %v)", got, c.want, md.Apps[0].Environments())
			}
		})
	}
}
