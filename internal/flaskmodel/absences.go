package flaskmodel

import (
	"bytes"

	"github.com/flaskguard/flaskguard/internal/finding"
	"github.com/flaskguard/flaskguard/internal/project"
	"github.com/flaskguard/flaskguard/internal/python"
)

// This file helps rules that judge what an app lacks (no security
// headers, no CSP, no monitoring) to judge only apps that serve requests
// and to stay silent where code they cannot follow may supply it.

// ServingApps returns the apps that serve requests and are not made only
// for development or tests: those with routes or registered blueprints,
// or every app when some routes could not be tied to an app. Rules about
// what an app's responses lack judge only these; a Flask object made to
// get an app context in a script serves nothing.
func (md *Model) ServingApps() []*App {
	unresolved := false
	for _, r := range md.Routes {
		unresolved = unresolved || r.App == nil
	}
	var out []*App
	for _, a := range md.Apps {
		if (unresolved || len(a.Routes) > 0 || len(a.Blueprints) > 0) && !md.DevOnly(a.Loc) {
			out = append(out, a)
		}
	}
	return out
}

// OpaqueHeaders reports whether an after-request hook may set headers the
// model cannot read: it passes the response to another function
// (secure_headers.framework.flask(response)), or writes headers with a
// computed name or from a dict that could not be resolved.
func OpaqueHeaders(h *Hook) bool {
	if h.Func == nil || len(h.Func.Params) == 0 {
		return false
	}
	resp := h.Func.Params[0].Name
	opaque := false
	for _, st := range h.Func.Body {
		python.Walk(st, func(n python.Node) bool {
			switch n := n.(type) {
			case *python.Call:
				for _, a := range n.Args {
					if id, ok := a.Value.(*python.Name); ok && id.ID == resp {
						opaque = true
					}
				}
				if fn, ok := n.Func.(*python.Attribute); ok && isHeaders(fn.Value) && (fn.Attr == "update" || fn.Attr == "extend") {
					for _, a := range n.Args {
						if _, ok := a.Value.(*python.Dict); !ok && a.Name == "" {
							opaque = true
						}
					}
				}
			case *python.Subscript:
				if _, ok := python.StringValue(n.Index); isHeaders(n.Value) && !ok {
					opaque = true
				}
			}
			return !opaque
		})
	}
	return opaque
}

// Mentions returns where a Python file of the project first spells one
// of the names, as a string or identifier, outside tests and
// development-only files and outside the modules that define
// after-request hooks the model has read (their headers, and the dicts of
// headers they apply, are in AppHeaders already). Rules that judge an
// absence use it to stay silent about code they cannot follow: a WSGI
// middleware, a Response subclass or a view that sets
// "Content-Security-Policy" itself.
func (md *Model) Mentions(names ...string) (finding.Location, bool) {
	for _, m := range modules(md.proj) {
		src := m.File.Source
		for _, name := range names {
			for from := 0; ; {
				i := bytes.Index(src[from:], []byte(name))
				if i < 0 {
					break
				}
				i += from
				from = i + len(name)
				line := bytes.Count(src[:i], []byte("\n")) + 1
				at := finding.Location{Path: m.File.Path, StartLine: line, StartCol: i - bytes.LastIndexByte(src[:i], '\n'), EndLine: line}
				if !md.hasHook(m) && !md.DevOnly(at) {
					return at, true
				}
			}
		}
	}
	return finding.Location{}, false
}

// hasHook reports whether a module defines an after-request hook the
// model recorded.
func (md *Model) hasHook(m *project.Module) bool {
	for _, h := range md.Hooks {
		if h.Module == m && (h.Kind == AfterRequest || h.Kind == AfterAppRequest) {
			return true
		}
	}
	return false
}
