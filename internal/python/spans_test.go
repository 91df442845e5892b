package python

import (
	"maps"
	"strings"
	"testing"
)

const spanSrc = `import os  # first
@app.route("/")
def index():
    return render(f"{x}")  # second
`

// TestSpans checks exact positions of a few nodes.
func TestSpans(t *testing.T) {
	f := mustParse(t, spanSrc)
	fn := f.Module.Body[1].(*FunctionDef)
	dec := fn.Decorators[0].(*Call)
	ret := fn.Body[0].(*Return)
	call := ret.Value.(*Call)
	x := call.Args[0].Value.(*String).Interpolations[0]
	tests := []struct {
		name string
		got  Span
		want Span
	}{
		{"module", f.Module.Span(), Span{Pos{1, 1, 0}, Pos{5, 1, 84}}},
		{"import", f.Module.Body[0].Span(), Span{Pos{1, 1, 0}, Pos{1, 10, 9}}},
		{"function", fn.Span(), Span{Pos{3, 1, 35}, Pos{4, 26, 73}}},
		{"function name", fn.NameSpan, Span{Pos{3, 5, 39}, Pos{3, 10, 44}}},
		{"decorator", dec.Span(), Span{Pos{2, 2, 20}, Pos{2, 16, 34}}},
		{"decorator attribute name", dec.Func.(*Attribute).AttrSpan, Span{Pos{2, 6, 24}, Pos{2, 11, 29}}},
		{"return", ret.Span(), Span{Pos{4, 5, 52}, Pos{4, 26, 73}}},
		{"call argument", call.Args[0].Loc, Span{Pos{4, 19, 66}, Pos{4, 25, 72}}},
		{"interpolated name", x.Span(), Span{Pos{4, 22, 69}, Pos{4, 23, 70}}},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%s: span %+v, want %+v", tt.name, tt.got, tt.want)
		}
	}
	if got := f.Text(x.Span()); got != "x" {
		t.Errorf("Text(interpolated name) = %q", got)
	}
	want := map[int]string{1: "# first", 4: "# second"}
	if !maps.Equal(f.Comments, want) {
		t.Errorf("comments %v, want %v", f.Comments, want)
	}
	if f.Lines != 4 {
		t.Errorf("Lines = %d, want 4", f.Lines)
	}
}

// TestLinesAndText covers Line, Text and Lines on edge cases: CRLF line
// endings, a missing final newline, an empty file and out-of-range input.
func TestLinesAndText(t *testing.T) {
	f := mustParse(t, "x = 1  # c\r\ny = 2\r\nz")
	if want := map[int]string{1: "# c"}; !maps.Equal(f.Comments, want) {
		t.Errorf("comments %v, want %v", f.Comments, want)
	}
	if f.Lines != 3 {
		t.Errorf("Lines = %d, want 3", f.Lines)
	}
	for n, want := range map[int]string{0: "", 1: "x = 1  # c", 2: "y = 2", 3: "z", 4: "", -1: ""} {
		if got := f.Line(n); got != want {
			t.Errorf("Line(%d) = %q, want %q", n, got, want)
		}
	}
	if got := f.Text(Span{Pos{Offset: -3}, Pos{Offset: 5}}); got != "x = 1" {
		t.Errorf("clamped Text = %q", got)
	}
	if got := f.Text(Span{Pos{Offset: 19}, Pos{Offset: 99}}); got != "z" {
		t.Errorf("clamped Text = %q", got)
	}
	if got := f.Text(Span{Pos{Offset: 5}, Pos{Offset: 2}}); got != "" {
		t.Errorf("inverted Text = %q", got)
	}
	if second := f.Module.Body[1].Span(); second != (Span{Pos{2, 1, 12}, Pos{2, 6, 17}}) {
		t.Errorf("CRLF statement span %+v", second)
	}

	empty := mustParse(t, "")
	if empty.Lines != 0 || len(empty.Module.Body) != 0 || len(empty.Errors) != 0 || empty.Line(1) != "" {
		t.Errorf("empty file: Lines %d, body %d, errors %d", empty.Lines, len(empty.Module.Body), len(empty.Errors))
	}
	if got := mustParse(t, "\n\n# c\nx = 1\n").Module.Span(); got != (Span{Pos{1, 1, 0}, Pos{5, 1, 12}}) {
		t.Errorf("module span %+v, want the whole file", got)
	}
	if got := mustParse(t, "\n\n").Lines; got != 2 {
		t.Errorf("blank lines: Lines = %d, want 2", got)
	}
	if got := countLines([]byte(strings.Repeat("a\n", 5))); got != 5 {
		t.Errorf("countLines = %d, want 5", got)
	}
}
