// Package taint is flaskguard's taint engine: it finds where data from a
// Flask request reaches a dangerous call (a sink) without passing a
// sanitizer, across functions and modules, and explains each flow with a
// trace from source to sink.
//
// The engine is an abstract interpreter over the project's syntax trees,
// one function at a time. An abstract value (Value) carries the taint (the
// sink classes it is still dangerous for, and its trace), a constant when
// one is known (so that conditions known at analysis time prune dead
// branches), the layout of containers and objects (list positions, dict
// keys, attributes) and the origin of library objects (a cursor made by
// sqlite3.connect, a parser built with resolve_entities=True). States join
// at control-flow merges and loops iterate to a bounded fixpoint; checks
// that return or raise refine the checked variable on the path that goes
// on. Calls of project functions are analysed in the calling context (the
// abstract arguments, the receiver object, the closure), memoised by that
// context, so a helper that escapes, validates or forwards its argument is
// seen for what it does at each call; calls of library functions follow
// the specification in package spec, and unknown ones pass the taint of
// their arguments to their result.
//
// Analysis starts only at entry points: functions that read the request
// (directly, or by calling such a function) and route views with URL
// parameters. The rest of the project is analysed only when called from
// there. Result is computed once per scan and shared by the rules, which
// each report the flows of their class.
//
// The interpretation also leaves facts behind for rules that are not
// about flows (facts.go): at each call site, the constants its arguments
// fold to, the origin of its receiver and whether any path reaches it,
// merged over every context it was analysed in; and the sinks reached
// from entry points, which are evidence when no flow reaches them
// (sites.go).
package taint

import (
	"cmp"
	"fmt"
	"path"
	"slices"
	"sync"

	"github.com/flaskguard/flaskguard/internal/finding"
	"github.com/flaskguard/flaskguard/internal/project"
	"github.com/flaskguard/flaskguard/internal/python"
	"github.com/flaskguard/flaskguard/internal/taint/spec"
)

// Flow is one way request data reaches a sink of one class.
type Flow struct {
	Class spec.Class
	// Sink is where the data arrives; SinkLabel names the sink as the
	// message does ("redirect()").
	Sink      finding.Location
	SinkLabel string
	// Source is where the data entered; SourceLabel names it
	// (`request.args["next"]`, "URL parameter name").
	Source      finding.Location
	SourceLabel string
	// Trace runs from the source to the sink, both included.
	Trace   []finding.Step
	Message string
	// Call is the sink call (or assignment) the data reaches, shared by
	// the flows into its different arguments; Name is set when the data
	// becomes a name there (a header's name, a session key) rather than
	// a value.
	Call finding.Location
	Name bool
}

// TemplateUse is request data passed to a template by name, as context
// (render_template("page.html", q=q)). Whether that is a problem depends
// on how the template renders it (|safe, autoescaping off), which the
// template reader decides; the engine only records the flow.
type TemplateUse struct {
	Template string
	Var      string
	Location finding.Location
	Classes  spec.Class
	Trace    []finding.Step
}

// Result is what the engine found in one project.
type Result struct {
	// groups holds, per sink call and class, the flows into it from
	// different sources, best first.
	groups    [][]Flow
	templates []TemplateUse
	// Entries is the number of entry points analysed; Analyses the number
	// of function analyses, for --stats and benchmarks.
	Entries, Analyses int
	// Views is the number of route views among the entry points: request
	// handlers whose data the engine followed.
	Views int

	calls   map[*python.Call]*callRec
	openFns map[*python.FunctionDef]bool
	modules map[*project.Module]bool
	sinks   []SinkSite
}

// Flows returns the flows of the given classes, one per sink call (the
// best of the flows into it), sorted by sink location.
func (r *Result) Flows(classes spec.Class) []Flow {
	return r.FlowsFunc(classes, nil)
}

