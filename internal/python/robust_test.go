package python

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"
)

// TestDeepNesting checks that pathological nesting neither crashes nor
// recurses without bound: parentheses vanish, and anything nested past
// maxDepth becomes a BadExpr with one syntax error.
func TestDeepNesting(t *testing.T) {
	const n = 10000
	t.Run("parentheses", func(t *testing.T) {
		f := mustParse(t, "x = "+strings.Repeat("(", n)+"1"+strings.Repeat(")", n)+"\n")
		if got := dumpBody(f.Module.Body); got != "(= x 1)" || len(f.Errors) != 0 {
			t.Errorf("got %s, errors %v", got, f.Errors)
		}
	})
	t.Run("lists", func(t *testing.T) {
		f := mustParse(t, "x = "+strings.Repeat("[", n)+strings.Repeat("]", n)+"\n")
		// The statement takes one level and the outer 999 lists the
		// rest, so the 1000th list is cut: it starts at offset 4 + 999.
		want := []string{fmt.Sprintf("1:%d nesting deeper than %d levels", 4+999+1, maxDepth)}
		if got := errorStrings(f); !slices.Equal(got, want) {
			t.Errorf("errors %q, want %q", got, want)
		}
		depth, bad := treeDepth(f.Module)
		if depth > maxDepth+2 || bad != 1 {
			t.Errorf("tree depth %d with %d BadExprs, want at most %d and 1", depth, bad, maxDepth+2)
		}
	})
	for name, src := range map[string]string{
		"calls":         "x = " + strings.Repeat("f(", n) + strings.Repeat(")", n),
		"binary chain":  "x = 1" + strings.Repeat(" + 1", n),
		"attributes":    "x = a" + strings.Repeat(".b", n),
		"unclosed":      "x = " + strings.Repeat("(", n),
		"nested blocks": nestedIfs(200),
		"unary":         "x = " + strings.Repeat("-", n) + "1",
		"lambdas":       "f = " + strings.Repeat("lambda: ", n) + "0",
	} {
		t.Run(name, func(t *testing.T) {
			f := mustParse(t, src)
			if depth, _ := treeDepth(f.Module); depth > maxDepth+2 {
				t.Errorf("tree depth %d", depth)
			}
		})
	}
}

// nestedIfs is n levels of indented if statements.
func nestedIfs(n int) string {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, "%sif x%d:\n", strings.Repeat(" ", i), i)
	}
	b.WriteString(strings.Repeat(" ", n) + "pass\n")
	return b.String()
}

// treeDepth returns the depth of the typed tree and its BadExpr count.
func treeDepth(n Node) (depth, bad int) {
	var walk func(Node, int)
	walk = func(n Node, d int) {
		depth = max(depth, d)
		if _, ok := n.(*BadExpr); ok {
			bad++
		}
		for _, c := range Children(n) {
			walk(c, d+1)
		}
	}
	walk(n, 0)
	return depth, bad
}

func errorStrings(f *File) []string {
	var out []string
	for _, e := range f.Errors {
		out = append(out, formatError(e))
	}
	return out
}

// TestTimeout checks that a parse over its time budget fails with
// ErrTimeout and that the parser recovers for the next file.
func TestTimeout(t *testing.T) {
	p := NewParser()
	defer p.Close()
	p.SetTimeout(time.Microsecond)
	_, err := p.Parse("big.py", flaskModule(5000))
	if !errors.Is(err, ErrTimeout) {
		t.Fatalf("err = %v, want ErrTimeout", err)
	}
	p.SetTimeout(DefaultTimeout)
	f, err := p.Parse("small.py", []byte("x = 1\n"))
	if err != nil || dumpBody(f.Module.Body) != "(= x 1)" {
		t.Fatalf("after timeout: %v, %v", f, err)
	}
}

// TestParserReuse checks that one Parser parses many files, that a closed
// Parser reports an error instead of crashing, and that Files do not share
// state.
func TestParserReuse(t *testing.T) {
	p := NewParser()
	a, err := p.Parse("a.py", []byte("a = 1  # one\n"))
	if err != nil {
		t.Fatal(err)
	}
	b, err := p.Parse("b.py", []byte("b = [x for x in y]\n"))
	if err != nil {
		t.Fatal(err)
	}
	if dumpBody(a.Module.Body) != "(= a 1)" || a.Comments[1] != "# one" || a.Path != "a.py" {
		t.Errorf("first file changed by the second: %s %v", dumpBody(a.Module.Body), a.Comments)
	}
	if dumpBody(b.Module.Body) != "(= b (listcomp x (for x y)))" || len(b.Comments) != 0 {
		t.Errorf("second file: %s %v", dumpBody(b.Module.Body), b.Comments)
	}
	p.Close()
	p.Close()
	if _, err := p.Parse("c.py", []byte("c = 1\n")); err == nil {
		t.Error("Parse after Close succeeded")
	}
}
