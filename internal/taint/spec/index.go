package spec

import (
	"strings"
	"sync"
)

// Index is a Spec compiled for lookups by callee path. It is read-only
// and safe for concurrent use.
type Index struct {
	spec *Spec

	sinks, sanitizers, clean, strs, noReturn, normalizers *Matcher
	urlParsers, templates, callSources, regex, identity   *Matcher
	decoders, templateCtors, environments                 *Matcher
	unsafeObjects, flagSetters, subscriptSinks            *Matcher
	sitePaths, urlJoins, parsers, macs, macDigests        *Matcher
	equals, jsonResponses                                 *Matcher

	// declSinks and declSanitizers match the declared entries (see
	// Declaration) among the sinks and sanitizers; declSinkAt and
	// declSanitizerAt map their indices back to those of the spec.
	declSinks, declSanitizers   *Matcher
	declSinkAt, declSanitizerAt []int

	sources    map[string]*Source
	stores     map[string]*Store
	charChecks map[string]Class
	mutators   map[string]bool
	safeConv   map[string]bool
	settings   map[string]bool
}

// Compile indexes the specification. Later changes to s are not seen.
func (s *Spec) Compile() *Index {
	pats := func(n int, get func(i int) string) *Matcher {
		out := make([]string, n)
		for i := range n {
			out[i] = get(i)
		}
		return NewMatcher(out)
	}
	ix := &Index{
		spec:           s,
		sinks:          pats(len(s.Sinks), func(i int) string { return s.Sinks[i].Callee }),
		sanitizers:     pats(len(s.Sanitizers), func(i int) string { return s.Sanitizers[i].Callee }),
		regex:          pats(len(s.Regex), func(i int) string { return s.Regex[i].Callee }),
		unsafeObjects:  pats(len(s.UnsafeObjects), func(i int) string { return s.UnsafeObjects[i].Callee }),
		flagSetters:    pats(len(s.FlagSetters), func(i int) string { return s.FlagSetters[i].Callee }),
		subscriptSinks: pats(len(s.SubscriptSinks), func(i int) string { return s.SubscriptSinks[i].Base }),
		clean:          NewMatcher(s.Clean),
		strs:           NewMatcher(s.Strings),
		noReturn:       NewMatcher(s.NoReturn),
		normalizers:    NewMatcher(s.Normalizers),
		urlParsers:     NewMatcher(s.URLParsers),
		templates:      NewMatcher(s.Templates),
		identity:       NewMatcher(s.Identity),
		decoders:       NewMatcher(s.Decoders),
		environments:   NewMatcher(s.Environments),
		templateCtors:  pats(len(s.TemplateCtors), func(i int) string { return s.TemplateCtors[i].Callee }),
		callSources:    pats(len(s.CallSources), func(i int) string { return s.CallSources[i].Callee }),
		sources:        map[string]*Source{},
		stores:         map[string]*Store{},
		charChecks:     map[string]Class{},
		mutators:       map[string]bool{},
		safeConv:       map[string]bool{},
		settings:       map[string]bool{},
		sitePaths:      NewMatcher(s.SitePaths),
		urlJoins:       NewMatcher(s.URLJoins),
		parsers:        pats(len(s.Parsers), func(i int) string { return s.Parsers[i].Callee }),
		macs:           pats(len(s.MACs), func(i int) string { return s.MACs[i].Callee }),
		equals:         NewMatcher(s.Equals),
		jsonResponses:  NewMatcher(s.JSONResponses),
	}
	var digests []string
	for _, m := range s.MACs {
		for _, d := range m.Digests {
			digests = append(digests, m.Callee+"()."+d)
		}
	}
	ix.macDigests = NewMatcher(digests)
	builtin := builtinCallees()
	ix.declSinks, ix.declSinkAt = declared(len(s.Sinks), func(i int) string { return s.Sinks[i].Callee }, builtin.sinks)
	ix.declSanitizers, ix.declSanitizerAt = declared(len(s.Sanitizers), func(i int) string { return s.Sanitizers[i].Callee }, builtin.sanitizers)
	for _, x := range s.Settings {
		ix.settings[x] = true
	}
	for i := range s.Sources {
		ix.sources[s.Sources[i].Object] = &s.Sources[i]
	}
	for i := range s.Stores {
		ix.stores[s.Stores[i].Object] = &s.Stores[i]
	}
	for _, c := range s.CharChecks {
		ix.charChecks[c.Method] |= c.Clears
	}
	for _, m := range s.Mutators {
		ix.mutators[m] = true
	}
	for _, c := range s.SafeURLConverters {
		ix.safeConv[c] = true
	}
	return ix
}

// Source returns the request object a qualified name denotes, or nil.
func (ix *Index) Source(q string) *Source { return ix.sources[q] }

// Store returns the key-value store an object origin is, or nil.
func (ix *Index) Store(obj string) *Store { return ix.stores[obj] }

