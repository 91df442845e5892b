package rule

import (
	"github.com/flaskguard/flaskguard/internal/confsrc"
	"github.com/flaskguard/flaskguard/internal/finding"
	"github.com/flaskguard/flaskguard/internal/flaskmodel"
	"github.com/flaskguard/flaskguard/internal/jinja"
	"github.com/flaskguard/flaskguard/internal/project"
	"github.com/flaskguard/flaskguard/internal/python"
	"github.com/flaskguard/flaskguard/internal/taint"
	"github.com/flaskguard/flaskguard/internal/taint/spec"
)

// Scan is what every check of one scan shares: the models built from all
// the files. It is built once before the checks start and only read after.
type Scan struct {
	Project *project.Project
	// Flask is the Flask application model (apps, blueprints, routes,
	// effective configuration, extensions, hooks).
	Flask *flaskmodel.Model
	// Templates are the parsed Jinja templates, so that a rule can follow
	// render_template("x.html", v=...) or an {% include %} to the template.
	// Use FindTemplate to look one up.
	Templates *jinja.Set
	// Configs are the configuration files (.env, Dockerfile, compose,
	// Procfile, TOML/INI/YAML).
	Configs []*confsrc.File
	// Deps holds the dependency manifests, resolved requirements and
	// advisory data when the scan read a manifest or lockfile; nil
	// otherwise (see deps.go).
	Deps *Deps
	// TaintAnalysis is the shared taint analysis, run on first use (see
	// Taint).
	TaintAnalysis *taint.Lazy
}

// Ctx is what a check sees: the file under inspection, the scan's shared
// models (promoted from Scan: c.Project, c.Flask, c.Templates, ...), and a
// way to report. One Ctx serves one (rule, file) pair and is not shared
// between goroutines.
type Ctx struct {
	*Scan
	// Path is the file's path relative to the scan root, empty for
	// CheckProject.
	Path string
	// File and Module are set for Python files, nil otherwise.
	File   *python.File
	Module *project.Module

	rule     *Rule
	emit     func(finding.Finding)
	evidence func(finding.Evidence)
}

// Sink receives what checks report: findings, and evidence for the scorecard.
type Sink struct {
	Finding  func(finding.Finding)
	Evidence func(finding.Evidence)
}

// NewCtx binds a rule to a file (file and module are nil for files that
// are not Python).
func NewCtx(r *Rule, scan *Scan, path string, file *python.File, module *project.Module, sink Sink) *Ctx {
	return &Ctx{Scan: scan, Path: path, File: file, Module: module, rule: r, emit: sink.Finding, evidence: sink.Evidence}
}

// NewProjectCtx binds a rule to the whole project for CheckProject.
func NewProjectCtx(r *Rule, scan *Scan, sink Sink) *Ctx {
	return &Ctx{Scan: scan, rule: r, emit: sink.Finding, evidence: sink.Evidence}
}

// Evidence records a fact about the rule's practice for the scorecard, such
// as the place where a protection is set up. Checks that run per file may
// call it too; it is a no-op where the caller collects no evidence.
func (c *Ctx) Evidence(loc finding.Location, message string) {
	if c.evidence != nil {
		c.evidence(finding.Evidence{Practice: c.rule.Practice, Location: loc, Message: message, RuleID: c.rule.ID})
	}
}

// FindTemplate returns the template render_template(name) loads
// ("auth/login.html"), or nil when the scan has no such template.
func (c *Ctx) FindTemplate(name string) *jinja.Template { return c.Templates.FindTemplate(name) }

// Taint returns the scan's taint analysis, computing it on the first
// call; nil when the scan set none up.
func (c *Ctx) Taint() *taint.Result {
	if c.TaintAnalysis == nil {
		return nil
	}
	return c.TaintAnalysis.Result()
}

// ReportTrace records a finding that carries a trace (a taint flow from
// source to sink) with the rule's default severity.
func (c *Ctx) ReportTrace(loc finding.Location, message string, trace []finding.Step) {
	c.emit(finding.Finding{
		RuleID:     c.rule.ID,
		RuleName:   c.rule.Name,
		Practice:   c.rule.Practice,
		CWE:        c.rule.CWE,
		Severity:   c.rule.Severity,
		Confidence: c.rule.Confidence,
		Location:   loc,
		Message:    message,
		Fix:        c.rule.Fix,
		Trace:      trace,
	})
}

// ReportFlows reports every taint flow into a sink of the given classes,
// each with its trace: taint rules are this one call bound to a class.
func (c *Ctx) ReportFlows(classes spec.Class) {
	res := c.Taint()
	if res == nil {
		return
	}
	for _, f := range res.Flows(classes) {
		c.ReportTrace(f.Sink, f.Message, f.Trace)
	}
}

// Rule returns the rule this context runs.
func (c *Ctx) Rule() *Rule { return c.rule }

// Report records a finding at a Python span with the rule's default severity.
func (c *Ctx) Report(span python.Span, message string) {
	c.ReportAt(c.Location(span), c.rule.Severity, message)
}

// ReportSeverity records a finding at a Python span with a chosen severity,
// for rules whose severity depends on what they see.
func (c *Ctx) ReportSeverity(span python.Span, sev finding.Severity, message string) {
	c.ReportAt(c.Location(span), sev, message)
}

// ReportAt records a finding at any location (configuration files use this).
func (c *Ctx) ReportAt(loc finding.Location, sev finding.Severity, message string) {
	c.emit(finding.Finding{
		RuleID:     c.rule.ID,
		RuleName:   c.rule.Name,
		Practice:   c.rule.Practice,
		CWE:        c.rule.CWE,
		Severity:   sev,
		Confidence: c.rule.Confidence,
		Location:   loc,
		Message:    message,
		Fix:        c.rule.Fix,
	})
}

// Location converts a span of the current file to a finding location.
func (c *Ctx) Location(span python.Span) finding.Location {
	return finding.Location{
		Path:      c.Path,
		StartLine: int(span.Start.Line), StartCol: int(span.Start.Col),
		EndLine: int(span.End.Line), EndCol: int(span.End.Col),
	}
}

// LocationIn converts a span of another file of the project to a finding
// location, for checks that follow a name into the module defining it
// (a config class's DEBUG line, a dict literal imported from settings.py).
func (c *Ctx) LocationIn(path string, span python.Span) finding.Location {
	return finding.Location{
		Path:      path,
		StartLine: int(span.Start.Line), StartCol: int(span.Start.Col),
		EndLine: int(span.End.Line), EndCol: int(span.End.Col),
	}
}
