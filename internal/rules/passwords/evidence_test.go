package passwords

import (
	"context"
	"fmt"
	"reflect"
	"testing"

	"github.com/flaskguard/flaskguard/internal/config"
	"github.com/flaskguard/flaskguard/internal/rules/rule"
	"github.com/flaskguard/flaskguard/internal/scan"
)

// FG0902 records where passwords are hashed well; the weak call in the
// werkzeug project is still reported, and is not cited as evidence.
func TestHashingEvidence(t *testing.T) {
	for dir, want := range map[string][]string{
		"testdata/werkzeug": {"auth.py:13 passwords hashed with werkzeug generate_password_hash (auth.py:13)"},
		"testdata/bcrypt":   {"app.py:5 passwords hashed with Flask-Bcrypt (app.py:5)"},
	} {
		_, evidence := scanDir(t, dir, &WeakPasswordHashSettings)
		if !reflect.DeepEqual(evidence, want) {
			t.Errorf("%s: evidence %q, want %q", dir, evidence, want)
		}
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
