// Package sarif renders a scan result as a SARIF 2.1.0 log, the format that
// GitHub code scanning, GitLab, Azure DevOps and most IDE viewers ingest.
//
// One run holds every result. Rules carry the properties code scanning reads
// (security-severity, precision, CWE tags); results carry partialFingerprints
// so that alerts survive code moving, codeFlows for taint traces, and
// suppressions for findings that were silenced, which stay in the log so that
// an auditor can see them. Diagnostics become tool execution notifications.
// The run's property bag carries the scorecard's grades (see grades).
//
// Columns: SARIF counts columns in UTF-16 code units unless told otherwise,
// while findings count bytes. The writer declares columnKind
// "utf16CodeUnits" and converts each column using the source line; when the
// source cannot be read, the byte column is written as is, which is exact
// for ASCII lines.
//
// The object model is github.com/owenrumney/go-sarif/v3's, which the tests
// also use to validate every log against the SARIF 2.1.0 schema. Its
// constructors fill in the specification's default values, and its encoding
// writes every member that has no omitempty tag, so the log spells out
// defaults such as "rank": -1, "kind": "fail" and empty arrays. They are
// equivalent to leaving the members out, and the objects must be built with
// the New* constructors: a zero ArtifactLocation or ReportingDescriptorReference
// would claim index 0, and a zero ReportingConfiguration would disable its rule.
package sarif

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/url"
	"slices"
	"strconv"
	"strings"

	"github.com/owenrumney/go-sarif/v3/pkg/report/v210/sarif"

	"github.com/flaskguard/flaskguard/internal/finding"
	"github.com/flaskguard/flaskguard/internal/report/internal/view"
	"github.com/flaskguard/flaskguard/internal/scorecard"
)

const (
	// schemaURI replaces go-sarif's default, which points at the main branch
	// of the specification's repository (a moving target), with the OASIS
	// URI of the published 2.1.0 errata01 schema.
	schemaURI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
	// informationURI is the tool's home page, shown by viewers beside results.
	informationURI = "https://github.com/flaskguard/flaskguard"
	// srcRoot is the base every artifact URI is relative to; consumers that
	// check the code out elsewhere (CI) rebind it.
	srcRoot = "%SRCROOT%"
	// fingerprintKey versions our partial fingerprint: a change to how
	// finding.Fingerprint hashes must bump it, or every alert would reopen.
	fingerprintKey = "flaskguard/v1"
)

// Options configure a Writer.
type Options struct {
	// Source reads a file by its Result-relative path. It is used to convert
	// byte columns to UTF-16 columns and to attach region snippets; when it
	// is nil or fails, regions carry byte columns and no snippet.
	Source func(path string) ([]byte, error)
}

// Writer renders a Result as SARIF 2.1.0.
type Writer struct{ opt Options }

// New returns a SARIF Writer.
func New(opt Options) *Writer { return &Writer{opt: opt} }

// Write renders r to out as an indented SARIF log ending in a newline.
//
// It encodes the go-sarif Report itself rather than calling its PrettyWrite,
// which uses json.MarshalIndent: that escapes <, > and & in every string, so
// snippets of templates would read "\u003ch1\u003e", and it ends without a
// newline. (PrettyWrite also de-duplicates run.artifacts, which this writer
// does not emit.) Property bags are still escaped that way, because go-sarif
// marshals them itself; the JSON value is the same either way. The output is
// deterministic: structs encode in field order and maps in key order.
func (w *Writer) Write(out io.Writer, r *finding.Result) error {
	b := &builder{src: view.NewSources(w.opt.Source)}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false) // the log is read by tools, never embedded in HTML
	if err := enc.Encode(b.report(view.Sorted(r))); err != nil {
		return fmt.Errorf("encode sarif report: %w", err)
	}
	if _, err := out.Write(buf.Bytes()); err != nil {
		return fmt.Errorf("write sarif report: %w", err)
	}
	return nil
}

// builder holds what one Write call needs while it converts.
type builder struct {
	src       *view.Sources
	ruleIndex map[string]int
}

