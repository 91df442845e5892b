package ruleutil

import (
	"testing"

	"github.com/flaskguard/flaskguard/internal/python"
)

// parse parses a test snippet that must be free of syntax errors.
func parse(t *testing.T, src string) *python.File {
	t.Helper()
	f, err := python.Parse("t.py", []byte(src))
	if err != nil || len(f.Errors) > 0 {
		t.Fatalf("parse: %v %v", err, f.Errors)
	}
	return f
}

func TestArgument(t *testing.T) {
	f := parse(t, "run('h', 80, debug=True)\n")
	call := f.Module.Body[0].(*python.ExprStmt).X.(*python.Call)
	for _, tc := range []struct {
		name string
		pos  int
		want string // source text of the argument, "" for none
		span string // source text of the span to report
	}{
		{"host", 0, "'h'", "'h'"},
		{"port", 1, "80", "80"},
		{"debug", 2, "True", "debug=True"},
		{"debug", -1, "True", "debug=True"},
		{"load_dotenv", 3, "", ""},
		{"threaded", -1, "", ""},
	} {
		v, ok := Argument(call, tc.name, tc.pos)
		if !ok {
			if tc.want != "" {
				t.Errorf("Argument(%s, %d) missing, want %s", tc.name, tc.pos, tc.want)
			}
			continue
		}
		if got := f.Text(v.Span()); got != tc.want {
			t.Errorf("Argument(%s, %d) = %s, want %q", tc.name, tc.pos, got, tc.want)
		}
		if sp := f.Text(ArgSpan(call, v)); sp != tc.span {
			t.Errorf("ArgSpan(%s) = %s, want %s", tc.name, sp, tc.span)
		}
	}
}

func TestTargetName(t *testing.T) {
	f := parse(t, "a = 1\nuser.reset_token = 2\nsession['csrf'] = 3\nx[k] = 4\na, b = 5, 6\n")
	var got []string
	for _, s := range f.Module.Body {
		got = append(got, TargetName(s.(*python.Assign).Targets[0]))
	}
	want := []string{"a", "reset_token", "csrf", "", ""}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("TargetName of statement %d = %q, want %q", i+1, got[i], want[i])
		}
	}
}

// WalkUnit sees the lambda's call but not those inside nested definitions.
func TestWalkUnit(t *testing.T) {
	f := parse(t, "a()\nf = lambda: b()\ndef g():\n    c()\nclass K:\n    d()\n")
	var calls []string
	WalkUnit(f.Module.Body, func(n python.Node) bool {
		if c, ok := n.(*python.Call); ok {
			calls = append(calls, f.Text(c.Func.Span()))
		}
		return true
	})
	if len(calls) != 2 || calls[0] != "a" || calls[1] != "b" {
		t.Errorf("WalkUnit calls = %q, want [a b]", calls)
	}
}
