package injection

import (
	"github.com/flaskguard/flaskguard/internal/finding"
	"github.com/flaskguard/flaskguard/internal/rules/rule"
	"github.com/flaskguard/flaskguard/internal/taint/spec"
)

// CodeInjection flags request data that Python evaluates as code.
//
// # What it does
//
// Reports request data (followed across functions and modules) that
// reaches eval, exec or compile, or names a module for __import__ or
// importlib.import_module. int(), float() and allow-list checks make a
// value safe; ast.literal_eval is not a sink.
//
// # Why is this bad
//
// eval and exec run any Python expression or statement, with the
// server's rights: `__import__('os').system('id')` is enough to take the
// host over. Importing a module named by the client runs that module's
// code (CWE-94).
//
// # Example
//
//	@app.route("/calc")
//	def calc():
//	    return str(eval(request.args["expr"]))
//
// # Use instead
//
// Parse the input instead of running it:
//
//	import ast
//
//	@app.route("/calc")
//	def calc():
//	    return str(ast.literal_eval(request.args["expr"]))
//
// # References
//
//   - https://docs.python.org/3/library/functions.html#eval
//   - https://docs.python.org/3/library/ast.html#ast.literal_eval
//   - https://cwe.mitre.org/data/definitions/94.html
var CodeInjection = rule.Rule{
	ID:           "FG0602",
	Name:         "code-injection",
	Practice:     6,
	CWE:          94,
	Severity:     finding.Critical,
	Confidence:   finding.HighConfidence,
	Summary:      "request data reaches eval, exec, compile or a dynamic import",
	Fix:          "Never evaluate request data as code: parse it (ast.literal_eval, json.loads) or map it to allowed values.",
	CheckProject: func(c *rule.Ctx) { c.ReportFlows(spec.Code) },
}
