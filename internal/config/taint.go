package config

// The [taint] table: the project's own sources, sanitizers and sinks.
//
// config reads it into a spec.User. internal/taint/spec is a leaf package
// of plain data (it imports nothing of ours), so taking its class names
// and its User type gives the file, the engine and the messages one
// vocabulary without tying the configuration to the engine in
// internal/taint; turning a User into engine entries is the spec's
// business (spec.User.Entries), next to the built-in entries.

import (
	"slices"
	"strings"

	"github.com/flaskguard/flaskguard/internal/confsrc/tomlpos"
	"github.com/flaskguard/flaskguard/internal/taint/spec"
)

// taintKeys are the arrays of tables [taint] holds, one per kind of entry.
var taintKeys = []string{"source", "sanitizer", "sink"}

// entryKeys are the keys of each kind of entry.
var entryKeys = map[string][]string{
	"source":    {"function", "method", "classes"},
	"sanitizer": {"function", "method", "classes"},
	"sink":      {"function", "method", "classes", "args", "kwargs"},
}

// keySynonyms are other words people use for the keys of an entry, so
// that the error for one can say which key was meant.
var keySynonyms = map[string]string{
	"name": "function", "func": "function", "callee": "function", "fn": "function", "call": "function",
	"class": "classes", "kind": "classes", "clears": "classes", "rule": "classes", "rules": "classes",
	"arg": "args", "position": "args", "positions": "args", "argument": "args", "arguments": "args",
	"kwarg": "kwargs", "keyword": "kwargs", "keywords": "kwargs",
}

// taintEntry is one entry as read, before it is checked for completeness.
type taintEntry struct {
	decl       spec.Declared
	classes    spec.Class
	hasClasses bool
	args       []int
	kwargs     []string
}

// taint reads the [taint] table at path at into u.
func (p *parser) taint(u *spec.User, at string, v any) error {
	t, ok := v.(map[string]any)
	if !ok {
		return p.errorf(at, "taint must be a table ([taint]), not %s", typeName(v))
	}
	for _, kind := range p.keys(at, t) {
		kat := tomlpos.Join(at, kind)
		if !slices.Contains(taintKeys, kind) {
			return p.unknownKey(kat, kind, taintKeys)
		}
		entries, ok := tables(t[kind])
		if !ok {
			return p.errorf(kat, "taint.%s must be an array of tables ([[taint.%s]]), not %s", kind, kind, typeName(t[kind]))
		}
		for i, e := range entries {
			if err := p.taintEntry(u, kind, tomlpos.Elem(kat, i), e); err != nil {
				return err
			}
		}
	}
	return nil
}

// taintEntry reads one [[taint.<kind>]] entry at path at and adds it to u.
func (p *parser) taintEntry(u *spec.User, kind, at string, t map[string]any) error {
	known := entryKeys[kind]
	var e taintEntry
	for _, key := range p.keys(at, t) {
		kat := tomlpos.Join(at, key)
		what := "taint." + kind + "." + key
		var err error
		switch v := t[key]; {
		case !slices.Contains(known, key):
			return p.unknownEntryKey(kat, key, known)
		case key == "function" || key == "method":
			if e.decl.Name != "" {
				return p.errorf(kat, "taint.%s entry names both a function and a method: write one entry for each", kind)
			}
			e.decl.Method = key == "method"
			e.decl.Name, err = p.calleeName(kat, what, v, e.decl.Method)
		case key == "classes":
			e.classes, err = p.classes(kat, what, v, kind == "sink")
			e.hasClasses = true
		case key == "args":
			e.args, err = p.positions(kat, what, v)
		case key == "kwargs":
			e.kwargs, err = p.keywords(kat, what, v)
		}
		if err != nil {
			return err
		}
	}
	return p.addTaintEntry(u, kind, at, e)
}

