package taint

import (
	"strings"

	"github.com/flaskguard/flaskguard/internal/python"
	"github.com/flaskguard/flaskguard/internal/taint/spec"
)

// Containers print as their repr: str() of a list, tuple, set or dict
// writes each string item as a quoted literal with its line breaks
// escaped ("['a\\nb']"), and so do %s, {} and f-string fields, which call
// str(). A container's items are then no log or header injection, wherever
// the container is printed.

// reprClears is what printing a value as a repr makes safe.
const reprClears = spec.Log | spec.Header

// logContainer reports values that a log line prints as their repr,
// which escapes line breaks: containers, request mappings and uploaded
// file objects.
func logContainer(v Value) bool {
	if v.sh != nil {
		return true
	}
	if v.obj == spec.FileStorage || v.bytes {
		return true
	}
	return !v.str && strings.HasPrefix(v.obj, "flask.request.") && strings.Count(v.obj, ".") == 2
}

// printedTaint is the taint of str(v): the items of a list, tuple, set or
// dict, bytes and uploaded file objects print as their repr. The taint of
// the value itself stays, since a value the engine knows as a container
// on one path may be a string on another. Objects of project classes
// print with their own __str__, which may return their text as it is.
func printedTaint(v Value) taint {
	switch {
	case v.sh != nil && v.sh.kind != shObject:
		return v.t.union(v.flat().clear(reprClears))
	case v.sh == nil && (v.bytes || v.obj == spec.FileStorage):
		return v.t.clear(reprClears)
	}
	return v.flat()
}

// checkLog checks a log call: the message, and the arguments as the
// call's formatting writes them (%r and %d are safe, containers print as
// their repr, arguments beyond the message's fields are never written).
func (f *frame) checkLog(s *spec.Sink, c *python.Call, args []arg, report func(checked)) {
	var pos []arg
	for _, a := range args {
		if a.name == "" {
			pos = append(pos, a)
		}
	}
	var rest []arg
	var fields []fmtField
	parsed := false
	if s.CondArg == spec.NoMessage {
		rest = pos
	} else if s.CondArg < len(pos) {
		msg := pos[s.CondArg]
		if msg.star == 0 {
			if !logContainer(msg.v) {
				// A container as the message is written as str(msg): its repr.
				report(checked{v: msg.v, at: msg.expr})
			}
			rest = pos[s.CondArg+1:]
			if msg.v.k.text() {
				if s.When == spec.LogBrace {
					fields, parsed = braceFields(msg.v.k.s)
				} else {
					fields, parsed = percentFields(msg.v.k.s)
				}
			}
		}
	}
	for i, a := range rest {
		if a.star != 0 {
			report(checked{v: a.v, at: a.expr})
			continue
		}
		if parsed && len(fields) > 0 && fields[0].name != "" && s.When == spec.LogFormat && a.v.sh != nil && a.v.sh.kind == shDict {
			// %(name)s fields read a mapping passed as the only argument.
			for _, fl := range fields {
				if !fl.escapes() {
					report(checked{v: f.getItem(a.v, constValue(strConst(fl.name)), a.expr), at: a.expr})
				}
			}
			continue
		}
		if parsed && s.When == spec.LogFormat {
			if i >= len(fields) || fields[i].escapes() {
				continue
			}
		}
		if parsed && s.When == spec.LogBrace && i < len(fields) && fields[i].escapes() {
			continue
		}
		if logContainer(a.v) {
			continue
		}
		report(checked{v: a.v, at: a.expr})
	}
	if s.When == spec.LogBrace {
		for _, a := range args {
			if a.name != "" && (!parsed || fieldNamed(fields, a.name)) && !logContainer(a.v) {
				report(checked{v: a.v, at: a.expr})
			}
		}
	}
}
