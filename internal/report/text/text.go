// Package text renders a scan result for people at a terminal, in the manner
// of the compilers and linters developers already read every day: one block
// per finding that starts with a clickable path:line:col, says what is wrong
// and why, shows the code with the offending span underlined, and says how to
// fix it; then notes about the run; then a summary by severity and practice;
// then the scorecard, a grade for each of the fifteen practices with what
// decided it (also written alone by ScorecardWriter, for --format scorecard).
//
// Findings are ordered by file, then position, so that the findings of one
// file are together; each still carries its full path, so that a block makes
// sense on its own when grepped or clicked.
package text

import (
	"bytes"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/flaskguard/flaskguard/internal/finding"
	"github.com/flaskguard/flaskguard/internal/report/internal/view"
)

// Options configure a Writer.
type Options struct {
	// Color turns on ANSI colour. The caller decides (the CLI: stdout is a
	// terminal and NO_COLOR is unset); the writer never probes the terminal,
	// so that its output depends on its input alone.
	Color bool
	// Verbose also prints suppressed findings, marked as such, and the time
	// each stage of the scan took.
	Verbose bool
	// Source reads a file by its Result-relative path, for code frames. When
	// it is nil or fails, findings are printed without a frame.
	Source func(path string) ([]byte, error)
}

// Writer renders a Result as human-readable text.
type Writer struct{ opt Options }

// New returns a text Writer.
func New(opt Options) *Writer { return &Writer{opt: opt} }

// Write renders r to out. The whole report is built in memory first so that a
// failing writer never leaves half a report behind a successful one.
func (w *Writer) Write(out io.Writer, r *finding.Result) error {
	p := &printer{st: style{color: w.opt.Color}, src: view.NewSources(w.opt.Source)}
	r = view.Sorted(r)
	for _, f := range r.Findings {
		if f.Suppressed != nil && !w.opt.Verbose {
			continue
		}
		p.finding(f)
	}
	p.notes(r.Diagnostics)
	p.summary(r, w.opt.Verbose)
	p.printf("\n")
	p.scorecard(r)
	if _, err := out.Write(p.buf.Bytes()); err != nil {
		return fmt.Errorf("write text report: %w", err)
	}
	return nil
}

// printer accumulates the report of one Write call.
type printer struct {
	buf bytes.Buffer
	st  style
	src *view.Sources
}

func (p *printer) printf(format string, args ...any) { fmt.Fprintf(&p.buf, format, args...) }

func (p *printer) finding(f finding.Finding) {
	sev := view.ClampSeverity(f.Severity)
	head := p.st.bold(clean(location(f.Location))) + "  " + p.st.severity(sev, sev.String()) +
		"  " + p.st.bold(clean(f.RuleID))
	if f.RuleName != "" {
		head += " " + clean(f.RuleName)
	}
	if t := tags(f); t != "" {
		head += "  [" + t + "]"
	}
	if f.Suppressed != nil {
		head += "  " + p.st.dim(suppressedLabel(*f.Suppressed))
	}
	p.printf("%s\n", head)
	p.indented("  ", "  ", f.Message)
	p.frame(f.Location)
	if f.Fix != "" {
		p.indented("  fix: ", "       ", f.Fix)
	}
	for i, s := range f.Trace {
		lead := "  trace: "
		if i > 0 {
			lead = "       → "
		}
		line := lead + p.st.bold(clean(location(finding.Location{Path: s.Location.Path, StartLine: s.Location.StartLine})))
		if s.Note != "" {
			line += " " + clean(s.Note)
		}
		p.printf("%s\n", line)
	}
	p.printf("\n")
}

// indented writes text after first, and its further lines after rest, so
// that multi-line messages keep their left edge.
func (p *printer) indented(first, rest, text string) {
	for i, line := range strings.Split(strings.TrimRight(text, "\n"), "\n") {
		lead := first
		if i > 0 {
			lead = rest
		}
		p.printf("%s\n", strings.TrimRight(lead+clean(line), " "))
	}
}

