package taint

import (
	"slices"
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

// checked is an argument a sink looks at, and where it is.
type checked struct {
	v  Value
	at python.Node
	// name: the argument becomes a name at the sink (see spec.Sink.NameArgs).
	name bool
}

// checkSink reports the tainted arguments a sink checks, when its
// condition holds.
func (f *frame) checkSink(s *spec.Sink, c *python.Call, recv *Value, recvExpr python.Expr, args []arg) {
	if f.quiet {
		return
	}
	label := f.label(c, s)
	key := f.loc(c.Span())
	f.e.recordSink(s.Class, key)
	report := func(x checked) {
		if t := x.v.flat(); t.classes&s.Class != 0 {
			f.e.report(s.Class, t, f.loc(x.at.Span()), key, label, x.name)
		}
	}
	node := func(a arg) python.Node {
		if a.expr != nil {
			return a.expr
		}
		return c
	}
	var list []checked
	for _, i := range s.Args {
		if i == spec.Receiver {
			if recv != nil && recvExpr != nil {
				list = append(list, checked{v: *recv, at: recvExpr})
			}
			continue
		}
		if a, ok := positional(args, i); ok {
			list = append(list, checked{v: a.v, at: node(a), name: slices.Contains(s.NameArgs, i)})
		}
	}
	for _, kw := range s.Kwargs {
		if a, ok := keyword(args, kw); ok {
			list = append(list, checked{v: a.v, at: node(a), name: slices.Contains(s.NameKwargs, kw)})
		}
	}
	for _, a := range args {
		if a.star != 0 && (s.AllArgs || len(s.Args) > 0 || len(s.Kwargs) > 0) || s.AllArgs && a.star == 0 {
			// *args may fill any position, names among them.
			list = append(list, checked{v: a.v, at: node(a), name: a.star != 0 && len(s.NameArgs) > 0})
		}
	}
	switch s.When {
	case spec.Shell:
		f.checkCommand(s, c, args, list, report)
		return
	case spec.Program:
		for _, x := range list {
			if x.v.k.text() && isShell(x.v.k.s) {
				for _, a := range args {
					report(checked{v: a.v, at: node(a)})
				}
				return
			}
			report(checked{v: program(x.v), at: x.at})
		}
		return
	case spec.LogFormat, spec.LogBrace:
		f.checkLog(s, c, args, report)
		return
	case spec.SafeContext:
		src, ok := argValue(args, s.CondArg, s.CondKw)
		if !ok || !src.k.text() {
			return
		}
		for _, a := range args {
			if a.name != "" && printedRaw(src.k.s, true, a.name) {
				report(checked{v: a.v, at: node(a)})
			}
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
		for i, x := range list {
			if sh := x.v.sh; sh != nil && sh.kind == shTuple && sh.exact && len(sh.elems) > 0 {
				list[i].v = sh.elems[0]
			}
		}
		if anyTainted(list, s.Class) && f.inertResponse(s, c, recv, recvExpr, args) {
			return
		}
	case spec.StringArg:
		kept := list[:0]
		for _, x := range list {
			if x.v.str && x.v.obj == "" {
				kept = append(kept, x)
			}
		}
		list = kept
	}
	for _, x := range list {
		if s.Class == spec.Header {
			f.checkHeaderMap(x, key, label, report)
			continue
		}
		report(x)
	}
}

// checkHeaderMap checks a header mapping: a Location header is a
// redirect target, every other name and value a header.
func (f *frame) checkHeaderMap(x checked, key finding.Location, label string, report func(checked)) {
	v := x.v
	if v.sh == nil || v.sh.kind != shDict {
		report(x)
		return
	}
	for _, e := range v.sh.keys {
		if e.k.kind == kStr && strings.EqualFold(e.k.s, "location") {
			if t := e.v.flat(); t.classes&spec.Redirect != 0 {
				f.e.report(spec.Redirect, t, f.loc(x.at.Span()), key, label, false)
			}
			continue
		}
		report(checked{v: e.v, at: x.at})
	}
	report(checked{v: derefOr(v.sh.rest), at: x.at})
	report(checked{v: derefOr(v.sh.restKey), at: x.at, name: true})
}

// anyTainted reports whether a checked argument carries a class.
func anyTainted(list []checked, class spec.Class) bool {
	for _, x := range list {
		if x.v.flat().classes&class != 0 {
			return true
		}
	}
	return false
}

// program is the part of a command that names the program: argv[0] of
// a list, or the whole string. A list that is not exact may still know
// its first items (a display or a concatenation that starts with them);
// every operation that could move them drops them.
func program(v Value) Value {
	if sh := v.sh; sh != nil && seq(sh.kind) {
		if sh.exact {
			if len(sh.elems) == 0 {
				return clean()
			}
			return sh.elems[0]
		}
		if len(sh.elems) > 0 {
			// The known head of a list whose tail is unknown.
			return sh.elems[0]
		}
		return collapse(v)
	}
	return v
}

// checkCommand checks subprocess calls: with shell= true the whole
// command line; otherwise the program, or everything when the program is
// a shell given a command with -c.
func (f *frame) checkCommand(s *spec.Sink, c *python.Call, args []arg, list []checked, report func(checked)) {
	shell := false
	if v, ok := keyword(args, s.CondKw); ok {
		if truth, known := truthOf(v.v); !known || truth {
			shell = known || v.v.tainted()
		}
	}
	if exe, ok := keyword(args, "executable"); ok {
		report(checked{v: exe.v, at: exe.expr})
	}
	for _, x := range list {
		if shell {
			report(x)
			continue
		}
		prog := program(x.v)
		if prog.k.text() && isShell(prog.k.s) {
			report(x)
			continue
		}
		report(checked{v: prog, at: x.at})
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
	f.e.recordSink(class, loc)
	if ss.RedirectKey != "" && idx.k.kind == kStr && strings.EqualFold(idx.k.s, ss.RedirectKey) {
		class = spec.Redirect
	}
	for i, x := range []Value{idx, v} {
		if tt := x.flat(); tt.classes&class != 0 {
			f.e.report(class, tt, loc, loc, label, i == 0)
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
	loc := f.loc(x.Value.Span())
	label := "the response of " + f.fn.Name + "()"
	body := v
	if sh := v.sh; sh != nil && sh.kind == shTuple && sh.exact && len(sh.elems) > 0 {
		body = sh.elems[0]
		for _, h := range sh.elems[1:] {
			if h.sh != nil && h.sh.kind == shDict {
				f.checkHeaderMap(checked{v: h, at: x.Value}, loc, label, func(hv checked) {
					if t := hv.v.flat(); t.classes&spec.Header != 0 {
						f.e.report(spec.Header, t, loc, loc, label, hv.name)
					}
				})
			}
		}
	}
	if body.sh != nil {
		return // a dict or list becomes JSON
	}
	if sh := v.sh; sh != nil && sh.kind == shTuple && sh.exact && inertHeaders(sh.elems[1:]) {
		return // (body, status, {"Content-Type": "text/plain"})
	}
	if body.str || body.k.text() || body.t.tainted() {
		f.e.recordSink(spec.HTML, loc)
	}
	if t := body.t; t.classes&spec.HTML != 0 {
		f.e.report(spec.HTML, t, loc, loc, label, false)
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
