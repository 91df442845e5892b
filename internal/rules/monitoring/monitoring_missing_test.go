package monitoring

import (
	"context"
	"fmt"
	"reflect"
	"testing"

	"github.com/flaskguard/flaskguard/internal/config"
	"github.com/flaskguard/flaskguard/internal/rules/rule"
	"github.com/flaskguard/flaskguard/internal/rules/ruletest"
	"github.com/flaskguard/flaskguard/internal/scan"
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
		findings, evidence := scanDir(t, dir, &MonitoringMissing)
		if len(findings) != 0 || !reflect.DeepEqual(evidence, want) {
			t.Errorf("%s: findings %q, evidence %q; want none and %q", dir, findings, evidence, want)
		}
	}
}

// scanDir runs one rule over a project folder and returns its findings
// and evidence as "path:line message".
func scanDir(t *testing.T, dir string, r *rule.Rule) (findings, evidence []string) {
	t.Helper()
	cfg := config.Default()
	cfg.IncludeTests = true
	res, err := scan.Run(context.Background(), scan.Options{Root: dir, Config: cfg, Rules: []*rule.Rule{r}})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range res.Active() {
		findings = append(findings, fmt.Sprintf("%s:%d %s", f.Location.Path, f.Location.StartLine, f.Message))
	}
	for _, e := range res.Evidence {
		evidence = append(evidence, fmt.Sprintf("%s:%d %s", e.Location.Path, e.Location.StartLine, e.Message))
	}
	return findings, evidence
}
