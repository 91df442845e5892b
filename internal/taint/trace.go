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
	return finding.Location{Path: path, StartLine: s.Start.Line, StartCol: s.Start.Col, EndLine: s.End.Line, EndCol: s.End.Col}
}
