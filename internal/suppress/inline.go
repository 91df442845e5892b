package suppress

import (
	"fmt"
	"slices"

	"github.com/flaskguard/flaskguard/internal/finding"
)

// placed is an inline directive tied to its file and to the lines it
// governs.
type placed struct {
	idSet
	kind   string
	reason string
	// from and to are the lines whose findings the directive covers.
	from, to int
	// loc is where the directive is written, for diagnostics.
	loc finding.Location
	// label is the directive as users write it, for messages.
	label string
}

// placeDirectives parses every comment and returns the usable directives
// by file, in line order. Malformed, unknown-rule and reasonless (under
// RequireReason) directives are reported here and dropped, because they
// must not suppress anything.
func placeDirectives(comments map[string]map[int]Comment, opt Options, diags *[]finding.Diagnostic) map[string][]*placed {
	out := make(map[string][]*placed)
	for _, path := range sortedKeys(comments) {
		byLine := comments[path]
		lines := make([]int, 0, len(byLine))
		for ln := range byLine {
			lines = append(lines, ln)
		}
		slices.Sort(lines)
		for _, ln := range lines {
			c := byLine[ln]
			for _, d := range parseComment(c.Text) {
				if p := place(path, ln, c, d, opt, diags); p != nil {
					out[path] = append(out[path], p)
				}
			}
		}
	}
	return out
}

// place checks one parsed directive and ties it to its lines; it returns
// nil for a directive that must not suppress.
func place(path string, ln int, c Comment, d directive, opt Options, diags *[]finding.Diagnostic) *placed {
	loc := finding.Location{Path: path, StartLine: ln, EndLine: ln}
	if c.Col > 0 {
		loc.StartCol, loc.EndCol = c.Col+d.start, c.Col+d.end
	}
	warn := func(msg string) {
		*diags = append(*diags, finding.Diagnostic{Kind: finding.ConfigWarning, Location: loc, Message: msg})
	}
	if d.problem != "" {
		warn(d.problem)
		return nil
	}
	p := &placed{idSet: newIDSet(d.all, d.ids), kind: d.kind, reason: d.reason, loc: loc, label: label(d)}
	p.checkKnown(opt, loc, "", diags)
	if opt.RequireReason && d.reason == "" {
		warn(fmt.Sprintf("suppression needs a reason: write %q", p.label+" -- why this is safe"))
		return nil
	}
	p.from, p.to = ln, ln
	if c.Alone {
		// A directive alone on its line speaks about the statement below;
		// with nothing below it governs no line and is reported unused.
		p.from, p.to = c.Next, max(c.NextEnd, c.Next)
	}
	return p
}

// label renders a directive as it would be written, without its reason.
func label(d directive) string {
	switch {
	case d.kind == KindNosec && d.all:
		return "# nosec"
	case d.kind == KindNosec:
		return "# nosec " + joinIDs(d.ids)
	case d.all:
		return "# flaskguard: ignore"
	default:
		return "# flaskguard: ignore[" + joinIDs(d.ids) + "]"
	}
}

// reportUnused adds a diagnostic for each rule the directive names that it
// did not suppress (one per ID, so each carries its RuleID), or one for a
// directive covering all rules that suppressed nothing.
func (p *placed) reportUnused(diags *[]finding.Diagnostic) {
	for _, id := range p.unused() {
		msg := fmt.Sprintf("unused suppression: %q matched no finding", p.label)
		if id != "" && len(p.ids) > 1 {
			msg = fmt.Sprintf("unused suppression: %s in %q matched no finding", id, p.label)
		}
		*diags = append(*diags, finding.Diagnostic{
			Kind: finding.UnusedSuppression, Location: p.loc, RuleID: id, Message: msg,
		})
	}
}
