package confsrc

import (
	"slices"
	"testing"
)

func TestSplitWords(t *testing.T) {
	cases := []struct {
		in   string
		mode splitMode
		want []string
	}{
		{`flask run --debug`, shellMode, []string{"flask", "run", "--debug"}},
		{`a 'b c' "d \"e\" \$f \x" g\ h`, shellMode, []string{"a", "b c", `d "e" $f \x`, "g h"}},
		{"a&&b||c;d|e&f", shellMode, []string{"a", "&&", "b", "||", "c", ";", "d", "|", "e", "&", "f"}},
		{"a # comment 'unterminated", shellMode, []string{"a"}},
		{"a#b", shellMode, []string{"a#b"}},
		{"a&&b # c", plainMode, []string{"a&&b", "#", "c"}},
		{"x \\\ny", shellMode, []string{"x", "y"}},
		{`""`, shellMode, []string{""}},
	}
	for _, c := range cases {
		ws, err := splitWords(c.in, c.mode, '\\')
		if err != nil || !slices.Equal(texts(ws), c.want) {
			t.Errorf("splitWords(%q) = %q, %v; want %q", c.in, texts(ws), err, c.want)
		}
	}
	ws, _ := splitWords(`  ab "c d"`, shellMode, '\\')
	if ws[0].start != 2 || ws[0].end != 4 || ws[1].start != 5 || ws[1].end != 10 {
		t.Errorf("spans = %+v", ws)
	}
	for _, bad := range []string{`'open`, `"open`, `a "b\"`} {
		if _, err := splitWords(bad, shellMode, '\\'); err != errUnterminated {
			t.Errorf("splitWords(%q): err = %v, want unterminated", bad, err)
		}
	}
}

func TestReadUnknownKind(t *testing.T) {
	if _, err := Read("x.json", Kind("json"), nil); err == nil || err.Error() != `x.json: confsrc cannot read files of kind "json"` {
		t.Errorf("err = %v", err)
	}
}
