package taint

import (
	"strings"

	"github.com/flaskguard/flaskguard/internal/finding"
	"github.com/flaskguard/flaskguard/internal/python"
	"github.com/flaskguard/flaskguard/internal/taint/spec"
)

// shells are programs that run their arguments as a command line.
func isShell(prog string) bool {
	prog = prog[strings.LastIndexAny(prog, `/\`)+1:]
	switch strings.TrimSuffix(strings.ToLower(prog), ".exe") {
	case "sh", "bash", "zsh", "dash", "ksh", "csh", "tcsh", "fish", "cmd", "powershell", "pwsh":
		return true
	}
	return false
}

// checkSink reports the tainted arguments a sink checks, when its
// condition holds.
func (f *frame) checkSink(s *spec.Sink, c *python.Call, path string, recv *Value, args []arg) {
	if f.quiet {
		return
	}
	label := f.label(c, s)
	loc := f.loc(c.Span())
	report := func(v Value) {
		if t := v.flat(); t.classes&s.Class != 0 {
			f.e.report(s.Class, t, loc, label)
		}
	}
	var checked []Value
	if s.AllArgs {
		for _, a := range args {
			checked = append(checked, a.v)
		}
	}
	for _, i := range s.Args {
		if i == spec.Receiver {
			if recv != nil {
				checked = append(checked, *recv)
			}
			continue
		}
		if a, ok := positional(args, i); ok {
			checked = append(checked, a.v)
		}
	}
	for _, kw := range s.Kwargs {
		if a, ok := keyword(args, kw); ok {
			checked = append(checked, a.v)
		}
	}
	for _, a := range args {
		if a.star != 0 && (len(s.Args) > 0 || len(s.Kwargs) > 0) {
			checked = append(checked, a.v) // *args may fill any position
		}
	}
	switch s.When {
	case spec.Shell:
		f.checkCommand(s, args, checked, report)
		return
	case spec.Program:
		for _, v := range checked {
			if v.k.text() && isShell(v.k.s) {
				for _, a := range args {
					report(a.v)
				}
				return
			}
			report(program(v))
		}
		return
	case spec.UnsafeYAML:
		if loader, ok := argValue(args, s.CondArg, s.CondKw); ok {
			name := loader.sym
			if name == "" && loader.k.kind == kStr {
				name = loader.k.s
			}
			if name == "" || spec.IsSafeYAMLLoader(name) {
				return
			}
		}
	case spec.UnsafeParser:
		parser, ok := Value{}, false
		if s.CondArg == spec.Receiver {
			if recv != nil {
				parser, ok = *recv, true
			}
		} else {
			parser, ok = argValue(args, s.CondArg, s.CondKw)
		}
		if !ok || !parser.unsafe {
			return
		}
	case spec.HTMLBody:
		for i, kw := range []string{"mimetype", "content_type"} {
			if v, ok := argValue(args, 3+i, kw); ok && v.k.kind != kNone {
				if !v.k.text() || !strings.Contains(strings.ToLower(v.k.s), "html") {
					return
				}
			}
		}
		for i, v := range checked {
			if v.sh != nil && v.sh.kind == shTuple && v.sh.exact && len(v.sh.elems) > 0 {
				checked[i] = v.sh.elems[0]
			}
		}
	case spec.StringArg:
		kept := checked[:0]
		for _, v := range checked {
			if v.str && v.obj == "" {
				kept = append(kept, v)
			}
		}
		checked = kept
	}
	for _, v := range checked {
		if s.Class == spec.Header {
			f.checkHeaderMap(v, loc, label, report)
			continue
		}
		report(v)
	}
}

// checkHeaderMap checks a header mapping: a Location header is a
// redirect target, every other name and value a header.
func (f *frame) checkHeaderMap(v Value, loc finding.Location, label string, report func(Value)) {
	if v.sh == nil || v.sh.kind != shDict {
		report(v)
		return
	}
	for _, e := range v.sh.keys {
		if e.k.kind == kStr && strings.EqualFold(e.k.s, "location") {
			if t := e.v.flat(); t.classes&spec.Redirect != 0 {
				f.e.report(spec.Redirect, t, loc, label)
			}
			continue
		}
		report(e.v)
	}
	report(derefOr(v.sh.rest))
	report(derefOr(v.sh.restKey))
}

// program is the part of a command that names the program: argv[0] of
// a list, or the whole string.
func program(v Value) Value {
	if sh := v.sh; sh != nil && seq(sh.kind) {
		if sh.exact {
			if len(sh.elems) == 0 {
				return clean()
			}
			return sh.elems[0]
		}
		return collapse(v)
	}
	return v
}

// checkCommand checks subprocess calls: with shell= true the whole
// command line; otherwise the program, or everything when the program is
// a shell given a command with -c.
func (f *frame) checkCommand(s *spec.Sink, args []arg, checked []Value, report func(Value)) {
	shell := false
	if v, ok := keyword(args, s.CondKw); ok {
		if truth, known := truthOf(v.v); !known || truth {
			shell = known || v.v.tainted()
		}
	}
	if exe, ok := keyword(args, "executable"); ok {
		report(exe.v)
	}
	for _, v := range checked {
		if shell {
			report(v)
			continue
		}
		prog := program(v)
		if prog.k.text() && isShell(prog.k.s) {
			report(v)
			continue
		}
		report(prog)
	}
}

// checkSubscriptSink checks `base[idx] = v` against the subscript sinks
// (session["k"] = v, resp.headers["X"] = v).
func (f *frame) checkSubscriptSink(t *python.Subscript, base, idx, v Value) {
	if f.quiet {
		return
	}
	ss := f.e.ix.SubscriptSink(pathOf(base))
	if ss == nil {
		return
	}
	loc := f.loc(t.Span())
	label := f.mod.File.Text(t.Value.Span()) + "[...]"
	class := ss.Class
	if ss.RedirectKey != "" && idx.k.kind == kStr && strings.EqualFold(idx.k.s, ss.RedirectKey) {
		class = spec.Redirect
	}
	for _, x := range []Value{idx, v} {
		if tt := x.flat(); tt.classes&class != 0 {
			f.e.report(class, tt, loc, label)
		}
	}
}

// checkViewReturn checks what a route view returns: a string (or the
// body of a (body, status, headers) tuple) is an HTML response; dicts
// and lists become JSON and are not. Headers returned in the tuple are
// header sinks.
func (f *frame) checkViewReturn(x *python.Return, v Value) {
	if f.quiet || x.Value == nil {
		return
	}
	loc := f.loc(x.Span())
	label := "the response of " + f.fn.Name + "()"
	body := v
	if sh := v.sh; sh != nil && sh.kind == shTuple && sh.exact && len(sh.elems) > 0 {
		body = sh.elems[0]
		for _, h := range sh.elems[1:] {
			if h.sh != nil && h.sh.kind == shDict {
				f.checkHeaderMap(h, loc, label, func(hv Value) {
					if t := hv.flat(); t.classes&spec.Header != 0 {
						f.e.report(spec.Header, t, loc, label)
					}
				})
			}
		}
	}
	if body.sh != nil || body.obj != "" && !body.str {
		return // JSON, or a response object checked where it was made
	}
	if t := body.t; t.classes&spec.HTML != 0 {
		f.e.report(spec.HTML, t, loc, label)
	}
}

// templateUse records tainted context values passed to a named template.
func (f *frame) templateUse(c *python.Call, args []arg) {
	if f.quiet {
		return
	}
	name := ""
	if a, ok := positional(args, 0); ok && a.v.k.kind == kStr {
		name = a.v.k.s
	}
	for _, a := range args {
		if a.name == "" && a.star == 0 {
			continue
		}
		if t := a.v.flat(); t.tainted() && t.tr != nil {
			f.e.templates = append(f.e.templates, TemplateUse{
				Template: name, Var: a.name, Location: f.loc(c.Span()), Classes: t.classes, Trace: t.tr.steps(),
			})
		}
	}
}

// setsFlag reports whether a flag-setting call turns the feature on.
func (f *frame) setsFlag(fs *spec.FlagSetter, args []arg) bool {
	feat, ok0 := positional(args, 0)
	on, ok1 := positional(args, 1)
	if !ok0 || !ok1 {
		return false
	}
	if truth, known := truthOf(on.v); !known || !truth {
		return false
	}
	name := feat.v.sym
	if feat.v.k.kind == kStr {
		name = feat.v.k.s
	}
	for _, want := range fs.Features {
		if name == want || strings.HasSuffix(name, "."+want) {
			return true
		}
	}
	return false
}

// label is how a message names a sink: the callee as written when it is
// a plain dotted name (os.system(), cursor.execute()), else its last part.
func (f *frame) label(c *python.Call, s *spec.Sink) string {
	if s.Label != "" {
		return s.Label
	}
	if d, ok := python.DottedName(c.Func); ok {
		return d + "()"
	}
	return lastName(c.Func) + "()"
}
