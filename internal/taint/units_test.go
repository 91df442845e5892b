package taint

import (
	"testing"

	"github.com/flaskguard/flaskguard/internal/taint/spec"
)

func TestRegexClears(t *testing.T) {
	for _, tc := range []struct {
		pattern string
		mode    spec.RegexMode
		want    spec.Class
	}{
		{`[a-z0-9]+`, spec.FullMatch, spec.All &^ spec.SSRF},
		{`^[a-z0-9]+$`, spec.PrefixMatch, spec.All &^ spec.SSRF},
		{`[a-z0-9]+`, spec.PrefixMatch, spec.None},
		{`^[a-z]+`, spec.Search, spec.None},
		{`^\d+$`, spec.Search, spec.All},
		{`^[A-Za-z0-9_.-]{3,32}$`, spec.PrefixMatch, spec.All &^ (spec.Path | spec.SSRF)},
		{`.+`, spec.FullMatch, spec.None},
		{`[^<>]+`, spec.FullMatch, spec.None},
		{`\S+`, spec.FullMatch, spec.None},
		{`^a$|^b`, spec.Search, spec.None},
		{`^(?:\d{9}[\dX]|\d{13})$`, spec.PrefixMatch, spec.All &^ spec.SSRF},
		{`[\w ]+`, spec.FullMatch, spec.All &^ (spec.SSRF | spec.SQL | spec.Command)},
	} {
		if got := regexClears(tc.pattern, tc.mode); got != tc.want {
			t.Errorf("regexClears(%q, %d) = %s, want %s", tc.pattern, tc.mode, got, tc.want)
		}
	}
}

func TestPrefixClears(t *testing.T) {
	for prefix, want := range map[string]spec.Class{
		"https://api.example.com/items/": spec.SSRF | spec.Redirect,
		"http://host?q=":                 spec.SSRF | spec.Redirect,
		"https://":                       spec.None,
		"https://user@":                  spec.None,
		"/profile/":                      spec.Redirect,
		"/":                              spec.None,
		"//":                             spec.None,
		"SELECT ":                        spec.None,
	} {
		if got := prefixClears(prefix); got != want {
			t.Errorf("prefixClears(%q) = %s, want %s", prefix, got, want)
		}
	}
}

func TestFoldBinop(t *testing.T) {
	for _, tc := range []struct {
		op   string
		a, b konst
		want konst
	}{
		{"-", intConst(7 * 42), intConst(106), intConst(188)},
		{"/", intConst(500), intConst(42), floatConst(500.0 / 42)},
		{"//", intConst(-7), intConst(2), intConst(-4)},
		{"%", intConst(-7), intConst(2), intConst(1)},
		{"**", intConst(2), intConst(10), intConst(1024)},
		{"+", strConst("a"), strConst("b"), strConst("ab")},
		{"*", strConst("ab"), intConst(3), strConst("ababab")},
	} {
		if got, ok := foldBinop(tc.op, tc.a, tc.b); !ok || got != tc.want {
			t.Errorf("%v %s %v = %v (%v), want %v", tc.a, tc.op, tc.b, got, ok, tc.want)
		}
	}
}
