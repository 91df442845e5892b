package confsrc

import "testing"

func TestProcfile(t *testing.T) {
	src := "# processes\n" +
		"web: gunicorn 'app:create_app()' -w 4\n" +
		"dev: FLASK_DEBUG=1 FLASK_APP=\"app.py\" flask run --debug # local only\n" +
		"\n" +
		"worker:celery -A app.celery worker&&echo done\n"
	f := mustRead(t, "Procfile", Procfile, src)
	checkLines(t, "settings", settingLines(f.Settings), []string{
		`dev|FLASK_DEBUG="1" 3:6-3:19 3:18-3:19`,
		`dev|FLASK_APP="app.py" 3:20-3:38 3:30-3:38`,
	})
	checkLines(t, "commands", commandLines(f.Commands), []string{
		`web|["gunicorn" "app:create_app()" "-w" "4"] "gunicorn 'app:create_app()' -w 4" 2:1-2:38`,
		`dev|["flask" "run" "--debug"] "FLASK_DEBUG=1 FLASK_APP=\"app.py\" flask run --debug" 3:1-3:56`,
		`worker|["celery" "-A" "app.celery" "worker" "&&" "echo" "done"] "celery -A app.celery worker&&echo done" 5:1-5:46`,
	})
	checkLines(t, "comments", commentLines(f.Comments), []string{"1:# processes", "3:# local only"})
	checkBounds(t, f)
}

func TestProcfileErrors(t *testing.T) {
	cases := []struct {
		src, err string
		commands int
	}{
		{"web gunicorn app:app\nworker: celery\n", `Procfile:1: expected "process: command"`, 1},
		{"web: A=1\n", "Procfile:1: process web has no command", 0},
		{"web: echo 'x\n", "Procfile:1: process web: unterminated quote", 0},
		{"web:\n", "Procfile:1: process web has no command", 0},
	}
	for _, c := range cases {
		f, err := Read("Procfile", Procfile, []byte(c.src))
		if err == nil || err.Error() != c.err {
			t.Errorf("%q: err = %v, want %s", c.src, err, c.err)
			continue
		}
		if len(f.Commands) != c.commands {
			t.Errorf("%q: %d commands, want %d", c.src, len(f.Commands), c.commands)
		}
	}
}
