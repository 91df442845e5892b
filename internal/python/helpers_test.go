package python

import "testing"

// expr parses one expression statement and returns its expression.
func expr(t *testing.T, src string) Expr {
	t.Helper()
	f := mustParse(t, src)
	if len(f.Errors) != 0 || len(f.Module.Body) != 1 {
		t.Fatalf("%q: errors %v, %d statements", src, f.Errors, len(f.Module.Body))
	}
	s, ok := f.Module.Body[0].(*ExprStmt)
	if !ok {
		t.Fatalf("%q is a %T", src, f.Module.Body[0])
	}
	return s.X
}

func TestDottedName(t *testing.T) {
	tests := []struct {
		src, want string
		ok        bool
	}{
		{"app", "app", true},
		{"flask.Flask", "flask.Flask", true},
		{"a.b.c.d", "a.b.c.d", true},
		{"get_app().run", "", false},
		{"apps[0].run", "", false},
		{"'s'.join", "", false},
		{"(a).b", "a.b", true},
	}
	for _, tt := range tests {
		got, ok := DottedName(expr(t, tt.src))
		if got != tt.want || ok != tt.ok {
			t.Errorf("DottedName(%s) = %q, %v; want %q, %v", tt.src, got, ok, tt.want, tt.ok)
		}
	}
	if _, ok := DottedName(nil); ok {
		t.Error("DottedName(nil) reported ok")
	}
}

func TestCallArguments(t *testing.T) {
	c := expr(t, "f(a, *rest, b, key=k, **kw)").(*Call)
	for i, want := range []string{"a", "b"} {
		if got, ok := c.Positional(i); !ok || dump(got) != want {
			t.Errorf("Positional(%d) = %v, %v; want %s", i, got, ok, want)
		}
	}
	for _, i := range []int{2, -1} {
		if got, ok := c.Positional(i); ok {
			t.Errorf("Positional(%d) = %s, want none", i, dump(got))
		}
	}
	if got, ok := c.Keyword("key"); !ok || dump(got) != "k" {
		t.Errorf("Keyword(key) = %v, %v", got, ok)
	}
	if got, ok := c.Keyword("kw"); ok {
		t.Errorf("Keyword(kw) = %s; a **kw splat is not a keyword", dump(got))
	}
	if !c.HasStarArgs() {
		t.Error("HasStarArgs = false")
	}
	plain := expr(t, "f(x, debug=True)").(*Call)
	if plain.HasStarArgs() {
		t.Error("HasStarArgs = true without stars")
	}
	kwOnly := expr(t, "f(**kw)").(*Call)
	if !kwOnly.HasStarArgs() {
		t.Error("HasStarArgs = false for **kw")
	}
}

func TestStringValue(t *testing.T) {
	tests := []struct {
		src, want string
		ok        bool
	}{
		{`"a" "b"`, "ab", true},
		{`b"\x00"`, "\x00", true},
		{`f"plain"`, "plain", true},
		{`f"{x}"`, "", false},
		{`name`, "", false},
		{`1`, "", false},
	}
	for _, tt := range tests {
		got, ok := StringValue(expr(t, tt.src))
		if got != tt.want || ok != tt.ok {
			t.Errorf("StringValue(%s) = %q, %v; want %q, %v", tt.src, got, ok, tt.want, tt.ok)
		}
	}
}

func TestTruthy(t *testing.T) {
	tests := []struct {
		src          string
		value, known bool
	}{
		{"True", true, true},
		{"False", false, true},
		{"None", false, true},
		{"...", true, true},
		{"0", false, true},
		{"1", true, true},
		{"0.0", false, true},
		{"0.", false, true},
		{".0", false, true},
		{"0e10", false, true},
		{"1e-5", true, true},
		{"0x0", false, true},
		{"0x0e", true, true},
		{"0b0", false, true},
		{"0o0", false, true},
		{"0_0", false, true},
		{"0j", false, true},
		{"2j", true, true},
		{"-1", true, true},
		{"-0", false, true},
		{"''", false, true},
		{"'x'", true, true},
		{`f""`, false, true},
		{`f"{x}"`, false, false},
		{`f"a{x}"`, true, true},
		{"[]", false, true},
		{"[0]", true, true},
		{"[*xs]", false, false},
		{"[*xs, 1]", true, true},
		{"()", false, true},
		{"(0,)", true, true},
		{"{}", false, true},
		{"{'a': 1}", true, true},
		{"{**d}", false, false},
		{"{1}", true, true},
		{"not 0", true, true},
		{"not x", false, false},
		{"x", false, false},
		{"f()", false, false},
	}
	for _, tt := range tests {
		value, known := Truthy(expr(t, tt.src))
		if value != tt.value || known != tt.known {
			t.Errorf("Truthy(%s) = %v, %v; want %v, %v", tt.src, value, known, tt.value, tt.known)
		}
	}
	for src, want := range map[string]bool{"True": true, "1": false, "'True'": false, "x": false} {
		if got := IsTrue(expr(t, src)); got != want {
			t.Errorf("IsTrue(%s) = %v, want %v", src, got, want)
		}
	}
}
