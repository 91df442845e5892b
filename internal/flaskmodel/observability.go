package flaskmodel

import (
	"bytes"
	"path"
	"slices"
	"strings"

	"github.com/flaskguard/flaskguard/internal/confsrc"
	"github.com/flaskguard/flaskguard/internal/finding"
	"github.com/flaskguard/flaskguard/internal/project"
	"github.com/flaskguard/flaskguard/internal/python"
)

// Proof is a place that shows a protection is set up, for rules that
// judge absences and for scorecard evidence.
type Proof struct {
	// What names the set-up for people: "dictConfig", "sentry_sdk.init",
	// "gunicorn --log-config".
	What string
	Loc  finding.Location
	// App is the app the set-up is bound to (a handler on app.logger,
	// PrometheusMetrics(app)); nil for process-wide set-ups.
	App *App
}

// For keeps the proofs that cover an app: process-wide ones and those
// bound to it.
func For(ps []Proof, app *App) []Proof {
	var out []Proof
	for _, p := range ps {
		if p.App == nil || p.App == app {
			out = append(out, p)
		}
	}
	return out
}

// LoggingProofs lists where logging is configured (use For to keep those
// of one app): basicConfig, dictConfig and fileConfig, handlers and
// levels set on the root or any module logger, those set on the app's own
// logger, structlog.configure and loguru's logger.add/configure, handler
// lists assigned (app.logger.handlers = gunicorn_logger.handlers), a
// gunicorn config module with logconfig/logconfig_dict, and gunicorn
// --log-config* options in Procfiles, Dockerfiles and compose files.
// Set-ups that run only in development or tests (DevOnly) do not count.
func (md *Model) LoggingProofs(configs []*confsrc.File) []Proof {
	var out []Proof
	add := func(what string, at finding.Location, app *App) {
		if !md.DevOnly(at) {
			out = append(out, Proof{what, at, app})
		}
	}
	for _, ls := range md.Logging {
		if !onAppLogger(ls) {
			add(logSetupName(ls), ls.Loc, nil)
		}
	}
	for _, a := range md.Apps {
		for _, ls := range a.Logging {
			add("app.logger."+ls.Kind, ls.Loc, a)
		}
	}
	for _, p := range md.logCalls {
		add(p.What, p.Loc, nil)
	}
	for _, cmd := range commands(configs) {
		if len(cmd.Args) > 0 && path.Base(cmd.Args[0]) == "gunicorn" || slices.Contains(cmd.Args, "gunicorn") {
			for _, a := range cmd.Args {
				if opt, _, _ := strings.Cut(a, "="); strings.HasPrefix(opt, "--log-config") {
					out = append(out, Proof{What: "gunicorn " + opt, Loc: cmd.Loc})
				}
			}
		}
	}
	slices.SortStableFunc(out, func(a, b Proof) int { return compareLoc(a.Loc, b.Loc) })
	return out
}

// onAppLogger reports whether a set-up is made on some app.logger: those
// count only for their app, through App.Logging.
func onAppLogger(ls *LogSetup) bool {
	if ls.Kind != "addHandler" && ls.Kind != "setLevel" {
		return false
	}
	fn, ok := ls.Call.Func.(*python.Attribute)
	if !ok {
		return false
	}
	lg, ok := fn.Value.(*python.Attribute)
	return ok && lg.Attr == "logger"
}

// logSetupName names a LogSetup for people.
func logSetupName(ls *LogSetup) string {
	switch ls.Kind {
	case "basicConfig", "dictConfig", "fileConfig":
		return "logging." + ls.Kind
	case "handler":
		return ls.Handler
	}
	return ls.Kind
}

// loggingCalls finds the logging set-ups the model does not record:
// structlog and loguru configuration, handler lists assigned, and gunicorn
// config modules.
func loggingCalls(proj *project.Project, m *project.Module) []Proof {
	src := m.File.Source
	var out []Proof
	base := path.Base(m.File.Path)
	if strings.HasPrefix(base, "gunicorn") && bytes.Contains(src, []byte("logconfig")) {
		for _, name := range []string{"logconfig", "logconfig_dict", "logconfig_json"} {
			if bs := m.Bindings[name]; len(bs) > 0 && bs[0].Node != nil {
				out = append(out, Proof{What: "gunicorn " + name, Loc: loc(m, bs[0].Node.Span())})
			}
		}
	}
	if !bytes.Contains(src, []byte("structlog")) && !bytes.Contains(src, []byte("loguru")) && !bytes.Contains(src, []byte(".handlers")) {
		return out
	}
	python.Walk(m.File.Module, func(n python.Node) bool {
		switch n := n.(type) {
		case *python.Call:
			q := proj.QualifyAt(m, n.Func, m.ScopeAt(n.Span().Start))
			switch q {
			case "structlog.configure", "loguru.logger.add", "loguru.logger.configure":
				out = append(out, Proof{What: q, Loc: loc(m, n.Span())})
			}
		case *python.Assign:
			for _, t := range n.Targets {
				if a, ok := t.(*python.Attribute); ok && a.Attr == "handlers" && n.Op == "" && n.Value != nil {
					out = append(out, Proof{What: m.File.Text(t.Span()) + " assigned", Loc: loc(m, n.Span())})
				}
			}
		}
		return true
	})
	return out
}

