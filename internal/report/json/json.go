// Package jsonreport renders a scan result as a versioned JSON document for
// programs: CI scripts, dashboards, baseline tools.
//
// The document's shape is a contract, documented field by field in
// docs/json-schema.md and machine-checkably in schema.json (see Schema). It is
// declared here in types of its own rather than by marshalling the finding
// package's structs directly, so that a change to the internal vocabulary
// cannot silently change what consumers parse. Additive changes keep
// SchemaVersion; removing, renaming or retyping a field bumps it.
//
// The package is named jsonreport so that it does not shadow encoding/json.
package jsonreport

import (
	"bytes"
	_ "embed" // for the schema
	"encoding/json"
	"fmt"
	"io"
	"strconv"

	"github.com/flaskguard/flaskguard/internal/finding"
	"github.com/flaskguard/flaskguard/internal/report/internal/view"
)

// SchemaVersion is the version of the document's shape, written as
// "schema_version". It changes only when a change could break a consumer.
const SchemaVersion = "1"

//go:embed schema.json
var schema string

// Schema returns the JSON Schema (draft-07) that every document this package
// writes satisfies.
func Schema() []byte { return []byte(schema) }

// Writer renders a Result as JSON.
type Writer struct{}

// New returns a JSON Writer. It takes no options: the document always holds
// everything, suppressed findings included, and consumers filter.
func New() *Writer { return &Writer{} }

// Write renders r to out, indented by two spaces and ending in a newline.
func (Writer) Write(out io.Writer, r *finding.Result) error {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	// Messages quote code; "<" and "&" escaped as \u003c would only make the
	// document harder to read, and it is never embedded in HTML.
	enc.SetEscapeHTML(false)
	if err := enc.Encode(build(view.Sorted(r))); err != nil {
		return fmt.Errorf("encode json report: %w", err)
	}
	if _, err := out.Write(buf.Bytes()); err != nil {
		return fmt.Errorf("write json report: %w", err)
	}
	return nil
}

// The document. Field order here is the key order in the output. Fields are
// never omitted, so that every consumer sees the same shape: an absent trace
// is [], an absent fix is "", an unsuppressed finding has "suppressed": null.
type (
	document struct {
		SchemaVersion string       `json:"schema_version"`
		Tool          tool         `json:"tool"`
		Root          string       `json:"root"`
		Findings      []findingDoc `json:"findings"`
		Diagnostics   []diagnostic `json:"diagnostics"`
		Evidence      []evidence   `json:"evidence"`
		Rules         []rule       `json:"rules"`
		Stats         stats        `json:"stats"`
		Summary       summary      `json:"summary"`
		Scorecard     scorecardDoc `json:"scorecard"`
	}
	tool struct {
		Name    string `json:"name"`
		Version string `json:"version"`
	}
	location struct {
		Path      string `json:"path"`
		StartLine int    `json:"start_line"`
		StartCol  int    `json:"start_col"`
		EndLine   int    `json:"end_line"`
		EndCol    int    `json:"end_col"`
	}
	findingDoc struct {
		RuleID      string       `json:"rule_id"`
		RuleName    string       `json:"rule_name"`
		Practice    int          `json:"practice"`
		CWE         int          `json:"cwe"`
		Severity    string       `json:"severity"`
		Confidence  string       `json:"confidence"`
		Location    location     `json:"location"`
		Message     string       `json:"message"`
		Fix         string       `json:"fix"`
		Fingerprint string       `json:"fingerprint"`
		Trace       []step       `json:"trace"`
		Suppressed  *suppression `json:"suppressed"`
	}
	step struct {
		Location location `json:"location"`
		Note     string   `json:"note"`
	}
	suppression struct {
		Kind   string `json:"kind"`
		Reason string `json:"reason"`
	}
	diagnostic struct {
		Kind     string   `json:"kind"`
		Location location `json:"location"`
		Message  string   `json:"message"`
		RuleID   string   `json:"rule_id"`
	}
	evidence struct {
		Practice int      `json:"practice"`
		Location location `json:"location"`
		Message  string   `json:"message"`
		RuleID   string   `json:"rule_id"`
	}
	rule struct {
		ID         string `json:"id"`
		Name       string `json:"name"`
		Practice   int    `json:"practice"`
		CWE        int    `json:"cwe"`
		Severity   string `json:"severity"`
		Confidence string `json:"confidence"`
		Summary    string `json:"summary"`
		HelpURI    string `json:"help_uri"`
	}
	stats struct {
		Files        int   `json:"files"`
		PythonFiles  int   `json:"python_files"`
		Lines        int   `json:"lines"`
		Bytes        int64 `json:"bytes"`
		ReadNanos    int64 `json:"read_ns"`
		ParseNanos   int64 `json:"parse_ns"`
		AnalyzeNanos int64 `json:"analyze_ns"`
		TotalNanos   int64 `json:"total_ns"`
	}
	summary struct {
		Findings   int        `json:"findings"`
		BySeverity bySeverity `json:"by_severity"`
		ByPractice byPractice `json:"by_practice"`
		Suppressed int        `json:"suppressed"`
	}
	bySeverity struct {
		Critical int `json:"critical"`
		High     int `json:"high"`
		Medium   int `json:"medium"`
		Low      int `json:"low"`
		Info     int `json:"info"`
	}
	practiceSummary struct {
		Name     string `json:"name"`
		Findings int    `json:"findings"`
		Highest  string `json:"highest"`
	}
)

