package passwords

import (
	"testing"

	"github.com/flaskguard/flaskguard/internal/rules/ruletest"
)

// TestWeakHashAlgorithm runs FG0905 beside FG0901, whose findings it must
// not repeat.
func TestWeakHashAlgorithm(t *testing.T) {
	ruletest.Run(t, "../testdata/weak-hash-algorithm", &WeakHashAlgorithm, &PasswordFastHash)
}
