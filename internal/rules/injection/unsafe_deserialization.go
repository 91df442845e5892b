package injection

import (
	"github.com/flaskguard/flaskguard/internal/finding"
	"github.com/flaskguard/flaskguard/internal/rules/rule"
	"github.com/flaskguard/flaskguard/internal/taint/spec"
)

// UnsafeDeserialization flags request data given to a loader that can
// build arbitrary objects.
//
// # What it does
//
// Reports request data (cookies, bodies, uploaded files, after base64 or
// other decoding) that reaches pickle, cPickle, dill, marshal, shelve,
// jsonpickle, pandas.read_pickle, torch.load or joblib.load, or yaml.load
// with a loader other than SafeLoader (or none: PyYAML before 5.1 then
// used the full, unsafe loader). yaml.safe_load and json.loads are safe.
//
// # Why is this bad
//
// A pickle names functions to call while it is loaded: a crafted cookie
// runs os.system on the server. YAML's python/object tags do the same
// (CWE-502).
//
// # Example
//
//	@app.before_request
//	def load_prefs():
//	    raw = request.cookies.get("prefs")
//	    if raw:
//	        g.prefs = pickle.loads(base64.b64decode(raw))
//
// # Use instead
//
// Keep client data in a format without code, such as JSON, and validate it:
//
//	g.prefs = json.loads(raw) if raw else {}
//
// # References
//
//   - https://docs.python.org/3/library/pickle.html (the warning at the top)
//   - https://pyyaml.org/wiki/PyYAMLDocumentation
//   - https://cwe.mitre.org/data/definitions/502.html
var UnsafeDeserialization = rule.Rule{
	ID:           "FG0607",
	Name:         "unsafe-deserialization",
	Practice:     6,
	CWE:          502,
	Severity:     finding.Critical,
	Confidence:   finding.HighConfidence,
	Summary:      "request data deserialized with pickle, yaml.load or a similar loader",
	Fix:          "Use json or yaml.safe_load for data from clients; never unpickle it.",
	CheckProject: func(c *rule.Ctx) { c.ReportFlows(spec.Deserialize) },
}
