package debug

import "testing"

func TestDebugFlag(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"flask", "run", "--debug"}, "--debug"},
		{[]string{"flask", "--debug", "run"}, "--debug"},
		{[]string{"/usr/local/bin/flask", "run", "--debugger"}, "--debugger"},
		{[]string{"python", "-u", "-m", "flask", "run", "--debug"}, "--debug"},
		{[]string{"exec", "env", "FLASK_DEBUG=1", "flask", "run"}, "FLASK_DEBUG=1"},
		{[]string{"/bin/sh", "-c", "flask db upgrade && flask run --debug"}, "--debug"},
		{[]string{"pip", "install", "-r", "requirements.txt;", "flask", "run", "--debug"}, "--debug"},
		{[]string{"flask", "run", "--no-debug"}, ""},
		{[]string{"flask", "--debug", "shell"}, ""},
		{[]string{"FLASK_DEBUG=0", "flask", "run"}, ""},
		{[]string{"FLASK_DEBUG=1", "gunicorn", "app:app"}, ""},
		{[]string{"echo", "flask run --debug"}, ""},
		{[]string{"python", "app.py", "flask", "run", "--debug"}, ""},
		{[]string{"python", "-m", "pytest", "--debug"}, ""},
		{[]string{"gunicorn", "app:app", "&&", "echo", "flask", "run", "--debug"}, ""},
	} {
		if got := debugFlag(tc.args); got != tc.want {
			t.Errorf("debugFlag(%q) = %q, want %q", tc.args, got, tc.want)
		}
	}
}

func TestFlaskDebugTrue(t *testing.T) {
	for v, want := range map[string]bool{
		"1": true, "true": true, "True": true, "yes": true, "on": true, "2": true,
		"0": false, "false": false, "FALSE": false, "no": false, "": false, " ": false,
		"${FLASK_DEBUG}": false, "$FLASK_DEBUG": false, "${FLASK_DEBUG:-1}": false,
	} {
		if got := flaskDebugTrue(v); got != want {
			t.Errorf("flaskDebugTrue(%q) = %v, want %v", v, got, want)
		}
	}
}