// location formats path:line:col, leaving out the parts that are unknown
// (zero), so that whole-file findings such as a missing dependency pin read
// as just the path.
func location(l finding.Location) string {
	s := l.Path
	if s == "" {
		s = "(no file)"
	}
	if l.StartLine < 1 {
		return s
	}
	s += ":" + strconv.Itoa(l.StartLine)
	if l.StartCol >= 1 {
		s += ":" + strconv.Itoa(l.StartCol)
	}
	return s
}

// tags is the bracketed context of a finding header: its practice, its CWE
// and, when a rule is not sure, how sure it is.
func tags(f finding.Finding) string {
	var parts []string
	if f.Practice > 0 {
		parts = append(parts, "practice "+strconv.Itoa(f.Practice))
	}
	if f.CWE > 0 {
		parts = append(parts, "CWE-"+strconv.Itoa(f.CWE))
	}
	if c := view.ClampConfidence(f.Confidence); c < finding.HighConfidence {
		parts = append(parts, c.String()+" confidence")
	}
	return strings.Join(parts, " · ")
}

func suppressedLabel(s finding.Suppression) string {
	if s.Reason == "" {
		return "suppressed (" + clean(s.Kind) + ")"
	}
	return "suppressed (" + clean(s.Kind) + ": " + clean(s.Reason) + ")"
}

// notes lists the diagnostics, one line each, before the summary so that a
// file that did not parse is not mistaken for a clean one.
func (p *printer) notes(ds []finding.Diagnostic) {
	if len(ds) == 0 {
		return
	}
	p.printf("%s\n", p.st.bold("notes"))
	for _, d := range ds {
		line := "  "
		if d.Location.Path != "" {
			line += p.st.bold(clean(location(d.Location))) + "  "
		}
		line += p.st.diagnostic(d.Kind) + "  " + clean(d.Message)
		if d.RuleID != "" {
			line += " (" + clean(d.RuleID) + ")"
		}
		p.printf("%s\n", line)
	}
	p.printf("\n")
}

func (p *printer) summary(r *finding.Result, verbose bool) {
	s := view.Summarize(r)
	p.printf("%s\n", p.st.bold("summary"))
	if s.Active == 0 {
		p.printf("  %s\n", p.st.good("No findings."))
	} else {
		var counts []string
		for _, sev := range view.Severities() {
			c := strconv.Itoa(s.BySeverity[sev]) + " " + sev.String()
			if s.BySeverity[sev] == 0 {
				counts = append(counts, p.st.dim(c))
			} else {
				counts = append(counts, p.st.severity(sev, c))
			}
		}
		p.printf("  %s: %s\n", plural(s.Active, "finding"), strings.Join(counts, ", "))
	}
	if s.Suppressed > 0 {
		p.printf("  %d suppressed\n", s.Suppressed)
	}
	if len(s.Practices) > 0 {
		p.printf("\n")
		p.practiceTable(s.Practices)
	}
	st := r.Stats
	p.printf("\n  scanned %s (%d Python), %s\n", plural(st.Files, "file"), st.PythonFiles, plural(st.Lines, "line"))
	if verbose {
		p.printf("  time: read %s, parse %s, analyze %s, total %s\n",
			time.Duration(st.ReadNanos), time.Duration(st.ParseNanos),
			time.Duration(st.AnalyzeNanos), time.Duration(st.TotalNanos))
	}
}

// practiceTable lists the practices that have active findings. Columns are
// padded before colour is applied, so that escape codes never skew them.
func (p *printer) practiceTable(ps []view.PracticeCount) {
	const nameHead, countHead = "practice", "findings"
	nameWidth := len(nameHead)
	for _, pc := range ps {
		nameWidth = max(nameWidth, len(pc.Name))
	}
	p.printf("  %s\n", p.st.dim(fmt.Sprintf("%2s  %-*s  %s  %s", "#", nameWidth, nameHead, countHead, "highest")))
	for _, pc := range ps {
		sev := view.ClampSeverity(pc.Highest)
		p.printf("  %2d  %-*s  %*d  %s\n", pc.Number, nameWidth, pc.Name, len(countHead), pc.Findings,
			p.st.severity(sev, sev.String()))
	}
}

func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return strconv.Itoa(n) + " " + noun + "s"
}