// monitoringPackages are the error-tracking, APM and metrics packages
// whose import shows the project reports errors or metrics somewhere, by
// top-level package.
var monitoringPackages = map[string]string{
	"sentry_sdk": "Sentry", "raven": "Sentry (raven)", "rollbar": "Rollbar", "bugsnag": "Bugsnag",
	"honeybadger": "Honeybadger", "pybrake": "Airbrake", "airbrake": "Airbrake", "raygun4py": "Raygun",
	"elasticapm": "Elastic APM", "ddtrace": "Datadog APM", "datadog": "Datadog", "newrelic": "New Relic",
	"opentelemetry": "OpenTelemetry", "prometheus_flask_exporter": "Prometheus",
	"prometheus_client": "Prometheus", "scout_apm": "Scout APM", "appsignal": "AppSignal",
	"logfire": "Logfire", "statsd": "StatsD",
}

// monitorCommands are launchers that instrument the process they start.
var monitorCommands = map[string]string{
	"ddtrace-run": "Datadog APM", "newrelic-admin": "New Relic", "opentelemetry-instrument": "OpenTelemetry",
}

// monitorNamesByKind names the Monitor kinds for people.
var monitorNamesByKind = map[string]string{
	"sentry": "sentry_sdk.init", "newrelic": "newrelic.agent.initialize", "datadog": "ddtrace.patch_all",
	"opentelemetry": "FlaskInstrumentor().instrument_app",
}

// MonitoringProofs lists the error-tracking, APM and metrics set-ups (use
// For to keep those that cover one app): Monitoring entries
// (sentry_sdk.init, ...), Prometheus and APM extensions bound to the app,
// imports of monitoring packages anywhere in the project (except packages
// of extensions the model binds to apps), and launchers
// such as ddtrace-run in Procfiles, Dockerfiles and compose files. Set-up
// calls come first, imports last: an import alone is weaker proof.
// Set-ups that run only in development or tests do not count.
func (md *Model) MonitoringProofs(configs []*confsrc.File) []Proof {
	var calls, imports []Proof
	for _, mo := range md.Monitoring {
		if !md.DevOnly(mo.Loc) {
			calls = append(calls, Proof{What: monitorNamesByKind[mo.Kind], Loc: mo.Loc})
		}
	}
	for _, e := range md.Extensions {
		if (e.Kind == ExtPrometheus || e.Kind == ExtMonitoring) && e.App != nil && !md.DevOnly(e.Loc) {
			calls = append(calls, Proof{What: e.Class[strings.LastIndexByte(e.Class, '.')+1:], Loc: e.Loc, App: e.App})
		}
	}
	for _, cmd := range commands(configs) {
		for _, a := range cmd.Args {
			if name, ok := monitorCommands[path.Base(a)]; ok {
				calls = append(calls, Proof{What: path.Base(a) + " (" + name + ")", Loc: cmd.Loc})
			}
		}
	}
	// An import of an extension package whose instances the model binds
	// to apps says nothing about an app it is not bound to.
	bound := map[string]bool{}
	for _, e := range md.Extensions {
		if (e.Kind == ExtPrometheus || e.Kind == ExtMonitoring) && e.App != nil {
			top, _, _ := strings.Cut(e.Class, ".")
			bound[top] = true
		}
	}
	for _, im := range md.monitorImports {
		top, _, _ := strings.Cut(im.name, ".")
		if l := loc(im.m, im.at); !bound[top] && !md.DevOnly(l) {
			imports = append(imports, Proof{What: "import " + im.name + " (" + monitoringPackages[top] + ")", Loc: l})
		}
	}
	slices.SortStableFunc(calls, func(a, b Proof) int { return compareLoc(a.Loc, b.Loc) })
	return append(calls, imports...)
}

// commands lists the command lines of the configuration files.
func commands(configs []*confsrc.File) []confsrc.Command {
	var out []confsrc.Command
	for _, f := range configs {
		if f != nil {
			out = append(out, f.Commands...)
		}
	}
	return out
}

// compareLoc orders locations by path, line and column.
func compareLoc(a, b finding.Location) int {
	switch {
	case a.Path != b.Path:
		return strings.Compare(a.Path, b.Path)
	case a.StartLine != b.StartLine:
		return a.StartLine - b.StartLine
	}
	return a.StartCol - b.StartCol
}
