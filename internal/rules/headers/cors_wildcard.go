package headers

import (
	"strings"

	"github.com/flaskguard/flaskguard/internal/finding"
	"github.com/flaskguard/flaskguard/internal/flaskmodel"
	"github.com/flaskguard/flaskguard/internal/project"
	"github.com/flaskguard/flaskguard/internal/python"
	"github.com/flaskguard/flaskguard/internal/rules/rule"
)

// CORSWildcardWithCredentials flags CORS that lets any website make
// requests with the user's cookies and read the answers.
//
// # What it does
//
// Reports:
//
//   - Flask-CORS set up with supports_credentials=True (or
//     CORS_SUPPORTS_CREDENTIALS = True in the production configuration)
//     while the allowed origins are every origin: origins="*", ".*", or
//     not given at all (Flask-CORS's default is "*"), in CORS(app, ...),
//     cors.init_app(app, ...), the CORS_ORIGINS configuration key, a
//     resources={...} entry, or a @cross_origin(...) view decorator. With
//     credentials on, Flask-CORS answers a wildcard by echoing whatever
//     Origin the request carries, so every site is allowed;
//   - an after-request hook that copies the request's Origin header into
//     Access-Control-Allow-Origin and sends
//     Access-Control-Allow-Credentials: true, unless the copy is guarded
//     by an `if` that checks the origin against a list;
//   - (Info) a hook sending Access-Control-Allow-Origin: * with
//     Access-Control-Allow-Credentials: true: browsers reject the pair, so
//     it exposes nothing, but the usual "fix" is the echoing variant above.
//
// Severity is High when the production session cookie is
// SameSite=None (every browser then sends it cross-site), Medium
// otherwise. Set-ups only for development or tests are not judged;
// send_wildcard=True is not reported (Flask-CORS refuses to start with it
// and credentials).
//
// # Why is this bad
//
// CORS with credentials tells the browser that the listed origins may
// send the user's cookies and read the responses. Allowing every origin
// means a page on any website the user visits can call the API as the
// user and read their data, or take actions on their behalf and read CSRF
// tokens (CWE-942, permissive cross-domain policy with untrusted domains).
//
// # Example
//
//	from flask_cors import CORS
//
//	CORS(app, supports_credentials=True)
//
// # Use instead
//
// List the front-end origins that need credentials:
//
//	CORS(app, origins=["https://app.example.com"], supports_credentials=True)
//
// # References
//
//   - https://flask-cors.readthedocs.io/en/latest/api.html
//   - https://developer.mozilla.org/en-US/docs/Web/HTTP/CORS#requests_with_credentials
//   - https://portswigger.net/web-security/cors
//   - https://cwe.mitre.org/data/definitions/942.html
var CORSWildcardWithCredentials = rule.Rule{
	ID:           "FG0804",
	Name:         "cors-wildcard-with-credentials",
	Practice:     8,
	CWE:          942,
	Severity:     finding.Medium,
	Confidence:   finding.HighConfidence,
	Summary:      "CORS allows credentialed requests from any origin (Flask-CORS supports_credentials with origins \"*\", or the request Origin echoed back)",
	Fix:          "List the trusted origins explicitly (origins=[\"https://app.example.com\"]) when supports_credentials=True, and never echo the request Origin without checking it against that list.",
	CheckProject: checkCORS,
}

// corsQualified are the names of Flask-CORS's view decorator.
var corsQualified = map[string]bool{"flask_cors.cross_origin": true, "flask_cors.decorator.cross_origin": true}

