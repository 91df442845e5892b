package scan

import (
	"context"
	"fmt"
	"log/slog"
	"runtime/debug"
	"sync"
	"sync/atomic"

	"github.com/flaskguard/flaskguard/internal/finding"
	"github.com/flaskguard/flaskguard/internal/project"
	"github.com/flaskguard/flaskguard/internal/python"
	"github.com/flaskguard/flaskguard/internal/rules/rule"
)

// dispatch indexes rules by the node kinds they visit, so that one walk of
// each tree serves every rule.
type dispatch struct {
	byKind [python.KindCount][]*rule.Rule
	config []*rule.Rule
}

func newDispatch(rules []*rule.Rule) *dispatch {
	d := &dispatch{}
	for _, r := range rules {
		if r.Check != nil {
			for _, k := range r.Visits {
				d.byKind[k] = append(d.byKind[k], r)
			}
		}
		if r.CheckConfig != nil {
			d.config = append(d.config, r)
		}
	}
	return d
}

// analyze runs every rule over every parsed file, in parallel, and returns
// the findings and the internal errors of rules that crashed.
func analyze(ctx context.Context, units []unit, proj *project.Project, opt Options) ([]finding.Finding, []finding.Diagnostic) {
	d := newDispatch(opt.Rules)
	perFile := make([]fileOutput, len(units))
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(opt.Workers, max(len(units), 1)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1) - 1)
				if i >= len(units) || ctx.Err() != nil {
					return
				}
				perFile[i] = d.runFile(&units[i], proj, opt.Logger)
			}
		}()
	}
	wg.Wait()
	var findings []finding.Finding
	var diags []finding.Diagnostic
	for _, o := range perFile {
		findings = append(findings, o.findings...)
		diags = append(diags, o.diags...)
	}
	return dedupe(findings), diags
}

type fileOutput struct {
	findings []finding.Finding
	diags    []finding.Diagnostic
}

// runFile walks one file once, calling each interested rule at each node.
// A rule that panics is disabled for the rest of this file and reported as
// an internal error naming the rule and the file; the others go on.
func (d *dispatch) runFile(u *unit, proj *project.Project, logger *slog.Logger) fileOutput {
	var out fileOutput
	emit := func(f finding.Finding) { out.findings = append(out.findings, f) }
	crashed := map[*rule.Rule]bool{}
	call := func(r *rule.Rule, fn func()) {
		if crashed[r] {
			return
		}
		defer func() {
			if p := recover(); p != nil {
				crashed[r] = true
				out.diags = append(out.diags, finding.Diagnostic{
					Kind: finding.InternalError, RuleID: r.ID,
					Location: finding.Location{Path: u.file.Path},
					Message:  fmt.Sprintf("rule %s crashed on this file and was stopped for it: %v", r.ID, p),
				})
				logger.Error("rule crashed", "rule", r.ID, "file", u.file.Path, "panic", p, "stack", string(debug.Stack()))
			}
		}()
		fn()
	}
	switch {
	case u.py != nil:
		mod := proj.Module(u.py)
		ctxs := map[*rule.Rule]*rule.Ctx{}
		ctxFor := func(r *rule.Rule) *rule.Ctx {
			c := ctxs[r]
			if c == nil {
				c = rule.NewCtx(r, u.file.Path, u.py, mod, proj, emit)
				ctxs[r] = c
			}
			return c
		}
		python.Walk(u.py.Module, func(n python.Node) bool {
			for _, r := range d.byKind[n.Kind()] {
				call(r, func() { r.Check(ctxFor(r), n) })
			}
			return true
		})
	case u.conf != nil:
		for _, r := range d.config {
			c := rule.NewCtx(r, u.file.Path, nil, nil, proj, emit)
			call(r, func() { r.CheckConfig(c, u.conf) })
		}
	}
	return out
}

// dedupe drops findings that repeat the same rule, span and message: two
// paths to one conclusion are still one finding.
func dedupe(fs []finding.Finding) []finding.Finding {
	type key struct {
		rule, msg string
		loc       finding.Location
	}
	seen := make(map[key]bool, len(fs))
	out := fs[:0]
	for _, f := range fs {
		k := key{f.RuleID, f.Message, f.Location}
		if !seen[k] {
			seen[k] = true
			out = append(out, f)
		}
	}
	return out
}
