package config

import (
	"errors"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/flaskguard/flaskguard/internal/confsrc"
	"github.com/flaskguard/flaskguard/internal/taint/spec"
)

func fn(name string) spec.Declared     { return spec.Declared{Name: name} }
func method(name string) spec.Declared { return spec.Declared{Name: name, Method: true} }

func TestLoadTaint(t *testing.T) {
	got, err := Load(filepath.Join("testdata", "taint", ".flaskguard.toml"))
	if err != nil {
		t.Fatal(err)
	}
	want := spec.User{
		Sources: []spec.UserSource{
			{Declared: fn("myapp.http.param")},
			{Declared: method("myapp.http.RequestWrapper.get"), Classes: spec.Log | spec.Header},
		},
		Sanitizers: []spec.UserSanitizer{
			{Declared: fn("myapp.security.clean_html"), Clears: spec.HTML},
			{Declared: fn("myapp.validate.safe_path"), Clears: spec.Path | spec.Redirect},
			{Declared: fn("myapp.validate.strict_int"), Clears: spec.All},
		},
		Sinks: []spec.UserSink{
			{Declared: fn("myapp.db.raw_query"), Classes: spec.SQL, Args: []int{0}, Kwargs: []string{"sql"}},
			{Declared: method("*.run_script"), Classes: spec.Command | spec.Code, Args: []int{1}},
			{Declared: method("corp.make_client().send"), Classes: spec.SSRF, Kwargs: []string{"url"}},
		},
	}
	if !reflect.DeepEqual(got.Taint, want) {
		t.Errorf("got  %+v\nwant %+v", got.Taint, want)
	}
}

// TestLoadTaintPyproject reads [tool.flaskguard.taint], with entries
// written as inline tables and as [[...]] arrays of tables.
func TestLoadTaintPyproject(t *testing.T) {
	got, err := Load(filepath.Join("testdata", "taint-pyproject", "pyproject.toml"))
	if err != nil {
		t.Fatal(err)
	}
	want := spec.User{
		Sources:    []spec.UserSource{{Declared: fn("myapp.http.param")}},
		Sanitizers: []spec.UserSanitizer{{Declared: fn("myapp.security.clean_html"), Clears: spec.HTML}},
		Sinks:      []spec.UserSink{{Declared: fn("myapp.db.raw_query"), Classes: spec.SQL, Kwargs: []string{"query"}}},
	}
	if !reflect.DeepEqual(got.Taint, want) {
		t.Errorf("got  %+v\nwant %+v", got.Taint, want)
	}

	// Errors in pyproject.toml point at the line in that file too.
	dir := t.TempDir()
	path := filepath.Join(dir, "pyproject.toml")
	write(t, path, "[tool.flaskguard]\nfail-on = \"low\"\n\n[[tool.flaskguard.taint.sink]]\nfunction = \"myapp.db.raw_query\"\nclasses = [\"sqli\"]\nargs = [0]\n")
	_, err = Load(path)
	if want := path + `:6: taint.sink.classes: unknown class "sqli" (did you mean "sql"?)`; err == nil || !strings.HasPrefix(err.Error(), want) {
		t.Errorf("err = %v\nwant %s...", err, want)
	}
}

func TestLoadTaintErrors(t *testing.T) {
	const classes = "sql, command, code, template, html, path, redirect, deserialize, xml, xpath, ldap, ssrf, session, header, log, or all"
	cases := map[string]string{
		"taint-class.toml":            `3: taint.sanitizer.classes: unknown class "xss" (did you mean "html"?); the classes are ` + classes,
		"taint-class-typo.toml":       `3: taint.sink.classes: unknown class "comand" (did you mean "command"?); the classes are ` + classes,
		"taint-class-unknown.toml":    `3: taint.source.classes: unknown class "kerberos"; the classes are ` + classes,
		"taint-classes-empty.toml":    `3: taint.sanitizer.classes is empty: name at least one class (` + classes + `)`,
		"taint-classes-int.toml":      `3: taint.sanitizer.classes must be a class name such as "html" or an array of them, not an integer`,
		"taint-empty-name.toml":       `2: taint.source.function is empty: name the callee, such as "myapp.db.raw_query"`,
		"taint-name-int.toml":         `2: taint.source.function must be a string such as "myapp.db.raw_query", not an integer`,
		"taint-no-name.toml":          `4: taint.sink entry needs a function (such as "myapp.http.param") or a method (such as "myapp.http.Request.get")`,
		"taint-sink-no-args.toml":     `1: taint.sink entry for myapp.db.raw_query needs args (the positions checked, 0 for the first argument) or kwargs (the keyword names checked)`,
		"taint-sink-no-classes.toml":  `1: taint.sink entry for myapp.db.raw_query needs classes: what request data reaching it causes, such as ["sql"]`,
		"taint-clean-no-classes.toml": `1: taint.sanitizer entry for myapp.clean needs classes: what it makes a value safe for, such as ["html"] (or ["all"])`,
		"taint-sink-all.toml":         `3: taint.sink.classes: a sink names the classes it is dangerous for; "all" would report each flow into it under every taint rule`,
		"taint-both.toml":             `3: taint.sink entry names both a function and a method: write one entry for each`,
		"taint-key-synonym.toml":      `3: unknown key "class" (did you mean "classes"?)`,
		"taint-key-unknown.toml":      `3: unknown key "reason" (known keys: function, method, classes)`,
		"taint-table-typo.toml":       `1: unknown key "sinks" (did you mean "sink"?)`,
		"taint-not-array.toml":        `1: taint.sink must be an array of tables ([[taint.sink]]), not a table`,
		"taint-not-table.toml":        `1: taint must be a table ([taint]), not a string`,
		"taint-bad-name.toml":         `2: taint.source.function: "myapp http.param" is not a dotted Python name such as "myapp.db.raw_query"`,
		"taint-call-name.toml":        `2: taint.sink.function: write "myapp.db.raw_query" without "()": an entry names the callee, not a call`,
		"taint-dots.toml":             `2: taint.sink.function: "myapp..raw_query" has an empty part between dots`,
		"taint-star.toml":             `2: taint.source.function: "*.*" would match every call`,
		"taint-method-no-class.toml":  `2: taint.source.method: "get" names no class: write "module.Class.get", or "*.get" for a method of that name on any object`,
		"taint-neg-arg.toml":          `4: taint.sink.args: -1 is not an argument position (0 is the first argument, after self for a method)`,
		"taint-arg-string.toml":       `4: taint.sink.args must be argument positions such as [0], not a string`,
		"taint-kwarg-bad.toml":        `4: taint.sink.kwargs: "the cmd" is not a keyword argument name`,
	}
	for name, want := range cases {
		path := filepath.Join("testdata", "errors", name)
		_, err := Load(path)
		var pe *confsrc.ParseError
		if err == nil || !errors.As(err, &pe) {
			t.Errorf("%s: err = %v, want a ParseError", name, err)
			continue
		}
		if got := err.Error(); got != path+":"+want {
			t.Errorf("%s:\ngot  %s\nwant %s", name, got, path+":"+want)
		}
	}
}