func checkCORS(c *rule.Ctx) {
	if c.Flask == nil {
		return
	}
	seen := map[finding.Location]bool{}
	report := func(at finding.Location, app *flaskmodel.App, msg string) {
		if seen[at] || c.Flask.DevOnly(at) {
			return
		}
		seen[at] = true
		sev := finding.Medium
		if app != nil && sameSiteNone(c, app) {
			sev, msg = finding.High, msg+"; the session cookie is SameSite=None, so browsers send it on those requests"
		}
		c.ReportAt(at, sev, msg)
	}
	for _, e := range c.Flask.Extensions {
		if e.Kind != flaskmodel.ExtCORS || e.App == nil || c.Flask.DevOnly(e.InitLoc) || e.Call.HasStarArgs() {
			continue
		}
		cfg := c.Flask.EffectiveConfig(e.App, flaskmodel.Production)
		cred, credAt := corsCredentials(e.Setting("supports_credentials"), cfg)
		if !cred || truthy(e.Setting("send_wildcard")) {
			continue
		}
		if what, ok := wildcardOrigins(c, e, cfg); ok {
			report(credAt, e.App, "Flask-CORS allows credentialed requests from "+what+": with supports_credentials it echoes any request's Origin, so every website can send the user's cookies and read the responses")
		}
	}
	for _, r := range c.Flask.Routes {
		for _, d := range r.Decorators {
			call, ok := d.Expr.(*python.Call)
			if !ok || !corsQualified[d.Qualified] || call.HasStarArgs() {
				continue
			}
			if !constTruthy(c, d.Loc.Path, call, "supports_credentials") || constTruthy(c, d.Loc.Path, call, "send_wildcard") {
				continue
			}
			origins, given := call.Keyword("origins")
			if given && !wildcardExpr(c, d.Loc.Path, origins) {
				continue
			}
			report(d.Loc, r.App, "@cross_origin allows credentialed requests from any origin (origins "+originText(given)+"): Flask-CORS echoes the request's Origin, so every website can call "+r.Rule+" with the user's cookies and read the response")
		}
	}
	for _, h := range c.Flask.Hooks {
		if h.Kind == flaskmodel.AfterRequest || h.Kind == flaskmodel.AfterAppRequest {
			checkCORSHook(c, h, report)
		}
	}
}

// checkCORSHook looks at the CORS headers an after-request hook sets.
func checkCORSHook(c *rule.Ctx, h *flaskmodel.Hook, report func(finding.Location, *flaskmodel.App, string)) {
	var origin *flaskmodel.Header
	cred := false
	for i, hd := range h.Headers {
		switch strings.ToLower(hd.Name) {
		case "access-control-allow-origin":
			origin = &h.Headers[i]
		case "access-control-allow-credentials":
			cred = cred || hd.Known && strings.EqualFold(strings.TrimSpace(hd.Value), "true")
		}
	}
	if origin == nil || !cred || c.Flask.DevOnly(origin.Loc) {
		return
	}
	var app *flaskmodel.App
	if apps := hookApps(h); len(apps) > 0 {
		app = apps[0]
	}
	switch {
	case origin.Known && strings.TrimSpace(origin.Value) == "*":
		c.ReportAt(origin.Loc, finding.Info, "Access-Control-Allow-Origin: * with Access-Control-Allow-Credentials: true: browsers reject this pair for requests with cookies, so it only breaks them; "+
			"do not fix it by echoing the request's Origin, list the trusted origins instead")
	case !origin.Known && reflectsOrigin(h, origin.Value) && !guarded(h, origin.Loc):
		report(origin.Loc, app, "Access-Control-Allow-Origin copies the request's Origin ("+origin.Value+") with Access-Control-Allow-Credentials: true and no allow-list check, so every website can send the user's cookies and read the responses")
	}
}

// corsCredentials reads supports_credentials (or the config key) and
// where it is set.
func corsCredentials(s *flaskmodel.Setting, cfg map[string]*flaskmodel.ConfigEntry) (bool, finding.Location) {
	if s != nil {
		v, ok := flaskmodel.Literal(s)
		return ok && v.Truthy(), s.Loc
	}
	if e := cfg["CORS_SUPPORTS_CREDENTIALS"]; e != nil && e.Known && !e.Value.EnvFallback && e.Value.Truthy() {
		return true, e.Loc
	}
	return false, finding.Location{}
}

func truthy(s *flaskmodel.Setting) bool {
	v, ok := flaskmodel.Literal(s)
	return ok && v.Truthy()
}

// wildcardOrigins reports whether a Flask-CORS instance allows every
// origin, and says how for the message. Unknown origins are not wildcards.
func wildcardOrigins(c *rule.Ctx, e *flaskmodel.Extension, cfg map[string]*flaskmodel.ConfigEntry) (string, bool) {
	if s := e.Setting("resources"); s != nil {
		if what, ok := wildcardResource(c, s); ok {
			return what, true
		}
	}
	if s := e.Setting("origins"); s != nil {
		if s.Items != nil && anyWildcard(s.Items) {
			return "any origin (origins " + s.Text + ")", true
		}
		if v, ok := flaskmodel.Literal(s); ok && v.Kind == project.StringValue && isWildcard(v.Str) {
			return "any origin (origins " + s.Text + ")", true
		}
		return "", false
	}
	if en := cfg["CORS_ORIGINS"]; en != nil {
		if en.Known && en.Value.Kind == project.StringValue && isWildcard(en.Value.Str) {
			return "any origin (CORS_ORIGINS " + en.Text + ")", true
		}
		return "", false
	}
	return "any origin (origins not given: Flask-CORS defaults to \"*\")", true
}

