package secrets

import (
	"testing"

	"github.com/flaskguard/flaskguard/internal/rules/ruletest"
)

func TestHardcodedSecretKey(t *testing.T) {
	ruletest.Run(t, "../testdata/hardcoded-secret-key", &HardcodedSecretKey)
}