func (b *builder) report(r *finding.Result) *sarif.Report {
	name := r.Tool
	if name == "" {
		name = "flaskguard"
	}
	run := sarif.NewRunWithInformationURI(name, informationURI)
	if r.Version != "" {
		run.Tool.Driver.WithVersion(r.Version)
	}
	run.Tool.Driver.WithRules(b.rules(r))
	run.AddInvocation(sarif.NewInvocation().
		WithExecutionSuccessful(!view.HasInternalError(r)).
		WithToolExecutionNotifications(b.notifications(r.Diagnostics)))
	run.WithColumnKind("utf16CodeUnits")
	if uri := rootURI(r.Root); uri != "" {
		// Not AddOriginalUriBaseId: it writes into the map NewRun leaves nil.
		run.WithOriginalUriBaseIds(map[string]sarif.ArtifactLocation{srcRoot: *sarif.NewSimpleArtifactLocation(uri)})
	}
	// NewRun starts results as an empty array, not null: SARIF reads a
	// missing results array as "the tool did not look", and an empty one as
	// "it found nothing".
	for _, f := range r.Findings {
		run.AddResult(b.result(f))
	}
	run.WithProperties(sarif.NewPropertyBag().Add("scorecard", grades(scorecard.Build(r).Practices)))
	rep := sarif.NewReport().AddRun(run)
	rep.Schema = schemaURI
	return rep
}

// rules lists the Result's rules, then a descriptor derived from the finding
// for any rule a finding names that the Result does not list, so that every
// result's ruleIndex points at a descriptor.
func (b *builder) rules(r *finding.Result) []*sarif.ReportingDescriptor {
	b.ruleIndex = map[string]int{}
	infos := slices.Clone(r.Rules)
	var missing []finding.RuleInfo
	known := map[string]bool{}
	for _, ri := range infos {
		known[ri.ID] = true
	}
	for _, f := range r.Findings {
		if !known[f.RuleID] {
			known[f.RuleID] = true
			missing = append(missing, finding.RuleInfo{
				ID: f.RuleID, Name: f.RuleName, Practice: f.Practice, CWE: f.CWE,
				Severity: f.Severity, Confidence: f.Confidence,
			})
		}
	}
	slices.SortFunc(missing, func(a, b finding.RuleInfo) int { return strings.Compare(a.ID, b.ID) })
	infos = append(infos, missing...)
	out := make([]*sarif.ReportingDescriptor, 0, len(infos))
	for _, ri := range infos {
		if _, dup := b.ruleIndex[ri.ID]; dup {
			continue // keep the first, so that indexes stay unambiguous
		}
		b.ruleIndex[ri.ID] = len(out)
		out = append(out, descriptor(ri))
	}
	return out
}

func descriptor(ri finding.RuleInfo) *sarif.ReportingDescriptor {
	sev := view.ClampSeverity(ri.Severity)
	short := cmpOr(ri.Summary, ri.Name, ri.ID)
	full := strings.TrimSpace(short)
	if !strings.HasSuffix(full, ".") {
		full += "."
	}
	// The property-bag members that GitHub code scanning and other consumers
	// read from a rule.
	tags := []string{"security"}
	props := sarif.NewPropertyBag()
	if ri.Practice > 0 {
		full += fmt.Sprintf(" Practice %d: %s.", ri.Practice, view.PracticeName(ri.Practice))
	}
	if ri.CWE > 0 {
		cwe := "CWE-" + strconv.Itoa(ri.CWE)
		props.Add("cwe", cwe)
		tags = append(tags, "external/cwe/cwe-"+strconv.Itoa(ri.CWE))
		full += " " + cwe + "."
	}
	if ri.Practice > 0 {
		props.Add("practice", ri.Practice)
		tags = append(tags, "practice-"+strconv.Itoa(ri.Practice))
	}
	props.Add("security-severity", sev.SecurityScore())
	props.Add("precision", view.ClampConfidence(ri.Confidence).String())
	props.WithTags(tags)
	d := sarif.NewRule(ri.ID).
		WithShortDescription(sarif.NewMultiformatMessageString().WithText(short)).
		WithFullDescription(sarif.NewMultiformatMessageString().WithText(full)).
		WithDefaultConfiguration(sarif.NewReportingConfiguration().WithLevel(level(sev))).
		WithProperties(props)
	if ri.Name != "" {
		d.WithName(ri.Name)
	}
	if uri := absoluteURI(ri.HelpURI); uri != "" {
		d.WithHelpURI(uri)
	}
	return d
}

