package csp

import (
	"strings"

	"github.com/flaskguard/flaskguard/internal/finding"
)

// ProblemKind names a weakness Check finds in a policy.
type ProblemKind string

// The weaknesses. The first four make a policy unsafe: they let injected
// script run. The rest make it incomplete: a protection a CSP is expected
// to give is missing.
const (
	// UnsafeInline is 'unsafe-inline' for scripts with no nonce, hash or
	// 'strict-dynamic' beside it (any of which makes browsers ignore it).
	UnsafeInline ProblemKind = "unsafe-inline"
	// UnsafeEval is 'unsafe-eval' for scripts: eval() and new Function()
	// turn injected strings into code.
	UnsafeEval ProblemKind = "unsafe-eval"
	// WildcardSource is "*" (or a scheme with a "*" host) for scripts or
	// plugins: any host can serve them.
	WildcardSource ProblemKind = "wildcard-source"
	// SchemeSource is a bare scheme ("https:", "data:") for scripts or
	// plugins: any URL of that scheme is allowed.
	SchemeSource ProblemKind = "scheme-source"
	// NoScriptPolicy is a policy with neither script-src nor default-src:
	// it does not restrict scripts at all.
	NoScriptPolicy ProblemKind = "no-script-policy"
	// MissingObjectSrc is a policy with neither object-src nor
	// default-src: <object> and <embed> load plugins from anywhere.
	MissingObjectSrc ProblemKind = "missing-object-src"
	// MissingBaseURI is a nonce- or hash-based policy without base-uri:
	// an injected <base href> re-points the page's relative script URLs,
	// nonced ones included, at another host.
	MissingBaseURI ProblemKind = "missing-base-uri"
	// MissingFrameAncestors is a policy without frame-ancestors when no
	// X-Frame-Options header restricts framing either (frame-ancestors has
	// no fallback to default-src).
	MissingFrameAncestors ProblemKind = "missing-frame-ancestors"
)

// Unsafe reports whether the weakness lets injected script run, as
// opposed to leaving a protection out.
func (k ProblemKind) Unsafe() bool {
	switch k {
	case UnsafeInline, UnsafeEval, WildcardSource, SchemeSource:
		return true
	}
	return false
}

// Problem is one weakness of a policy.
type Problem struct {
	Kind ProblemKind
	// Directive is the directive at fault ("script-src", or "default-src"
	// when scripts fall back to it), or the one that is missing.
	Directive string
	// Source is the offending source expression, "" for a missing
	// directive.
	Source   string
	Severity finding.Severity
	// Message explains the weakness in one sentence, for reports.
	Message string
}

// Options describe how a policy is delivered, which changes what it must
// contain.
type Options struct {
	// FrameOptions is true when the same responses carry X-Frame-Options
	// DENY or SAMEORIGIN, which restricts framing without frame-ancestors.
	FrameOptions bool
	// Meta is true for a policy in a <meta http-equiv> element, where
	// browsers ignore frame-ancestors, so its absence is not a weakness
	// of the element.
	Meta bool
}

// riskySchemes are the scheme-sources that let an attacker supply script:
// data: inline, http: and https: from any host, blob: and filesystem: from
// objects the page's own script (or injected script) creates.
var riskySchemes = map[string]finding.Severity{
	"data:": finding.Medium, "http:": finding.Medium, "https:": finding.Medium,
	"blob:": finding.Low, "filesystem:": finding.Low,
}

// Check grades a policy and returns its weaknesses, script problems
// first, each directive's sources in the order written.
func Check(p Policy, opt Options) []Problem {
	var out []Problem
	script, hasScript := p.Effective("script-src")
	if !hasScript {
		out = append(out, Problem{Kind: NoScriptPolicy, Directive: "script-src", Severity: finding.Medium,
			Message: "the policy has neither script-src nor default-src, so it does not restrict scripts at all"})
	} else {
		out = append(out, scriptProblems(script)...)
	}
	object, hasObject := p.Effective("object-src")
	if !hasObject {
		out = append(out, Problem{Kind: MissingObjectSrc, Directive: "object-src", Severity: finding.Low,
			Message: "the policy has neither object-src nor default-src, so <object> and <embed> may load plugin content from any host; add object-src 'none'"})
	} else {
		out = append(out, objectProblems(object)...)
	}
	if hasScript && !p.Has("base-uri") && (script.hasKind(Nonce) || script.hasKind(Hash) || script.has("'strict-dynamic'")) {
		out = append(out, Problem{Kind: MissingBaseURI, Directive: "base-uri", Severity: finding.Low,
			Message: "the policy relies on nonces or hashes but has no base-uri, so an injected <base href> can point the page's relative script URLs at another host; add base-uri 'self' or 'none'"})
	}
	if !opt.Meta && !opt.FrameOptions && !p.Has("frame-ancestors") {
		out = append(out, Problem{Kind: MissingFrameAncestors, Directive: "frame-ancestors", Severity: finding.Low,
			Message: "the policy has no frame-ancestors (it does not fall back to default-src) and no X-Frame-Options restricts framing, so any site can frame the pages (clickjacking); add frame-ancestors 'self' or 'none'"})
	}
	return out
}