// byPractice is an object keyed by practice number. It marshals itself so
// that keys come in numeric order ("2" before "10"), which encoding/json's
// sorted map keys would not give.
type byPractice []view.PracticeCount

// MarshalJSON writes the practices as an object in numeric key order.
func (b byPractice) MarshalJSON() ([]byte, error) {
	var buf bytes.Buffer
	buf.WriteByte('{')
	for i, pc := range b {
		if i > 0 {
			buf.WriteByte(',')
		}
		v, err := json.Marshal(practiceSummary{
			Name: pc.Name, Findings: pc.Findings, Highest: view.ClampSeverity(pc.Highest).String(),
		})
		if err != nil {
			return nil, fmt.Errorf("marshal practice %d: %w", pc.Number, err)
		}
		buf.WriteString(strconv.Quote(strconv.Itoa(pc.Number)))
		buf.WriteByte(':')
		buf.Write(v)
	}
	buf.WriteByte('}')
	return buf.Bytes(), nil
}

func build(r *finding.Result) document {
	name := r.Tool
	if name == "" {
		name = "flaskguard"
	}
	d := document{
		SchemaVersion: SchemaVersion,
		Tool:          tool{Name: name, Version: r.Version},
		Root:          r.Root,
		Findings:      make([]findingDoc, 0, len(r.Findings)),
		Diagnostics:   make([]diagnostic, 0, len(r.Diagnostics)),
		Evidence:      make([]evidence, 0, len(r.Evidence)),
		Rules:         make([]rule, 0, len(r.Rules)),
		Stats:         stats(r.Stats),
	}
	for _, f := range r.Findings {
		d.Findings = append(d.Findings, convertFinding(f))
	}
	for _, g := range r.Diagnostics {
		d.Diagnostics = append(d.Diagnostics, diagnostic{
			Kind: string(g.Kind), Location: location(g.Location), Message: g.Message, RuleID: g.RuleID,
		})
	}
	for _, e := range r.Evidence {
		d.Evidence = append(d.Evidence, evidence{
			Practice: e.Practice, Location: location(e.Location), Message: e.Message, RuleID: e.RuleID,
		})
	}
	for _, ru := range r.Rules {
		d.Rules = append(d.Rules, rule{
			ID: ru.ID, Name: ru.Name, Practice: ru.Practice, CWE: ru.CWE,
			Severity:   view.ClampSeverity(ru.Severity).String(),
			Confidence: view.ClampConfidence(ru.Confidence).String(),
			Summary:    ru.Summary, HelpURI: ru.HelpURI,
		})
	}
	s := view.Summarize(r)
	d.Summary = summary{
		Findings: s.Active,
		BySeverity: bySeverity{
			Critical: s.BySeverity[finding.Critical], High: s.BySeverity[finding.High],
			Medium: s.BySeverity[finding.Medium], Low: s.BySeverity[finding.Low], Info: s.BySeverity[finding.Info],
		},
		ByPractice: byPractice(s.Practices),
		Suppressed: s.Suppressed,
	}
	d.Scorecard = buildScorecard(r)
	return d
}

func convertFinding(f finding.Finding) findingDoc {
	out := findingDoc{
		RuleID: f.RuleID, RuleName: f.RuleName, Practice: f.Practice, CWE: f.CWE,
		Severity:    view.ClampSeverity(f.Severity).String(),
		Confidence:  view.ClampConfidence(f.Confidence).String(),
		Location:    location(f.Location),
		Message:     f.Message,
		Fix:         f.Fix,
		Fingerprint: f.Fingerprint,
		Trace:       make([]step, 0, len(f.Trace)),
	}
	for _, s := range f.Trace {
		out.Trace = append(out.Trace, step{Location: location(s.Location), Note: s.Note})
	}
	if f.Suppressed != nil {
		out.Suppressed = &suppression{Kind: f.Suppressed.Kind, Reason: f.Suppressed.Reason}
	}
	return out
}