func (b *builder) result(f finding.Finding) *sarif.Result {
	sev := view.ClampSeverity(f.Severity)
	props := sarif.NewPropertyBag().
		Add("severity", sev.String()).
		Add("confidence", view.ClampConfidence(f.Confidence).String())
	if f.Practice > 0 {
		props.Add("practice", f.Practice)
	}
	if f.Fix != "" {
		props.Add("fix", f.Fix)
	}
	res := sarif.NewRuleResult(f.RuleID).
		WithRuleIndex(b.ruleIndex[f.RuleID]).
		WithLevel(level(sev)).
		WithMessage(sarif.NewTextMessage(cmpOr(f.Message, f.RuleName, f.RuleID))).
		WithProperties(props)
	if pl := b.physical(f.Location); pl != nil {
		res.AddLocation(sarif.NewLocationWithPhysicalLocation(pl))
	}
	if f.Fingerprint != "" {
		res.WithPartialFingerprints(map[string]string{fingerprintKey: f.Fingerprint})
	}
	if len(f.Trace) > 0 {
		flow := sarif.NewThreadFlow()
		for _, s := range f.Trace {
			loc := sarif.NewLocation()
			if pl := b.physical(s.Location); pl != nil {
				loc.WithPhysicalLocation(pl)
			}
			if s.Note != "" {
				loc.WithMessage(sarif.NewTextMessage(s.Note))
			}
			flow.AddLocation(sarif.NewThreadFlowLocation().WithLocation(loc))
		}
		res.AddCodeFlow(sarif.NewCodeFlow().AddThreadFlow(flow))
	}
	if s := f.Suppressed; s != nil {
		kind := "external" // config files and baselines live outside the code
		if s.Kind == "inline" || s.Kind == "nosec" {
			kind = "inSource"
		}
		sup := sarif.NewSuppression().WithKind(kind).WithStatus("accepted")
		if s.Reason != "" {
			sup.WithJustification(s.Reason)
		}
		res.AddSuppression(sup)
	}
	return res
}

// notifications converts diagnostics. It returns an empty slice rather than
// nil, because go-sarif writes toolExecutionNotifications even when empty
// and null is not a valid array.
func (b *builder) notifications(ds []finding.Diagnostic) []*sarif.Notification {
	out := make([]*sarif.Notification, 0, len(ds))
	for _, d := range ds {
		n := sarif.NewNotification().
			WithDescriptor(sarif.NewReportingDescriptorReference().WithID(string(d.Kind))).
			WithLevel(notificationLevel(d.Kind)).
			WithMessage(sarif.NewTextMessage(cmpOr(d.Message, string(d.Kind))))
		if d.RuleID != "" {
			ref := sarif.NewReportingDescriptorReference().WithID(d.RuleID)
			if i, ok := b.ruleIndex[d.RuleID]; ok {
				ref.WithIndex(i)
			}
			n.WithAssociatedRule(ref)
		}
		if pl := b.physical(d.Location); pl != nil {
			n.AddLocation(sarif.NewLocationWithPhysicalLocation(pl))
		}
		out = append(out, n)
	}
	return out
}

// level maps a severity to a SARIF level. SARIF has three; critical and high
// both fail a build, medium warns, and low and info inform.
func level(s finding.Severity) string {
	switch {
	case s >= finding.High:
		return sarif.LevelError
	case s == finding.Medium:
		return sarif.LevelWarning
	default:
		return sarif.LevelNote
	}
}

// notificationLevel says how loud a diagnostic is: an internal error means
// the run failed; lost input or a stale suppression may hide findings; the
// rest are remarks.
func notificationLevel(k finding.DiagnosticKind) string {
	switch k {
	case finding.InternalError:
		return sarif.LevelError
	case finding.ParseError, finding.ReadError, finding.SkippedFile, finding.ExpiredSuppression:
		return sarif.LevelWarning
	default:
		return sarif.LevelNote
	}
}

// cmpOr returns the first non-empty string, because SARIF messages and
// descriptions must have text.
func cmpOr(ss ...string) string {
	for _, s := range ss {
		if strings.TrimSpace(s) != "" {
			return s
		}
	}
	return "(none)"
}

// absoluteURI returns s if it is an absolute URI and "" otherwise: the schema
// requires helpUri to be absolute, and a relative one would make the whole
// log invalid for the sake of a link.
func absoluteURI(s string) string {
	u, err := url.Parse(s)
	if err != nil || !u.IsAbs() {
		return ""
	}
	return s
}
