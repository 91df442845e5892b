package ratelimit

import (
	"context"
	"slices"
	"testing"

	"github.com/flaskguard/flaskguard/internal/config"
	"github.com/flaskguard/flaskguard/internal/rules/rule"
	"github.com/flaskguard/flaskguard/internal/rules/ruletest"
	"github.com/flaskguard/flaskguard/internal/scan"
)

// silent checks that rules report nothing on a project: conditions that
// hold project-wide (the worker count, a proxy in front, an unplaced
// Limiter or ProxyFix) cannot share a fixture folder with cases that fire.
func silent(t *testing.T, dir string, rules ...*rule.Rule) {
	t.Helper()
	for _, f := range ruletest.Load(t, dir).Findings(t, rules...) {
		t.Errorf("%s:%d: unexpected %s: %s", f.Location.Path, f.Location.StartLine, f.RuleID, f.Message)
	}
}

func TestMemoryStorageWorkers(t *testing.T) {
	silent(t, "testdata/single-worker", &RateLimitMemoryStorageMultiworker)
	ruletest.Run(t, "testdata/computed-workers", &RateLimitMemoryStorageMultiworker)
}

func TestProxySigns(t *testing.T) {
	silent(t, "testdata/no-proxy-sign", &RateLimitKeyBehindProxy)
	silent(t, "testdata/proxy-fixed", &RateLimitKeyBehindProxy)
	ruletest.Run(t, "testdata/forwarded-code", &RateLimitKeyBehindProxy)
	ruletest.Run(t, "testdata/gunicorn-forwarded", &RateLimitKeyBehindProxy)
}

// A Limiter the scan cannot place on an app keeps FG1001 quiet.
func TestUnboundLimiter(t *testing.T) {
	silent(t, "testdata/unbound", &RateLimitingMissing)
}

func TestIsAuthName(t *testing.T) {
	yes := []string{"/login", "/auth/sign-in", "/signIn", "log_in", "/register", "/password/forgot", "reset_password",
		"/reset/request", "/api/token", "/otp", "verify_email", "/2fa", "/mfa/setup", "/account/reset-link"}
	no := []string{"/logout", "/game/reset", "/comments", "/tokenizer", "/verified-badges", "reset_counter", ""}
	for _, n := range yes {
		if !hasAuthWord(n) {
			t.Errorf("hasAuthWord(%q) = false, want true", n)
		}
	}
	for _, n := range no {
		if hasAuthWord(n) {
			t.Errorf("hasAuthWord(%q) = true, want false", n)
		}
	}
}

func TestLimiterEvidence(t *testing.T) {
	res, err := scan.Run(context.Background(), scan.Options{Root: "../testdata/rate-limiting-missing", Config: config.Default(),
		Rules: []*rule.Rule{&RateLimitingMissing}})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range res.Evidence {
		got = append(got, e.Message)
	}
	want := []string{"Flask-Limiter (safe_limited/extensions.py:4) with redis storage limits POST /login (5 per minute)"}
	if !slices.Equal(got, want) {
		t.Errorf("evidence = %q, want %q", got, want)
	}
}
