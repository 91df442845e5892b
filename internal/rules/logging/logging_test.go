package logging

import (
	"testing"

	"github.com/flaskguard/flaskguard/internal/rules/ruletest"
)

func TestSensitiveDataLogged(t *testing.T) {
	ruletest.Run(t, "../testdata/sensitive-data-logged", &SensitiveDataLogged)
}

func TestRequestDataLoggedUnsanitized(t *testing.T) {
	ruletest.Run(t, "../testdata/request-data-logged-unsanitized", &RequestDataLoggedUnsanitized)
}