// FlowsFunc is Flows for rules that leave some flows to other rules: for
// each sink call it returns the best flow that keep accepts (keep nil
// accepts all), and nothing for a call whose flows it all rejects.
func (r *Result) FlowsFunc(classes spec.Class, keep func(Flow) bool) []Flow {
	var out []Flow
	for _, g := range r.groups {
		if g[0].Class&classes == 0 {
			continue
		}
		for _, f := range g {
			if keep == nil || keep(f) {
				out = append(out, f)
				break
			}
		}
	}
	return out
}

// Templates returns the tainted template context values, for the template
// reader.
func (r *Result) Templates() []TemplateUse { return r.templates }

// Analyze runs the engine over a project with a compiled specification.
func Analyze(proj *project.Project, ix *spec.Index) *Result {
	e := newEngine(proj, ix)
	entries := e.entries()
	// Views that read the request go first, so that what they analyse is
	// memoised with its sinks counted before a quiet view reuses it.
	for _, en := range entries {
		if !e.quiet[en] {
			e.analyzeEntry(en)
		}
	}
	e.inQuiet = true
	for _, en := range entries {
		if e.quiet[en] {
			e.analyzeEntry(en)
		}
	}
	e.inQuiet = false
	res := &Result{templates: e.templates, Entries: len(entries), Analyses: e.analyses,
		calls: e.calls, openFns: e.openFns, modules: map[*project.Module]bool{}, sinks: sinkSites(e.sinks)}
	for m := range e.modStates {
		res.modules[m] = true
	}
	for _, en := range entries {
		if info := e.funcs[en]; info != nil && info.view && !e.quiet[en] {
			res.Views++
		}
	}
	for _, alts := range e.flows {
		g := make([]Flow, len(alts))
		for i, f := range alts {
			g[i] = *f
		}
		slices.SortFunc(g, func(a, b Flow) int {
			if better(&a, &b) {
				return -1
			}
			if better(&b, &a) {
				return 1
			}
			return 0
		})
		res.groups = append(res.groups, g)
	}
	slices.SortFunc(res.groups, func(x, y []Flow) int {
		a, b := x[0], y[0]
		return cmp.Or(cmp.Compare(a.Sink.Path, b.Sink.Path), cmp.Compare(a.Sink.StartLine, b.Sink.StartLine),
			cmp.Compare(a.Sink.StartCol, b.Sink.StartCol), cmp.Compare(a.Class, b.Class))
	})
	return res
}

// Lazy runs the engine at most once, on first use, and shares the result:
// every taint rule of a scan reads the same analysis, and a scan that runs
// no taint rule never pays for it.
type Lazy struct {
	once sync.Once
	proj *project.Project
	sp   *spec.Spec
	res  *Result
	// crash is the panic that stopped the analysis, if one did: the
	// taint rules then see no result and the scan reports it once.
	crash any
}

// NewLazy prepares an analysis of proj with the specification sp (nil
// means spec.Default()).
func NewLazy(proj *project.Project, sp *spec.Spec) *Lazy {
	return &Lazy{proj: proj, sp: sp}
}

// Result runs the analysis if it has not run yet and returns it; nil if
// the analysis crashed (see Crash).
func (l *Lazy) Result() *Result {
	l.once.Do(func() {
		defer func() {
			if p := recover(); p != nil {
				l.res, l.crash = nil, p
			}
		}()
		sp := l.sp
		if sp == nil {
			sp = spec.Default()
		}
		l.res = Analyze(l.proj, sp.Compile())
	})
	return l.res
}

// Crash returns the panic that stopped the analysis, or nil. Call it after
// Result.
func (l *Lazy) Crash() any { return l.crash }

// message words a flow for people: what entered where, and what it reached.
func message(src finding.Step, srcLabel string, sink finding.Location, sinkLabel string) string {
	where := fmt.Sprintf("line %d", src.Location.StartLine)
	if src.Location.Path != sink.Path {
		where = fmt.Sprintf("%s:%d", path.Base(src.Location.Path), src.Location.StartLine)
	}
	return fmt.Sprintf("%s (%s) reaches %s (line %d)", srcLabel, where, sinkLabel, sink.StartLine)
}
