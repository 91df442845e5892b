// Package inputlimits holds the practice 6 rules about limits on what a
// request may carry, as opposed to what the code does with it (the taint
// rules of practice 6): FG0620, request bodies of unlimited size.
package inputlimits

import (
	"fmt"
	"slices"
	"strings"

	"github.com/flaskguard/flaskguard/internal/finding"
	"github.com/flaskguard/flaskguard/internal/flaskmodel"
	"github.com/flaskguard/flaskguard/internal/project"
	"github.com/flaskguard/flaskguard/internal/rules/rule"
)

// RequestSizeUnlimited flags a Flask app that reads request bodies with no
// limit on their size.
//
// # What it does
//
// Reports, once per application (at the line that creates it), an app
// whose views read request bodies (request.files, request.form,
// request.values, request.get_json(), request.json, request.data,
// request.get_data(), request.stream) while MAX_CONTENT_LENGTH is not set
// in its configuration outside development and test settings, or is set
// to None. Flask's default is None: no limit.
//
// Not reported when MAX_CONTENT_LENGTH is set anywhere that applies to
// production (a config class, app.config, an env file read by
// from_prefixed_env, a value read from the environment); when
// MAX_FORM_MEMORY_SIZE is set and the views read only forms; or when the
// configuration is loaded from a file or variable the scan cannot see
// (from_envvar, a from_pyfile file that is not in the scan), which may set
// it. A limit enforced by a reverse proxy (nginx client_max_body_size,
// which defaults to 1 MB) is not visible to the scan; suppress the finding
// with that reason if you rely on one.
//
// # Why is this bad
//
// Without MAX_CONTENT_LENGTH, Werkzeug reads whatever a client sends:
// get_json() and request.data hold the whole body in memory, uploaded
// files are spooled to the temporary folder without bound, and Flask
// 3.1's MAX_FORM_MEMORY_SIZE caps only non-file form fields. One client
// can exhaust memory or disk and take the app down (CWE-770, allocation
// of resources without limits or throttling).
//
// # Example
//
//	app = Flask(__name__)
//
//	@app.post("/upload")
//	def upload():
//	    request.files["file"].save(path)
//
// # Use instead
//
//	app = Flask(__name__)
//	app.config["MAX_CONTENT_LENGTH"] = 16 * 1024 * 1024  # 16 MB; 413 above it
//
// # References
//
//   - https://flask.palletsprojects.com/en/stable/config/#MAX_CONTENT_LENGTH
//   - https://flask.palletsprojects.com/en/stable/patterns/fileuploads/#improving-uploads
//   - https://werkzeug.palletsprojects.com/en/stable/request_data/#limiting-request-data
//   - https://cwe.mitre.org/data/definitions/770.html
var RequestSizeUnlimited = rule.Rule{
	ID:           "FG0620",
	Name:         "request-size-unlimited",
	Practice:     6,
	CWE:          770,
	Severity:     finding.Low,
	Confidence:   finding.MediumConfidence,
	Summary:      "App reads request bodies (uploads, forms, JSON) but MAX_CONTENT_LENGTH is unset: bodies of any size are accepted",
	Fix:          "Set MAX_CONTENT_LENGTH in the production configuration to the largest body the app needs (e.g. 16 * 1024 * 1024).",
	CheckProject: checkRequestSize,
}

// formSources are the inputs MAX_FORM_MEMORY_SIZE bounds.
var formSources = map[string]bool{"form": true, "values": true}

func checkRequestSize(c *rule.Ctx) {
	if c.Flask == nil {
		return
	}
	for _, app := range c.Flask.ServingApps() {
		inputs, formsOnly := bodyReads(app)
		if len(inputs) == 0 || opaqueConfig(app) {
			continue
		}
		limit, limitSet := setting(app, "MAX_CONTENT_LENGTH")
		if _, ok := setting(app, "MAX_FORM_MEMORY_SIZE"); ok && formsOnly && !limitSet {
			continue
		}
		if limitSet {
			if limit == nil || !limit.Known || limit.Value.Kind != project.NoneValue || limit.Value.EnvFallback {
				continue
			}
			c.ReportAt(limit.Loc, finding.Low, fmt.Sprintf("MAX_CONTENT_LENGTH = None removes the limit on request bodies while %s reads %s: "+
				"one client can send a body large enough to exhaust memory or the temporary disk", app.Label, strings.Join(inputs, ", ")))
			continue
		}
		c.ReportAt(app.Loc, finding.Low, fmt.Sprintf("%s reads %s but MAX_CONTENT_LENGTH is not set: Flask accepts request bodies of any size, "+
			"so one client can exhaust memory or the temporary disk", app.Label, strings.Join(inputs, ", ")))
	}
}

// bodyReads lists what an app's views read from request bodies, the first
// place of each ("request.files in views.py:69"), and whether they read
// only forms.
func bodyReads(app *flaskmodel.App) ([]string, bool) {
	var out []string
	seen := map[string]bool{}
	formsOnly := true
	for _, r := range app.Routes {
		for _, in := range r.Inputs {
			formsOnly = formsOnly && formSources[in.Source]
			if seen[in.Source] {
				continue
			}
			seen[in.Source] = true
			name := "request." + in.Source
			if strings.HasPrefix(in.Source, "get_") {
				name += "()"
			}
			out = append(out, fmt.Sprintf("%s (%s:%d)", name, in.Loc.Path, in.Loc.StartLine))
		}
	}
	slices.Sort(out)
	return out, formsOnly
}

// setting returns the last entry for a key that applies outside
// development and tests, and whether there is one.
func setting(app *flaskmodel.App, key string) (*flaskmodel.ConfigEntry, bool) {
	var last *flaskmodel.ConfigEntry
	for _, e := range app.Config {
		if e.Key == key && e.Env != flaskmodel.Development && e.Env != flaskmodel.Testing {
			last = e
		}
	}
	return last, last != nil
}

// opaqueConfig reports whether the app loads configuration the scan
// cannot read, which may set the limit.
func opaqueConfig(app *flaskmodel.App) bool {
	for _, l := range app.ConfigLoads {
		switch l.Method {
		case "from_envvar":
			return true
		case "from_pyfile", "from_file":
			if !l.Found {
				return true
			}
		}
	}
	return false
}
