package jinja

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

// state is one way a name holds the value: how it is escaped so far and
// how it got there.
type state struct {
	// origin is the context variable the value came in as.
	origin                    string
	markup, safe, json, plain bool
	filters                   []string
	hops                      []Hop
}

// env maps the names that hold the value to the ways they hold it.
// It is copied on write: a scope that ends just drops its copy.
type env map[string][]state

// bind returns the env with a name bound to the given states, or unbound
// (holding none of the values) when there are none.
func (e env) bind(name string, sts []state) env {
	out := maps.Clone(e)
	if len(sts) == 0 {
		delete(out, name)
		return out
	}
	out[name] = sts[:min(len(sts), maxStates)]
	return out
}

// hop adds a hop to every way every name holds the value.
func (e env) hop(h Hop) env {
	out := make(env, len(e))
	for name, sts := range e {
		out[name] = make([]state, len(sts))
		for i, s := range sts {
			s.hops = append(slices.Clip(s.hops), h)
			out[name][i] = s
		}
	}
	return out
}

// withoutLayoutHops drops the hops to a layout.
func (e env) withoutLayoutHops() env {
	out := make(env, len(e))
	for name, sts := range e {
		out[name] = make([]state, len(sts))
		for i, s := range sts {
			s.hops = slices.DeleteFunc(slices.Clone(s.hops), func(h Hop) bool { return h.layout })
			out[name][i] = s
		}
	}
	return out
}

// signature describes the env without its hops: which names hold the
// value, and how escaped.
func (e env) signature() string {
	names := slices.Sorted(maps.Keys(e))
	var b strings.Builder
	for _, name := range names {
		b.WriteString(name)
		for _, s := range e[name] {
			fmt.Fprintf(&b, "|%s%t%t%t%t%s", s.origin, s.markup, s.safe, s.json, s.plain, strings.Join(s.filters, ","))
		}
		b.WriteByte(';')
	}
	return b.String()
}

// merge is the env after one of several branches ran: a name holds the
// value if it does in any branch.
func merge(envs []env) env {
	out := env{}
	for _, e := range envs {
		for name, sts := range e {
			for _, s := range sts {
				if len(out[name]) < maxStates {
					out[name] = append(out[name], s)
				}
			}
		}
	}
	return out
}

// override is a child template's {% block %}, which replaces its
// parent's block of the same name.
type override struct {
	tr *tree
	n  *node
}

// withHop adds a hop to every state.
func withHop(sts []state, tr *tree, n *node, note string) []state {
	for i := range sts {
		sts[i].hops = append(slices.Clip(sts[i].hops), Hop{Loc: tr.loc(n.start, n.end), Note: note})
	}
	return sts
}
