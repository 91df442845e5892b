package python

// slabSize is how many nodes of one type a slab allocates at once. Most
// files have hundreds of names, calls and strings; 64 keeps the unused
// tail of the last slab small while cutting allocations by that factor.
const slabSize = 64

// slab hands out pointers into chunks of T, so that the converter makes
// one allocation per slabSize nodes of its most common types instead of
// one per node. All nodes of a File share its lifetime, so keeping a
// chunk alive for any of its nodes costs little.
type slab[T any] struct{ free []T }

func (s *slab[T]) new() *T {
	if len(s.free) == 0 {
		s.free = make([]T, slabSize)
	}
	p := &s.free[0]
	s.free = s.free[1:]
	return p
}

// stack is a scratch stack for building slices whose length is not known
// until their children are converted. Nested conversions push above their
// caller's items and pop back, so one stack serves the whole file, and the
// result is copied out at its exact size.
type stack[T any] struct{ items []T }

func (s *stack[T]) mark() int { return len(s.items) }

func (s *stack[T]) push(v T) { s.items = append(s.items, v) }

// pop returns a copy of the items pushed since mark, or nil if none, and
// removes them from the stack.
func (s *stack[T]) pop(mark int) []T {
	if len(s.items) == mark {
		return nil
	}
	out := make([]T, len(s.items)-mark)
	copy(out, s.items[mark:])
	s.items = s.items[:mark]
	return out
}
