package report_test

import (
	"encoding/json"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/owenrumney/go-sarif/v3/pkg/report/v210/sarif"

	"github.com/flaskguard/flaskguard/internal/finding"
	"github.com/flaskguard/flaskguard/internal/report"
)

// validateSARIF checks a log the way go-sarif does: parse it, then validate
// the parsed Report against the SARIF 2.1.0 schema that go-sarif embeds.
// Strict parsing keeps a missing array missing; the default parse fills
// every absent array with [], which would hide a log without "runs".
func validateSARIF(data []byte) error {
	rep, err := sarif.FromBytes(data, sarif.WithStrictValidation())
	if err != nil {
		return fmt.Errorf("parse: %w", err)
	}
	return rep.Validate()
}

// sarifRoundTrip checks that go-sarif reads data without losing anything.
// Validate checks the parsed Go value rather than the bytes, so a member
// the model does not know (a misspelt key, a property out of place) would be
// dropped before the schema could reject it; a lossless round trip proves
// that the value validated is the whole document.
func sarifRoundTrip(data []byte) error {
	rep, err := sarif.FromBytes(data, sarif.WithStrictValidation())
	if err != nil {
		return fmt.Errorf("parse: %w", err)
	}
	again, err := json.Marshal(rep)
	if err != nil {
		return fmt.Errorf("marshal: %w", err)
	}
	var want, got any
	if err := json.Unmarshal(data, &want); err != nil {
		return fmt.Errorf("decode: %w", err)
	}
	if err := json.Unmarshal(again, &got); err != nil {
		return fmt.Errorf("decode round trip: %w", err)
	}
	if path := firstDifference(want, got, "$"); path != "" {
		return fmt.Errorf("go-sarif does not read the log back unchanged at %s", path)
	}
	return nil
}

// firstDifference returns the path of the first place where two decoded
// JSON values differ, or "" when they are equal.
func firstDifference(want, got any, at string) string {
	switch w := want.(type) {
	case map[string]any:
		g, ok := got.(map[string]any)
		if !ok {
			return at
		}
		for k := range g {
			if _, ok := w[k]; !ok {
				return at + "." + k // added, such as "runs": null for a missing array
			}
		}
		for k := range w {
			if _, ok := g[k]; !ok {
				return at + "." + k
			}
			if p := firstDifference(w[k], g[k], at+"."+k); p != "" {
				return p
			}
		}
	case []any:
		g, ok := got.([]any)
		if !ok || len(g) != len(w) {
			return at
		}
		for i := range w {
			if p := firstDifference(w[i], g[i], fmt.Sprintf("%s[%d]", at, i)); p != "" {
				return p
			}
		}
	default:
		if !reflect.DeepEqual(want, got) {
			return at
		}
	}
	return ""
}

func TestSARIFValidatesAgainstSchema(t *testing.T) {
	frames, framesSrc := framesFixture()
	cases := []struct {
		name string
		opt  report.Options
		r    *finding.Result
	}{
		{"traces, suppressions and diagnostics", report.Options{Source: readSource}, fixture(t)},
		{"no source", report.Options{}, fixture(t)},
		{"no findings", report.Options{}, emptyFixture()},
		{"edge-case spans", report.Options{Source: framesSrc}, frames},
		{"zero result", report.Options{}, &finding.Result{}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			out := render(t, "sarif", c.opt, c.r)
			if err := validateSARIF(out); err != nil {
				t.Errorf("SARIF output violates the 2.1.0 schema: %v", err)
			}
			if err := sarifRoundTrip(out); err != nil {
				t.Error(err)
			}
		})
	}
}

// TestSARIFSchemaRejectsBrokenLogs proves that the schema check can fail:
// each mutation of a valid log breaks one rule of the schema, and
// go-sarif's validator must name the member at fault.
func TestSARIFSchemaRejectsBrokenLogs(t *testing.T) {
	base := render(t, "sarif", report.Options{Source: readSource}, fixture(t))
	mutations := []struct {
		name, wantPath string
		mutate         func(sarifDoc)
	}{
		{"wrong version", "version", func(d sarifDoc) { d["version"] = "2.0.0" }},
		{"bad level", "runs.0.results.0.level", func(d sarifDoc) { d.result(0)["level"] = "fatal" }},
		{"line zero", "region.startLine", func(d sarifDoc) { d.region(1)["startLine"] = 0 }},
		{"message without text", "runs.0.results.0.message", func(d sarifDoc) {
			d.result(0)["message"] = map[string]any{"arguments": []any{}}
		}},
		{"relative helpUri", "helpUri", func(d sarifDoc) { d.rule(0)["helpUri"] = "docs/rules/FG0201.md" }},
		{"bad suppression kind", "suppressions.0.kind", func(d sarifDoc) {
			d.result(4)["suppressions"].([]any)[0].(map[string]any)["kind"] = "inline"
		}},
		{"duplicate tags", "tags", func(d sarifDoc) {
			p := d.rule(0)["properties"].(map[string]any)
			p["tags"] = append(p["tags"].([]any), "security")
		}},
		{"bad columnKind", "columnKind", func(d sarifDoc) { d.run()["columnKind"] = "bytes" }},
		{"executionSuccessful missing", "executionSuccessful", func(d sarifDoc) {
			delete(d.run()["invocations"].([]any)[0].(map[string]any), "executionSuccessful")
		}},
	}
	for _, m := range mutations {
		t.Run(m.name, func(t *testing.T) {
			err := validateSARIF(mutateSARIF(t, base, m.mutate))
			if err == nil {
				t.Fatal("broken log accepted")
			}
			if !strings.Contains(err.Error(), m.wantPath) {
				t.Errorf("error does not mention %s: %v", m.wantPath, err)
			}
		})
	}
}