// wildcardResource looks into resources={path: {"origins": ...}}.
func wildcardResource(c *rule.Ctx, s *flaskmodel.Setting) (string, bool) {
	d, ok := s.Expr.(*python.Dict)
	m := c.Project.ModuleAt(s.Loc.Path)
	if !ok || m == nil {
		return "", false
	}
	for _, v := range d.Values {
		opts, ok := v.(*python.Dict)
		if !ok {
			continue
		}
		for i, k := range opts.Keys {
			if name, ok := python.StringValue(k); ok && name == "origins" && wildcardExpr(c, s.Loc.Path, opts.Values[i]) {
				return "any origin (resources " + m.File.Text(opts.Values[i].Span()) + ")", true
			}
		}
	}
	return "", false
}

// wildcardExpr reports whether an origins expression is "*" or a list
// holding it.
func wildcardExpr(c *rule.Ctx, path string, e python.Expr) bool {
	m := c.Project.ModuleAt(path)
	if m == nil {
		return false
	}
	scope := m.ScopeAt(e.Span().Start)
	if v, ok := c.Project.ConstAt(m, e, scope); ok {
		return v.Kind == project.StringValue && isWildcard(v.Str) && !v.EnvFallback
	}
	var elts []python.Expr
	switch l := e.(type) {
	case *python.List:
		elts = l.Elts
	case *python.Tuple:
		elts = l.Elts
	}
	for _, el := range elts {
		if v, ok := c.Project.ConstAt(m, el, scope); ok && v.Kind == project.StringValue && isWildcard(v.Str) {
			return true
		}
	}
	return false
}

// constTruthy reports whether a call's keyword is a truthy constant.
func constTruthy(c *rule.Ctx, path string, call *python.Call, name string) bool {
	e, ok := call.Keyword(name)
	m := c.Project.ModuleAt(path)
	if !ok || m == nil {
		return false
	}
	v, ok := c.Project.ConstAt(m, e, m.ScopeAt(e.Span().Start))
	return ok && !v.EnvFallback && v.Truthy()
}

func originText(given bool) string {
	if given {
		return "\"*\""
	}
	return "not given, so \"*\""
}

func isWildcard(s string) bool {
	switch strings.TrimSpace(s) {
	case "*", ".*", "^.*$", ".+":
		return true
	}
	return false
}

func anyWildcard(items []string) bool {
	for _, s := range items {
		if isWildcard(s) {
			return true
		}
	}
	return false
}

// reflectsOrigin reports whether a header value expression (as written)
// is the request's Origin: request.headers.get("Origin"), request.origin,
// or a local variable assigned from one in the hook.
func reflectsOrigin(h *flaskmodel.Hook, text string) bool {
	fromRequest := func(t string) bool {
		t = strings.ToLower(t)
		return strings.Contains(t, "request") && strings.Contains(t, "origin")
	}
	if fromRequest(text) {
		return true
	}
	found := false
	for _, st := range h.Func.Body {
		python.Walk(st, func(n python.Node) bool {
			if a, ok := n.(*python.Assign); ok && a.Value != nil {
				for _, t := range a.Targets {
					if id, ok := t.(*python.Name); ok && id.ID == text && fromRequest(h.Module.File.Text(a.Value.Span())) {
						found = true
					}
				}
			}
			return !found
		})
	}
	return found
}

// guarded reports whether a line of a hook sits inside an `if` whose test
// checks the origin (if origin in ALLOWED_ORIGINS:).
func guarded(h *flaskmodel.Hook, at finding.Location) bool {
	found := false
	for _, st := range h.Func.Body {
		python.Walk(st, func(n python.Node) bool {
			iff, ok := n.(*python.If)
			if !ok {
				return !found
			}
			sp := iff.Span()
			test := strings.ToLower(h.Module.File.Text(iff.Test.Span()))
			if line := int32(at.StartLine); sp.Start.Line <= line && line <= sp.End.Line && iff.Test.Span().End.Line < line &&
				(strings.Contains(test, "origin") || strings.Contains(test, "allow")) {
				found = true
			}
			return !found
		})
	}
	return found
}
