// Package csp parses Content-Security-Policy values and grades them. It
// is shared by everything in flaskguard that meets a policy: the scan
// rules of practice 12 (policies written in Talisman settings, response
// hooks and <meta> tags), and later the live probe (policies read from
// response headers) and the guard (policies it is configured to send).
//
// Parsing follows CSP Level 3, "parse a serialized CSP": directives are
// separated by ';', a directive's name is its first token, lower-cased,
// and a name seen twice keeps its first occurrence, as browsers do. A
// header that carries several policies joined by ',' is split with
// ParseHeader; each policy is enforced on its own.
//
// Check grades a policy against what makes a CSP worth having: scripts
// restricted without 'unsafe-inline', 'unsafe-eval', wildcards or bare
// schemes; plugins off; <base> pinned where nonces are used; framing
// restricted. It knows the fallbacks browsers apply (script-src to
// default-src; object-src to default-src; base-uri and frame-ancestors to
// nothing) and the CSP2+ rules that make 'unsafe-inline' inert beside a
// nonce or hash and make host allow-lists inert beside 'strict-dynamic'.
package csp

import (
	"strings"
)

// Policy is one parsed Content-Security-Policy.
type Policy struct {
	// Directives are in the order written, without duplicates.
	Directives []Directive
}

// Directive is one directive: its lower-case name and its source
// expressions (or other values) as written.
type Directive struct {
	Name    string
	Sources []string
}

// Parse reads one serialized policy ("default-src 'self'; img-src *").
// It never fails: what a browser would ignore (empty directives, repeated
// names) is dropped the same way.
func Parse(s string) Policy {
	var p Policy
	seen := map[string]bool{}
	for part := range strings.SplitSeq(s, ";") {
		fields := strings.Fields(part)
		if len(fields) == 0 {
			continue
		}
		name := strings.ToLower(fields[0])
		if seen[name] || !validName(name) {
			continue
		}
		seen[name] = true
		p.Directives = append(p.Directives, Directive{Name: name, Sources: fields[1:]})
	}
	return p
}

// ParseHeader reads a header value that may hold several policies joined
// by ',' (as happens when a response carries the header twice). Every
// policy is enforced, so a resource must pass all of them.
func ParseHeader(s string) []Policy {
	var out []Policy
	for part := range strings.SplitSeq(s, ",") {
		if p := Parse(part); len(p.Directives) > 0 {
			out = append(out, p)
		}
	}
	return out
}

// validName reports whether a directive name has the grammar of one:
// ALPHA / DIGIT / "-".
func validName(name string) bool {
	for i := 0; i < len(name); i++ {
		c := name[i]
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-') {
			return false
		}
	}
	return name != ""
}

// Directive returns the directive with that name, as written.
func (p Policy) Directive(name string) (Directive, bool) {
	for _, d := range p.Directives {
		if d.Name == name {
			return d, true
		}
	}
	return Directive{}, false
}

// Has reports whether the policy has a directive.
func (p Policy) Has(name string) bool {
	_, ok := p.Directive(name)
	return ok
}

// fallbacks lists, for the fetch directives this package grades, the
// directives a browser consults when one is absent, nearest first
// (CSP3 §6.8.3 "Get the effective directive for request").
var fallbacks = map[string][]string{
	"script-src-elem": {"script-src", "default-src"},
	"script-src-attr": {"script-src", "default-src"},
	"script-src":      {"default-src"},
	"style-src":       {"default-src"},
	"object-src":      {"default-src"},
	"img-src":         {"default-src"},
	"connect-src":     {"default-src"},
	"frame-src":       {"child-src", "default-src"},
	"worker-src":      {"child-src", "script-src", "default-src"},
}

// Effective returns the directive that governs name: the directive itself
// or the one it falls back to. Directives without a fallback (base-uri,
// form-action, frame-ancestors) govern only themselves.
func (p Policy) Effective(name string) (Directive, bool) {
	if d, ok := p.Directive(name); ok {
		return d, true
	}
	for _, f := range fallbacks[name] {
		if d, ok := p.Directive(f); ok {
			return d, true
		}
	}
	return Directive{}, false
}

// String writes the policy back in canonical form.
func (p Policy) String() string {
	parts := make([]string, 0, len(p.Directives))
	for _, d := range p.Directives {
		parts = append(parts, strings.Join(append([]string{d.Name}, d.Sources...), " "))
	}
	return strings.Join(parts, "; ")
}

// SourceKind classifies a source expression.
type SourceKind int

// The kinds of source expression (CSP3 §2.3.1).
const (
	// Host is a host-source such as "cdn.example.com" or
	// "https://*.example.com:443/js/".
	Host SourceKind = iota
	// Wildcard is the host-source "*": any URL of a network scheme.
	Wildcard
	// Scheme is a scheme-source such as "https:" or "data:".
	Scheme
	// Keyword is a quoted keyword such as 'self' or 'unsafe-inline'.
	Keyword
	// Nonce is 'nonce-<base64>'.
	Nonce
	// Hash is 'sha256-<base64>', 'sha384-…' or 'sha512-…'.
	Hash
)

// Classify tells what kind of source expression s is. Keywords are
// compared case-insensitively, as browsers do; the value returned for a
// keyword is its lower-case form ("'self'").
func Classify(s string) (SourceKind, string) {
	lower := strings.ToLower(s)
	switch {
	case strings.HasPrefix(lower, "'nonce-"):
		return Nonce, s
	case strings.HasPrefix(lower, "'sha256-"), strings.HasPrefix(lower, "'sha384-"), strings.HasPrefix(lower, "'sha512-"):
		return Hash, s
	case strings.HasPrefix(lower, "'"):
		return Keyword, lower
	case s == "*":
		return Wildcard, s
	case isScheme(lower):
		return Scheme, lower
	}
	return Host, s
}

// isScheme recognises a scheme-source: a scheme and a colon, nothing else.
func isScheme(s string) bool {
	if len(s) < 2 || s[len(s)-1] != ':' || s[0] < 'a' || s[0] > 'z' {
		return false
	}
	for i := 1; i < len(s)-1; i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.') {
			return false
		}
	}
	return true
}

// has reports whether a directive lists a keyword ("'unsafe-inline'").
func (d Directive) has(keyword string) bool {
	for _, s := range d.Sources {
		if k, v := Classify(s); k == Keyword && v == keyword {
			return true
		}
	}
	return false
}

// hasKind reports whether a directive lists a source of a kind.
func (d Directive) hasKind(kind SourceKind) bool {
	for _, s := range d.Sources {
		if k, _ := Classify(s); k == kind {
			return true
		}
	}
	return false
}

// OnlyRestrictive reports whether the directive allows nothing beyond the
// page's own origin: only 'none' or 'self' (plus nonces and hashes, which
// name single scripts).
func (d Directive) OnlyRestrictive() bool {
	for _, s := range d.Sources {
		switch k, v := Classify(s); k {
		case Keyword:
			if v != "'none'" && v != "'self'" && v != "'report-sample'" {
				return false
			}
		case Nonce, Hash:
		default:
			return false
		}
	}
	return true
}
