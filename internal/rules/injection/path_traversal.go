package injection

import (
	"github.com/flaskguard/flaskguard/internal/finding"
	"github.com/flaskguard/flaskguard/internal/rules/rule"
	"github.com/flaskguard/flaskguard/internal/taint/spec"
)

// PathTraversal flags request data used as a file system path.
//
// # What it does
//
// Reports request data (an uploaded file's name included) that reaches a
// file path: open, io.open, codecs.open, pathlib reads and writes,
// send_file, the folder of send_from_directory, FileStorage.save, and
// os/shutil calls that remove, move or copy files. secure_filename,
// safe_join and os.path.basename make a name safe, as does a check that
// rejects values containing "..", or a normalised path (realpath,
// resolve()) checked to be under its base folder. So does parsing: once
// int(x) or uuid.UUID(x) returned, or a project function that returns
// only after such a call (and raises otherwise), x itself is a number or
// a UUID; after `try: n = parse(x)` / `except: n = None`, a test of n
// tells which. A value read from the configuration (app.config,
// os.environ) by a key the client chose is the configured value, not the
// key; a lookup in an object the engine does not know
// (cache.get(key)) may build its answer from the key, and is followed as
// if it did. Escaping does not make a path safe.
//
// # Why is this bad
//
// os.path.join(UPLOADS, "../../etc/passwd") is /etc/passwd, and
// os.path.join(UPLOADS, "/etc/passwd") too: the client reads, overwrites
// or deletes any file the server can (CWE-22).
//
// # Example
//
//	@app.route("/download")
//	def download():
//	    return send_file(os.path.join(UPLOADS, request.args["file"]))
//
// # Use instead
//
// send_from_directory joins the name safely:
//
//	@app.route("/download")
//	def download():
//	    return send_from_directory(UPLOADS, request.args["file"])
//
// # References
//
//   - https://flask.palletsprojects.com/en/stable/api/#flask.send_from_directory
//   - https://werkzeug.palletsprojects.com/en/stable/utils/#werkzeug.utils.secure_filename
//   - https://owasp.org/www-community/attacks/Path_Traversal
//   - https://cwe.mitre.org/data/definitions/22.html
var PathTraversal = rule.Rule{
	ID:           "FG0605",
	Name:         "path-traversal",
	Practice:     6,
	CWE:          22,
	Severity:     finding.High,
	Confidence:   finding.HighConfidence,
	Summary:      "request data used as a file path",
	Fix:          "Use send_from_directory or safe_join, pass file names through secure_filename, or resolve the path and check it stays under its folder.",
	CheckProject: func(c *rule.Ctx) { c.ReportFlows(spec.Path) },
}
