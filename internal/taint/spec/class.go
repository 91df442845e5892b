// Package spec holds the taint specification of flaskguard as data: where
// request data enters a Flask program (sources), the library calls it must
// not reach unchecked (sinks, each bound to a class of vulnerability), and
// the calls and checks that make it safe for some classes (sanitizers). The
// engine in internal/taint interprets these tables and never names a
// library function in code, so adding a sink is adding a line here.
//
// A Spec is a plain value: Default returns a fresh one, and Merge adds
// entries before Compile indexes it for the engine. User.Spec does so with
// the sources, sanitizers and sinks a user declares in the configuration.
package spec

import "strings"

// Class is a set of sink classes: the kinds of vulnerability a tainted
// value can still cause. A value read from the request starts with All;
// a sanitizer clears the classes it protects against (html.escape clears
// HTML and nothing else: escaped text is still a dangerous path or URL).
type Class uint32

// The sink classes, one per taint rule.
const (
	// SQL is SQL injection (CWE-89).
	SQL Class = 1 << iota
	// Command is OS command injection (CWE-78).
	Command
	// Code is code injection through eval, exec and imports (CWE-94).
	Code
	// Template is server-side template injection (CWE-1336).
	Template
	// HTML is cross-site scripting through a response body (CWE-79).
	HTML
	// Path is path traversal (CWE-22).
	Path
	// Redirect is an open redirect (CWE-601).
	Redirect
	// Deserialize is unsafe deserialization (CWE-502).
	Deserialize
	// XML is XML external entity processing (CWE-611).
	XML
	// XPath is XPath injection (CWE-643).
	XPath
	// LDAP is LDAP injection (CWE-90).
	LDAP
	// SSRF is server-side request forgery (CWE-918).
	SSRF
	// Session is a trust boundary violation: request data stored in the
	// session (CWE-501).
	Session
	// Header is HTTP response header injection (CWE-113).
	Header
	// Log is log injection (CWE-117).
	Log

	classEnd
)

// All is every class: the taint of a value straight from the request.
const All = classEnd - 1

// None is the empty set: a clean value.
const None Class = 0

// classNames name the classes in bit order, for messages and tests.
func classNames() []string {
	return []string{"sql", "command", "code", "template", "html", "path", "redirect",
		"deserialize", "xml", "xpath", "ldap", "ssrf", "session", "header", "log"}
}

// String lists the classes of the set, such as "html|path", or "none".
func (c Class) String() string {
	if c == None {
		return "none"
	}
	if c == All {
		return "all"
	}
	var parts []string
	for i, n := range classNames() {
		if c&(1<<i) != 0 {
			parts = append(parts, n)
		}
	}
	return strings.Join(parts, "|")
}

// ParseClass reads one class name as String writes it ("sql", "html"),
// or "all"; configuration files name classes this way.
func ParseClass(name string) (Class, bool) {
	name = strings.ToLower(strings.TrimSpace(name))
	if name == "all" {
		return All, true
	}
	for i, n := range classNames() {
		if n == name {
			return 1 << i, true
		}
	}
	return None, false
}

// Classes lists the single classes of the set in bit order.
func (c Class) Classes() []Class {
	var out []Class
	for b := Class(1); b < classEnd; b <<= 1 {
		if c&b != 0 {
			out = append(out, b)
		}
	}
	return out
}
