package flaskmodel

import (
	"strconv"
	"strings"

	"github.com/flaskguard/flaskguard/internal/csp"
	"github.com/flaskguard/flaskguard/internal/finding"
	"github.com/flaskguard/flaskguard/internal/project"
)

// ResponseHeader is a header an app adds to every response, and what adds
// it: a Flask-Talisman instance (with its defaults worked out) or an
// app-wide after-request hook.
type ResponseHeader struct {
	// Name is the canonical spelling ("X-Frame-Options") for the headers
	// in securityHeaders, the spelling written otherwise.
	Name string
	// Value is the header's value when Known. For a Talisman policy with
	// content_security_policy_nonce_in, the nonce Talisman adds on each
	// request is written 'nonce-{csp_nonce}'.
	Value string
	Known bool
	// Talisman or Hook is what sends the header.
	Talisman *Extension
	Hook     *Hook
	// Setting is the Talisman argument that decides the header, nil when
	// Talisman's default applies.
	Setting *Setting
	// Loc is the setting or hook line; for a Talisman default, where
	// Talisman is bound to the app.
	Loc finding.Location
}

// securityHeaders are the response headers that protect browsers, by
// lower-case name.
var securityHeaders = map[string]string{
	"content-security-policy":             "Content-Security-Policy",
	"content-security-policy-report-only": "Content-Security-Policy-Report-Only",
	"x-frame-options":                     "X-Frame-Options",
	"x-content-type-options":              "X-Content-Type-Options",
	"strict-transport-security":           "Strict-Transport-Security",
	"referrer-policy":                     "Referrer-Policy",
	"permissions-policy":                  "Permissions-Policy",
	"feature-policy":                      "Feature-Policy",
	"x-xss-protection":                    "X-XSS-Protection",
	"cross-origin-opener-policy":          "Cross-Origin-Opener-Policy",
	"cross-origin-embedder-policy":        "Cross-Origin-Embedder-Policy",
	"cross-origin-resource-policy":        "Cross-Origin-Resource-Policy",
}

// IsSecurityHeader reports whether a header name (any case) is one of the
// browser security headers: CSP, framing, MIME sniffing, HSTS, referrer,
// permissions and cross-origin isolation policies.
func IsSecurityHeader(name string) bool {
	_, ok := securityHeaders[strings.ToLower(name)]
	return ok
}

// CanonicalHeader returns the usual spelling of a security header name,
// or the name unchanged.
func CanonicalHeader(name string) string {
	if c, ok := securityHeaders[strings.ToLower(name)]; ok {
		return c
	}
	return name
}

// AppHeaders returns the headers an app sends on every response: those of
// each Flask-Talisman instance bound to it and those its app-wide
// after-request hooks set (after_request on the app, after_app_request on
// its blueprints). Hooks of single blueprints are left out: they cover
// only that blueprint's routes.
func (md *Model) AppHeaders(app *App) []ResponseHeader {
	var out []ResponseHeader
	for _, e := range app.Extensions {
		if e.Kind == ExtTalisman {
			out = append(out, TalismanHeaders(e)...)
		}
	}
	for _, h := range app.Hooks {
		if h.Kind != AfterRequest && h.Kind != AfterAppRequest || h.Blueprint != nil && h.Kind != AfterAppRequest {
			continue
		}
		for _, hd := range h.Headers {
			out = append(out, ResponseHeader{Name: CanonicalHeader(hd.Name), Value: hd.Value, Known: hd.Known, Hook: h, Loc: hd.Loc})
		}
	}
	return out
}

// talismanDefaultCSP is Flask-Talisman's content_security_policy default.
const talismanDefaultCSP = "default-src 'self'; object-src 'none'"

// TalismanNonce stands for the nonce Flask-Talisman generates per request.
const TalismanNonce = "'nonce-{csp_nonce}'"

