package spec

import (
	"slices"
	"testing"
)

func TestDeclaredPatterns(t *testing.T) {
	for _, tc := range []struct {
		d    Declared
		want []string
	}{
		{Declared{Name: "myapp.http.param"}, []string{"myapp.http.param"}},
		{Declared{Name: "myapp.http.RequestWrapper.get", Method: true},
			[]string{"myapp.http.RequestWrapper().get", "myapp.http.RequestWrapper.get"}},
		{Declared{Name: "*.raw_query", Method: true}, []string{"*.raw_query"}},
		{Declared{Name: "corp.make_client().send", Method: true}, []string{"corp.make_client().send"}},
		{Declared{Name: "get", Method: true}, []string{"get"}},
	} {
		if got := tc.d.Patterns(); !slices.Equal(got, tc.want) {
			t.Errorf("%+v: patterns %q, want %q", tc.d, got, tc.want)
		}
	}
}

// TestUserSpec checks what user entries become in the index the engine
// reads, and that the built-in entries stay.
func TestUserSpec(t *testing.T) {
	u := User{
		Sources: []UserSource{
			{Declared: Declared{Name: "myapp.http.param"}},
			{Declared: Declared{Name: "myapp.http.Wrapper.get", Method: true}, Classes: Log | Header},
		},
		Sanitizers: []UserSanitizer{{Declared: Declared{Name: "myapp.security.clean_html"}, Clears: HTML}},
		Sinks: []UserSink{
			{Declared: Declared{Name: "myapp.db.raw_query"}, Classes: SQL | Command, Args: []int{0}, Kwargs: []string{"sql"}},
			{Declared: Declared{Name: "*.run_script", Method: true}, Classes: Command, Args: []int{1}},
		},
	}
	if u.Empty() || !(User{}).Empty() {
		t.Fatal("Empty")
	}
	ix := u.Spec().Compile()
	if got := ix.CallSourceClasses("myapp.http.param"); got != All {
		t.Errorf("param classes = %s, want all", got)
	}
	if got := ix.CallSourceClasses("myapp.http.Wrapper().get"); got != Log|Header {
		t.Errorf("Wrapper().get classes = %s, want log|header", got)
	}
	if ix.IsCallSource("other.http.param") || ix.CallSourceClasses("other.http.param") != None {
		t.Error("a function of the same name in another module is not a source")
	}
	// The engine's by-name search for request readers.
	if !ix.IsCallSource("*.param") || !ix.IsCallSource("*.get") || ix.IsCallSource("*.post") {
		t.Error("by-name probes")
	}
	if cleared, _, _, _, ok := ix.Sanitizer("myapp.security.clean_html", SanitizerCall{}); !ok || cleared != HTML {
		t.Errorf("clean_html clears %s, %v", cleared, ok)
	}
	sinks := ix.Sinks("myapp.db.raw_query")
	if len(sinks) != 2 || sinks[0].Class != SQL || sinks[1].Class != Command || sinks[0].Label != "myapp.db.raw_query()" {
		t.Errorf("raw_query sinks = %+v", sinks)
	}
	if s := ix.Sinks("?.run_script"); len(s) != 1 || s[0].Label != "" || !slices.Equal(s[0].Args, []int{1}) {
		t.Errorf("run_script sinks = %+v", s)
	}
	if len(ix.Sinks("sqlite3.connect().cursor().execute")) != 1 {
		t.Error("built-in sinks must stay")
	}
}

func TestSuggestClass(t *testing.T) {
	for in, want := range map[string]string{
		"xss": "html", "SQLi": "sql", "path_traversal": "path", "comand": "command", "alll": "all",
		"xxe": "xml", "trustbound": "session", "ssti": "template", "logs": "log",
	} {
		if got, ok := SuggestClass(in); !ok || got != want {
			t.Errorf("SuggestClass(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
	if got, ok := SuggestClass("kerberos"); ok {
		t.Errorf("SuggestClass(kerberos) = %q, want nothing", got)
	}
}
