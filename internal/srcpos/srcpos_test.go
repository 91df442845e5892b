package srcpos

import (
	"testing"

	"github.com/flaskguard/flaskguard/internal/finding"
)

func TestPosAndLoc(t *testing.T) {
	ls := Index([]byte("ab\ncde\n\nf"))
	for _, c := range []struct{ off, line, col int }{
		{0, 1, 1}, {2, 1, 3}, {3, 2, 1}, {5, 2, 3}, {7, 3, 1}, {8, 4, 1}, {9, 4, 2},
	} {
		if l, col := ls.Pos(c.off); l != c.line || col != c.col {
			t.Errorf("Pos(%d) = %d:%d, want %d:%d", c.off, l, col, c.line, c.col)
		}
	}
	want := finding.Location{Path: "x", StartLine: 1, StartCol: 2, EndLine: 2, EndCol: 2}
	if got := ls.Loc("x", 1, 4); got != want {
		t.Errorf("Loc = %+v, want %+v", got, want)
	}
}
