package csrf

import (
	"context"
	"testing"

	"github.com/flaskguard/flaskguard/internal/config"
	"github.com/flaskguard/flaskguard/internal/rules/rule"
	"github.com/flaskguard/flaskguard/internal/rules/ruletest"
	"github.com/flaskguard/flaskguard/internal/scan"
)

// silent checks that rules report nothing on a project: conditions that
// hold project-wide (no cookies anywhere, an unplaced CSRFProtect, a
// csrf.protect() call) cannot share a fixture folder with cases that fire.
func silent(t *testing.T, dir string, rules ...*rule.Rule) {
	t.Helper()
	for _, f := range ruletest.Load(t, dir).Findings(t, rules...) {
		t.Errorf("%s:%d: unexpected %s: %s", f.Location.Path, f.Location.StartLine, f.RuleID, f.Message)
	}
}

// A public form without sessions is Low; a JSON API without cookies is
// not CSRF-prone; a CSRFProtect the scan cannot place keeps the rule quiet.
func TestCSRFMissingScenarios(t *testing.T) {
	ruletest.Run(t, "testdata/public-form", &CSRFProtectionMissing)
	silent(t, "testdata/json-api", &CSRFProtectionMissing)
	silent(t, "testdata/unbound", &CSRFProtectionMissing)
}

// WTF_CSRF_CHECK_DEFAULT = False is how csrf.protect() by hand is set up.
func TestCheckDefaultWithProtectCall(t *testing.T) {
	silent(t, "testdata/protect-by-hand", &CSRFProtectionDisabled)
}

func TestCSRFEvidence(t *testing.T) {
	res, err := scan.Run(context.Background(), scan.Options{Root: "testdata/evidence", Config: config.Default(),
		Rules: []*rule.Rule{&CSRFProtectionMissing}})
	if err != nil {
		t.Fatal(err)
	}
	want := "CSRFProtect (app.py:15) covers 1 of 2 state-changing routes of create_app() (1 exempt: POST /webhook)"
	if len(res.Evidence) != 1 || res.Evidence[0].Message != want || res.Evidence[0].Practice != 5 {
		t.Errorf("evidence = %+v, want %q", res.Evidence, want)
	}
}
