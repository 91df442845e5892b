package python

import (
	"slices"
	"testing"
)

// walkSrc puts a distinct name in every place Walk must reach.
const walkSrc = `@d1(d2)
def f(p: a1 = a2, *, q: a3) -> r1:
    with w1 as w2, w3:
        pass
    try:
        pass
    except t1 as e:
        h1
    match m1:
        case P1(x=c1) if g1:
            b1
    return [e1 for e2 in e3 if e4], f"{i1:{i2}}", lambda l1=l2: l3
class C(k1, metaclass=k2):
    x: an1 = v1
`

// TestWalkOrder checks that Walk visits every name, in source order.
func TestWalkOrder(t *testing.T) {
	f := mustParse(t, walkSrc)
	var names []string
	Walk(f.Module, func(n Node) bool {
		if x, ok := n.(*Name); ok {
			names = append(names, x.ID)
		}
		return true
	})
	want := []string{
		"d1", "d2", "a1", "a2", "a3", "r1", "w1", "w2", "w3", "t1", "h1", "m1", "P1", "c1", "g1", "b1",
		"e1", "e2", "e3", "e4", "i1", "i2", "l2", "l3", "k1", "k2", "x", "an1", "v1",
	}
	if !slices.Equal(names, want) {
		t.Errorf("names\n got %q\nwant %q", names, want)
	}
}

// TestWalkSkip checks that returning false skips a node's children and
// nothing else.
func TestWalkSkip(t *testing.T) {
	f := mustParse(t, "def f():\n    inner()\nouter()\n")
	var calls []string
	Walk(f.Module, func(n Node) bool {
		if c, ok := n.(*Call); ok {
			name, _ := DottedName(c.Func)
			calls = append(calls, name)
		}
		_, isFunc := n.(*FunctionDef)
		return !isFunc
	})
	if !slices.Equal(calls, []string{"outer"}) {
		t.Errorf("calls %q, want only outer", calls)
	}
	Walk(nil, func(Node) bool { t.Error("visited nil"); return true })
}

// TestWalkBadStmtBody checks that statements recovered inside an ERROR
// are walked.
func TestWalkBadStmtBody(t *testing.T) {
	f := mustParse(t, "x = (1,\ndef f(:\n    pass\napp.run(debug=True)\n")
	found := false
	Walk(f.Module, func(n Node) bool {
		if c, ok := n.(*Call); ok {
			if name, _ := DottedName(c.Func); name == "app.run" {
				found = IsTrue(mustKeyword(t, c, "debug"))
			}
		}
		return true
	})
	if !found {
		t.Errorf("app.run(debug=True) not reached in %s", dumpBody(f.Module.Body))
	}
}

// TestChildren checks direct children, including through Args, Params,
// Handlers and MatchCases.
func TestChildren(t *testing.T) {
	f := mustParse(t, "@dec\ndef f(a: int = 1) -> str:\n    pass\n")
	var kinds []string
	for _, c := range Children(f.Module.Body[0]) {
		kinds = append(kinds, dump(c))
	}
	if want := []string{"dec", "int", "1", "str", "pass"}; !slices.Equal(kinds, want) {
		t.Errorf("children %q, want %q", kinds, want)
	}
	if got := Children(&Name{ID: "x"}); len(got) != 0 {
		t.Errorf("Name has children %v", got)
	}
}

func mustKeyword(t *testing.T, c *Call, name string) Expr {
	t.Helper()
	v, ok := c.Keyword(name)
	if !ok {
		t.Fatalf("no keyword %s in %s", name, dump(c))
	}
	return v
}
