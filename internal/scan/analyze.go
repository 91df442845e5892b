package scan

import (
	"context"
	"fmt"
	"log/slog"
	"runtime/debug"
	"slices"
	"sync"
	"sync/atomic"

	"github.com/flaskguard/flaskguard/internal/confsrc"
	"github.com/flaskguard/flaskguard/internal/finding"
	"github.com/flaskguard/flaskguard/internal/jinja"
	"github.com/flaskguard/flaskguard/internal/project"
	"github.com/flaskguard/flaskguard/internal/python"
	"github.com/flaskguard/flaskguard/internal/rules/rule"
	"github.com/flaskguard/flaskguard/internal/taint"
)

// dispatch indexes rules by the node kinds they visit, so that one walk of
// each tree serves every rule.
type dispatch struct {
	byKind   [python.KindCount][]*rule.Rule
	config   []*rule.Rule
	template []*rule.Rule
	project  []*rule.Rule
	// shared holds the models every check sees.
	shared *rule.Scan
	logger *slog.Logger
}

func newDispatch(rules []*rule.Rule, shared *rule.Scan, logger *slog.Logger) *dispatch {
	d := &dispatch{shared: shared, logger: logger}
	for _, r := range rules {
		if r.Check != nil {
			for _, k := range r.Visits {
				d.byKind[k] = append(d.byKind[k], r)
			}
		}
		if r.CheckConfig != nil {
			d.config = append(d.config, r)
		}
		if r.CheckTemplate != nil {
			d.template = append(d.template, r)
		}
		if r.CheckProject != nil {
			d.project = append(d.project, r)
		}
	}
	return d
}

// output collects what the checks of one file (or of the project pass)
// report. Each is owned by one goroutine.
type output struct {
	findings []finding.Finding
	evidence []finding.Evidence
	diags    []finding.Diagnostic
	crashed  map[*rule.Rule]bool
}

func (o *output) sink() rule.Sink {
	return rule.Sink{
		Finding:  func(f finding.Finding) { o.findings = append(o.findings, f) },
		Evidence: func(e finding.Evidence) { o.evidence = append(o.evidence, e) },
	}
}

// analyze runs every rule over every parsed file, in parallel, then the
// project-wide checks, and returns what they reported plus the internal
// errors of rules that crashed.
func analyze(ctx context.Context, units []unit, proj *project.Project, deps *rule.Deps, opt Options) output {
	configs := configFiles(units)
	lazyTaint := taint.NewLazy(proj, opt.Config.Taint.Spec())
	model := buildModel(proj, configs)
	d := newDispatch(opt.Rules, &rule.Scan{
		Project:   proj,
		Flask:     model,
		Templates: jinja.NewSet(templates(units)),
		Configs:   configs,
		Deps:      deps,
		// One taint analysis serves every taint rule, with the built-in
		// specification extended by the configuration's [taint] entries.
		TaintAnalysis: lazyTaint,
	}, opt.Logger)
	started := len(d.project) > 0 && len(proj.Modules) > 0
	if started {
		// Taint rules are project rules, but a template rule may ask for
		// the analysis from the per-file pass and hold its worker until
		// it is done; started now, it overlaps the per-file pass instead.
		go lazyTaint.Result()
	}
	perFile := make([]output, len(units))
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
				d.runFile(&units[i], &perFile[i])
			}
		}()
	}
	wg.Wait()
	all := output{diags: slices.Clone(model.Diagnostics)}
	d.runProject(&all)
	if started {
		lazyTaint.Result() // wait for it, even if no rule asked
	}
	if p := lazyTaint.Crash(); p != nil {
		all.diags = append(all.diags, finding.Diagnostic{Kind: finding.InternalError,
			Message: fmt.Sprintf("the taint analysis crashed; taint rules report nothing in this scan: %v", p)})
		d.logger.Error("taint analysis crashed", "panic", p)
	}
	for _, o := range perFile {
		all.findings = append(all.findings, o.findings...)
		all.evidence = append(all.evidence, o.evidence...)
		all.diags = append(all.diags, o.diags...)
	}
	all.findings = dedupe(all.findings)
	return all
}

// call runs one check, containing a panic: the rule is stopped for the rest
// of this file (or pass) and reported as an internal error naming the rule
// and the file; the other rules go on.
func (d *dispatch) call(o *output, r *rule.Rule, path string, fn func()) {
	if o.crashed[r] {
		return
	}
	defer func() {
		if p := recover(); p != nil {
			if o.crashed == nil {
				o.crashed = map[*rule.Rule]bool{}
			}
			o.crashed[r] = true
			o.diags = append(o.diags, finding.Diagnostic{
				Kind: finding.InternalError, RuleID: r.ID,
				Location: finding.Location{Path: path},
				Message:  fmt.Sprintf("rule %s crashed and was stopped for this file: %v", r.ID, p),
			})
			d.logger.Error("rule crashed", "rule", r.ID, "file", path, "panic", p, "stack", string(debug.Stack()))
		}
	}()
	fn()
}

// runFile walks one file once, calling each interested rule at each node.
func (d *dispatch) runFile(u *unit, o *output) {
	sink := o.sink()
	switch {
	case u.py != nil:
		mod := d.shared.Project.Module(u.py)
		ctxs := map[*rule.Rule]*rule.Ctx{}
		python.Walk(u.py.Module, func(n python.Node) bool {
			for _, r := range d.byKind[n.Kind()] {
				c := ctxs[r]
				if c == nil {
					c = rule.NewCtx(r, d.shared, u.file.Path, u.py, mod, sink)
					ctxs[r] = c
				}
				d.call(o, r, u.file.Path, func() { r.Check(c, n) })
			}
			return true
		})
	case u.conf != nil:
		for _, r := range d.config {
			c := rule.NewCtx(r, d.shared, u.file.Path, nil, nil, sink)
			d.call(o, r, u.file.Path, func() { r.CheckConfig(c, u.conf) })
		}
	case u.tmpl != nil:
		for _, r := range d.template {
			c := rule.NewCtx(r, d.shared, u.file.Path, nil, nil, sink)
			d.call(o, r, u.file.Path, func() { r.CheckTemplate(c, u.tmpl) })
		}
	}
}

// runProject gives each project-wide rule the whole project once.
func (d *dispatch) runProject(o *output) {
	for _, r := range d.project {
		c := rule.NewProjectCtx(r, d.shared, o.sink())
		d.call(o, r, "", func() { r.CheckProject(c) })
	}
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

// configFiles lists the parsed configuration files of the scan.
func configFiles(units []unit) []*confsrc.File {
	var configs []*confsrc.File
	for _, u := range units {
		if u.conf != nil {
			configs = append(configs, u.conf)
		}
	}
	return configs
}