// where names the directive governing scripts or plugins for messages,
// saying so when it is default-src standing in.
func where(d Directive, kind string) string {
	if d.Name == "default-src" {
		return "default-src (which " + kind + " fall back to)"
	}
	return d.Name
}

// scriptProblems grades the directive that governs scripts.
func scriptProblems(d Directive) []Problem {
	var out []Problem
	w := where(d, "scripts")
	dynamic := d.has("'strict-dynamic'")
	pinned := dynamic || d.hasKind(Nonce) || d.hasKind(Hash)
	for _, s := range d.Sources {
		kind, v := Classify(s)
		switch {
		case kind == Keyword && v == "'unsafe-inline'" && !pinned:
			out = append(out, Problem{Kind: UnsafeInline, Directive: d.Name, Source: s, Severity: finding.Medium,
				Message: w + " allows 'unsafe-inline' without a nonce or hash, so injected inline <script> and on* handlers run: the CSP gives no XSS protection"})
		case kind == Keyword && v == "'unsafe-eval'":
			out = append(out, Problem{Kind: UnsafeEval, Directive: d.Name, Source: s, Severity: finding.Low,
				Message: w + " allows 'unsafe-eval', so eval(), new Function() and string timers turn injected text into code"})
		case dynamic:
			// 'strict-dynamic' makes browsers ignore host and scheme
			// sources for scripts: only nonced or hashed scripts load.
		case kind == Wildcard || kind == Host && wildHost(s):
			out = append(out, Problem{Kind: WildcardSource, Directive: d.Name, Source: s, Severity: finding.Medium,
				Message: w + " allows " + s + ", so scripts load from any host, including one the attacker controls"})
		case kind == Scheme:
			if sev, ok := riskySchemes[v]; ok {
				out = append(out, Problem{Kind: SchemeSource, Directive: d.Name, Source: s, Severity: sev,
					Message: w + " allows every " + v + " URL, so " + schemeEffect(v)})
			}
		}
	}
	return out
}

// schemeEffect says what allowing a scheme for scripts lets an attacker do.
func schemeEffect(scheme string) string {
	switch scheme {
	case "data:":
		return "an injected <script src=\"data:...\"> runs whatever it carries"
	case "blob:", "filesystem:":
		return "script built at run time from strings can be loaded as code"
	}
	return "scripts load from any host of that scheme, including one the attacker controls"
}

// objectProblems grades the directive that governs plugins.
func objectProblems(d Directive) []Problem {
	var out []Problem
	w := where(d, "plugins")
	for _, s := range d.Sources {
		kind, v := Classify(s)
		wild := kind == Wildcard || kind == Host && wildHost(s)
		_, risky := riskySchemes[v]
		if wild || kind == Scheme && risky {
			k := WildcardSource
			if !wild {
				k = SchemeSource
			}
			out = append(out, Problem{Kind: k, Directive: d.Name, Source: s, Severity: finding.Low,
				Message: w + " allows " + s + " for <object> and <embed>, so plugin content (which can run script) loads from anywhere; set object-src 'none'"})
		}
	}
	return out
}

// wildHost recognises a host-source whose host is "*" alone, with a
// scheme or port ("https://*", "*:443"), which matches every host.
func wildHost(s string) bool {
	if _, rest, ok := strings.Cut(s, "://"); ok {
		s = rest
	}
	host, _, _ := strings.Cut(s, "/")
	host, _, _ = strings.Cut(host, ":")
	return host == "*"
}

// Add appends a source to a directive, creating the directive at the end
// when the policy lacks it; Flask-Talisman adds its per-request nonce to
// the directives named in content_security_policy_nonce_in this way.
func (p *Policy) Add(name, source string) {
	for i := range p.Directives {
		if p.Directives[i].Name == name {
			p.Directives[i].Sources = append(p.Directives[i].Sources, source)
			return
		}
	}
	p.Directives = append(p.Directives, Directive{Name: name, Sources: []string{source}})
}
