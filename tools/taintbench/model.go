package main

import (
	"slices"
	"strings"
)

// The ingredients of a test case. Every case is one source, one
// propagation, one sanitizer (possibly "none") and one sink, rendered into
// a Flask view. Ground truth is computed from the ingredients' flags alone
// (see vulnerable), so a reader can audit a label by reading four table
// entries instead of reasoning about a generated file.
//
// Snippets are Python with four-space indentation relative to the view
// body. They use these placeholders:
//
//	@NAME@  the test name, e.g. BenchmarkTest00042
//	@IN@    the propagation's input: `param` in taint classes, the weak
//	        configuration value in configuration classes
//	@SAFE@  the clean value a propagation may pick instead of @IN@
//
// Compatibility: an ingredient can list, in Skip, class keys and tags
// (source tags and sink tags) it must not be combined with, and in Only the
// class keys it is limited to. Skips exist where Python semantics would make
// the label debatable (a transform that mangles the exploit but not in every
// case, an encoding that is harmless in one SQL context and not in another),
// so that the suite only contains cases whose truth is clear.

// class is one vulnerability category of the suite.
type class struct {
	Key  string
	CWE  int
	Name string
	// Config marks the classes whose truth comes from a configuration
	// choice (a hash algorithm, a random generator, a cookie flag) rather
	// than from untrusted data reaching a sink.
	Config bool
	// Weak and Strong are the Python expressions a selector propagation
	// chooses between in a configuration class.
	Weak, Strong string
}

// source reads request data into the variable `param`.
type source struct {
	Name, Doc string
	// Tainted is false for sources an attacker cannot steer to a harmful
	// value (an <int:n> URL part, a wrapper method returning a constant).
	Tainted bool
	Imports []string
	// Route is appended to the test's route, and Arg is the view's
	// parameter, for sources that are URL parts.
	Route, Arg string
	Code       string
	// Inject tells the ground-truth verifier how to deliver a payload.
	Inject string
	Tags   []string
	Skip   []string
	Only   []string
}

// prop computes `bar` from @IN@: the "bar = ..." part of an OWASP case.
type prop struct {
	Name, Doc string
	// Keeps is true when bar ends up holding @IN@ (or a value that still
	// carries all of it); false when bar is a constant or harmless.
	Keeps bool
	// Selector marks propagations after which bar is exactly @IN@ or
	// exactly @SAFE@; only those are usable in configuration classes.
	Selector bool
	// StringOnly selectors need @IN@ and @SAFE@ to be strings (they go
	// through configparser, str methods or equality tests).
	StringOnly bool
	// TaintOnly selectors produce their own constant instead of @SAFE@.
	TaintOnly bool
	// SafeLit is the Python literal used for @SAFE@ in taint classes.
	SafeLit string
	Imports []string
	Module  string
	Code    string
	Skip    []string
	Only    []string
}

// sanitizer transforms or guards `bar` between propagation and sink.
type sanitizer struct {
	Name, Doc string
	// Neutralises lists the classes for which this sanitizer makes any
	// value harmless. In every other class it is a wrong sanitizer and the
	// case stays vulnerable.
	Neutralises []string
	Imports     []string
	Module      string
	Code        string
	Skip        []string
	Only        []string
}

// sink uses `bar` (and sometimes `param`) in a class-specific way.
type sink struct {
	Name, Doc string
	Class     string
	// Safe sinks are harmless even with attacker data (parameter binding,
	// a fixed program with shell=False); in configuration classes, Safe
	// means the strong algorithm, generator or flag is used.
	Safe bool
	// Selected configuration sinks take their configuration from bar (the
	// selector's choice); the truth is then the propagation's Keeps.
	Selected bool
	Imports  []string
	Module   string
	Code     string
	// Returns is true when Code ends with its own return statement.
	Returns bool
	Tags    []string
	// Defeats names sanitizers that the sink's context undoes although
	// they neutralise the class elsewhere: shlex.quote inside a quoted
	// shell word closes the quote instead of protecting the value.
	Defeats []string
	// Requires is a source tag the sink depends on (FileStorage.save
	// needs the uploaded file the source read).
	Requires string
}

// testCase is one planned test.
type testCase struct {
	Num   int
	Class class
	Src   source
	Prop  prop
	San   sanitizer
	Sink  sink
	// Role is the schedule slot that produced the case, e.g. "safe-prop".
	Role string
}

// Name is the OWASP-style test name.
func (c testCase) Name() string { return benchName(c.Num) }

// vulnerable is the ground truth of a case, derived from its ingredients.
func (c testCase) vulnerable() bool {
	if c.Class.Config {
		if c.Sink.Selected {
			return c.Prop.Keeps
		}
		return !c.Sink.Safe
	}
	neutralised := slices.Contains(c.San.Neutralises, c.Class.Key) && !slices.Contains(c.Sink.Defeats, c.San.Name)
	return c.Src.Tainted && c.Prop.Keeps && !neutralised && !c.Sink.Safe
}

// tags are the labels a Skip entry can name: the class key and the tags of
// the source and sink.
func tags(cl class, src source, sk sink) []string {
	t := []string{cl.Key}
	t = append(t, src.Tags...)
	return append(t, sk.Tags...)
}

// allowed reports whether an ingredient with these Skip and Only lists may
// be used with the given tags.
func allowed(skip, only []string, key string, t []string) bool {
	if len(only) > 0 && !slices.Contains(only, key) {
		return false
	}
	for _, s := range skip {
		if slices.Contains(t, s) {
			return false
		}
	}
	return true
}

// sourceFits reports whether src can feed sk in class cl.
func sourceFits(cl class, src source, sk sink) bool {
	if sk.Requires != "" && !slices.Contains(src.Tags, sk.Requires) {
		return false
	}
	return allowed(src.Skip, src.Only, cl.Key, tags(cl, src, sk))
}

// propFits reports whether p can sit between src and sk in class cl.
func propFits(cl class, src source, p prop, sk sink) bool {
	if cl.Config && sk.Selected {
		if !p.Selector || p.StringOnly && !isStringLiteral(cl.Weak) || p.TaintOnly {
			return false
		}
	}
	return allowed(p.Skip, p.Only, cl.Key, tags(cl, src, sk))
}

// sanFits reports whether s can sit before sk in class cl.
func sanFits(cl class, src source, s sanitizer, sk sink) bool {
	if cl.Config {
		return s.Name == "none"
	}
	return allowed(s.Skip, s.Only, cl.Key, tags(cl, src, sk))
}

func isStringLiteral(expr string) bool { return strings.HasPrefix(expr, `"`) }
