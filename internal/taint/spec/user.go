package spec

import "strings"

// User holds the taint entries a project declares in its configuration
// (the [taint] table of .flaskguard.toml): its own request helpers,
// sanitizers and sinks, named the way Python code names them. They extend
// the built-in specification and never replace or remove an entry of it.
// internal/config fills a User from the file; Spec turns it into what the
// engine reads.
type User struct {
	Sources    []UserSource
	Sanitizers []UserSanitizer
	Sinks      []UserSink
}

// Declared names a function or a method as a user wrote it.
type Declared struct {
	// Name is a dotted qualified name, as the function is imported:
	// "myapp.http.param" matches param() after `from myapp.http import
	// param`, http.param() after `from myapp import http` and any other
	// alias. A '*' matches any run of characters ("*.raw_query").
	Name string
	// Method marks Name as "module.Class.method": the method matches when
	// it is called on an instance of the class (Class().method(), or
	// obj.method() after obj = Class()) and when it is called on the
	// class itself (Class.method(), a class or static method).
	Method bool
}

// UserSource is a call whose result the client controls.
type UserSource struct {
	Declared
	// Classes limits the classes the result can cause; None means All.
	Classes Class
}

// UserSanitizer is a call whose result is safe for Clears; the other
// classes of its argument flow through it.
type UserSanitizer struct {
	Declared
	Clears Class
}

// UserSink is a call whose checked arguments must not carry request data
// of Classes. Each class is reported by its own rule (sql by FG0701...).
type UserSink struct {
	Declared
	Classes Class
	// Args are the positions checked, 0 for the first argument (after
	// self for a method); Kwargs the keyword names checked.
	Args   []int
	Kwargs []string
}

// Empty reports whether u declares nothing.
func (u User) Empty() bool {
	return len(u.Sources) == 0 && len(u.Sanitizers) == 0 && len(u.Sinks) == 0
}

// Spec returns the built-in specification extended with u's entries:
// what a scan hands to the taint engine.
func (u User) Spec() *Spec {
	s := Default()
	s.Merge(u.Entries())
	return s
}

// Entries returns u's entries as a Spec of their own, for Merge.
func (u User) Entries() *Spec {
	s := &Spec{}
	for _, src := range u.Sources {
		for _, p := range src.Patterns() {
			s.CallSources = append(s.CallSources, CallSource{Callee: p, Classes: src.Classes})
		}
	}
	for _, san := range u.Sanitizers {
		for _, p := range san.Patterns() {
			s.Sanitizers = append(s.Sanitizers, Sanitizer{Callee: p, Clears: san.Clears})
		}
	}
	for _, sk := range u.Sinks {
		// One sink per class: the engine records and reports each flow
		// under the single class of the sink it reached.
		for _, c := range sk.Classes.Classes() {
			for _, p := range sk.Patterns() {
				s.Sinks = append(s.Sinks, Sink{Callee: p, Class: c, Args: sk.Args, Kwargs: sk.Kwargs, Label: sk.label()})
			}
		}
	}
	return s
}

// Patterns returns the callee patterns (see Spec) that d stands for. A
// method of a class becomes two: "m.Class().method" for calls on an
// instance (the engine names a receiver by the call that made it) and
// "m.Class.method" for calls on the class. A class part that is already
// a pattern ("*.method", "m.make_client().send") is left as written.
func (d Declared) Patterns() []string {
	dot := strings.LastIndexByte(d.Name, '.')
	if !d.Method || dot < 0 {
		return []string{d.Name}
	}
	class, method := d.Name[:dot], d.Name[dot+1:]
	if strings.HasSuffix(class, "*") || strings.HasSuffix(class, ")") {
		return []string{d.Name}
	}
	return []string{class + "()." + method, d.Name}
}

// label is how findings name a declared sink: by the name the user gave
// it, which says more than the alias a call site happens to use. A name
// with a '*' would read badly; the callee as written serves instead.
func (d Declared) label() string {
	if strings.Contains(d.Name, "*") {
		return ""
	}
	return d.Name + "()"
}