// CallSourceNames lists the callees of the user-declared call sources.
func (ix *Index) CallSourceNames() []string {
	out := make([]string, len(ix.spec.CallSources))
	for i, c := range ix.spec.CallSources {
		out[i] = c.Callee
	}
	return out
}

// IsCallSource reports whether a call's result is a user-declared source.
// A path "*.name" is MayBeCallSource(name), the form callers used before
// it existed; new code should call MayBeCallSource.
func (ix *Index) IsCallSource(path string) bool {
	if name, ok := strings.CutPrefix(path, "*."); ok {
		return ix.MayBeCallSource(name)
	}
	return ix.callSources.Any(path)
}

// MayBeCallSource reports whether a call of a function or method named
// name may be a user-declared source, before its callee is known (the
// engine's search for the functions that read the request): whether the
// last part of a source's pattern matches name, whatever comes before it.
func (ix *Index) MayBeCallSource(name string) bool {
	for _, c := range ix.spec.CallSources {
		if Match(c.Callee[strings.LastIndexByte(c.Callee, '.')+1:], name) {
			return true
		}
	}
	return false
}

// CallSourceClasses returns the classes the result of a call carries as
// a user-declared source: the union over the sources it matches (All for
// one without a limit), None when it is not a source.
func (ix *Index) CallSourceClasses(path string) Class {
	var out Class
	ix.callSources.Each(path, func(i int) bool {
		c := ix.spec.CallSources[i].Classes
		if c == None {
			c = All
		}
		out |= c
		return true
	})
	return out
}

// Declaration is what the declared entries of the specification say of a
// callee path. Declared entries are those whose callees the built-in
// specification does not have: a configuration's [taint] entries (see
// User). Only they speak of functions defined in the scanned project,
// which the engine otherwise analyses from their code: a built-in pattern
// such as "*.execute" is about library objects and must not turn a
// project's own execute method into a sink.
type Declaration struct {
	// Sinks are the declared sinks the path matches.
	Sinks []*Sink
	// Source is what CallSourceClasses returns (the built-in specification
	// has no call sources, so every one is declared).
	Source Class
	// Clears are the classes the declared sanitizers it matches clear.
	Clears Class
}

// HasDeclarations reports whether the specification has declared entries,
// so that the engine can skip looking its project functions up.
func (ix *Index) HasDeclarations() bool {
	return len(ix.spec.CallSources) > 0 || len(ix.declSinkAt) > 0 || len(ix.declSanitizerAt) > 0
}

// Declaration returns what the declared entries say of a callee path.
func (ix *Index) Declaration(path string) Declaration {
	d := Declaration{Source: ix.CallSourceClasses(path)}
	ix.declSinks.Each(path, func(i int) bool {
		d.Sinks = append(d.Sinks, &ix.spec.Sinks[ix.declSinkAt[i]])
		return true
	})
	ix.declSanitizers.Each(path, func(i int) bool {
		// Entries with conditions or halves of pairs (ArgIs, Kw, Part),
		// which no configuration writes, are left out rather than
		// applied without their condition.
		if s := &ix.spec.Sanitizers[ix.declSanitizerAt[i]]; len(s.ArgIs) == 0 && s.Kw == "" && s.Part == 0 {
			d.Clears |= s.Clears
		}
		return true
	})
	return d
}

// builtinCallees are the callees of the built-in sinks and sanitizers:
// what tells declared entries from built-in ones (see Declaration). It
// goes by content, not by position in the merged lists, so that any Spec,
// whether Default extended by Merge or built by hand, is told apart alike.
var builtinCallees = sync.OnceValue(func() builtinSet {
	d := Default()
	out := builtinSet{sinks: map[string]bool{}, sanitizers: map[string]bool{}}
	for _, s := range d.Sinks {
		out.sinks[s.Callee] = true
	}
	for _, s := range d.Sanitizers {
		out.sanitizers[s.Callee] = true
	}
	return out
})

type builtinSet struct{ sinks, sanitizers map[string]bool }

// declared indexes the n entries (callee(i) of each) whose callees are
// not built in, with the positions of those entries.
func declared(n int, callee func(i int) string, builtin map[string]bool) (*Matcher, []int) {
	var pats []string
	var at []int
	for i := range n {
		if c := callee(i); !builtin[c] {
			pats = append(pats, c)
			at = append(at, i)
		}
	}
	return NewMatcher(pats), at
}

// Sinks returns the sinks a callee path matches.
func (ix *Index) Sinks(path string) []*Sink {
	var out []*Sink
	ix.sinks.Each(path, func(i int) bool { out = append(out, &ix.spec.Sinks[i]); return true })
	return out
}

// SubscriptSink returns the subscript sink for a base path, or nil.
func (ix *Index) SubscriptSink(base string) *SubscriptSink {
	var out *SubscriptSink
	ix.subscriptSinks.Each(base, func(i int) bool { out = &ix.spec.SubscriptSinks[i]; return false })
	return out
}

