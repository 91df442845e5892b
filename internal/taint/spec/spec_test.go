package spec

import "testing"

func TestMatch(t *testing.T) {
	for _, tc := range []struct {
		pattern, path string
		want          bool
	}{
		{"*.execute", "sqlite3.connect().cursor().execute", true},
		{"*.execute", "execute", false},
		{"*.execute", "?.execute", true},
		{"os.system", "os.system", true},
		{"os.system", "os.systems", false},
		{"pathlib.*.read_text", "pathlib.Path().read_text", true},
		{"pathlib.*.read_text", "pathlib.read_text", false},
		{"xml.etree.*.find", "xml.etree.ElementTree.parse().getroot().find", true},
		{"ldap3.*.search", "re.search", false},
	} {
		if got := Match(tc.pattern, tc.path); got != tc.want {
			t.Errorf("Match(%q, %q) = %v", tc.pattern, tc.path, got)
		}
	}
}

func TestClassNames(t *testing.T) {
	if s := (HTML | Path).String(); s != "html|path" {
		t.Errorf("String = %q", s)
	}
	for _, c := range All.Classes() {
		if back, ok := ParseClass(c.String()); !ok || back != c {
			t.Errorf("ParseClass(%q) = %v, %v", c.String(), back, ok)
		}
	}
}

func TestDefaultIndex(t *testing.T) {
	ix := Default().Compile()
	if got := ix.Sinks("sqlite3.connect().cursor().execute"); len(got) != 1 || got[0].Class != SQL {
		t.Errorf("execute sinks = %+v", got)
	}
	if got := ix.Sinks("re.search"); len(got) != 0 {
		t.Errorf("re.search is not a sink: %+v", got)
	}
	cleared, _, quoting, _, ok := ix.Sanitizer("shlex.quote", SanitizerCall{})
	if !ok || cleared != Command || quoting != Command {
		t.Errorf("shlex.quote = %s, %s, %v", cleared, quoting, ok)
	}
	safe := SanitizerCall{Const: func(kw string, pos int) (string, bool) { return "", kw == "safe" }}
	if cleared, _, _, _, _ := ix.Sanitizer("urllib.parse.quote", safe); cleared&Path == 0 {
		t.Errorf("quote(safe=\"\") should clear path, got %s", cleared)
	}
	if cleared, _, _, _, _ := ix.Sanitizer("urllib.parse.quote", SanitizerCall{}); cleared&Path != 0 {
		t.Errorf("quote() keeps slashes, got %s", cleared)
	}
	if !IsSafeYAMLLoader("yaml.SafeLoader") || IsSafeYAMLLoader("yaml.Loader") {
		t.Error("IsSafeYAMLLoader")
	}
}

func TestMerge(t *testing.T) {
	s := Default()
	n := len(s.Sanitizers)
	s.Merge(&Spec{Sanitizers: []Sanitizer{{Callee: "myapp.clean", Clears: All}}, CallSources: []CallSource{{Callee: "myapp.input"}}})
	if len(s.Sanitizers) != n+1 {
		t.Fatalf("merge kept %d sanitizers", len(s.Sanitizers))
	}
	ix := s.Compile()
	if cleared, _, _, _, ok := ix.Sanitizer("myapp.clean", SanitizerCall{}); !ok || cleared != All {
		t.Error("user sanitizer not found")
	}
	if !ix.IsCallSource("myapp.input") {
		t.Error("user source not found")
	}
}
