package python

import (
	"slices"
	"testing"
)

// stringCases are string literals with their decoded values, flags and
// dumped interpolations. FuzzParse uses them as seeds.
var stringCases = []struct {
	name, src, value string
	bytes, fstring   bool
	interps          []string
}{
	{"plain double", `"abc"`, "abc", false, false, nil},
	{"plain single", `'abc'`, "abc", false, false, nil},
	{"empty", `''`, "", false, false, nil},
	{"simple escapes", `"a\nb\tc\\d\'e\"f"`, "a\nb\tc\\d'e\"f", false, false, nil},
	{"control escapes", `"\a\b\f\r\v"`, "\a\b\f\r\v", false, false, nil},
	{"hex escape", `"\x41\x7e"`, "A~", false, false, nil},
	{"hex escape above ascii", `"\xe9"`, "é", false, false, nil},
	{"octal escapes", `"\101\0\7"`, "A\x00\x07", false, false, nil},
	{"unicode escapes", `"\u00e9\U0001F600"`, "é😀", false, false, nil},
	{"named escape kept raw", `"\N{BULLET}x"`, `\N{BULLET}x`, false, false, nil},
	{"unknown escape kept", `"\d\q"`, `\d\q`, false, false, nil},
	{"line continuation", "\"a\\\nb\"", "ab", false, false, nil},
	{"triple quoted", "\"\"\"a\n'b'\"\"\"", "a\n'b'", false, false, nil},
	{"triple single", "'''x\"y'''", "x\"y", false, false, nil},
	{"raw", `r"\d+\n"`, `\d+\n`, false, false, nil},
	{"raw upper", `R'\x41'`, `\x41`, false, false, nil},
	{"unicode prefix", `u"\x41"`, "A", false, false, nil},
	{"upper unicode prefix", `U"é"`, "é", false, false, nil},
	{"bytes", `b"\x00\xff\n"`, "\x00\xff\n", true, false, nil},
	{"bytes octal", `B"\377"`, "\xff", true, false, nil},
	{"bytes keeps unicode escape", `b"\u0041"`, `\u0041`, true, false, nil},
	{"raw bytes rb", `rb"\x00"`, `\x00`, true, false, nil},
	{"raw bytes Br", `Br'\n'`, `\n`, true, false, nil},
	{"implicit concatenation", `"a" 'b' """c"""`, "abc", false, false, nil},
	{"concatenation with f-string", `"select " f"{col}" " from t"`, "select  from t", false, true, []string{"col"}},
	{"f-string no fields", `f"plain"`, "plain", false, true, nil},
	{"f-string fields", `f"Hello {name}, {n + 1}!"`, "Hello , !", false, true, []string{"name", "(+ n 1)"}},
	{"f-string upper", `F"{x}"`, "", false, true, []string{"x"}},
	{"f-string doubled braces", `f"{{a}} {b}"`, "{a} ", false, true, []string{"b"}},
	{"f-string escapes", `f"\t{x}\n"`, "\t\n", false, true, []string{"x"}},
	{"raw f-string fr", `fr"\d{x}"`, `\d`, false, true, []string{"x"}},
	{"raw f-string Rf", `Rf"\{x}"`, `\`, false, true, []string{"x"}},
	{"f-string conversion and spec", `f"{x!r:>{width}}"`, "", false, true, []string{"x", "width"}},
	{"f-string nested spec", `f"{x:{a}.{b}}"`, "", false, true, []string{"x", "a", "b"}},
	{"f-string debug", `f"{x=}"`, "x=", false, true, []string{"x"}},
	{"f-string debug spaces", `f"{x = !r}"`, "x = ", false, true, []string{"x"}},
	{"f-string tuple field", `f"{a, b}"`, "", false, true, []string{"(tuple a b)"}},
	{"f-string named escape", `f"\N{BULLET} {x}"`, `\N{BULLET} `, false, true, []string{"x"}},
	{"pep701 same quotes", `f"{", ".join(xs)}"`, "", false, true, []string{`(call (. ", " join) xs)`}},
	{"pep701 backslash", `f"{'\n'.join(xs)}"`, "", false, true, []string{`(call (. "\n" join) xs)`}},
	{"pep701 nested", `f"{f"{f"{1}"}"}"`, "", false, true, []string{`(f "" (f "" 1))`}},
	{"pep701 multiline field", "f\"\"\"{\n  x\n}\"\"\"", "", false, true, []string{"x"}},
}

func TestStringValues(t *testing.T) {
	for _, tt := range stringCases {
		t.Run(tt.name, func(t *testing.T) {
			f := mustParse(t, "s = "+tt.src)
			if len(f.Errors) != 0 {
				t.Fatalf("unexpected syntax errors: %v", f.Errors)
			}
			s, ok := f.Module.Body[0].(*Assign).Value.(*String)
			if !ok {
				t.Fatalf("value is %T, want *String", f.Module.Body[0].(*Assign).Value)
			}
			if s.Value != tt.value || s.Bytes != tt.bytes || s.FString != tt.fstring {
				t.Errorf("got Value %q Bytes %v FString %v, want %q %v %v",
					s.Value, s.Bytes, s.FString, tt.value, tt.bytes, tt.fstring)
			}
			var interps []string
			for _, e := range s.Interpolations {
				interps = append(interps, dump(e))
			}
			if !slices.Equal(interps, tt.interps) {
				t.Errorf("interpolations %q, want %q", interps, tt.interps)
			}
			if got, want := s.Span(), (Span{Pos{1, 5, 4}, Pos{int32(countLines([]byte(tt.src))), 0, int32(4 + len(tt.src))}}); got.Start != want.Start || got.End.Offset != want.End.Offset || got.End.Line != want.End.Line {
				t.Errorf("span %+v, want start %+v and end offset %d", got, want.Start, want.End.Offset)
			}
		})
	}
}
