package taint

import (
	"strings"

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
