package spec

import "testing"

// TestDeclaration checks that only declared entries speak of a path (the
// engine asks for the project's own functions), never the built-in ones.
func TestDeclaration(t *testing.T) {
	if Default().Compile().HasDeclarations() || (User{}).Spec().Compile().HasDeclarations() {
		t.Error("the built-in specification has declarations")
	}
	u := User{
		Sources: []UserSource{
			{Declared: Declared{Name: "myapp.http.param"}},
			{Declared: Declared{Name: "myapp.http.client_ip"}, Classes: Log},
		},
		Sanitizers: []UserSanitizer{{Declared: Declared{Name: "myapp.security.clean_html"}, Clears: HTML}},
		Sinks:      []UserSink{{Declared: Declared{Name: "*.raw_query", Method: true}, Classes: SQL, Args: []int{0}}},
	}
	ix := u.Spec().Compile()
	if !ix.HasDeclarations() {
		t.Fatal("no declarations")
	}
	for _, tc := range []struct {
		path           string
		sinks          int
		source, clears Class
	}{
		{"myapp.http.param", 0, All, None},
		{"myapp.http.client_ip", 0, Log, None},
		{"myapp.security.clean_html", 0, None, HTML},
		{"myapp.db.Repository().raw_query", 1, None, None},
		{"myapp.db.raw_query", 1, None, None},
		// Built-in patterns match these paths, but describe libraries.
		{"myapp.db.Repository().execute", 0, None, None},
		{"myapp.text.Template().replace", 0, None, None},
		{"", 0, None, None},
	} {
		d := ix.Declaration(tc.path)
		if len(d.Sinks) != tc.sinks || d.Source != tc.source || d.Clears != tc.clears {
			t.Errorf("%q: %d sinks, source %v, clears %v; want %d, %v, %v",
				tc.path, len(d.Sinks), d.Source, d.Clears, tc.sinks, tc.source, tc.clears)
		}
	}
	if len(ix.Sinks("sqlite3.connect().cursor().execute")) == 0 {
		t.Error("the built-in sinks are gone")
	}
	for name, want := range map[string]bool{"param": true, "client_ip": true, "raw_query": false, "execute": false} {
		if got := ix.MayBeCallSource(name); got != want {
			t.Errorf("MayBeCallSource(%q) = %v, want %v", name, got, want)
		}
	}
}
