package taint

import "testing"

// A crash inside the analysis is contained: Result gives nil, Crash says
// why, and asking again neither re-runs nor panics.
func TestLazyContainsCrash(t *testing.T) {
	l := NewLazy(nil, nil) // no project: the engine dereferences nil
	for range 2 {
		if res := l.Result(); res != nil {
			t.Fatalf("Result() = %v, want nil after a crash", res)
		}
	}
	if l.Crash() == nil {
		t.Fatal("Crash() = nil, want the panic")
	}
}
