package session

import (
	"context"
	"testing"

	"github.com/flaskguard/flaskguard/internal/config"
	"github.com/flaskguard/flaskguard/internal/finding"
	"github.com/flaskguard/flaskguard/internal/rules/rule"
	"github.com/flaskguard/flaskguard/internal/rules/ruletest"
	"github.com/flaskguard/flaskguard/internal/scan"
)

// silent checks that rules report nothing on a project: conditions that
// hold project-wide (no session use anywhere, no deployment file) cannot
// share a fixture folder with the cases that fire.
func silent(t *testing.T, dir string, rules ...*rule.Rule) {
	t.Helper()
	for _, f := range ruletest.Load(t, dir).Findings(t, rules...) {
		t.Errorf("%s:%d: unexpected %s: %s", f.Location.Path, f.Location.StartLine, f.RuleID, f.Message)
	}
}

// evidence returns the scorecard evidence a rule records on a project.
func evidence(t *testing.T, dir string, r *rule.Rule) []finding.Evidence {
	t.Helper()
	res, err := scan.Run(context.Background(), scan.Options{Root: dir, Config: config.Default(), Rules: []*rule.Rule{r}})
	if err != nil {
		t.Fatal(err)
	}
	return res.Evidence
}

// An unset SESSION_COOKIE_SECURE is only reported on apps that keep
// something in the session and are clearly deployed.
func TestSessionCookieUnsetNeedsSessionAndDeployment(t *testing.T) {
	silent(t, "testdata/no-session", &SessionCookieInsecure)
	silent(t, "testdata/not-deployed", &SessionCookieInsecure)
}

// Flask-Login's REMEMBER_* keys matter only when login_user is asked to
// remember the user.
func TestRememberNeverIssued(t *testing.T) {
	silent(t, "testdata/remember-never-issued", &RememberCookieInsecure)
}

// With Flask-Session 0.7+, only the filesystem backend still pickles.
func TestPickleFilesystemBackend(t *testing.T) {
	ruletest.Run(t, "testdata/pickle-filesystem", &FlaskSessionPickleSerializer)
}

func TestSessionCookieEvidence(t *testing.T) {
	ev := evidence(t, "testdata/evidence", &SessionCookieInsecure)
	want := "session cookie Secure/HttpOnly/SameSite=Lax set in ProductionConfig (config.py:15)"
	if len(ev) != 1 || ev[0].Message != want || ev[0].Practice != 4 || ev[0].Location.StartLine != 15 {
		t.Errorf("evidence = %+v, want one record %q", ev, want)
	}
	// No evidence where the flag is off.
	if ev := evidence(t, "../testdata/session-cookie-insecure/shop", &SessionCookieInsecure); len(ev) != 0 {
		t.Errorf("evidence on an insecure app: %+v", ev)
	}
}

func TestDurations(t *testing.T) {
	for s, want := range map[float64]string{
		365 * day: "365 days", day: "1 day", 12 * 3600: "12 hours", 1.5 * day: "36 hours", 1.25*day + 1: "1.3 days", 90: "90 seconds",
	} {
		if got := days(s); got != want {
			t.Errorf("days(%v) = %q, want %q", s, got, want)
		}
	}
}
