package deps

import (
	"testing"

	"github.com/flaskguard/flaskguard/internal/rules/ruletest"
)

func TestVulnerableDependency(t *testing.T) {
	ruletest.Run(t, "../testdata/vulnerable-dependency", &VulnerableDependency)
}

func TestUnpinnedSecurityCriticalPackage(t *testing.T) {
	ruletest.Run(t, "../testdata/unpinned-security-critical-package", &UnpinnedSecurityCriticalPackage)
}

func TestUnsupportedFlaskStackVersion(t *testing.T) {
	ruletest.Run(t, "../testdata/unsupported-flask-stack-version", &UnsupportedFlaskStackVersion)
}
