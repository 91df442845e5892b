package debug

import (
	"path"
	"strings"

	"github.com/flaskguard/flaskguard/internal/confsrc"
	"github.com/flaskguard/flaskguard/internal/finding"
	"github.com/flaskguard/flaskguard/internal/rules/internal/ruleutil"
	"github.com/flaskguard/flaskguard/internal/rules/rule"
)

// DebugEnv flags Flask debug mode switched on by environment or command line
// in committed configuration files.
//
// # What it does
//
// Reports, in .env and .flaskenv files, Dockerfile ENV instructions,
// docker-compose environment: entries and Procfiles:
//
//   - FLASK_DEBUG set to a value Flask reads as true. Flask treats any
//     non-empty value other than "0", "false" and "no" (in any case) as
//     true, so "1", "true", "yes" and "on" all count; an interpolation such
//     as ${FLASK_DEBUG} is left to the environment and not reported;
//   - FLASK_ENV=development, which turned debug mode on up to Flask 2.2
//     (reported with Medium severity: Flask 2.3 and later ignore it);
//   - flask run with --debug or --debugger (flask run --debug,
//     flask --debug run, python -m flask run --debug, also inside
//     sh -c "...") in a Dockerfile RUN, CMD or ENTRYPOINT, a compose
//     command: or a Procfile process, and FLASK_DEBUG=1 written in front
//     of such a command. --no-debug and text that merely mentions the
//     command (echo "flask run --debug") are not reported.
//
// Severity depends on the file. .flaskenv is committed and loaded by every
// flask run; .env, Dockerfiles, compose files and Procfiles are what gets
// deployed: High. Example files (.env.example, .env.sample, .env.template)
// are not deployed but teach users a default, and files or compose
// services named for development or tests (.env.development,
// docker-compose.dev.yml, a service named web-dev) are meant for a laptop:
// both are Low, so they show in reports without failing a
// --fail-on medium gate. docker-compose.override.yml is not a
// development name: docker compose up merges it wherever it is present.
//
// # Why is this bad
//
// Debug mode turns on the Werkzeug debugger: an error page becomes an
// interactive Python console in the server process, guarded only by a PIN
// derived from guessable machine data. A committed .flaskenv or Dockerfile
// carries the setting to every machine that runs the app, production
// included (CWE-489, active debug code).
//
// # Example
//
//	# .flaskenv
//	FLASK_APP=app.py
//	FLASK_DEBUG=1
//
//	# Dockerfile
//	CMD ["flask", "run", "--host=0.0.0.0", "--debug"]
//
// # Use instead
//
// Keep debug off in committed files and serve production with a WSGI
// server; developers pass --debug on their own machine:
//
//	# .flaskenv
//	FLASK_APP=app.py
//
//	# Dockerfile
//	CMD ["gunicorn", "--bind", "0.0.0.0:8000", "app:app"]
//
// # References
//
//   - https://flask.palletsprojects.com/en/stable/cli/#environment-variables-from-dotenv
//   - https://flask.palletsprojects.com/en/stable/config/#DEBUG
//   - https://flask.palletsprojects.com/en/stable/deploying/
//   - https://cwe.mitre.org/data/definitions/489.html
var DebugEnv = rule.Rule{
	ID:          "FG0302",
	Name:        "flask-debug-env",
	Practice:    3,
	CWE:         489,
	Severity:    finding.High,
	Confidence:  finding.HighConfidence,
	Summary:     "FLASK_DEBUG, FLASK_ENV=development or flask run --debug in a committed configuration file",
	Fix:         "Remove FLASK_DEBUG / --debug from committed and deployed files; serve production with gunicorn or another WSGI server.",
	CheckConfig: checkDebugEnv,
}

func checkDebugEnv(c *rule.Ctx, f *confsrc.File) {
	switch f.Kind {
	case confsrc.Env, confsrc.Dockerfile, confsrc.Compose, confsrc.Procfile:
	default:
		return
	}
	for _, s := range f.Settings {
		if s.Directive == "ARG" {
			continue // a build-time default; it reaches the app only through an ENV
		}
		sev := deployFileSeverity(f, s.Scope)
		switch {
		case s.Key == "FLASK_DEBUG" && flaskDebugTrue(s.Value):
			c.ReportAt(s.Loc, sev, "FLASK_DEBUG="+s.Value+" in "+path.Base(f.Path)+
				" turns on Flask debug mode and the Werkzeug debugger, an interactive Python console on error pages"+exampleNote(f))
		case s.Key == "FLASK_ENV" && strings.EqualFold(strings.TrimSpace(s.Value), "development"):
			c.ReportAt(s.Loc, min(sev, finding.Medium), "FLASK_ENV=development in "+path.Base(f.Path)+
				" turns on debug mode and the Werkzeug debugger on Flask 2.2 and older (2.3 removed FLASK_ENV)"+exampleNote(f))
		}
	}
	for _, cmd := range f.Commands {
		if flag := debugFlag(cmd.Args); flag != "" {
			c.ReportAt(cmd.Loc, deployFileSeverity(f, cmd.Scope), "`"+flag+"` in "+path.Base(f.Path)+
				" runs the Flask development server with the Werkzeug debugger, an interactive Python console on error pages"+exampleNote(f))
		}
	}
}

// flaskDebugTrue reads a FLASK_DEBUG value as flask.helpers.get_debug_flag
// does: true unless empty or one of "0", "false", "no". Values that are
// interpolations ($FLASK_DEBUG, ${FLASK_DEBUG:-0}) depend on the
// environment and are not judged.
func flaskDebugTrue(v string) bool {
	v = strings.TrimSpace(v)
	if v == "" || strings.Contains(v, "$") {
		return false
	}
	switch strings.ToLower(v) {
	case "0", "false", "no":
		return false
	}
	return true
}

// debugFlag finds a `flask run` command with --debug or --debugger
// (`flask --debug run` too), or one started with FLASK_DEBUG set to true in
// front of it, and returns the offending word. Commands are found as
// ruleutil.FlaskCommands finds them: `echo "flask run --debug"` is none.
func debugFlag(args []string) string {
	for _, cmd := range ruleutil.FlaskCommands(args) {
		if w := flaskDebugWord(cmd); w != "" {
			return w
		}
	}
	return ""
}

// flaskDebugWord examines one flask command.
func flaskDebugWord(cmd ruleutil.FlaskCommand) string {
	envDebug := ""
	for _, w := range cmd.Env {
		if v, ok := strings.CutPrefix(w, "FLASK_DEBUG="); ok && flaskDebugTrue(v) {
			envDebug = w
		}
	}
	debugWord, run := "", false
	for _, w := range cmd.Args {
		switch w {
		case "run":
			run = true
		case "--debug", "--debugger":
			if debugWord == "" {
				debugWord = w
			}
		}
	}
	switch {
	case !run:
		return ""
	case debugWord != "":
		return debugWord
	}
	return envDebug
}
