package confsrc

import "testing"

func TestCompose(t *testing.T) {
	src := `x-env: &common
  LOG_LEVEL: info
services:
  web:
    build: .
    command: flask run --debug --host "0.0.0.0"
    environment:
      <<: *common
      FLASK_DEBUG: 1
      SECRET_KEY: "changeme"
      FROM_HOST:
  worker:
    entrypoint: ["celery", "-A", "app.celery"]
    environment:
      - FLASK_ENV=development
      - "QUOTED=a b"
      - FROM_HOST
    command:
      - worker
      - --loglevel=info
  empty:
`
	f := mustRead(t, "docker-compose.yml", Compose, src)
	checkLines(t, "settings", settingLines(f.Settings), []string{
		`environment web|FLASK_DEBUG="1" 9:7-9:21 9:20-9:21`,
		`environment web|SECRET_KEY="changeme" 10:7-10:29 10:19-10:29`,
		`environment web|FROM_HOST="" 11:7-11:16 11:16-11:16`,
		`environment web|LOG_LEVEL="info" 2:3-2:18 2:14-2:18`,
		`environment worker|FLASK_ENV="development" 15:9-15:30 15:19-15:30`,
		`environment worker|QUOTED="a b" 16:9-16:21 16:17-16:20`,
		`environment worker|FROM_HOST="" 17:9-17:18 17:18-17:18`,
	})
	checkLines(t, "commands", commandLines(f.Commands), []string{
		`command web|["flask" "run" "--debug" "--host" "0.0.0.0"] "flask run --debug --host \"0.0.0.0\"" 6:5-6:48 exec`,
		`entrypoint worker|["celery" "-A" "app.celery"] "celery -A app.celery" 13:5-13:46 exec`,
		`command worker|["worker" "--loglevel=info"] "worker --loglevel=info" 18:5-20:24 exec`,
	})
	checkBounds(t, f)
}

func TestComposeErrors(t *testing.T) {
	cases := []struct{ src, err string }{
		{"- a\n- b\n", "compose.yml:1: a compose file is a mapping, not a sequence"},
		{"services: [web]\n", "compose.yml:1: line 1: services is a sequence, not a mapping"},
		{"services:\n  web:\n    environment: {A: 1\n", "compose.yml:3: did not find expected ',' or '}'"},
	}
	for _, c := range cases {
		f, err := Read("compose.yml", Compose, []byte(c.src))
		if err == nil || err.Error() != c.err || f != nil {
			t.Errorf("%q: got %v, err %v; want %s", c.src, f, err, c.err)
		}
	}
	for _, ok := range []string{"", "# nothing\n", "services:\n", "version: '3'\n"} {
		f := mustRead(t, "compose.yml", Compose, ok)
		if len(f.Settings)+len(f.Commands) != 0 {
			t.Errorf("%q: want an empty file, got %+v", ok, f)
		}
	}
}
