package monitoring

import (
	"testing"

	"github.com/flaskguard/flaskguard/internal/rules/ruletest"
)

func TestErrorDetailsReturned(t *testing.T) {
	ruletest.Run(t, "../testdata/error-details-returned-to-client", &ErrorDetailsReturned)
}