// addTaintEntry checks that an entry says all its kind needs and adds it.
func (p *parser) addTaintEntry(u *spec.User, kind, at string, e taintEntry) error {
	if e.decl.Name == "" {
		return p.errorf(at, "taint.%s entry needs a function (such as \"myapp.http.param\") or a method (such as \"myapp.http.Request.get\")", kind)
	}
	switch kind {
	case "source":
		u.Sources = append(u.Sources, spec.UserSource{Declared: e.decl, Classes: e.classes})
	case "sanitizer":
		if !e.hasClasses {
			return p.errorf(at, "taint.sanitizer entry for %s needs classes: what it makes a value safe for, such as [\"html\"] (or [\"all\"])", e.decl.Name)
		}
		u.Sanitizers = append(u.Sanitizers, spec.UserSanitizer{Declared: e.decl, Clears: e.classes})
	case "sink":
		if !e.hasClasses {
			return p.errorf(at, "taint.sink entry for %s needs classes: what request data reaching it causes, such as [\"sql\"]", e.decl.Name)
		}
		if len(e.args) == 0 && len(e.kwargs) == 0 {
			return p.errorf(at, "taint.sink entry for %s needs args (the positions checked, 0 for the first argument) or kwargs (the keyword names checked)", e.decl.Name)
		}
		u.Sinks = append(u.Sinks, spec.UserSink{Declared: e.decl, Classes: e.classes, Args: e.args, Kwargs: e.kwargs})
	}
	return nil
}

// unknownEntryKey reports a key an entry does not have, naming the key
// meant when the user wrote a synonym ("class" for "classes").
func (p *parser) unknownEntryKey(at, key string, known []string) error {
	norm := strings.ReplaceAll(strings.ToLower(key), "_", "-")
	if k, ok := keySynonyms[norm]; ok && slices.Contains(known, k) {
		return p.errorf(at, "unknown key %q (did you mean %q?)", key, k)
	}
	return p.unknownKey(at, key, known)
}

// classes reads a class name or an array of them. A sink may not say
// "all": it would report one flow under every taint rule at once.
func (p *parser) classes(at, what string, v any, sink bool) (spec.Class, error) {
	names, err := p.oneOrMany(at, what, v, "a class name such as \"html\"")
	if err != nil {
		return spec.None, err
	}
	if len(names) == 0 {
		return spec.None, p.errorf(at, "%s is empty: name at least one class (%s)", what, classList())
	}
	var out spec.Class
	for i, n := range names {
		c, ok := spec.ParseClass(n)
		switch {
		case !ok:
			hint := ""
			if s, ok := spec.SuggestClass(n); ok {
				hint = " (did you mean \"" + s + "\"?)"
			}
			return spec.None, p.errorf(tomlpos.Elem(at, i), "%s: unknown class %q%s; the classes are %s", what, n, hint, classList())
		case c == spec.All && sink:
			return spec.None, p.errorf(tomlpos.Elem(at, i), "%s: a sink names the classes it is dangerous for; \"all\" would report each flow into it under every taint rule", what)
		}
		out |= c
	}
	return out, nil
}

// classList names the classes for messages.
func classList() string {
	return strings.Join(spec.ClassNames(), ", ") + ", or all"
}

// positions reads argument positions: an integer or an array of them.
func (p *parser) positions(at, what string, v any) ([]int, error) {
	list, ok := v.([]any)
	if !ok {
		list = []any{v}
	}
	out := make([]int, 0, len(list))
	for i, e := range list {
		n, ok := e.(int64)
		switch {
		case !ok:
			return nil, p.errorf(tomlpos.Elem(at, i), "%s must be argument positions such as [0], not %s", what, typeName(e))
		case n < 0 || n > 255:
			return nil, p.errorf(tomlpos.Elem(at, i), "%s: %d is not an argument position (0 is the first argument, after self for a method)", what, n)
		}
		out = append(out, int(n))
	}
	return out, nil
}

// keywords reads keyword argument names: a name or an array of them.
func (p *parser) keywords(at, what string, v any) ([]string, error) {
	names, err := p.oneOrMany(at, what, v, "a keyword argument name such as \"sql\"")
	if err != nil {
		return nil, err
	}
	for i, n := range names {
		if !isIdentifier(n) {
			return nil, p.errorf(tomlpos.Elem(at, i), "%s: %q is not a keyword argument name", what, n)
		}
	}
	return names, nil
}

// oneOrMany reads a string or an array of strings; want describes one.
func (p *parser) oneOrMany(at, what string, v any, want string) ([]string, error) {
	if s, ok := v.(string); ok {
		return []string{s}, nil
	}
	list, ok := v.([]any)
	if !ok {
		return nil, p.errorf(at, "%s must be %s or an array of them, not %s", what, want, typeName(v))
	}
	out := make([]string, 0, len(list))
	for i, e := range list {
		s, ok := e.(string)
		if !ok {
			return nil, p.errorf(tomlpos.Elem(at, i), "%s[%d] must be a string, not %s", what, i, typeName(e))
		}
		out = append(out, s)
	}
	return out, nil
}
