package ruleutil

import (
	"fmt"
	"testing"
)

func TestFlaskCommands(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string // each command as env|args, joined by " ; "
	}{
		{[]string{"flask", "run", "--debug"}, "[]|[run --debug]"},
		{[]string{"/usr/local/bin/flask", "--debug", "run"}, "[]|[--debug run]"},
		{[]string{"python3", "-u", "-m", "flask", "run", "-h", "0.0.0.0"}, "[]|[run -h 0.0.0.0]"},
		{[]string{"exec", "env", "FLASK_DEBUG=1", "flask", "run"}, "[FLASK_DEBUG=1]|[run]"},
		{[]string{"sudo", "/usr/bin/env", "flask", "run"}, "[]|[run]"},
		{[]string{"/bin/sh", "-c", "flask db upgrade && flask run --debug"}, "[]|[db upgrade] ; []|[run --debug]"},
		{[]string{"pip", "install", "-r", "requirements.txt;", "flask", "run"}, "[]|[run]"},
		{[]string{"flask", "db", "upgrade;", "gunicorn", "app:app"}, "[]|[db upgrade]"},
		{[]string{"echo", "flask run --debug"}, ""},
		{[]string{"python", "app.py", "flask", "run"}, ""},
		{[]string{"python", "-m", "pytest"}, ""},
		{[]string{"sh", "flask"}, ""},
		{[]string{"FLASK_DEBUG=1", "gunicorn", "app:app"}, ""},
		{[]string{"gunicorn", "app:app", "&&", "echo", "flask", "run"}, ""},
		{nil, ""},
	} {
		got := ""
		for i, c := range FlaskCommands(tc.args) {
			if i > 0 {
				got += " ; "
			}
			got += fmt.Sprintf("%v|%v", c.Env, c.Args)
		}
		if got != tc.want {
			t.Errorf("FlaskCommands(%q) = %q, want %q", tc.args, got, tc.want)
		}
	}
}
