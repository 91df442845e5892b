// Package csp holds the rules of practice 12, "Content Security Policy":
// no policy at all (FG1201), a policy that lets injected script run
// (FG1202), a policy that leaves out plugins, <base> or framing (FG1203),
// and a Flask-Talisman nonce that no template uses (FG1204).
//
// Policies come from three places: Flask-Talisman (its default, a string
// or a dict, with the per-request nonce added where
// content_security_policy_nonce_in asks), after-request hooks that set
// Content-Security-Policy, and <meta http-equiv="Content-Security-Policy">
// elements in templates. They are parsed and graded by internal/csp,
// which the live probe shares.
package csp

import (
	"regexp"
	"strings"

	policy "github.com/flaskguard/flaskguard/internal/csp"
	"github.com/flaskguard/flaskguard/internal/finding"
	"github.com/flaskguard/flaskguard/internal/flaskmodel"
	"github.com/flaskguard/flaskguard/internal/project"
	"github.com/flaskguard/flaskguard/internal/python"
	"github.com/flaskguard/flaskguard/internal/rules/rule"
)

const cspHeader = "Content-Security-Policy"

// source is one enforced policy found in the project.
type source struct {
	value string
	// what names where it comes from, for messages: "Talisman's CSP",
	// "the CSP set by after_request hook security_headers".
	what string
	at   finding.Location
	// setting is the Talisman content_security_policy argument, nil for
	// Talisman's default and for other sources.
	setting *flaskmodel.Setting
	opt     policy.Options
}

// sources lists the enforced, constant policies of the project, once per
// place they are written. Report-only policies are left out: FG1201
// reports that nothing is enforced.
func sources(c *rule.Ctx) []source {
	var out []source
	seen := map[finding.Location]bool{}
	add := func(s source) {
		if !seen[s.at] {
			seen[s.at] = true
			out = append(out, s)
		}
	}
	for _, e := range c.Flask.Extensions {
		if e.Kind != flaskmodel.ExtTalisman || e.App == nil || c.Flask.DevOnly(e.InitLoc) {
			continue
		}
		framed := framingHeader(c.Flask.AppHeaders(e.App))
		for _, h := range flaskmodel.TalismanHeaders(e) {
			if h.Name == cspHeader && h.Known {
				add(source{value: h.Value, what: "Talisman's CSP", at: h.Loc, setting: h.Setting, opt: policy.Options{FrameOptions: framed}})
			}
		}
	}
	for _, hk := range c.Flask.Hooks {
		if hk.Kind != flaskmodel.AfterRequest && hk.Kind != flaskmodel.AfterAppRequest || c.Flask.DevOnly(hk.Loc) {
			continue
		}
		framed := framingHeader(hookHeaders(hk))
		if hk.App != nil {
			framed = framed || framingHeader(c.Flask.AppHeaders(hk.App))
		}
		for _, h := range hk.Headers {
			if strings.EqualFold(h.Name, cspHeader) && h.Known {
				add(source{value: h.Value, what: "the CSP set by after_request hook " + hk.Name, at: h.Loc, opt: policy.Options{FrameOptions: framed}})
			}
		}
	}
	for _, m := range metaPolicies(c) {
		add(m)
	}
	return out
}

// hookHeaders converts a hook's headers for framingHeader.
func hookHeaders(hk *flaskmodel.Hook) []flaskmodel.ResponseHeader {
	var out []flaskmodel.ResponseHeader
	for _, h := range hk.Headers {
		out = append(out, flaskmodel.ResponseHeader{Name: flaskmodel.CanonicalHeader(h.Name), Value: h.Value, Known: h.Known})
	}
	return out
}

// framingHeader reports whether X-Frame-Options DENY or SAMEORIGIN is
// among the headers: framing is then restricted without frame-ancestors.
func framingHeader(hs []flaskmodel.ResponseHeader) bool {
	for _, h := range hs {
		if h.Name == "X-Frame-Options" && h.Known {
			switch strings.ToUpper(strings.TrimSpace(h.Value)) {
			case "DENY", "SAMEORIGIN":
				return true
			}
		}
	}
	return false
}

var (
	metaRE    = regexp.MustCompile(`(?is)<meta\b[^>]*\bhttp-equiv\s*=\s*["']?content-security-policy["']?[^>]*>`)
	contentRE = regexp.MustCompile(`(?is)\bcontent\s*=\s*(?:"([^"]*)"|'([^']*)')`)
)

// metaPolicies finds <meta http-equiv="Content-Security-Policy"> elements
// with a constant content attribute in the templates.
func metaPolicies(c *rule.Ctx) []source {
	var out []source
	for _, t := range c.Templates.All() {
		for _, loc := range metaRE.FindAllIndex(t.Source, -1) {
			tag := t.Source[loc[0]:loc[1]]
			m := contentRE.FindSubmatch(tag)
			if m == nil {
				continue
			}
			content := string(m[1]) + string(m[2])
			if strings.Contains(content, "{{") || strings.Contains(content, "{%") {
				continue
			}
			line := strings.Count(string(t.Source[:loc[0]]), "\n") + 1
			out = append(out, source{value: content, what: "the CSP <meta> element", opt: policy.Options{Meta: true},
				at: finding.Location{Path: t.Path, StartLine: line, StartCol: loc[0] - strings.LastIndexByte(string(t.Source[:loc[0]]), '\n'), EndLine: line}})
		}
	}
	return out
}

// problemAt is where to report a problem of a directive: the entry of a
// Talisman dict written in the code when it can be found, the policy's
// place otherwise.
func problemAt(c *rule.Ctx, s source, directive string) finding.Location {
	if s.setting == nil {
		return s.at
	}
	m := c.Project.ModuleAt(s.setting.Loc.Path)
	if m == nil {
		return s.at
	}
	e := s.setting.Expr
	scope := m.ScopeAt(e.Span().Start)
	for range 3 {
		id, ok := e.(*python.Name)
		if !ok {
			break
		}
		res, ok := c.Project.Lookup(m, scope, id.ID)
		if !ok || len(res.Bindings) != 1 {
			return s.at
		}
		b := res.Bindings[0]
		if b.Kind == project.BindImport {
			bm, bs := c.Project.ModuleBinding(b.Target)
			if len(bs) != 1 {
				return s.at
			}
			res.Module, res.Scope, b = bm, nil, bs[0]
		}
		if b.Value == nil {
			return s.at
		}
		m, scope, e = res.Module, res.Scope, b.Value
	}
	d, ok := e.(*python.Dict)
	if !ok {
		return s.at
	}
	for i, k := range d.Keys {
		if key, ok := python.StringValue(k); ok && strings.EqualFold(key, directive) {
			return c.LocationIn(m.File.Path, d.Values[i].Span())
		}
	}
	return s.at
}

// short writes a policy for messages, cut to a readable length.
func short(p string) string {
	const limit = 110
	if len(p) > limit {
		return p[:limit] + "…"
	}
	return p
}
