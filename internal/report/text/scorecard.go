package text

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/flaskguard/flaskguard/internal/finding"
	"github.com/flaskguard/flaskguard/internal/report/internal/view"
	"github.com/flaskguard/flaskguard/internal/scorecard"
)

// maxDetailLines bounds the findings, and separately the evidence records,
// listed under one scorecard row: enough to show what decided the grade,
// few enough that fifteen rows still fit a screen or two. The rest are
// counted, and the full lists are in the report above and in JSON.
const maxDetailLines = 3

// maxDetailMessage bounds a message shown under a scorecard row, in
// characters. Rule messages run to a paragraph; under a row only the start
// is needed to recognise the finding, and the text report above (or JSON)
// has the whole of it. 100 keeps a detail line within about 130 columns.
const maxDetailMessage = 100

// ScorecardWriter renders only the scorecard block of the text report, for
// --format scorecard: a quick look at the fifteen grades without the
// findings. It shares the text writer's printer so that the block is
// byte-for-byte the one the full report ends with.
type ScorecardWriter struct{ opt Options }

// NewScorecard returns a ScorecardWriter. Of the options it uses Color only:
// the block has no code frames and no suppressed findings to reveal.
func NewScorecard(opt Options) *ScorecardWriter { return &ScorecardWriter{opt: opt} }

// Write renders the scorecard of r to out.
func (w *ScorecardWriter) Write(out io.Writer, r *finding.Result) error {
	p := &printer{st: style{color: w.opt.Color}}
	p.scorecard(view.Sorted(r))
	if _, err := out.Write(p.buf.Bytes()); err != nil {
		return fmt.Errorf("write scorecard: %w", err)
	}
	return nil
}

// scorecard writes one row per practice (number, name, grade, reason); under
// a failing row the findings that fail it, and under failing and passing
// rows the evidence; then a tally of the grades. r must be sorted (see
// view.Sorted) so that the lists come in report order.
func (p *printer) scorecard(r *finding.Result) {
	sc := scorecard.Build(r)
	const numHead, nameHead, gradeHead = "#", "practice", "grade"
	nameWidth, gradeWidth := len(nameHead), len(gradeHead)
	for _, pr := range sc.Practices {
		nameWidth = max(nameWidth, len(pr.Name))
	}
	for _, g := range scorecard.Grades() {
		gradeWidth = max(gradeWidth, len(g))
	}
	p.printf("%s\n", p.st.bold("scorecard"))
	p.printf("  %s\n", p.st.dim(fmt.Sprintf("%2s  %-*s  %-*s  %s", numHead, nameWidth, nameHead, gradeWidth, gradeHead, "reason")))
	for _, pr := range sc.Practices {
		// Pad outside the colour so that escape codes never skew the columns.
		grade := p.st.grade(pr.Grade, string(pr.Grade)) + strings.Repeat(" ", gradeWidth-len(pr.Grade))
		p.printf("  %2d  %-*s  %s  %s\n", pr.Number, nameWidth, pr.Name, grade, clean(pr.Reason))
		if pr.Grade != scorecard.Fail && pr.Grade != scorecard.Pass {
			continue // nothing decided these; the reason says so
		}
		p.detail(len(pr.Findings), "finding", func(i int) string {
			f := r.Findings[pr.Findings[i]]
			sev := view.ClampSeverity(f.Severity)
			return p.st.bold(clean(location(f.Location))) + "  " + p.st.severity(sev, sev.String()) + "  " + brief(f.Message)
		})
		p.detail(len(pr.Evidence), "evidence record", func(i int) string {
			e := r.Evidence[pr.Evidence[i]]
			return p.st.bold(clean(location(e.Location))) + "  " + brief(e.Message)
		})
	}
	var tally []string
	for _, g := range scorecard.Grades() {
		label := strconv.Itoa(sc.Tally(g)) + " " + strings.ReplaceAll(string(g), "-", " ")
		if sc.Tally(g) == 0 {
			tally = append(tally, p.st.dim(label))
		} else {
			tally = append(tally, p.st.grade(g, label))
		}
	}
	p.printf("\n  %s\n", strings.Join(tally, ", "))
}

// detail lists up to maxDetailLines of n items under a scorecard row, and
// counts the rest.
func (p *printer) detail(n int, noun string, line func(i int) string) {
	const indent = "        " // under the practice column, two further in
	for i := range min(n, maxDetailLines) {
		p.printf("%s%s\n", indent, line(i))
	}
	if more := n - maxDetailLines; more > 0 {
		p.printf("%s%s\n", indent, p.st.dim("+"+plural(more, "more "+noun)))
	}
}

// brief makes a message fit one detail line and safe to print: its first
// line, cut at a word boundary to at most maxDetailMessage characters.
func brief(s string) string {
	s, _, _ = strings.Cut(strings.TrimSpace(s), "\n")
	s = clean(strings.TrimSpace(s))
	if utf8.RuneCountInString(s) <= maxDetailMessage {
		return s
	}
	cut := s[:byteOffset(s, maxDetailMessage-1)] // room for the ellipsis
	if i := strings.LastIndexByte(cut, ' '); i > len(cut)/2 {
		cut = cut[:i] // prefer a word boundary unless it loses half the text
	}
	return strings.TrimRight(cut, " ,;:") + "…"
}

// byteOffset returns the byte offset of the n-th rune of s (0-based).
func byteOffset(s string, n int) int {
	for i := range s {
		if n == 0 {
			return i
		}
		n--
	}
	return len(s)
}
