package project

import (
	"slices"
	"testing"

	"github.com/flaskguard/flaskguard/internal/python"
)

// ScopeAt finds, by binary search, the functions whose body holds a
// position; a walk that keeps the functions around each node finds the
// same ones. Every node of every block kind is checked, decorators,
// defaults and annotations (outer scope) included.
func TestScopeAtMatchesEnclosingFunctions(t *testing.T) {
	src := `import os

@app.route("/x", defaults={"v": (lambda: os.environ["V"])()})
def outer(a=f(1), *, b: int = g(2)) -> h(3):
    x = [y for y in a]

    class Inner(Base(4)):
        attr = k(5)

        @deco(6)
        def method(self, c=m(7)):
            if c:
                return n(8)
            elif c > 1:
                pass
            else:
                for i in c:
                    while i:
                        with ctx(9) as w:
                            try:
                                p(10)
                            except E as e:
                                q(11)
                            else:
                                r(12)
                            finally:
                                s(13)
                    else:
                        t(14)
            match c:
                case [u, *_] if u(15):
                    v(16)
                case _:
                    async def nested():
                        await w(17)
    return Inner


def empty(): ...


if __name__ == "__main__":
    outer(z(18))
`
	f, err := python.Parse("m.py", []byte(src))
	if err != nil || len(f.Errors) > 0 {
		t.Fatalf("parse: %v %v", err, f.Errors)
	}
	m := Build([]*python.File{f}).Module(f)
	// visit checks n and its descendants; scope holds the functions whose
	// body the walk is in.
	checked := 0
	var visit func(n python.Node, scope Scope)
	visit = func(n python.Node, scope Scope) {
		pos := n.Span().Start
		if got := m.ScopeAt(pos); !slices.Equal(got, scope) {
			t.Errorf("ScopeAt(%d:%d) = %v, want %v", pos.Line, pos.Col, names(got), names(scope))
		}
		checked++
		fn, isFunc := n.(*python.FunctionDef)
		python.Walk(n, func(c python.Node) bool {
			if c == n {
				return true
			}
			inner := scope
			if isFunc && len(fn.Body) > 0 && c.Span().Start.Offset >= fn.Body[0].Span().Start.Offset {
				inner = append(scope[:len(scope):len(scope)], fn)
			}
			visit(c, inner)
			return false
		})
	}
	visit(f.Module, nil)
	if checked < 100 {
		t.Fatalf("checked only %d nodes", checked)
	}
}

func names(s Scope) []string {
	var out []string
	for _, fn := range s {
		out = append(out, fn.Name)
	}
	return out
}
