package monitoring

import (
	"fmt"
	"strings"

	"github.com/flaskguard/flaskguard/internal/finding"
	"github.com/flaskguard/flaskguard/internal/flaskmodel"
	"github.com/flaskguard/flaskguard/internal/rules/rule"
)

// MonitoringMissing flags a Flask app whose errors reach nobody.
//
// # What it does
//
// Reports, once per application that serves routes (at the line that
// creates it), an app with neither
//
//   - an error-tracking, APM or metrics integration: sentry_sdk.init (or
//     an import of sentry_sdk, raven, rollbar, bugsnag, honeybadger,
//     airbrake, raygun4py, elasticapm, ddtrace, datadog, newrelic,
//     opentelemetry, prometheus_client, prometheus_flask_exporter,
//     scout_apm, appsignal, logfire, statsd anywhere in the project),
//     PrometheusMetrics or ElasticAPM bound to the app, or a launcher
//     such as ddtrace-run, newrelic-admin or opentelemetry-instrument in a
//     Procfile, Dockerfile or compose command; nor
//   - a logging configuration (see FG1103) that could ship errors
//     somewhere, process-wide or on the app's logger.
//
// Error handlers do not count: Flask already logs unhandled exceptions to
// stderr, and a handler for 500 or Exception only changes the page the
// client sees (a handler for Exception even stops Flask from logging the
// error unless it logs it itself). Set-ups that run only in development
// or tests do not count.
//
// # Why is this bad
//
// Incidents are noticed through errors and anomalies: a spike of 500s, an
// exception in the login view, a flood of 401s. With nothing but the
// default stderr handler, errors scroll by on a console nobody reads,
// nothing alerts, and an attack or an outage is found by users, if at all
// (CWE-778, insufficient logging).
//
// # Example
//
//	app = Flask(__name__)
//
//	@app.errorhandler(500)
//	def error(e):
//	    return render_template("500.html"), 500
//
// # Use instead
//
//	import sentry_sdk
//
//	sentry_sdk.init(dsn=os.environ["SENTRY_DSN"], send_default_pii=False)
//	app = Flask(__name__)
//
// or ship logs somewhere watched (dictConfig with a handler for your log
// store), or expose metrics with prometheus_flask_exporter.
//
// # References
//
//   - https://flask.palletsprojects.com/en/stable/errorhandling/#error-logging-tools
//   - https://flask.palletsprojects.com/en/stable/logging/
//   - https://cheatsheetseries.owasp.org/cheatsheets/Logging_Cheat_Sheet.html
//   - https://cwe.mitre.org/data/definitions/778.html
var MonitoringMissing = rule.Rule{
	ID:           "FG1302",
	Name:         "monitoring-missing",
	Practice:     13,
	CWE:          778,
	Severity:     finding.Low,
	Confidence:   finding.MediumConfidence,
	Summary:      "No error tracking, metrics or logging configuration: the app's errors reach only the default stderr handler",
	Fix:          "Report errors to a tracker (sentry_sdk.init, Rollbar, an APM) or expose metrics, and configure logging to ship errors to a watched store.",
	CheckProject: checkMonitoring,
}

func checkMonitoring(c *rule.Ctx) {
	if c.Flask == nil {
		return
	}
	allMons, allLogs := c.Flask.MonitoringProofs(c.Configs), c.Flask.LoggingProofs(c.Configs)
	for _, app := range c.Flask.ServingApps() {
		mons, logs := flaskmodel.For(allMons, app), flaskmodel.For(allLogs, app)
		if len(mons) == 0 && len(logs) == 0 {
			c.ReportAt(app.Loc, finding.Low, app.Label+" has no error tracking, APM or metrics and no logging configuration: "+
				"its errors go only to the default stderr handler, so nothing alerts anyone when it fails or is attacked")
			continue
		}
		var parts []string
		at := app.Loc
		if len(mons) > 0 {
			parts = append(parts, "errors reported by "+proof(mons[0]))
			at = mons[0].Loc
		} else {
			parts = append(parts, "logging configured with "+proof(logs[0]))
			at = logs[0].Loc
		}
		if h := serverErrorHandler(app); h != nil {
			parts = append(parts, fmt.Sprintf("error handler for %s (%s:%d)", handled(h), h.Loc.Path, h.Loc.StartLine))
		}
		c.Evidence(at, app.Label+": "+strings.Join(parts, "; "))
	}
}

func proof(p flaskmodel.Proof) string {
	return fmt.Sprintf("%s (%s:%d)", p.What, p.Loc.Path, p.Loc.StartLine)
}

// serverErrorHandler returns the app's handler for 500 or for all
// exceptions, if any.
func serverErrorHandler(app *flaskmodel.App) *flaskmodel.ErrorHandler {
	for _, h := range app.ErrorHandlers {
		if h.Code == 500 || h.Exception == "Exception" || h.Exception == "builtins.Exception" {
			return h
		}
	}
	return nil
}

func handled(h *flaskmodel.ErrorHandler) string {
	if h.Code != 0 {
		return fmt.Sprint(h.Code)
	}
	return h.Exception
}
