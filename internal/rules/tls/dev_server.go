package tls

import (
	"path"
	"strings"

	"github.com/flaskguard/flaskguard/internal/confsrc"
	"github.com/flaskguard/flaskguard/internal/finding"
	"github.com/flaskguard/flaskguard/internal/project"
	"github.com/flaskguard/flaskguard/internal/python"
	"github.com/flaskguard/flaskguard/internal/rules/internal/ruleutil"
	"github.com/flaskguard/flaskguard/internal/rules/rule"
)

// DevServerExposedWithoutTLS flags the Flask development server listening
// on every network interface over plain HTTP.
//
// # What it does
//
// Reports app.run(host="0.0.0.0") (or "::") on a Flask application
// without ssl_context=, and socketio.run(app, host="0.0.0.0") on a
// Flask-SocketIO server without ssl_context=, certfile= or keyfile=. The
// app is resolved as for FG0301: imports, aliases, factories, subclasses
// of flask.Flask. A host that is only the default of an environment lookup
// (host=os.environ.get("HOST", "0.0.0.0")) counts, since that is what runs
// when the variable is unset.
//
// It also reports `flask run --host=0.0.0.0` (or -h 0.0.0.0,
// --host ::) without --cert in Dockerfile RUN, CMD and ENTRYPOINT
// instructions, compose commands and Procfiles.
//
// Severity follows FG0301. A run call under
// `if __name__ == "__main__":` is Medium: flask run, gunicorn and uWSGI
// never execute that block, but python app.py does, and it is a common way
// to start an app in a container. Elsewhere it is High. flask run in a
// deployment file is Medium, and Low in files or compose services named for
// development. Not reported: host="127.0.0.1", "localhost" or no host
// (Flask's default, 127.0.0.1); ssl_context="adhoc" or a (cert, key) pair;
// calls whose keyword arguments come from **options; run(host="0.0.0.0")
// on objects that are not Flask apps (schedulers, task runners); and
// gunicorn or uWSGI bound to 0.0.0.0, which usually sit behind a proxy
// that terminates TLS.
//
// # Why is this bad
//
// Bound to 0.0.0.0, the development server answers anyone who can reach
// the machine, and over plain HTTP: session cookies, passwords and tokens
// cross the network in clear text. The Werkzeug development server is also
// not built to face untrusted clients: it is single-process, has no
// protection against slow clients, and its documentation warns against
// using it in production (CWE-319, cleartext transmission of sensitive
// information).
//
// # Example
//
//	if __name__ == "__main__":
//	    app.run(host="0.0.0.0", port=5000)
//
//	# Dockerfile
//	CMD ["flask", "run", "--host=0.0.0.0"]
//
// # Use instead
//
// Serve production with a WSGI server behind a reverse proxy that
// terminates TLS, and keep the development server on the loopback
// interface:
//
//	# Dockerfile
//	CMD ["gunicorn", "--bind", "0.0.0.0:8000", "app:app"]  # behind nginx or a load balancer with TLS
//
//	if __name__ == "__main__":
//	    app.run()  # 127.0.0.1 only
//
// # References
//
//   - https://flask.palletsprojects.com/en/stable/deploying/
//   - https://flask.palletsprojects.com/en/stable/api/#flask.Flask.run
//   - https://werkzeug.palletsprojects.com/en/stable/serving/#werkzeug.serving.run_simple
//   - https://cheatsheetseries.owasp.org/cheatsheets/Transport_Layer_Security_Cheat_Sheet.html
//   - https://cwe.mitre.org/data/definitions/319.html
var DevServerExposedWithoutTLS = rule.Rule{
	ID:          "FG1403",
	Name:        "dev-server-exposed-without-tls",
	Practice:    14,
	CWE:         319,
	Severity:    finding.High,
	Confidence:  finding.HighConfidence,
	Summary:     "Flask development server listening on 0.0.0.0 over plain HTTP",
	Fix:         "Serve with gunicorn or uWSGI behind a reverse proxy that terminates TLS; keep app.run() on 127.0.0.1 for local development.",
	Visits:      []python.Kind{python.KindCall},
	Check:       checkDevServer,
	CheckConfig: checkDevServerConfig,
}

