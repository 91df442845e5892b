package taint

import (
	"hash/maphash"

	"github.com/flaskguard/flaskguard/internal/finding"
	"github.com/flaskguard/flaskguard/internal/project"
	"github.com/flaskguard/flaskguard/internal/python"
	"github.com/flaskguard/flaskguard/internal/taint/spec"
)

// engine holds what one analysis learns as it goes: module states,
// memoised call results, guard summaries and the flows found.
type engine struct {
	proj *project.Project
	ix   *spec.Index

	// quiet holds the views that read no request data, analysed only so
	// that the API rules learn which of their calls are reachable; while
	// one runs (inQuiet), the sinks it reaches are not counted as followed.
	quiet   map[*python.FunctionDef]bool
	inQuiet bool

	modStates map[*project.Module]*state
	modBusy   map[*project.Module]bool
	locals    map[*python.FunctionDef]map[string]bool
	nonlocals map[*python.FunctionDef]map[string]bool
	memo      map[uint64]*memoEntry
	guards    map[*python.FunctionDef]*guardSummary
	closures  map[*python.FunctionDef]*frame
	// funcs indexes every function of the project: its module, class
	// (for methods), enclosing function (for nested ones) and, for route
	// views, the URL rule.
	funcs map[*python.FunctionDef]*funcInfo
	// nested maps a function to the functions defined in its body.
	nested map[*python.FunctionDef]map[string]*python.FunctionDef
	stack  []*python.FunctionDef

	flows     map[flowKey][]*Flow
	templates []TemplateUse
	// calls holds the call facts of every call site evaluated; openFns
	// the functions analysed with every value their parameters can take
	// (see CallFacts.Complete).
	calls   map[*python.Call]*callRec
	openFns map[*python.FunctionDef]bool
	// sinks are the sink calls reached from entry points, with their
	// classes, whether or not request data got there.
	sinks map[finding.Location]spec.Class
	// roots maps endpoint names to whether url_for may build "/" for
	// them (see sitepath.go); nil until url_for is first seen.
	roots    map[string]bool
	nextID   uint64
	analyses int
	seed     maphash.Seed
	ids      map[any]uint64
}

// funcInfo is what the engine knows about a function definition.
type funcInfo struct {
	mod    *project.Module
	class  *project.Class
	parent *python.FunctionDef
	// view is set for route views: the URL parameters that carry client
	// text (string and path converters) and whether it is a view at all.
	view      bool
	urlParams map[string]string
	// typedParams are the URL parameters whose converter (int, float,
	// uuid) makes them safe, as request.view_args holds them too.
	typedParams map[string]bool
	rule        string
	// rootRule is set when one of the view's rules may build the URL "/"
	// (see rootRule); endpoints are the endpoint names its routes give,
	// "" for one that is not a constant.
	rootRule  bool
	endpoints []string
}

// flowKey identifies a finding: one per class and sink location.
type flowKey struct {
	class spec.Class
	loc   finding.Location
}

func newEngine(proj *project.Project, ix *spec.Index) *engine {
	return &engine{
		proj: proj, ix: ix, quiet: map[*python.FunctionDef]bool{},
		modStates: map[*project.Module]*state{},
		modBusy:   map[*project.Module]bool{},
		locals:    map[*python.FunctionDef]map[string]bool{},
		nonlocals: map[*python.FunctionDef]map[string]bool{},
		memo:      map[uint64]*memoEntry{},
		guards:    map[*python.FunctionDef]*guardSummary{},
		closures:  map[*python.FunctionDef]*frame{},
		funcs:     map[*python.FunctionDef]*funcInfo{},
		nested:    map[*python.FunctionDef]map[string]*python.FunctionDef{},
		flows:     map[flowKey][]*Flow{},
		calls:     map[*python.Call]*callRec{},
		openFns:   map[*python.FunctionDef]bool{},
		sinks:     map[finding.Location]spec.Class{},
		seed:      maphash.MakeSeed(),
		ids:       map[any]uint64{},
	}
}

// newTrace starts a trace at a source.
func (e *engine) newTrace(step finding.Step) *trace {
	e.nextID++
	return &trace{step: step, n: 1, id: e.nextID}
}

// addStep extends a taint's trace with a step; past maxTraceSteps the
// step is dropped and the trace kept as it is.
func (e *engine) addStep(t taint, loc finding.Location, note string) taint {
	if !t.tainted() || t.tr == nil || t.tr.n >= maxTraceSteps {
		return t
	}
	e.nextID++
	t.tr = &trace{step: finding.Step{Location: loc, Note: note}, prev: t.tr, n: t.tr.n + 1, id: e.nextID}
	return t
}

// report records a flow of taint t into a sink of class: at is where the
// data arrives (the argument), key the sink itself (the call). Every
// tainted argument of a call is kept as an alternative flow into it;
// rules report the best one (the shortest trace, then the earliest
// source), so results do not depend on the order entry points were
// analysed in. name says the data becomes a name there (see Flow.Name).
func (e *engine) report(class spec.Class, t taint, at, key finding.Location, label string, name bool) {
	if t.tr == nil {
		return
	}
	for _, c := range (t.classes & class).Classes() {
		src := t.tr.source()
		steps := append(t.tr.steps(), finding.Step{Location: at, Note: "reaches " + label})
		f := &Flow{
			Class: c, Sink: at, SinkLabel: label, Source: src.Location, SourceLabel: src.Note,
			Trace: steps, Message: message(src, src.Note, at, label), Call: key, Name: name,
		}
		k := flowKey{c, key}
		alts := e.flows[k]
		replaced := false
		for i, old := range alts {
			if old.Source == f.Source && old.Sink == f.Sink && old.Name == f.Name {
				if better(f, old) {
					alts[i] = f
				}
				replaced = true
				break
			}
		}
		if !replaced && len(alts) < maxAlternatives {
			e.flows[k] = append(alts, f)
		}
	}
}

