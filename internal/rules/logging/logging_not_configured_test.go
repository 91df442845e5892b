package logging

import (
	"reflect"
	"testing"

	"github.com/flaskguard/flaskguard/internal/rules/ruletest"
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
		findings, evidence := ruletest.ScanDir(t, dir, &LoggingNotConfigured)
		if len(findings) != 0 || !reflect.DeepEqual(evidence, want) {
			t.Errorf("%s: findings %q, evidence %q; want none and %q", dir, findings, evidence, want)
		}
	}
}
