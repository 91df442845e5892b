package ruleutil

import (
	"cmp"
	"slices"
	"strconv"
	"strings"

	"github.com/flaskguard/flaskguard/internal/finding"
	"github.com/flaskguard/flaskguard/internal/flaskmodel"
	"github.com/flaskguard/flaskguard/internal/project"
	"github.com/flaskguard/flaskguard/internal/rules/rule"
)

// At writes a location as path:line, for messages that point elsewhere.
func At(l finding.Location) string { return l.Path + ":" + strconv.Itoa(l.StartLine) }

// Reporter reports at most one finding per location. Rules that walk the
// Flask model meet the same line more than once: a blueprint mounted
// twice, or two apps loading one config class.
type Reporter struct {
	c    *rule.Ctx
	seen map[string]bool
}

// NewReporter returns a Reporter for one run of a rule.
func NewReporter(c *rule.Ctx) *Reporter { return &Reporter{c: c, seen: map[string]bool{}} }

// Report reports a finding unless one was reported at loc already.
func (r *Reporter) Report(loc finding.Location, sev finding.Severity, msg string) {
	k := At(loc) + ":" + strconv.Itoa(loc.StartCol)
	if !r.seen[k] {
		r.seen[k] = true
		r.c.ReportAt(loc, sev, msg)
	}
}

// InEnvironment names the environment a finding is about, for messages,
// when the app distinguishes one: " in production", or the configuration
// not marked for development or tests; "" otherwise.
func InEnvironment(env flaskmodel.Environment) string {
	switch env {
	case flaskmodel.Production:
		return " in production"
	case flaskmodel.UnknownEnv:
		return " in the configuration that is not marked for development or tests"
	}
	return ""
}

// SortedModules returns the project's modules in path order, so that what
// a rule finds first does not depend on map order.
func SortedModules(p *project.Project) []*project.Module {
	out := make([]*project.Module, 0, len(p.Modules))
	for _, m := range p.Modules {
		out = append(out, m)
	}
	slices.SortFunc(out, func(a, b *project.Module) int { return cmp.Compare(a.File.Path, b.File.Path) })
	return out
}

// OpaqueHook reports whether an app-wide after-request hook may set
// response headers the model cannot read, so that a header missing from
// the model may still be sent.
func OpaqueHook(app *flaskmodel.App) bool {
	for _, h := range app.Hooks {
		if (h.Kind == flaskmodel.AfterRequest && h.Blueprint == nil || h.Kind == flaskmodel.AfterAppRequest) && flaskmodel.OpaqueHeaders(h) {
			return true
		}
	}
	return false
}

// RouteName describes a route for messages by its state-changing methods:
// "POST /login" for a GET and POST route, the rule alone when its methods
// are unknown or all safe. The safe methods are those of
// flaskmodel.Route.StateChanging.
func RouteName(r *flaskmodel.Route) string {
	var ms []string
	for _, m := range r.Methods {
		switch m {
		case "GET", "HEAD", "OPTIONS", "TRACE":
		default:
			ms = append(ms, m)
		}
	}
	if !r.MethodsKnown || len(ms) == 0 {
		return r.Rule
	}
	return strings.Join(ms, ",") + " " + r.Rule
}

// RouteExamples lists up to n route names, then "and N more".
func RouteExamples(rs []*flaskmodel.Route, n int) string {
	var names []string
	for i, r := range rs {
		if i == n {
			names = append(names, "and "+strconv.Itoa(len(rs)-n)+" more")
			break
		}
		names = append(names, RouteName(r))
	}
	return strings.Join(names, ", ")
}
