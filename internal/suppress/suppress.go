// Package suppress decides which findings the user has chosen not to count,
// and checks those choices. Suppressions come from two places:
//
//   - inline directives in '#' comments, in Python and in the '#' commented
//     config formats alike: `# flaskguard: ignore[FG0301] -- reason`,
//     `# flaskguard: ignore` (every rule), and bandit's and gosec's
//     `# nosec`, `# nosec FG0301, FG0201`, `# nosec G101 -- reason`. A
//     nosec naming only other tools' IDs (bandit's B201) suppresses every
//     rule on its line, since its author meant "this line is fine";
//   - config ignores (Ignore) with a rule ID, a path pattern, a reason and
//     an optional expiry date.
//
// A suppressed finding stays in the result with Finding.Suppressed set, so
// every report format can show what was hidden and why. Suppressions are
// held to account, as osv-scanner does with its ignore entries: one that
// matched nothing, names an unknown rule, lacks a required reason or has
// expired draws a diagnostic, so stale ignores do not pile up unseen.
package suppress

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/flaskguard/flaskguard/internal/finding"
)

// Ignore is a suppression from the configuration file, such as
//
//	[[tool.flaskguard.ignore]]
//	id = "FG0301"
//	path = "scripts/**"
//	reason = "dev-only helper scripts"
//	until = 2026-06-30
type Ignore struct {
	// ID is the rule to ignore, or "*" for every rule.
	ID string
	// Path limits the ignore to files matching a .gitignore-style pattern
	// relative to the scan root: "tests/**", "legacy/*.py", "conftest.py"
	// (at any depth). Empty means every file.
	Path string
	// Reason says why the findings are acceptable; reports show it.
	Reason string
	// Until, when set, is the last day on which the ignore applies. From
	// the next day on it suppresses nothing and draws a warning, so that
	// a temporary exception cannot quietly become permanent.
	Until *time.Time
	// Origin says where the ignore was written, as "file:line"
	// ("pyproject.toml:42"); diagnostics point there.
	Origin string
}

// Options tune Apply.
type Options struct {
	// Now is the time that expiry dates are compared with. It is passed in,
	// not read from the clock, so that runs and tests are reproducible. The
	// zero time lets no ignore expire.
	Now time.Time
	// RequireReason makes suppressions without a reason ineffective (gosec's
	// nosec-require-justification). Each one draws a diagnostic instead.
	RequireReason bool
	// KnownRules reports whether a rule ID exists. Suppressions naming an
	// unknown FG ID draw a diagnostic, since a typo there would otherwise
	// look like a working suppression. Nil accepts every ID.
	KnownRules func(id string) bool
}

// Apply marks the findings that a suppression covers, setting
// Finding.Suppressed in place, and returns the diagnostics about the
// suppressions themselves, sorted.
//
// comments maps a file path (relative to the scan root, with forward
// slashes, as in finding.Location.Path) to that file's comments by line.
// An inline directive covers a finding whose lines overlap the directive's
// own line or, for a comment alone on its line, the statement below it. A
// finding that several suppressions cover takes the first inline one (in
// line order), else the first config ignore; all of them count as used.
// A finding that is already suppressed keeps its suppression, but still
// uses the directives that cover it, so they are not reported as stale.
func Apply(findings []finding.Finding, comments map[string]map[int]Comment, ignores []Ignore, opt Options) []finding.Diagnostic {
	var diags []finding.Diagnostic
	inline := placeDirectives(comments, opt, &diags)
	cfg := prepareIgnores(ignores, opt, &diags)

	for i := range findings {
		f := &findings[i]
		first, last := findingLines(f.Location)
		var chosen *finding.Suppression
		for _, d := range inline[f.Location.Path] {
			if d.to < first || d.from > last || !d.use(f.RuleID) {
				continue
			}
			if chosen == nil {
				chosen = &finding.Suppression{Kind: d.kind, Reason: d.reason}
			}
		}
		for _, ig := range cfg {
			if !ig.pattern.match(f.Location.Path) || !ig.use(f.RuleID) {
				continue
			}
			if chosen == nil {
				chosen = &finding.Suppression{Kind: KindConfig, Reason: ig.Reason}
			}
		}
		if f.Suppressed == nil {
			f.Suppressed = chosen
		}
	}

	for _, path := range sortedKeys(inline) {
		for _, d := range inline[path] {
			d.reportUnused(&diags)
		}
	}
	for _, ig := range cfg {
		ig.reportUnused(&diags)
	}
	sortDiagnostics(diags)
	return diags
}

