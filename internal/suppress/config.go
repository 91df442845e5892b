package suppress

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/flaskguard/flaskguard/internal/finding"
)

// activeIgnore is a config ignore that passed its checks and may suppress.
type activeIgnore struct {
	Ignore
	idSet
	pattern pathPattern
	loc     finding.Location
}

// prepareIgnores checks the config ignores and returns those that may
// suppress, in the order given. Ignores with a bad pattern, an unknown
// rule, a missing required reason or a past date are reported and dropped.
func prepareIgnores(ignores []Ignore, opt Options, diags *[]finding.Diagnostic) []*activeIgnore {
	var out []*activeIgnore
	for _, ig := range ignores {
		loc := originLocation(ig.Origin)
		warn := func(kind finding.DiagnosticKind, id, msg string) {
			*diags = append(*diags, finding.Diagnostic{Kind: kind, Location: loc, RuleID: id, Message: msg})
		}
		id := strings.ToUpper(strings.TrimSpace(ig.ID))
		if id == "" {
			// An empty ID is most likely a misspelt key; reading it as "*"
			// would hide every finding under the path.
			warn(finding.ConfigWarning, "", fmt.Sprintf("ignore has no rule ID (use \"*\" for every rule)%s", at(ig.Origin)))
			continue
		}
		pat, err := compilePattern(ig.Path)
		if err != nil {
			warn(finding.ConfigWarning, id, fmt.Sprintf("ignore has an invalid path: %v%s", err, at(ig.Origin)))
			continue
		}
		a := &activeIgnore{Ignore: ig, pattern: pat, loc: loc}
		if id == "*" {
			a.idSet = newIDSet(true, nil)
		} else {
			a.idSet = newIDSet(false, []string{id})
			a.checkKnown(opt, loc, at(ig.Origin), diags)
		}
		if opt.RequireReason && strings.TrimSpace(ig.Reason) == "" {
			warn(finding.ConfigWarning, a.ruleID(), fmt.Sprintf("suppression needs a reason: ignore %s has none%s", a.describe(), at(ig.Origin)))
			continue
		}
		if ig.Until != nil && expired(*ig.Until, opt.Now) {
			warn(finding.ExpiredSuppression, a.ruleID(), fmt.Sprintf("ignore %s expired after %s and no longer suppresses anything%s",
				a.describe(), ig.Until.Format(time.DateOnly), at(ig.Origin)))
			continue
		}
		out = append(out, a)
	}
	return out
}

// expired reports whether now is past the whole of the until day, taken in
// until's own location: an ignore "until 2026-06-30" still applies
// throughout June 30.
func expired(until, now time.Time) bool {
	if now.IsZero() {
		return false
	}
	y, m, d := until.Date()
	return !now.Before(time.Date(y, m, d+1, 0, 0, 0, 0, until.Location()))
}

// originLocation turns "flaskguard.toml:12" into a location. An origin
// without a numeric line suffix is taken as a bare path.
func originLocation(origin string) finding.Location {
	if i := strings.LastIndexByte(origin, ':'); i >= 0 {
		if n, err := strconv.Atoi(origin[i+1:]); err == nil && n > 0 {
			return finding.Location{Path: origin[:i], StartLine: n, EndLine: n}
		}
	}
	return finding.Location{Path: origin}
}

// at renders the origin for the end of a message.
func at(origin string) string {
	if origin == "" {
		return ""
	}
	return " (" + origin + ")"
}

// ruleID is the rule an ignore names, or "" for "*".
func (a *activeIgnore) ruleID() string {
	if a.all {
		return ""
	}
	return a.ids[0]
}

// describe names the ignore in messages: `FG0301 for "tests/**"`.
func (a *activeIgnore) describe() string {
	id := "*"
	if !a.all {
		id = a.ids[0]
	}
	if strings.TrimSpace(a.Path) == "" {
		return id + " everywhere"
	}
	return fmt.Sprintf("%s for %q", id, a.Path)
}

// reportUnused adds a diagnostic when the ignore suppressed nothing.
func (a *activeIgnore) reportUnused(diags *[]finding.Diagnostic) {
	if len(a.unused()) == 0 {
		return
	}
	*diags = append(*diags, finding.Diagnostic{
		Kind: finding.UnusedSuppression, Location: a.loc, RuleID: a.ruleID(),
		Message: fmt.Sprintf("unused suppression: ignore %s matched no finding%s", a.describe(), at(a.Origin)),
	})
}
