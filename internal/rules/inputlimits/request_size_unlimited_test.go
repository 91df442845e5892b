package inputlimits

import (
	"testing"

	"github.com/flaskguard/flaskguard/internal/rules/ruletest"
)

func TestRequestSizeUnlimited(t *testing.T) {
	ruletest.Run(t, "../testdata/request-size-unlimited", &RequestSizeUnlimited)
}
