package templates

import (
	"cmp"
	"fmt"
	"path"
	"slices"
	"strings"

	"github.com/flaskguard/flaskguard/internal/finding"
	"github.com/flaskguard/flaskguard/internal/jinja"
	"github.com/flaskguard/flaskguard/internal/rules/rule"
	"github.com/flaskguard/flaskguard/internal/taint"
)

// TaintedOutput is a template output that writes request data into the
// page where escaping does not protect it: the template half of a
// cross-site scripting flow whose Python half the taint engine found
// (request data passed to render_template as a context variable).
type TaintedOutput struct {
	// Arg is where the view passes the value: the keyword argument of
	// render_template (or the **mapping that holds it).
	Arg   finding.Location
	Reach jinja.Reach
	// Message names the source, the output and why it is unprotected;
	// Trace runs from the source through the view to the output.
	Message string
	Trace   []finding.Step
}

// TaintedOutputs joins the taint engine's template uses to the templates:
// for every render_template call that receives request data, it finds the
// template Flask loads for the view's app (see searchPaths), follows the
// variable through the template and those it includes or extends, and
// keeps the outputs that write it out unprotected (see unsafeReach). The
// result is sorted by the view's location, then the output's.
func TaintedOutputs(c *rule.Ctx) []TaintedOutput { return newJoin(c).outputs(nil) }

// coveredOutputs returns the outputs of t that a TaintedOutput names.
// FG0604 reports those with the flow that reaches them, so the template
// rules leave them alone: one problem, one finding.
func coveredOutputs(c *rule.Ctx, t *jinja.Template) map[*jinja.Output]bool {
	out := map[*jinja.Output]bool{}
	for _, to := range newJoin(c).outputs(t) {
		out[to.Reach.Output] = true
	}
	return out
}

// join is one computation of TaintedOutputs.
type join struct {
	c     *rule.Ctx
	uses  []taint.TemplateUse
	sites *sites
	flow  *jinja.Flow
}

func newJoin(c *rule.Ctx) *join {
	res := c.Taint()
	if res == nil || c.Project == nil {
		return &join{c: c}
	}
	return &join{c: c, uses: bestUses(res.Templates()), sites: newSites(c.Project, res), flow: jinja.NewFlow()}
}

// bestUses keeps one use per (call, variable): the engine records one
// each time it evaluates the call (every loop pass, every calling
// context of a helper). The classes of all of them count; the trace kept
// is that of the most dangerous, then the shortest, then the earliest
// source, as for flows. Values no output could make dangerous are
// dropped, and so are **mappings whose keys the engine does not know (no
// variable name).
func bestUses(all []taint.TemplateUse) []taint.TemplateUse {
	type key struct {
		loc finding.Location
		v   string
	}
	best := map[key]int{}
	var out []taint.TemplateUse
	for _, u := range all {
		if u.Var == "" || len(u.Trace) == 0 || u.Classes&syntaxClasses == 0 {
			continue
		}
		k := key{u.Location, u.Var}
		i, seen := best[k]
		switch {
		case !seen:
			best[k] = len(out)
			out = append(out, u)
		case betterUse(u, out[i]):
			u.Classes |= out[i].Classes
			out[i] = u
		default:
			out[i].Classes |= u.Classes
		}
	}
	return out
}

func betterUse(a, b taint.TemplateUse) bool {
	if x, y := len(a.Classes.Classes()), len(b.Classes.Classes()); x != y {
		return x > y
	}
	if len(a.Trace) != len(b.Trace) {
		return len(a.Trace) < len(b.Trace)
	}
	x, y := a.Trace[0].Location, b.Trace[0].Location
	return cmp.Or(cmp.Compare(x.Path, y.Path), cmp.Compare(x.StartLine, y.StartLine), cmp.Compare(x.StartCol, y.StartCol)) < 0
}

// outputs computes the join, for the outputs of one template only when
// only is not nil (skipping the calls that cannot reach it). The values
// one call passes are followed together, in one walk of the templates.
func (j *join) outputs(only *jinja.Template) []TaintedOutput {
	if len(j.uses) == 0 {
		return nil
	}
	var names nameIndex
	if only != nil {
		names = newNameIndex(j.c.Templates.All())
	}
	type key struct {
		arg finding.Location
		o   *jinja.Output
	}
	seen := map[key]bool{}
	var out []TaintedOutput
	for _, call := range byCall(j.uses) {
		u := call[0]
		if only != nil && u.Template != "" && !names.mayReach([]string{u.Template}, only) {
			continue
		}
		rs, ok := j.sites.site(u)
		if !ok || only != nil && !names.mayReach(rs.names, only) {
			continue
		}
		byVar := map[string]taint.TemplateUse{}
		var vars []string
		for _, v := range call {
			byVar[v.Var] = v
			vars = append(vars, v.Var)
		}
		keep := func(r jinja.Reach) bool { _, bad := unsafeReach(r, byVar[r.Var].Classes); return bad }
		for _, sp := range j.sites.searchPaths(j.c.Flask, rs, u) {
			lookup := sp.lookup(j.c.Templates)
			root, name := firstFound(lookup, rs.names)
			if root == nil {
				continue
			}
			for _, r := range j.flow.Ask(jinja.Question{Root: root, Vars: vars, Lookup: lookup, Target: only, Keep: keep}) {
				v := byVar[r.Var]
				arg := rs.argOf(v.Var)
				if seen[key{arg, r.Output}] {
					continue
				}
				seen[key{arg, r.Output}] = true
				why, _ := unsafeReach(r, v.Classes)
				msg, trace := describe(v, arg, name, r, why)
				out = append(out, TaintedOutput{Arg: arg, Reach: r, Message: msg, Trace: trace})
			}
		}
	}
	slices.SortStableFunc(out, func(a, b TaintedOutput) int {
		x, y := a.Reach.Output.Loc, b.Reach.Output.Loc
		return cmp.Or(compareLoc(a.Arg, b.Arg), cmp.Compare(x.Path, y.Path), cmp.Compare(x.StartLine, y.StartLine),
			cmp.Compare(x.StartCol, y.StartCol))
	})
	return out
}

