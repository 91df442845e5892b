package tls

import (
	"reflect"
	"testing"

	"github.com/flaskguard/flaskguard/internal/rules/ruletest"
)

func TestTalismanHTTPSNotForced(t *testing.T) {
	ruletest.Run(t, "../testdata/talisman-https-not-forced", &TalismanHTTPSNotForced)
}

func TestTalismanHTTPSEvidence(t *testing.T) {
	_, got := ruletest.ScanDir(t, "../testdata/talisman-https-not-forced", &TalismanHTTPSNotForced)
	want := []string{"safe.py:7 Talisman forces HTTPS and sends HSTS (max-age=31556926; includeSubDomains) for site (safe.py:7)"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("evidence %q, want %q", got, want)
	}
}
