package taint

import (
	"github.com/flaskguard/flaskguard/internal/finding"
	"github.com/flaskguard/flaskguard/internal/python"
	"github.com/flaskguard/flaskguard/internal/taint/spec"
)

// trace is an immutable list of trace steps, newest first, so that values
// sharing a history share its nodes and adding a step costs one node.
type trace struct {
	step finding.Step
	prev *trace
	n    int
	// id identifies the node for memoisation keys: two calls with the
	// same argument taint but different histories are analysed apart so
	// that each keeps its own trace.
	id uint64
}

// steps returns the trace oldest first.
func (t *trace) steps() []finding.Step {
	if t == nil {
		return nil
	}
	out := make([]finding.Step, t.n)
	for i, cur := t.n-1, t; cur != nil && i >= 0; i, cur = i-1, cur.prev {
		out[i] = cur.step
	}
	return out
}

// source returns the first step, where the data entered.
func (t *trace) source() finding.Step {
	for t.prev != nil {
		t = t.prev
	}
	return t.step
}

// taint is what a value carries from the request: the classes it is still
// dangerous for and how it got here.
type taint struct {
	classes spec.Class
	tr      *trace
	// norm is true for a path that was normalised (realpath, resolve), so
	// that a startswith check against a base folder contains it.
	norm bool
	// parts are the halves of sanitizer pairs applied so far (see
	// spec.Sanitizer.Part) and the path checks passed (pathParts).
	parts uint8
	// quoted are classes cleared by a quoting sanitizer (shlex.quote),
	// which come back when the value is put inside quotes; encoded those
	// cleared by a reversible encoding (base64), which a decoder restores.
	quoted, encoded spec.Class
}

// The bits of taint.parts.
const (
	// crlfParts: both halves of the line-break pair were applied.
	crlfParts uint8 = 1 | 2
	// noDotDot: the value was checked not to contain "..".
	noDotDot uint8 = 4
	// notAbsolute: the value was checked not to start with a slash.
	notAbsolute uint8 = 8
	// pathParts: both path checks passed, so joining the value to a
	// base folder stays inside it.
	pathParts = noDotDot | notAbsolute
	// inspected: a validator inspected the value on its way to returning
	// (see frame.markChecked).
	inspected uint8 = 16
)

// withParts adds checks passed by a value; a path that passed both path
// checks is no longer a path traversal.
func (t taint) withParts(p uint8) taint {
	if !t.tainted() {
		return t
	}
	t.parts |= p
	if t.parts&pathParts == pathParts {
		t = t.clear(spec.Path)
	}
	return t
}

// decode undoes reversible encodings.
func (t taint) decode() taint {
	if t.encoded != spec.None && t.tr != nil {
		t.classes |= t.encoded
		t.encoded = spec.None
	}
	return t
}

// requote undoes quoting sanitizers when a value is put inside quotes.
func (t taint) requote() taint {
	if t.quoted != spec.None && t.tr != nil {
		t.classes |= t.quoted
		t.quoted = spec.None
	}
	return t
}

// tainted reports whether the value carries any request data.
func (t taint) tainted() bool { return t.classes != spec.None }

// union merges two taints: classes add up and the trace of the more
// dangerous side is kept.
func (t taint) union(o taint) taint {
	if !o.tainted() {
		if t.tainted() {
			t.norm = t.norm && o.norm
		}
		return t
	}
	if !t.tainted() {
		return o
	}
	out := t
	if popcount(o.classes) > popcount(t.classes) {
		out = o
	}
	out.classes = t.classes | o.classes
	out.norm = t.norm && o.norm
	out.parts = t.parts & o.parts
	out.quoted = t.quoted | o.quoted
	out.encoded = t.encoded | o.encoded
	return out
}

// clear removes classes from the taint.
func (t taint) clear(c spec.Class) taint {
	t.classes &^= c
	if !t.tainted() {
		return taint{}
	}
	return t
}

func popcount(c spec.Class) int {
	n := 0
	for ; c != 0; c &= c - 1 {
		n++
	}
	return n
}

// location converts a span of a module's file to a finding location.
func location(path string, s python.Span) finding.Location {
	return finding.Location{Path: path, StartLine: int(s.Start.Line), StartCol: int(s.Start.Col), EndLine: int(s.End.Line), EndCol: int(s.End.Col)}
}
