package debug

import (
	"testing"

	"github.com/flaskguard/flaskguard/internal/rules/ruletest"
)

func TestDebugEnabled(t *testing.T) {
	ruletest.Run(t, "../testdata/flask-debug-enabled", &DebugEnabled)
}

func TestDebugEnv(t *testing.T) {
	ruletest.Run(t, "../testdata/flask-debug-env", &DebugEnv)
}

func TestDebugPinDisabled(t *testing.T) {
	ruletest.Run(t, "../testdata/werkzeug-debug-pin-disabled", &DebugPinDisabled)
	// The PIN settings in the debug-env fixtures, seen by this rule.
	ruletest.Run(t, "../testdata/flask-debug-env", &DebugPinDisabled)
}

func TestDebuggerEvalex(t *testing.T) {
	ruletest.Run(t, "../testdata/werkzeug-debugger-evalex", &DebuggerEvalex)
}