// TestSARIFRoundTripCatchesWhatValidateCannot covers logs that the schema
// forbids but go-sarif's Validate accepts, because its model cannot hold
// them: a result property outside the model vanishes when the log is parsed,
// and a missing "runs" comes back as "runs": null, which the schema allows
// (null runs mean the tool failed to start). The round trip notices both.
func TestSARIFRoundTripCatchesWhatValidateCannot(t *testing.T) {
	base := render(t, "sarif", report.Options{Source: readSource}, fixture(t))
	for _, c := range []struct {
		name, wantPath string
		mutate         func(sarifDoc)
	}{
		{"unknown result property", "$.runs[0].results[0].severity", func(d sarifDoc) { d.result(0)["severity"] = "high" }},
		{"no runs", "$.runs", func(d sarifDoc) { delete(d, "runs") }},
	} {
		t.Run(c.name, func(t *testing.T) {
			broken := mutateSARIF(t, base, c.mutate)
			if err := validateSARIF(broken); err != nil {
				t.Logf("go-sarif's Validate now rejects this itself: %v", err)
			}
			err := sarifRoundTrip(broken)
			if err == nil || !strings.HasSuffix(err.Error(), " at "+c.wantPath) {
				t.Errorf("round trip error = %v, want one naming %s", err, c.wantPath)
			}
		})
	}
}

// sarifDoc is a decoded SARIF log, with accessors for the objects the
// mutation tests change.
type sarifDoc map[string]any

func (d sarifDoc) run() map[string]any { return d["runs"].([]any)[0].(map[string]any) }

func (d sarifDoc) result(i int) map[string]any {
	return d.run()["results"].([]any)[i].(map[string]any)
}

func (d sarifDoc) rule(i int) map[string]any {
	return d.run()["tool"].(map[string]any)["driver"].(map[string]any)["rules"].([]any)[i].(map[string]any)
}

func (d sarifDoc) region(result int) map[string]any {
	loc := d.result(result)["locations"].([]any)[0].(map[string]any)
	return loc["physicalLocation"].(map[string]any)["region"].(map[string]any)
}

// mutateSARIF decodes a log, applies mutate and encodes it again.
func mutateSARIF(t *testing.T, base []byte, mutate func(sarifDoc)) []byte {
	t.Helper()
	var doc sarifDoc
	if err := json.Unmarshal(base, &doc); err != nil {
		t.Fatal(err)
	}
	mutate(doc)
	out, err := json.Marshal(doc)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// TestSARIFSemantics pins the mappings that consumers rely on, beyond what
// the schema can say.
func TestSARIFSemantics(t *testing.T) {
	var log struct {
		Runs []struct {
			Tool struct {
				Driver struct {
					Rules []struct{ ID string }
				}
			}
			Invocations []struct{ ExecutionSuccessful bool }
			Results     []struct {
				RuleID       string
				RuleIndex    int
				Level        string
				Suppressions []struct{ Kind string }
				Locations    []struct {
					PhysicalLocation struct {
						Region struct{ StartLine, StartColumn, EndColumn int }
					}
				}
				PartialFingerprints map[string]string
			}
		}
	}
	decode := func(opt report.Options, r *finding.Result) {
		t.Helper()
		if err := json.Unmarshal(render(t, "sarif", opt, r), &log); err != nil {
			t.Fatal(err)
		}
	}
	decode(report.Options{Source: readSource}, fixture(t))
	run := log.Runs[0]
	if run.Invocations[0].ExecutionSuccessful {
		t.Error("executionSuccessful with an internal-error diagnostic")
	}
	kinds := map[string]string{}
	for _, res := range run.Results {
		if got := run.Tool.Driver.Rules[res.RuleIndex].ID; got != res.RuleID {
			t.Errorf("result %s has ruleIndex of %s", res.RuleID, got)
		}
		if res.PartialFingerprints["flaskguard/v1"] == "" {
			t.Errorf("result %s has no flaskguard/v1 fingerprint", res.RuleID)
		}
		for _, s := range res.Suppressions {
			kinds[res.RuleID+"/"+res.Level] = s.Kind
		}
	}
	if kinds["FG1401/warning"] != "inSource" || kinds["FG0201/note"] != "external" {
		t.Errorf("suppression kinds: %v", kinds)
	}
	// The banner line holds "👋" (4 bytes, 2 UTF-16 units) and "é" (2 bytes,
	// 1 unit) before the span: byte column 30 is UTF-16 column 27.
	last := run.Results[len(run.Results)-1].Locations[0].PhysicalLocation.Region
	if last.StartLine != 14 || last.StartColumn != 27 || last.EndColumn != 74 {
		t.Errorf("banner region = %+v, want line 14, UTF-16 columns 27-74", last)
	}
	decode(report.Options{}, fixture(t))
	last = log.Runs[0].Results[len(log.Runs[0].Results)-1].Locations[0].PhysicalLocation.Region
	if last.StartColumn != 30 {
		t.Errorf("without source, startColumn = %d, want the byte column 30", last.StartColumn)
	}
	decode(report.Options{}, emptyFixture())
	if !log.Runs[0].Invocations[0].ExecutionSuccessful {
		t.Error("executionSuccessful false without internal errors")
	}
}
