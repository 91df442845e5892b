package taint

import (
	"strings"

	"github.com/flaskguard/flaskguard/internal/python"
	"github.com/flaskguard/flaskguard/internal/taint/spec"
)

// requestMethod handles reads from request mappings by key:
// request.args.get("next"), .getlist, .pop, with type= conversions.
func (f *frame) requestMethod(c *python.Call, recv Value, m string, args []arg) (Value, bool) {
	if !strings.Contains(recv.obj, "request.") || !recv.t.tainted() {
		return Value{}, false
	}
	if i := strings.LastIndexByte(recv.obj, '.'); i > 0 {
		if src := f.e.ix.Source(recv.obj[:i]); src != nil && contains(src.DictMethods, m) {
			// A dict of the mapping's items: it prints as its repr.
			item := Value{t: recv.t, str: true}
			return Value{sh: &shape{kind: shDict, rest: &item, restKey: ptr(item)}}, true
		}
	}
	switch m {
	case "get", "getlist", "pop", "get_all", "getone":
	default:
		return Value{}, false
	}
	if t, ok := keyword(args, "type"); ok && f.isConverter(t.v) {
		return clean(), true
	}
	key, ok := positional(args, 0)
	if !ok {
		return Value{}, false
	}
	v, ok := f.requestItem(recv, key.v, c, "[%s]")
	if !ok {
		return Value{}, false
	}
	if m == "getlist" || m == "get_all" {
		// A list of the values (of uploaded files, for request.files).
		item := v
		v = Value{sh: summary(shList, item)}
	}
	return v, true
}

// isConverter reports whether a type= argument converts to a number,
// bool or UUID (int, float, uuid.UUID), or is a project function that
// validates the value.
func (f *frame) isConverter(v Value) bool {
	if v.sym != "" {
		if cleared, _, _, _, ok := f.e.ix.Sanitizer(strings.TrimPrefix(v.sym, "builtins."), spec.SanitizerCall{}); ok && cleared == spec.All {
			return true
		}
	}
	return false
}

// callSource is the result of a call of a user-declared source: request
// data of the classes the source declares (a helper that returns a header
// it checked to be a list of addresses can still forge a log line, but
// cannot carry a shell command).
func (f *frame) callSource(c *python.Call, path string) Value {
	tr := f.e.newTrace(stepAt(f.loc(c.Span()), path+"()"))
	return Value{t: taint{classes: f.e.ix.CallSourceClasses(path), tr: tr}, str: true}
}