// findingLines returns the first and last line a finding's span touches.
// A span that ends at column 1 stops at the newline before it, so that
// line is not counted: otherwise a directive on the following line would
// reach back up to the finding.
func findingLines(l finding.Location) (first, last int) {
	first, last = l.StartLine, l.EndLine
	if last > first && l.EndCol == 1 {
		last--
	}
	return first, max(last, first)
}

// idSet is the rule selection of one suppression, with what it matched.
type idSet struct {
	all     bool
	ids     []string
	used    []bool
	usedAll bool
	// skip marks IDs already reported as unknown, so they are not
	// reported a second time as unused.
	skip []bool
}

// newIDSet builds a set; a repeated ID is kept once, so that
// ignore[FG0301,FG0301] is not half reported as unused.
func newIDSet(all bool, ids []string) idSet {
	var uniq []string
	for _, id := range ids {
		if !slices.Contains(uniq, id) {
			uniq = append(uniq, id)
		}
	}
	ids = uniq
	return idSet{all: all, ids: ids, used: make([]bool, len(ids)), skip: make([]bool, len(ids))}
}

// use reports whether the set covers rule id, recording the match.
func (s *idSet) use(id string) bool {
	if s.all {
		s.usedAll = true
		return true
	}
	for i, x := range s.ids {
		if x == id {
			s.used[i] = true
			return true
		}
	}
	return false
}

// checkKnown reports each ID that names no rule. Sets built from a nosec
// hold only FG IDs, so bandit's and gosec's IDs are never reported.
func (s *idSet) checkKnown(opt Options, loc finding.Location, where string, diags *[]finding.Diagnostic) {
	if opt.KnownRules == nil {
		return
	}
	for i, id := range s.ids {
		if !opt.KnownRules(id) {
			s.skip[i] = true
			*diags = append(*diags, finding.Diagnostic{
				Kind: finding.ConfigWarning, Location: loc, RuleID: id,
				Message: fmt.Sprintf("unknown rule ID in suppression: %s%s", id, where),
			})
		}
	}
}

// unused returns the IDs that matched nothing, or [""] when the set covers
// every rule and matched nothing.
func (s *idSet) unused() []string {
	if s.all {
		if s.usedAll {
			return nil
		}
		return []string{""}
	}
	var out []string
	for i, id := range s.ids {
		if !s.used[i] && !s.skip[i] {
			out = append(out, id)
		}
	}
	return out
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// sortDiagnostics orders diagnostics as finding.Result.Sort does, so the
// slice is stable before it ever reaches a result.
func sortDiagnostics(ds []finding.Diagnostic) {
	slices.SortFunc(ds, func(a, b finding.Diagnostic) int {
		return cmp.Or(cmp.Compare(a.Location.Path, b.Location.Path),
			cmp.Compare(a.Location.StartLine, b.Location.StartLine),
			cmp.Compare(a.Location.StartCol, b.Location.StartCol),
			cmp.Compare(a.Location.EndLine, b.Location.EndLine),
			cmp.Compare(a.Location.EndCol, b.Location.EndCol),
			cmp.Compare(a.Kind, b.Kind),
			cmp.Compare(a.RuleID, b.RuleID),
			cmp.Compare(a.Message, b.Message))
	})
}

// joinIDs renders an ID list for messages: "FG0301, FG0201".
func joinIDs(ids []string) string { return strings.Join(ids, ", ") }
