package logging

import (
	"strconv"

	"github.com/flaskguard/flaskguard/internal/finding"
	"github.com/flaskguard/flaskguard/internal/flaskmodel"
	"github.com/flaskguard/flaskguard/internal/rules/rule"
)

// LoggingNotConfigured flags a Flask project that never configures
// logging.
//
// # What it does
//
// Reports, once per project at the line that creates the first Flask app
// serving routes, when nothing configures logging anywhere:
//
//   - no logging.basicConfig, logging.config.dictConfig or fileConfig;
//   - no handler created or added, and no level set, on the root logger,
//     a module logger or app.logger (app.logger.addHandler(...),
//     app.logger.setLevel(logging.INFO)), and no handler list assigned
//     (app.logger.handlers = gunicorn_logger.handlers);
//   - no structlog.configure and no loguru logger.add/configure;
//   - no gunicorn configuration module with logconfig or logconfig_dict,
//     and no gunicorn --log-config, --log-config-dict or
//     --log-config-json in a Procfile, Dockerfile or compose command.
//
// Set-ups that run only in development or tests (in tests/, in
// create_test_app(), under `if app.debug:`) do not count. A project without
// a Flask app is not judged.
//
// # Why is this bad
//
// Without configuration, Flask's logger falls back to Python's defaults:
// outside debug mode only warnings and errors are written, to stderr, and
// app.logger.info(...) calls (logins, password resets, permission
// changes) are dropped. Security events that are never recorded cannot be
// investigated or alerted on (CWE-778, insufficient logging).
//
// # Example
//
//	app = Flask(__name__)
//
//	@app.post("/login")
//	def login():
//	    ...
//	    app.logger.info("login ok for %s", user.id)  # never written
//
// # Use instead
//
//	from logging.config import dictConfig
//
//	dictConfig({
//	    "version": 1,
//	    "handlers": {"wsgi": {"class": "logging.StreamHandler",
//	                          "stream": "ext://flask.logging.wsgi_errors_stream"}},
//	    "root": {"level": "INFO", "handlers": ["wsgi"]},
//	})
//	app = Flask(__name__)
//
// # References
//
//   - https://flask.palletsprojects.com/en/stable/logging/
//   - https://docs.python.org/3/library/logging.config.html
//   - https://cheatsheetseries.owasp.org/cheatsheets/Logging_Cheat_Sheet.html
//   - https://cwe.mitre.org/data/definitions/778.html
var LoggingNotConfigured = rule.Rule{
	ID:           "FG1103",
	Name:         "logging-not-configured",
	Practice:     11,
	CWE:          778,
	Severity:     finding.Low,
	Confidence:   finding.MediumConfidence,
	Summary:      "No logging configuration anywhere: Flask logs only warnings and errors to stderr, info-level security events are dropped",
	Fix:          "Configure logging at start-up (logging.config.dictConfig with a level of INFO and a handler that reaches your log store).",
	CheckProject: checkLoggingConfigured,
}

func checkLoggingConfigured(c *rule.Ctx) {
	if c.Flask == nil {
		return
	}
	apps := c.Flask.ServingApps()
	if len(apps) == 0 {
		return
	}
	proofs := c.Flask.LoggingProofs(c.Configs)
	if len(proofs) == 0 {
		c.ReportAt(apps[0].Loc, finding.Low, "logging is never configured (no basicConfig, dictConfig, fileConfig, handler or level): "+
			"Flask's logger then writes only warnings and errors to stderr, so app.logger.info calls such as logins and password changes are dropped")
		return
	}
	p := strongest(proofs)
	c.Evidence(p.Loc, "logging configured with "+p.What+" ("+p.Loc.Path+":"+strconv.Itoa(p.Loc.StartLine)+")")
}

// strongest picks the proof that best shows logging is configured: a
// whole configuration or a handler over a mere level.
func strongest(ps []flaskmodel.Proof) flaskmodel.Proof {
	for _, p := range ps {
		if p.What != "setLevel" && p.What != "app.logger.setLevel" {
			return p
		}
	}
	return ps[0]
}
