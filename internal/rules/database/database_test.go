package database

import (
	"strings"
	"testing"

	"github.com/flaskguard/flaskguard/internal/rules/ruletest"
)

func TestSQLInjection(t *testing.T) {
	findings := ruletest.Run(t, "../testdata/sql-injection", &SQLInjection)
	for _, f := range findings {
		if len(f.Trace) < 2 || !strings.Contains(f.Message, " reaches ") {
			t.Errorf("%s:%d: finding without a source-to-sink trace: %q (%d steps)",
				f.Location.Path, f.Location.StartLine, f.Message, len(f.Trace))
		}
	}
}
