package logging

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

func TestLoggingNotConfigured(t *testing.T) {
	ruletest.Run(t, "../testdata/logging-not-configured", &LoggingNotConfigured)
}

func TestLoggingConfigured(t *testing.T) {
	for dir, want := range map[string][]string{
		"testdata/configured": {"app.py:5 logging configured with logging.dictConfig (app.py:5)"},
		"testdata/gunicorn":   {"Procfile:1 logging configured with gunicorn --log-config (Procfile:1)"},
		"testdata/noflask":    nil,
	} {
		findings, evidence := scanDir(t, dir, &LoggingNotConfigured)
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