// SanitizerCall describes a call for Sanitizer: its first argument and
// its keyword (or positional) arguments that are constant strings.
type SanitizerCall struct {
	Arg0      string
	Arg0Known bool
	// Const returns the constant string passed as keyword kw or at
	// position pos (when pos > 0).
	Const func(kw string, pos int) (string, bool)
}

// Sanitizer returns what a call clears: classes cleared outright, the
// halves of sanitizer pairs it applies (see Sanitizer.Part), and the
// classes it protects only by quoting (see Sanitizer.Quotes), which are
// included in cleared too.
func (ix *Index) Sanitizer(path string, call SanitizerCall) (cleared Class, part uint8, quoting, encoding Class, found bool) {
	ix.sanitizers.Each(path, func(i int) bool {
		s := &ix.spec.Sanitizers[i]
		if len(s.ArgIs) > 0 && !(call.Arg0Known && containsString(s.ArgIs, call.Arg0)) {
			return true
		}
		if s.Kw != "" {
			v, ok := "", false
			if call.Const != nil {
				v, ok = call.Const(s.Kw, s.KwPos)
			}
			if !ok || !containsString(s.KwIs, v) {
				return true
			}
		}
		found = true
		if s.Part != 0 {
			part |= s.Part
			return true
		}
		cleared |= s.Clears
		if s.Quotes {
			quoting |= s.Clears
		}
		if s.Encodes {
			encoding |= s.Clears
		}
		return true
	})
	return cleared, part, quoting, encoding, found
}

// IsDecoder reports whether a call undoes a reversible encoding.
func (ix *Index) IsDecoder(path string) bool { return ix.decoders.Any(path) }

// IsEnvironment reports whether a call makes a template environment.
func (ix *Index) IsEnvironment(path string) bool { return ix.environments.Any(path) }

// TemplateCtor returns the template constructor a path names, or nil.
func (ix *Index) TemplateCtor(path string) *TemplateCtor {
	var out *TemplateCtor
	ix.templateCtors.Each(path, func(i int) bool { out = &ix.spec.TemplateCtors[i]; return false })
	return out
}

// IsIdentity reports whether a call returns its first argument itself.
func (ix *Index) IsIdentity(path string) bool { return ix.identity.Any(path) }

// PartClears is what the two halves of a sanitizer pair clear together.
func (ix *Index) PartClears(path string) Class {
	var out Class
	ix.sanitizers.Each(path, func(i int) bool {
		if s := &ix.spec.Sanitizers[i]; s.Part != 0 {
			out |= s.Clears
		}
		return true
	})
	return out
}

// IsClean reports whether a call's result never carries request data.
func (ix *Index) IsClean(path string) bool { return ix.clean.Any(path) }

// IsString reports whether a call returns a string made from its arguments.
func (ix *Index) IsString(path string) bool { return ix.strs.Any(path) }

// IsNoReturn reports whether a call never returns.
func (ix *Index) IsNoReturn(path string) bool { return ix.noReturn.Any(path) }

// IsNormalizer reports whether a call resolves a path.
func (ix *Index) IsNormalizer(path string) bool { return ix.normalizers.Any(path) }

// IsURLParser reports whether a call splits a URL into its parts.
func (ix *Index) IsURLParser(path string) bool { return ix.urlParsers.Any(path) }

// IsTemplate reports whether a call renders a named template.
func (ix *Index) IsTemplate(path string) bool { return ix.templates.Any(path) }

// Regex returns the regular-expression call a path names, or nil.
func (ix *Index) Regex(path string) *RegexCall {
	var out *RegexCall
	ix.regex.Each(path, func(i int) bool { out = &ix.spec.Regex[i]; return false })
	return out
}

// UnsafeObject returns the constructor entry for a path, or nil.
func (ix *Index) UnsafeObject(path string) *UnsafeObject {
	var out *UnsafeObject
	ix.unsafeObjects.Each(path, func(i int) bool { out = &ix.spec.UnsafeObjects[i]; return false })
	return out
}

// FlagSetter returns the flag-setting method entry for a path, or nil.
func (ix *Index) FlagSetter(path string) *FlagSetter {
	var out *FlagSetter
	ix.flagSetters.Each(path, func(i int) bool { out = &ix.spec.FlagSetters[i]; return false })
	return out
}

// CharCheck returns the classes a true str.<method>() proves safe.
func (ix *Index) CharCheck(method string) (Class, bool) {
	c, ok := ix.charChecks[method]
	return c, ok
}

// IsMutator reports whether a method name stores its arguments in the receiver.
func (ix *Index) IsMutator(method string) bool { return ix.mutators[method] }

// IsSafeConverter reports whether a URL converter validates its value.
func (ix *Index) IsSafeConverter(name string) bool { return ix.safeConv[name] }

// IsSafeYAMLLoader reports whether a PyYAML loader name (qualified or
// not) constructs only plain data.
func IsSafeYAMLLoader(name string) bool {
	name = name[strings.LastIndexByte(name, '.')+1:]
	switch name {
	case "SafeLoader", "CSafeLoader", "BaseLoader", "CBaseLoader":
		return true
	}
	return false
}

func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
