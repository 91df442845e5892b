package taint

import (
	"strings"

	"github.com/flaskguard/flaskguard/internal/taint/spec"
)

// Strings that start with a known kind of URL carry a marker in
// Value.aux, so that what is appended to them later, in one expression
// or several, is judged by the start of the whole string:
// url_for("search") + "?q=" + q is a URL of this site whatever q holds.
const (
	// auxSitePath: the string starts with a path of this site ("/search",
	// never "//"), or a URL on the host the browser asked for.
	auxSitePath = "prefix:site"
	// auxFixedHost: the string starts with a constant scheme and host.
	auxFixedHost = "prefix:host"
	// auxSiteRoot: the string is a path of this site that may be just
	// "/": appending "/evil.example" makes "//evil.example", a URL of
	// another site, so it fixes nothing until a character other than a
	// slash or backslash follows the slash.
	auxSiteRoot = "prefix:root"
)

// prefixOf is what the start of a string fixes for whatever is appended
// to it (see prefixClears), and whether the string may be the bare root
// path "/".
func prefixOf(v Value) (spec.Class, bool) {
	if v.k.text() {
		if v.k.s == "/" {
			return spec.None, true
		}
		return prefixClears(v.k.s), false
	}
	switch v.aux {
	case auxSitePath:
		return spec.Redirect, false
	case auxFixedHost:
		return spec.SSRF | spec.Redirect, false
	case auxSiteRoot:
		return spec.None, true
	}
	return spec.None, false
}

// appendClears is what l fixes in l + r, and whether l + r may still be
// the bare root path. A root path followed by text that starts with
// anything but a slash or backslash ("?q=", "#top", "search") is a path
// of the site.
func appendClears(l, r Value) (spec.Class, bool) {
	c, root := prefixOf(l)
	if !root {
		return c, false
	}
	if s, ok := startText(r); ok && s != "" {
		if s[0] != '/' && s[0] != '\\' {
			return spec.Redirect, false
		}
		return spec.None, false
	}
	return spec.None, r.k.text() && r.k.s == ""
}

// startText is constant text a string is known to start with: the
// string itself, or the constant left part of a concatenation.
func startText(v Value) (string, bool) {
	if v.k.text() {
		return v.k.s, true
	}
	if v.cat != nil && v.cat.left.k.text() {
		return v.cat.left.k.s, true
	}
	return "", false
}

// prefixMarker is the marker of a string whose start fixes c (or that
// may be the bare root path).
func prefixMarker(c spec.Class, root bool) string {
	switch {
	case root:
		return auxSiteRoot
	case c&spec.SSRF != 0:
		return auxFixedHost
	case c&spec.Redirect != 0:
		return auxSitePath
	}
	return ""
}

// sitePath is the marker of a url_for(...) result. With _external=True it
// is a full URL on the host the browser asked for, which keeps a
// redirect on the site (not an outgoing request: the client chose that
// Host header). Otherwise it is the path of the endpoint's rule, which is
// only a safe start when no rule of the endpoint builds "/" alone.
func (f *frame) sitePath(args []arg) string {
	if a, ok := keyword(args, "_external"); ok {
		if truth, known := truthOf(a.v); known && truth {
			return auxSitePath
		}
	}
	ep, ok := argValue(args, 0, "endpoint")
	if ok && ep.k.kind == kStr && !f.e.rootEndpoint(ep.k.s) {
		return auxSitePath
	}
	return auxSiteRoot
}

// rootEndpoint reports whether url_for(name) may build the path "/":
// some view the name can denote has a rule that may (see rootRule), or
// no view of the project has that endpoint (a class-based view, a route
// added in a way the engine does not read, Flask's own static route).
// Blueprint prefixes are not resolved: "admin.index" matches every view
// named index, which only makes the answer more cautious.
func (e *engine) rootEndpoint(name string) bool {
	if e.roots == nil {
		e.roots = map[string]bool{}
		for fn, info := range e.funcs {
			if !info.view {
				continue
			}
			for _, n := range append([]string{fn.Name}, info.endpoints...) {
				n = n[strings.LastIndexByte(n, '.')+1:]
				e.roots[n] = e.roots[n] || info.rootRule
			}
		}
	}
	if e.roots[""] {
		return true // a view whose endpoint name is computed may be any
	}
	root, found := e.roots[name[strings.LastIndexByte(name, '.')+1:]]
	return !found || root
}
