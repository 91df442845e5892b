package scan_test

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/flaskguard/flaskguard/internal/config"
	"github.com/flaskguard/flaskguard/internal/finding"
	"github.com/flaskguard/flaskguard/internal/rules"
	"github.com/flaskguard/flaskguard/internal/scan"
)

// manifest is examples/<app>/expected-findings.json: the findings a correct
// scanner must report, written by hand without looking at the engine.
type manifest struct {
	Findings []struct {
		Practice int    `json:"practice"`
		CWE      int    `json:"cwe"`
		File     string `json:"file"`
		Line     int    `json:"line"`
		What     string `json:"what"`
		Rule     string `json:"rule"`
	} `json:"findings"`
}

func scanExample(t *testing.T, app string) *finding.Result {
	t.Helper()
	root := filepath.Join("..", "..", "examples", app)
	res, err := scan.Run(context.Background(), scan.Options{Root: root, Config: config.Default(), Rules: rules.All()})
	if err != nil {
		t.Fatalf("scan %s: %v", app, err)
	}
	return res
}

// TestVulnerableAppManifest compares, for every rule that exists, the exact
// set of (file, line, rule) the scan reports with the manifest: a missing
// entry is a miss, an extra one a false alarm. Manifest entries for rules
// not written yet are skipped until their rule lands.
func TestVulnerableAppManifest(t *testing.T) {
	raw, err := os.ReadFile("../../examples/vulnerable-app/expected-findings.json")
	if err != nil {
		t.Fatal(err)
	}
	var m manifest
	if err := json.Unmarshal(raw, &m); err != nil {
		t.Fatalf("parse manifest: %v", err)
	}
	registered := map[string]bool{}
	for _, r := range rules.All() {
		registered[r.ID] = true
	}
	want := map[string]string{}
	for _, e := range m.Findings {
		if e.Rule != "" && registered[e.Rule] {
			want[fmt.Sprintf("%s:%d %s", e.File, e.Line, e.Rule)] = e.What
		}
	}
	if len(want) == 0 {
		t.Fatal("no manifest entry names a registered rule: the test would check nothing")
	}
	got := map[string]bool{}
	for _, f := range scanExample(t, "vulnerable-app").Findings {
		got[fmt.Sprintf("%s:%d %s", f.Location.Path, f.Location.StartLine, f.RuleID)] = true
	}
	for _, k := range sortedKeys(want) {
		if !got[k] {
			t.Errorf("missed %s (%s)", k, want[k])
		}
	}
	for _, k := range sortedKeys(got) {
		if _, ok := want[k]; !ok {
			t.Errorf("unexpected finding %s", k)
		}
	}
}

// TestSecureAppHasNoSeriousFindings holds the secure example to its promise.
func TestSecureAppHasNoSeriousFindings(t *testing.T) {
	res := scanExample(t, "secure-app")
	for _, f := range res.Findings {
		if f.Severity >= finding.High {
			t.Errorf("%s:%d %s %s: %s", f.Location.Path, f.Location.StartLine, f.RuleID, f.Severity, f.Message)
		}
	}
	for _, d := range res.Diagnostics {
		t.Errorf("unexpected diagnostic %s at %s: %s", d.Kind, d.Location.Path, d.Message)
	}
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