// byCall groups uses by render call, in order of first appearance.
func byCall(uses []taint.TemplateUse) [][]taint.TemplateUse {
	at := map[finding.Location]int{}
	var out [][]taint.TemplateUse
	for _, u := range uses {
		i, ok := at[u.Location]
		if !ok {
			i = len(out)
			at[u.Location] = i
			out = append(out, nil)
		}
		out[i] = append(out[i], u)
	}
	return out
}

func compareLoc(a, b finding.Location) int {
	return cmp.Or(cmp.Compare(a.Path, b.Path), cmp.Compare(a.StartLine, b.StartLine), cmp.Compare(a.StartCol, b.StartCol))
}

// firstFound returns the first template of a list that exists, as
// render_template does with a list of names, and the name it goes by.
func firstFound(lookup jinja.Lookup, names []string) (*jinja.Template, string) {
	for _, n := range names {
		if t := lookup(n); t != nil {
			return t, n
		}
	}
	return nil, ""
}

// describe words a tainted output like a flow: the source, the output and
// why it is unprotected; its trace is the engine's, then the argument,
// the hops through the templates and the output.
func describe(u taint.TemplateUse, arg finding.Location, name string, r jinja.Reach, why string) (string, []finding.Step) {
	src := u.Trace[0]
	where := fmt.Sprintf("line %d", src.Location.StartLine)
	if src.Location.Path != arg.Path {
		where = fmt.Sprintf("%s:%d", path.Base(src.Location.Path), src.Location.StartLine)
	}
	o := r.Output
	msg := fmt.Sprintf("%s (%s) reaches %s in %s:%d, %s", src.Note, where, show(o), r.Template.Path, o.Loc.StartLine, why)
	trace := slices.Clone(u.Trace)
	trace = append(trace, finding.Step{Location: arg, Note: "passed to " + name + " as " + u.Var})
	for _, h := range r.Hops {
		trace = append(trace, finding.Step{Location: h.Loc, Note: h.Note})
	}
	trace = append(trace, finding.Step{Location: o.Loc, Note: "reaches " + show(o)})
	return msg, trace
}

// nameIndex finds templates by any trailing part of their path, the
// names any search path could load them by, so that a template check can
// skip at once the renders that cannot reach its template.
type nameIndex map[string][]*jinja.Template

func newNameIndex(all []*jinja.Template) nameIndex {
	ix := nameIndex{}
	for _, t := range all {
		for p := t.Path; p != ""; {
			ix[p] = append(ix[p], t)
			_, rest, ok := strings.Cut(p, "/")
			if !ok {
				break
			}
			p = rest
		}
	}
	return ix
}

// mayReach reports whether rendering one of the named templates may write
// an output of target: target is among them, or among the templates they
// include or extend, by any folder. A computed include or extends name
// may lead anywhere.
func (ix nameIndex) mayReach(names []string, target *jinja.Template) bool {
	var queue []*jinja.Template
	for _, n := range names {
		queue = append(queue, ix[n]...)
	}
	seen := map[*jinja.Template]bool{}
	for len(queue) > 0 {
		t := queue[0]
		queue = queue[1:]
		if seen[t] {
			continue
		}
		seen[t] = true
		if t == target {
			return true
		}
		for _, b := range t.Blocks {
			if b.Kind != jinja.BlockInclude && b.Kind != jinja.BlockExtends {
				continue
			}
			if b.Name == "" {
				return true
			}
			queue = append(queue, ix[b.Name]...)
		}
	}
	return false
}

// coverage answers "does FG0604 report this output?" for one template,
// computing the join on the first question only: most templates have
// nothing to report and should not pay for it.
type coverage struct {
	c       *rule.Ctx
	t       *jinja.Template
	covered map[*jinja.Output]bool
}

func (cv *coverage) has(o *jinja.Output) bool {
	if cv.covered == nil {
		cv.covered = coveredOutputs(cv.c, cv.t)
	}
	return cv.covered[o]
}
