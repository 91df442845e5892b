package ruleutil

import (
	"strings"

	"github.com/flaskguard/flaskguard/internal/project"
	"github.com/flaskguard/flaskguard/internal/python"
	"github.com/flaskguard/flaskguard/internal/rules/rule"
)

// socketIOClass is Flask-SocketIO's server class, whose run method starts
// the Werkzeug development server around the app, with debug mode when
// asked.
const socketIOClass = "flask_socketio.SocketIO"

// ServerRun is a call that starts the Werkzeug development server.
type ServerRun struct {
	// What names the call for messages: "app.run" or "socketio.run".
	What string
	// SocketIO is set for SocketIO.run(app, host, port, **kwargs), whose
	// host comes one place later than in Flask.run(host, port, debug,
	// load_dotenv, **options) and whose debug is keyword-only.
	SocketIO bool
	// Scope is where the call is, for resolving its arguments.
	Scope project.Scope
}

// DevServerRun recognises app.run(...) on a Flask application (resolved
// through imports, aliases, factories and subclasses of flask.Flask) and
// socketio.run(app, ...) on a Flask-SocketIO server; run() on anything
// else (schedulers, task runners) is not one.
func DevServerRun(c *rule.Ctx, call *python.Call) (ServerRun, bool) {
	fn, ok := call.Func.(*python.Attribute)
	if !ok || fn.Attr != "run" {
		return ServerRun{}, false
	}
	scope := c.Module.ScopeAt(call.Span().Start)
	switch {
	case c.Project.IsFlaskAppAt(c.Module, fn.Value, scope):
		return ServerRun{What: "app.run", Scope: scope}, true
	case c.Project.IsInstanceAt(c.Module, fn.Value, scope, socketIOClass):
		return ServerRun{What: "socketio.run", SocketIO: true, Scope: scope}, true
	}
	return ServerRun{}, false
}

// FlaskCommand is one `flask` command of a command line.
type FlaskCommand struct {
	// Env holds the NAME=value words written in front of the command
	// (FLASK_DEBUG=1 flask run).
	Env []string
	// Args are the words after flask, or after python -m flask.
	Args []string
}

// FlaskCommands returns the flask commands of a command line given as
// words: a Dockerfile RUN, CMD or ENTRYPOINT, a compose command: or a
// Procfile process. Only a command name counts as flask: the first word of
// the line or of a part after a shell separator (&&, ||, ;, |, &), past
// environment assignments and the wrappers exec, env, nohup and sudo
// (also written as paths), or python -m flask. So `echo "flask run"` holds
// no flask command. The script of `sh -c "..."` is read as a command line
// of its own.
func FlaskCommands(args []string) []FlaskCommand {
	var out []FlaskCommand
	var cmd []string
	for _, w := range args {
		if w == "&&" || w == "||" || w == ";" || w == "|" || w == "&" {
			out = appendFlaskCommand(out, cmd)
			cmd = nil
			continue
		}
		if trimmed, ok := strings.CutSuffix(w, ";"); ok {
			out = appendFlaskCommand(out, append(cmd, trimmed))
			cmd = nil
			continue
		}
		cmd = append(cmd, w)
	}
	return appendFlaskCommand(out, cmd)
}

// appendFlaskCommand adds what one simple command (no separators) holds.
func appendFlaskCommand(out []FlaskCommand, words []string) []FlaskCommand {
	var env []string
	i := 0
	for ; i < len(words); i++ {
		w := words[i]
		if strings.Contains(w, "=") && !strings.HasPrefix(w, "-") {
			env = append(env, w)
			continue
		}
		if name := baseName(w); name != "exec" && name != "env" && name != "nohup" && name != "sudo" {
			break
		}
	}
	if i == len(words) {
		return out
	}
	name, rest := baseName(words[i]), words[i+1:]
	switch {
	case name == "sh" || name == "bash" || name == "ash" || name == "dash":
		for j := 0; j+1 < len(rest); j++ {
			if rest[j] == "-c" {
				return append(out, FlaskCommands(strings.Fields(rest[j+1]))...)
			}
		}
		return out
	case strings.HasPrefix(name, "python"):
		// python [-u ...] -m flask ...
		for len(rest) > 0 && rest[0] != "-m" && strings.HasPrefix(rest[0], "-") {
			rest = rest[1:]
		}
		if len(rest) < 2 || rest[0] != "-m" || rest[1] != "flask" {
			return out
		}
		rest = rest[2:]
	case name != "flask":
		return out
	}
	return append(out, FlaskCommand{Env: env, Args: rest})
}

// baseName is the last element of a command word written as a path
// (/usr/local/bin/flask).
func baseName(w string) string { return w[strings.LastIndexByte(w, '/')+1:] }
