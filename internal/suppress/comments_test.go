package suppress

import (
	"reflect"
	"testing"
)

func TestComments(t *testing.T) {
	src := `import os  # noqa: F401

# nosec -- dev only
# see docs
app.run(
    debug=True,  # trailing
    host=("0.0.0.0"
          ),
)
    # flaskguard: ignore[FG0601] -- escaped
x = """a
b ''' # not a comment
""" + f(1,
2)
# inside_call marker below
call(a,
     # nosec -- arg below
     b=g(1,
         2))
# flaskguard: ignore -- sum
y = "it's" + \
    2
# last
`
	// As a front end reports them: the '#' inside the string on line 12
	// is not a comment.
	texts := map[int]string{
		1:  "# noqa: F401",
		3:  "# nosec -- dev only",
		4:  "# see docs",
		6:  "# trailing",
		10: "# flaskguard: ignore[FG0601] -- escaped",
		15: "# inside_call marker below",
		17: "# nosec -- arg below",
		20: "# flaskguard: ignore -- sum",
		23: "# last",
	}
	want := map[int]Comment{
		1:  {Text: "# noqa: F401", Col: 12},
		3:  {Text: "# nosec -- dev only", Col: 1, Alone: true, Next: 5, NextEnd: 9},
		4:  {Text: "# see docs", Col: 1, Alone: true, Next: 5, NextEnd: 9},
		6:  {Text: "# trailing", Col: 18},
		10: {Text: "# flaskguard: ignore[FG0601] -- escaped", Col: 5, Alone: true, Next: 11, NextEnd: 14},
		15: {Text: "# inside_call marker below", Col: 1, Alone: true, Next: 16, NextEnd: 19},
		17: {Text: "# nosec -- arg below", Col: 6, Alone: true, Next: 18, NextEnd: 19},
		20: {Text: "# flaskguard: ignore -- sum", Col: 1, Alone: true, Next: 21, NextEnd: 22},
		23: {Text: "# last", Col: 1, Alone: true},
	}
	got := Comments([]byte(src), texts)
	if !reflect.DeepEqual(got, want) {
		for ln := range want {
			if got[ln] != want[ln] {
				t.Errorf("line %d: got %+v, want %+v", ln, got[ln], want[ln])
			}
		}
		t.Fatalf("Comments() = %+v", got)
	}
}

func TestCommentsEdgeCases(t *testing.T) {
	tests := []struct {
		name  string
		src   string
		texts map[int]string
		want  map[int]Comment
	}{
		{"no comments", "x = 1\n", nil, nil},
		{"CRLF line endings", "# nosec\r\nx = (1,\r\n 2)\r\n",
			map[int]string{1: "# nosec"},
			map[int]Comment{1: {Text: "# nosec", Col: 1, Alone: true, Next: 2, NextEnd: 3}}},
		{"front end trimmed trailing blanks", "x = 1  # nosec   \n",
			map[int]string{1: "# nosec"},
			map[int]Comment{1: {Text: "# nosec", Col: 8}}},
		{"line beyond the source", "x = 1\n",
			map[int]string{7: "# nosec"},
			map[int]Comment{7: {Text: "# nosec"}}},
		{"unclosed bracket runs to the end", "# nosec\nf(1,\n2\n",
			map[int]string{1: "# nosec"},
			map[int]Comment{1: {Text: "# nosec", Col: 1, Alone: true, Next: 2, NextEnd: 4}}},
		{"Dockerfile continuation", "# nosec -- dev image\nRUN pip install \\\n    flask\nCMD x\n",
			map[int]string{1: "# nosec -- dev image"},
			map[int]Comment{1: {Text: "# nosec -- dev image", Col: 1, Alone: true, Next: 2, NextEnd: 3}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Comments([]byte(tt.src), tt.texts); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Comments() = %+v, want %+v", got, tt.want)
			}
		})
	}
}
