package tls

import (
	"context"
	"fmt"
	"reflect"
	"testing"

	"github.com/flaskguard/flaskguard/internal/config"
	"github.com/flaskguard/flaskguard/internal/rules/rule"
	"github.com/flaskguard/flaskguard/internal/rules/ruletest"
	"github.com/flaskguard/flaskguard/internal/scan"
)

func TestTalismanHTTPSNotForced(t *testing.T) {
	ruletest.Run(t, "../testdata/talisman-https-not-forced", &TalismanHTTPSNotForced)
}

func TestTalismanHTTPSEvidence(t *testing.T) {
	_, got := scanDir(t, "../testdata/talisman-https-not-forced", &TalismanHTTPSNotForced)
	want := []string{"safe.py:7 Talisman forces HTTPS and sends HSTS (max-age=31556926; includeSubDomains) for site (safe.py:7)"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("evidence %q, want %q", got, want)
	}
}

// scanDir runs one rule over a project folder and returns its findings
// and evidence as "path:line message".
func scanDir(t *testing.T, dir string, r *rule.Rule) (findings, evidence []string) {
	t.Helper()
	cfg := config.Default()
	cfg.IncludeTests = true
	res, err := scan.Run(context.Background(), scan.Options{Root: dir, Config: cfg, Rules: []*rule.Rule{r}})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range res.Active() {
		findings = append(findings, fmt.Sprintf("%s:%d %s", f.Location.Path, f.Location.StartLine, f.Message))
	}
	for _, e := range res.Evidence {
		evidence = append(evidence, fmt.Sprintf("%s:%d %s", e.Location.Path, e.Location.StartLine, e.Message))
	}
	return findings, evidence
}
