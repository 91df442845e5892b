package python

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// syntaxErrorCases are broken sources with the errors reported, as
// "line:col message", and the recovered tree. FuzzParse uses them as seeds.
var syntaxErrorCases = []struct {
	name, src string
	errors    []string
	want      string
}{
	{
		name:   "broken lines mid-file",
		src:    "import flask\napp = flask.Flask(__name__)\nx = (1,\ndef f(:\n    pass\napp.run(debug=True)\n",
		errors: []string{`3:1 unexpected "x = (1,"`, `4:5 unexpected "f"`, `4:7 unexpected ":"`},
		want:   "(import flask)\n(= app (call (. flask Flask) __name__))\n(badstmt ERROR {(call (. app run) debug=True)})",
	},
	{
		name:   "missing paren and unclosed call",
		src:    "def f(:\n    return 1\n\napp.run(debug=True)\nfoo(\n",
		errors: []string{`1:7 missing ")"`, `5:1 unexpected "foo("`},
		want:   "(def f () {(return 1)})\n(call (. app run) debug=True)\n(badstmt ERROR)",
	},
	{
		name:   "error inside an argument list",
		src:    "def view():\n    foo(a b app.run(debug=True) c)\n    return 1\n",
		errors: []string{`2:9 unexpected "a b app.run(debug=True)"`},
		want:   "(def view () {(call foo c); (badstmt ERROR {(call (. app run) debug=True)}); (return 1)})",
	},
	{
		name:   "whole file is an error",
		src:    "x = [1, 2\napp.run(debug=True)\n",
		errors: []string{`1:1 unexpected "x = [1, 2"`, `1:9 unexpected "2"`},
		want:   "(badstmt ERROR {(call (. app run) debug=True)})",
	},
	{
		name:   "invalid utf-8 without a coding cookie",
		src:    "x = 1\nprint(\"b\xf6se\")\n",
		errors: []string{`2:9 source is not valid UTF-8 and declares no other encoding (PEP 3120)`},
		want:   "(= x 1)\n(call print \"b\\xf6se\")",
	},
	{
		name: "latin-1 declared",
		src:  "# -*- coding: latin-1 -*-\nprint(\"b\xf6se\")\n",
		want: "(call print \"b\\xf6se\")",
	},
	{
		name:   "unknown encoding",
		src:    "# -*- coding: uft-8 -*-\nx = 1\n",
		errors: []string{`1:1 unknown encoding uft-8 in the coding declaration`},
		want:   "(= x 1)",
	},
	{
		name:   "byte-order mark with utf8 spelled without a dash",
		src:    "\xef\xbb\xbf#coding: utf8\nx = 1\n",
		errors: []string{`1:1 encoding problem: utf8 declared in a file that starts with a UTF-8 byte-order mark`},
		want:   "(= x 1)",
	},
	{
		name:   "byte-order mark with another encoding",
		src:    "\xef\xbb\xbf# coding: latin-1\nx = 1\n",
		errors: []string{`1:1 encoding problem: latin-1 declared in a file that starts with a UTF-8 byte-order mark`},
		want:   "(= x 1)",
	},
	{
		name:   "python 2 print statement",
		src:    "print 'x'\nprint >>sys.stderr, 'y'\n",
		errors: []string{`1:1 Python 2 print statement (Python 3 needs print(...))`},
		want:   "(call print \"x\")\n(call print (. sys stderr) \"y\")",
	},
	{
		name:   "double equals",
		src:    "x = = 2\n",
		errors: []string{`1:5 unexpected "="`},
		want:   "(= x 2)",
	},
	{
		name:   "missing colon",
		src:    "class A:\n    def f(self)\n        return 1\napp.run(debug=True)\n",
		errors: []string{`2:5 unexpected "def f(self)"`},
		want:   "(class A () {1})\n(call (. app run) debug=True)",
	},
	{
		name:   "unterminated string",
		src:    "x = \"unterminated\napp.run(debug=True)\n",
		errors: []string{`1:5 unexpected "\""`},
		want:   "(= x unterminated)\n(call (. app run) debug=True)",
	},
	{
		name:   "long error text is cut",
		src:    "foo(a " + strings.Repeat("b", 60) + " c)\n",
		errors: []string{`1:7 unexpected "` + strings.Repeat("b", maxErrorText) + `..."`},
		want:   "(call foo a)",
	},
	{
		name:   "lone decorator",
		src:    "@\n",
		errors: []string{`1:1 unexpected "@"`},
		want:   "(badstmt ERROR)",
	},
}

// TestSyntaxErrors checks where errors are reported, with what message,
// and that the statements tree-sitter recovered are still in the tree.
func TestSyntaxErrors(t *testing.T) {
	for _, tt := range syntaxErrorCases {
		t.Run(tt.name, func(t *testing.T) {
			f := mustParse(t, tt.src)
			var errs []string
			for _, e := range f.Errors {
				errs = append(errs, formatError(e))
			}
			if !slices.Equal(errs, tt.errors) {
				t.Errorf("errors:\n got %q\nwant %q", errs, tt.errors)
			}
			if got := dumpBody(f.Module.Body); got != tt.want {
				t.Errorf("tree:\n got %s\nwant %s", got, tt.want)
			}
		})
	}
}

func formatError(e SyntaxError) string {
	return fmt.Sprintf("%d:%d %s", e.Span.Start.Line, e.Span.Start.Col, e.Message)
}

// TestErrorText checks how the offending text is quoted: first line only,
// cut to maxErrorText bytes on a rune boundary.
func TestErrorText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"foo(", `"foo("`},
		{"x = (1,\ndef f(:", `"x = (1,"`},
		{"", "end of line"},
		{"\nx", "end of line"},
		{"0123456789012345678901234567890123456789tail", `"0123456789012345678901234567890123456789..."`},
		{"012345678901234567890123456789012345678é", `"012345678901234567890123456789012345678..."`},
	}
	for _, tt := range tests {
		if got := errorText([]byte(tt.in)); got != tt.want {
			t.Errorf("errorText(%q) = %s, want %s", tt.in, got, tt.want)
		}
	}
}
