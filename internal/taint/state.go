package taint

// state maps the variables of a frame to their values at one program
// point. Attribute chains on globals (g.user) are variables too, named by
// their dotted path. A dead state is a point no execution reaches (after
// return, raise or abort()).
type state struct {
	vars map[string]Value
	dead bool
}

func newState() *state { return &state{vars: map[string]Value{}} }

func deadState() *state { return &state{vars: map[string]Value{}, dead: true} }

// clone copies the state so that a branch can change it.
func (s *state) clone() *state {
	out := &state{vars: make(map[string]Value, len(s.vars)), dead: s.dead}
	for k, v := range s.vars {
		out.vars[k] = v
	}
	return out
}

// joinStates merges two states at a control-flow merge. A dead side
// contributes nothing; a variable bound on one side only keeps its value,
// since on the other path reading it would fail.
func joinStates(a, b *state) *state {
	switch {
	case a == nil || a.dead:
		if b == nil {
			return a
		}
		return b
	case b == nil || b.dead:
		return a
	}
	out := &state{vars: make(map[string]Value, len(a.vars))}
	for k, v := range a.vars {
		if w, ok := b.vars[k]; ok {
			v = join(v, w)
		}
		out.vars[k] = v
	}
	for k, w := range b.vars {
		if _, ok := a.vars[k]; !ok {
			out.vars[k] = w
		}
	}
	return out
}

// sameState reports whether two states agree on everything but traces.
func sameState(a, b *state) bool {
	if a.dead != b.dead || len(a.vars) != len(b.vars) {
		return false
	}
	for k, v := range a.vars {
		w, ok := b.vars[k]
		if !ok || !same(v, w) {
			return false
		}
	}
	return true
}

// widenState widens the variables whose values still change between
// two passes of a loop.
func widenState(prev, next *state) *state {
	out := next.clone()
	for k, v := range next.vars {
		if w, ok := prev.vars[k]; !ok || !same(v, w) {
			out.vars[k] = widen(join(v, w))
		}
	}
	return out
}
