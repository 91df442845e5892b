package report_test

import (
	"encoding/json"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/xeipuuv/gojsonschema"

	"github.com/flaskguard/flaskguard/internal/finding"
	"github.com/flaskguard/flaskguard/internal/report"
	jsonreport "github.com/flaskguard/flaskguard/internal/report/json"
)

// jsonSchemaDoc is the user-facing reference of the JSON report.
const jsonSchemaDoc = "../../docs/json-schema.md"

func jsonReportSchema(t *testing.T) *gojsonschema.Schema {
	t.Helper()
	s, err := gojsonschema.NewSchema(gojsonschema.NewBytesLoader(jsonreport.Schema()))
	if err != nil {
		t.Fatalf("compile internal/report/json/schema.json: %v", err)
	}
	return s
}

// schemaErrors returns every violation of schema in doc, one per line.
func schemaErrors(schema *gojsonschema.Schema, doc []byte) []string {
	res, err := schema.Validate(gojsonschema.NewBytesLoader(doc))
	if err != nil {
		return []string{"validate: " + err.Error()}
	}
	var errs []string
	for _, e := range res.Errors() {
		errs = append(errs, e.String())
	}
	return errs
}

func TestJSONValidatesAgainstSchema(t *testing.T) {
	schema := jsonReportSchema(t)
	frames, framesSrc := framesFixture()
	for name, r := range map[string]*finding.Result{
		"fixture": fixture(t), "no findings": emptyFixture(), "edge cases": frames, "zero result": {},
	} {
		out := render(t, "json", report.Options{Source: framesSrc}, r)
		if errs := schemaErrors(schema, out); len(errs) > 0 {
			t.Errorf("%s: JSON output violates schema.json:\n  %s", name, strings.Join(errs, "\n  "))
		}
	}
}

// TestJSONSchemaRejectsDrift: the schema is strict, so a renamed, dropped,
// added or mistyped field fails validation instead of drifting silently.
func TestJSONSchemaRejectsDrift(t *testing.T) {
	schema := jsonReportSchema(t)
	base := render(t, "json", report.Options{}, fixture(t))
	type obj = map[string]any
	first := func(d obj) obj { return d["findings"].([]any)[0].(obj) }
	for name, mutate := range map[string]func(obj){
		"dropped field":    func(d obj) { delete(first(d), "fingerprint") },
		"renamed field":    func(d obj) { f := first(d); f["ruleId"] = f["rule_id"]; delete(f, "rule_id") },
		"unknown severity": func(d obj) { first(d)["severity"] = "severe" },
		"negative line":    func(d obj) { first(d)["location"].(obj)["start_line"] = -1 },
		"stray top-level":  func(d obj) { d["version"] = 1 },
		"practice key":     func(d obj) { d["summary"].(obj)["by_practice"].(obj)["sixteen"] = obj{} },
		"schema version":   func(d obj) { d["schema_version"] = "2" },
	} {
		var doc obj
		if err := json.Unmarshal(base, &doc); err != nil {
			t.Fatal(err)
		}
		mutate(doc)
		broken, err := json.Marshal(doc)
		if err != nil {
			t.Fatal(err)
		}
		if errs := schemaErrors(schema, broken); len(errs) == 0 {
			t.Errorf("%s: accepted", name)
		}
	}
}

// TestJSONRoundTrip reads the document back the way a consumer would and
// checks that it says what the Result says.
func TestJSONRoundTrip(t *testing.T) {
	r := fixture(t)
	var doc struct {
		SchemaVersion string `json:"schema_version"`
		Tool          struct{ Name, Version string }
		Root          string
		Findings      []struct {
			RuleID      string `json:"rule_id"`
			Severity    finding.Severity
			Fingerprint string
			Trace       []finding.Step
			Suppressed  *finding.Suppression
		}
		Diagnostics []finding.Diagnostic
		Rules       []finding.RuleInfo
		Stats       finding.Stats
		Summary     struct {
			Findings   int
			BySeverity map[string]int `json:"by_severity"`
			ByPractice map[string]struct {
				Name     string
				Findings int
				Highest  finding.Severity
			} `json:"by_practice"`
			Suppressed int
		}
	}
	if err := json.Unmarshal(render(t, "json", report.Options{}, r), &doc); err != nil {
		t.Fatal(err)
	}
	if doc.SchemaVersion != jsonreport.SchemaVersion || doc.Tool.Name != "flaskguard" ||
		doc.Tool.Version != r.Version || doc.Root != r.Root {
		t.Errorf("header: %+v", doc)
	}
	if len(doc.Findings) != len(r.Findings) || len(doc.Diagnostics) != len(r.Diagnostics) ||
		len(doc.Rules) != len(r.Rules) || doc.Stats != r.Stats {
		t.Errorf("lost data: %d/%d findings, %d/%d diagnostics, %d/%d rules, stats %+v",
			len(doc.Findings), len(r.Findings), len(doc.Diagnostics), len(r.Diagnostics),
			len(doc.Rules), len(r.Rules), doc.Stats)
	}
	byPrint := map[string]finding.Finding{}
	for _, f := range r.Findings {
		byPrint[f.Fingerprint] = f
	}
	active := 0
	for _, f := range doc.Findings {
		want, ok := byPrint[f.Fingerprint]
		if !ok || want.RuleID != f.RuleID || want.Severity != f.Severity || len(want.Trace) != len(f.Trace) ||
			(want.Suppressed == nil) != (f.Suppressed == nil) {
			t.Errorf("finding %s %s does not match the Result", f.RuleID, f.Fingerprint)
		}
		if f.Suppressed == nil {
			active++
		}
	}
	s := doc.Summary
	if s.Findings != active || s.Suppressed != len(r.Findings)-active || s.BySeverity["critical"] != 2 ||
		s.ByPractice["6"].Findings != 2 || s.ByPractice["6"].Highest != finding.High {
		t.Errorf("summary: %+v", s)
	}
}

// TestJSONSchemaIsDocumented keeps docs/json-schema.md in step with the
// schema: every field name in schema.json must appear in the document as
// `name`, and the document must state the current schema version.
func TestJSONSchemaIsDocumented(t *testing.T) {
	doc, err := os.ReadFile(jsonSchemaDoc)
	if err != nil {
		t.Fatal(err)
	}
	var schema map[string]any
	if err := json.Unmarshal(jsonreport.Schema(), &schema); err != nil {
		t.Fatal(err)
	}
	fields := map[string]bool{}
	var walk func(v any)
	walk = func(v any) {
		switch x := v.(type) {
		case map[string]any:
			if props, ok := x["properties"].(map[string]any); ok {
				for name := range props {
					fields[name] = true
				}
			}
			for _, sub := range x {
				walk(sub)
			}
		case []any:
			for _, sub := range x {
				walk(sub)
			}
		}
	}
	walk(schema)
	if len(fields) < 40 {
		t.Fatalf("found only %d fields in schema.json; the walk is broken", len(fields))
	}
	for name := range fields {
		if !strings.Contains(string(doc), "`"+name+"`") {
			t.Errorf("field %q is in schema.json but not documented in %s", name, jsonSchemaDoc)
		}
	}
	if !regexp.MustCompile(`"schema_version": "` + jsonreport.SchemaVersion + `"`).Match(doc) {
		t.Errorf("%s does not show schema_version %q", jsonSchemaDoc, jsonreport.SchemaVersion)
	}
}