// TalismanHeaders works out the headers a Flask-Talisman instance sends,
// from its settings and Flask-Talisman 1.1 defaults (FLASK-FACTS.md):
// X-Frame-Options SAMEORIGIN, HSTS for a year with includeSubDomains (on
// HTTPS requests), X-Content-Type-Options nosniff, a CSP of default-src
// 'self' and object-src 'none', Referrer-Policy
// strict-origin-when-cross-origin; X-XSS-Protection only when asked for.
// A setting switched off (None, False, "") drops its header. When the
// constructor takes **kwargs, headers whose settings are not spelled out
// are unknown.
func TalismanHeaders(e *Extension) []ResponseHeader {
	opaque := e.Call != nil && e.Call.HasStarArgs()
	at := e.InitLoc
	if at.Path == "" {
		at = e.Loc
	}
	var out []ResponseHeader
	add := func(name, value string, known bool, s *Setting) {
		h := ResponseHeader{Name: name, Value: value, Known: known && (s != nil || !opaque), Talisman: e, Setting: s, Loc: at}
		if s != nil {
			h.Loc = s.Loc
		}
		if !h.Known {
			h.Value = ""
		}
		out = append(out, h)
	}
	// on reads a switch: its value, whether it was given, whether known.
	on := func(name string, def bool) (bool, *Setting, bool) {
		s := e.Setting(name)
		if s == nil {
			return def, nil, true
		}
		if v, ok := Literal(s); ok {
			return v.Truthy(), s, true
		}
		return true, s, false
	}
	if s := e.Setting("frame_options"); s == nil {
		add("X-Frame-Options", "SAMEORIGIN", true, nil)
	} else if v, ok := Literal(s); !ok {
		add("X-Frame-Options", "", false, s)
	} else if v.Truthy() {
		val := strings.ToUpper(valueText(v))
		if val == "ALLOW-FROM" {
			from, ok := Literal(e.Setting("frame_options_allow_from"))
			val += " " + valueText(from)
			if !ok {
				val = "ALLOW-FROM"
			}
		}
		add("X-Frame-Options", val, true, s)
	}
	if v, s, known := on("strict_transport_security", true); v {
		add("Strict-Transport-Security", "", false, s)
		if known && (s != nil || !opaque) {
			out[len(out)-1].Value, out[len(out)-1].Known = talismanHSTS(e)
		}
	}
	if v, s, known := on("x_content_type_options", true); v {
		add("X-Content-Type-Options", "nosniff", known, s)
	}
	if v, s, known := on("x_xss_protection", false); v {
		add("X-XSS-Protection", "1; mode=block", known, s)
	}
	if s := e.Setting("referrer_policy"); s == nil {
		add("Referrer-Policy", "strict-origin-when-cross-origin", true, nil)
	} else if v, ok := Literal(s); !ok || v.Truthy() {
		add("Referrer-Policy", valueText(v), ok, s)
	}
	if policy, s, known, ok := talismanCSP(e); ok {
		name := "Content-Security-Policy"
		if v, _, _ := on("content_security_policy_report_only", false); v {
			name = "Content-Security-Policy-Report-Only"
		}
		add(name, policy, known, s)
	}
	return out
}

// talismanHSTS writes the Strict-Transport-Security value Talisman sends.
func talismanHSTS(e *Extension) (string, bool) {
	age := int64(31556926)
	if s := e.Setting("strict_transport_security_max_age"); s != nil {
		v, ok := Literal(s)
		if !ok || v.Kind != project.IntValue {
			return "", false
		}
		age = v.Int
	}
	val := "max-age=" + strconv.FormatInt(age, 10)
	for _, f := range []struct {
		name, text string
		def        bool
	}{{"strict_transport_security_include_subdomains", "; includeSubDomains", true}, {"strict_transport_security_preload", "; preload", false}} {
		on := f.def
		if s := e.Setting(f.name); s != nil {
			v, ok := Literal(s)
			if !ok {
				return "", false
			}
			on = v.Truthy()
		}
		if on {
			val += f.text
		}
	}
	return val, true
}

// talismanCSP works out the policy a Talisman instance sends: the default,
// a string, or a dict joined as Talisman joins it, with the nonce added
// to the directives of content_security_policy_nonce_in. ok is false when
// the policy is switched off.
func talismanCSP(e *Extension) (policy string, s *Setting, known, ok bool) {
	s = e.Setting("content_security_policy")
	switch {
	case s == nil:
		policy, known = talismanDefaultCSP, true
	case s.Dict != nil:
		if len(s.Dict) == 0 {
			return "", s, true, false
		}
		known = true
		var parts []string
		for _, kv := range s.Dict {
			known = known && kv.Known
			parts = append(parts, kv.Key+" "+kv.Value)
		}
		policy = strings.Join(parts, "; ")
	default:
		v, lit := Literal(s)
		if lit && !v.Truthy() {
			return "", s, true, false
		}
		policy, known = v.Str, lit && v.Kind == project.StringValue
	}
	if nonce := e.Setting("content_security_policy_nonce_in"); known && nonce != nil {
		if nonce.Items == nil {
			if v, lit := Literal(nonce); !lit || v.Truthy() {
				known = false
			}
		}
		p := csp.Parse(policy)
		for _, d := range nonce.Items {
			p.Add(d, TalismanNonce)
		}
		policy = p.String()
	}
	return policy, s, known, true
}

// Literal returns a setting's value when it is a constant written in the
// code. A value read from the environment with a literal default is not
// literal: the deployment decides it.
func Literal(s *Setting) (project.Value, bool) {
	if s == nil || !s.Known || s.Value.EnvFallback {
		return project.Value{}, false
	}
	return s.Value, true
}