// better orders competing flows into one sink.
func better(a, b *Flow) bool {
	if len(a.Trace) != len(b.Trace) {
		return len(a.Trace) < len(b.Trace)
	}
	if a.Source.Path != b.Source.Path {
		return a.Source.Path < b.Source.Path
	}
	if a.Source.StartLine != b.Source.StartLine {
		return a.Source.StartLine < b.Source.StartLine
	}
	if a.Source.StartCol != b.Source.StartCol {
		return a.Source.StartCol < b.Source.StartCol
	}
	return a.Message < b.Message
}

// frame is the analysis of one function body (or module body, or lambda)
// in one calling context.
type frame struct {
	e     *engine
	mod   *project.Module
	path  string
	fn    *python.FunctionDef
	class *project.Class
	scope project.Scope
	st    *state
	// env is the frame the function was defined in: its variables are
	// the closure.
	env    *frame
	locals map[string]bool
	// quiet frames report nothing: module bodies, guard summaries and
	// closure states are analysed for their values only.
	quiet bool
	// open frames analyse a body for every value its parameters can
	// take: an entry point, a module body (see CallFacts.Complete).
	open  bool
	depth int
	info  *funcInfo
	lib   libSite

	ret      Value
	returned bool
	yielded  *Value
	// exits joins the states where the function returns or ends;
	// fellOff is true when the end of the body is reachable.
	exits   *state
	fellOff bool
	// outs are the parameters' values where the function exits, copied
	// back into the caller's variables (the callee may have appended to a
	// list or set an attribute of an object it was given); rebound marks
	// parameters the callee assigned anew, which are not copied back.
	outs    map[string]Value
	rebound map[string]bool
	loops   []*loopCtx
	tries   []*tryCtx
	guard   *guardObs
	// block and at locate the statement being run, for checks that look
	// at the statements after it (content_type.go).
	block []python.Stmt
	at    int
}

// loopCtx collects the states that leave a loop by break and continue.
type loopCtx struct{ brk, cont *state }

// tryCtx collects the states that raise inside a try block.
type tryCtx struct{ raised *state }

// loc converts a span of the frame's file to a location.
func (f *frame) loc(s python.Span) finding.Location { return location(f.path, s) }

// newFrame starts the analysis of a function body (fn nil: module body).
func (e *engine) newFrame(mod *project.Module, fn *python.FunctionDef, depth int) *frame {
	f := &frame{e: e, mod: mod, path: mod.File.Path, fn: fn, st: newState(), depth: depth}
	if fn != nil {
		f.info = e.funcs[fn]
		if f.info != nil {
			f.class = f.info.class
		}
		f.locals = e.localNames(fn)
		if len(fn.Body) > 0 {
			f.scope = mod.ScopeAt(fn.Body[0].Span().Start)
		}
	}
	return f
}

// analyzeEntry analyses an entry point in its own context: URL
// parameters carry client text, other parameters are unknown, methods
// get an object of their class, nested functions their enclosing
// function's variables.
func (e *engine) analyzeEntry(fn *python.FunctionDef) {
	info := e.funcs[fn]
	if info == nil {
		return
	}
	var env *frame
	if info.parent != nil {
		env = e.closureOf(info.parent)
	}
	e.runWith(info.mod, fn, info.class, e.entryParams(fn, info), env, 0, false, e.markOpen(fn, info))
}

// entryParams are the parameter values of a function analysed on its own.
func (e *engine) entryParams(fn *python.FunctionDef, info *funcInfo) map[string]Value {
	vars := map[string]Value{}
	for i, p := range fn.Params {
		if p.Name == "" {
			continue
		}
		switch {
		case i == 0 && info.class != nil && !hasDecorator(fn, "staticmethod"):
			if hasDecorator(fn, "classmethod") {
				vars[p.Name] = Value{fn: &funcRef{mod: info.class.Module, class: info.class}}
			} else {
				vars[p.Name] = Value{sh: &shape{kind: shObject, class: info.class}, obj: info.class.QualifiedName() + "()"}
			}
		case info.urlParams[p.Name] != "":
			tr := e.newTrace(finding.Step{Location: location(info.mod.File.Path, p.Loc), Note: "URL parameter " + p.Name})
			vars[p.Name] = Value{t: taint{classes: spec.All, tr: tr}, str: true}
		case p.Star == 1:
			vars[p.Name] = Value{sh: &shape{kind: shTuple}}
		case p.Star == 2:
			vars[p.Name] = Value{sh: &shape{kind: shDict}}
		case p.Default != nil:
			vars[p.Name] = e.constExpr(info.mod, p.Default)
		default:
			vars[p.Name] = clean()
		}
	}
	return vars
}
