package monitoring

import (
	"reflect"
	"testing"

	"github.com/flaskguard/flaskguard/internal/rules/ruletest"
)

func TestMonitoringMissing(t *testing.T) {
	ruletest.Run(t, "../testdata/monitoring-missing", &MonitoringMissing)
}

func TestMonitoringPresent(t *testing.T) {
	for dir, want := range map[string][]string{
		"testdata/sentry":  {"monitoring.py:7 app: errors reported by sentry_sdk.init (monitoring.py:7); error handler for Exception (app.py:9)"},
		"testdata/ddtrace": {"Dockerfile:2 app: errors reported by ddtrace-run (Datadog APM) (Dockerfile:2)"},
		"testdata/logged":  {"app.py:5 app: logging configured with logging.dictConfig (app.py:5)"},
	} {
		findings, evidence := ruletest.ScanDir(t, dir, &MonitoringMissing)
		if len(findings) != 0 || !reflect.DeepEqual(evidence, want) {
			t.Errorf("%s: findings %q, evidence %q; want none and %q", dir, findings, evidence, want)
		}
	}
}