func checkDevServer(c *rule.Ctx, n python.Node) {
	call := n.(*python.Call)
	if call.HasStarArgs() {
		return
	}
	run, ok := ruleutil.DevServerRun(c, call)
	if !ok {
		return
	}
	what, scope, hostPos, tlsArgs := run.What, run.Scope, 0, []string{"ssl_context"}
	if run.SocketIO {
		// SocketIO.run(app, host=None, port=None, **kwargs)
		hostPos, tlsArgs = 1, []string{"ssl_context", "certfile", "keyfile"}
	}
	for _, k := range tlsArgs {
		if v, ok := call.Keyword(k); ok {
			if cst, isConst := v.(*python.Constant); !isConst || cst.Value != python.None {
				return
			}
		}
	}
	hostArg, ok := ruleutil.Argument(call, "host", hostPos)
	if !ok {
		return
	}
	v, ok := c.Project.ConstAt(c.Module, hostArg, scope)
	if !ok || v.Kind != project.StringValue || !allInterfaces(v.Str) {
		return
	}
	msg := what + ` serves the Flask development server on every interface (host="` + v.Str + `")` + ruleutil.EnvNote(v) +
		" over plain HTTP: cookies, passwords and tokens cross the network in clear text, to a server not built for untrusted clients"
	sev := finding.High
	if c.Module.InMainGuard(call.Span().Start) {
		sev = finding.Medium
		msg += `; it is under if __name__ == "__main__", so it runs whenever the app is started with python ` + path.Base(c.Path)
	}
	c.ReportSeverity(ruleutil.ArgSpan(call, hostArg), sev, msg)
}

// allInterfaces reports whether a bind address listens on every interface.
func allInterfaces(host string) bool {
	switch strings.Trim(strings.TrimSpace(host), "[]") {
	case "0.0.0.0", "::", "0:0:0:0:0:0:0:0", "*":
		return true
	}
	return false
}

// checkDevServerConfig reports `flask run --host=0.0.0.0` without --cert in
// the commands of Dockerfiles, compose files and Procfiles.
func checkDevServerConfig(c *rule.Ctx, f *confsrc.File) {
	for _, cmd := range f.Commands {
		host := exposedFlaskRun(cmd.Args)
		if host == "" {
			continue
		}
		sev := finding.Medium
		if ruleutil.IsExampleFile(f.Path) || ruleutil.IsDevConfig(f, cmd.Scope) {
			sev = finding.Low
		}
		c.ReportAt(cmd.Loc, sev, "flask run with host "+host+" in "+path.Base(f.Path)+
			" serves the Flask development server on every interface over plain HTTP (no --cert), "+
			"to a server not built for untrusted clients")
	}
}

// exposedFlaskRun finds `flask run` (or `python -m flask run`) with a host
// on every interface and no --cert, also inside `sh -c "..."` and after
// && or ;, and returns the host.
func exposedFlaskRun(args []string) string {
	for _, cmd := range ruleutil.FlaskCommands(args) {
		if h := flaskRunHost(cmd.Args); h != "" {
			return h
		}
	}
	return ""
}

// flaskRunHost examines the arguments of one flask command.
func flaskRunHost(rest []string) string {
	run, host, cert := false, "", false
	for j := 0; j < len(rest); j++ {
		w := rest[j]
		switch {
		case w == "run":
			run = true
		case w == "--host" || w == "-h":
			if j+1 < len(rest) {
				host = rest[j+1]
				j++
			}
		case strings.HasPrefix(w, "--host="):
			host = strings.TrimPrefix(w, "--host=")
		case w == "--cert" || strings.HasPrefix(w, "--cert="):
			cert = true
		}
	}
	if !run || cert || !allInterfaces(host) {
		return ""
	}
	return host
}
