package taint

import "github.com/flaskguard/flaskguard/internal/python"

// execWhile runs a while loop. While its condition folds to a constant
// (a counter compared with a bound, a flag the body clears), the loop runs
// pass by pass as Python would, so that `count = 0; while count < 3:
// x = f(); count += 1` leaves x as the last pass made it rather than the
// join of before and after; once the condition is not known, the passes
// left run to a fixpoint, where the condition refines the body's state and
// its negation the state after the loop.
func (f *frame) execWhile(x *python.While) {
	lc := &loopCtx{}
	var prev *state
	for pass := 0; ; pass++ {
		truth, known := truthOf(f.eval(x.Test))
		if f.st.dead {
			f.st = joinStates(f.st, lc.brk)
			return
		}
		if known && !truth {
			f.execBlock(x.Else)
			f.st = joinStates(f.st, lc.brk)
			return
		}
		// Passes are unrolled as long as the condition is known and the
		// state still changes (a loop that keeps its state, such as
		// `while True:` around unknown work, gains nothing from more),
		// up to the bound for-loops are unrolled to.
		if !known || pass == maxUnroll || prev != nil && sameState(prev, f.st) {
			f.whileFixpoint(x, truth, known)
			f.st = joinStates(f.st, lc.brk)
			if f.st == nil {
				f.st = deadState()
			}
			return
		}
		prev = f.st.clone()
		f.loops = append(f.loops, lc)
		f.execBlock(x.Body)
		f.loops = f.loops[:len(f.loops)-1]
		f.st = joinStates(f.st, lc.cont)
		lc.cont = nil
		if f.st == nil || f.st.dead {
			// Every path of the pass left the loop (break, return, raise).
			f.st = lc.brk
			if f.st == nil {
				f.st = deadState()
			}
			return
		}
	}
}

// whileFixpoint runs the rest of a while loop to a fixpoint from the
// current state, where the condition was just found true (known) or
// not known.
func (f *frame) whileFixpoint(x *python.While, truth, known bool) {
	// Only a literal condition (while True) keeps the loop going for
	// good; a condition true now may turn false later, but the body runs
	// at least once more.
	alwaysTrue, _ := python.Truthy(x.Test)
	f.loop(func() bool {
		if truth, ok := truthOf(f.eval(x.Test)); ok && !truth {
			return false
		}
		f.st = f.refine(f.st, x.Test, true)
		return true
	}, func() { f.execBlock(x.Body) }, x.Else, alwaysTrue, known && truth)
	if !alwaysTrue && !f.st.dead {
		f.st = f.refine(f.st, x.Test, false)
	}
}
