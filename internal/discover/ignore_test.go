package discover

import (
	"strings"
	"testing"
)

// Cases from git's t/t3070-wildmatch.sh (the "pathmatch"-independent,
// WM_PATHNAME column) plus a few of our own.
func TestWildmatch(t *testing.T) {
	cases := []struct {
		pattern, text string
		want          bool
	}{
		{"foo", "foo", true},
		{"foo", "bar", false},
		{"", "", true},
		{"???", "foo", true},
		{"??", "foo", false},
		{"*", "foo", true},
		{"f*", "foo", true},
		{"*f", "foo", false},
		{"*foo*", "foo", true},
		{"*ob*a*r*", "foobar", true},
		{"*ab", "aaaaaaabababab", true},
		{"foo\\*", "foo*", true},
		{"foo\\*bar", "foobar", false},
		{"f\\\\oo", "f\\oo", true},
		{"*[al]?", "ball", true},
		{"[ten]", "ten", false},
		{"**[!te]", "ten", true},
		{"**[!ten]", "ten", false},
		{"t[a-g]n", "ten", true},
		{"t[!a-g]n", "ten", false},
		{"t[!a-g]n", "ton", true},
		{"t[^a-g]n", "ton", true},
		{"a[]]b", "a]b", true},
		{"a[]-]b", "a-b", true},
		{"a[]-]b", "a]b", true},
		{"a[]-]b", "aab", false},
		{"a[]a-]b", "aab", true},
		{"]", "]", true},
		{"foo*bar", "foo/baz/bar", false},
		{"foo**bar", "foo/baz/bar", false},
		{"foo**bar", "foobazbar", true},
		{"foo/**/bar", "foo/baz/bar", true},
		{"foo/**/**/bar", "foo/baz/bar", true},
		{"foo/**/bar", "foo/b/a/z/bar", true},
		{"foo/**/bar", "foo/bar", true},
		{"foo/**/**/bar", "foo/b/a/z/bar", true},
		{"foo?bar", "foo/bar", false},
		{"foo[/]bar", "foo/bar", false},
		{"foo[^a-z]bar", "foo/bar", false},
		{"f[^eiu][^eiu][^eiu][^eiu][^eiu]r", "foo-bar", true},
		{"**/foo", "foo", true},
		{"**/foo", "XXX/foo", true},
		{"**/foo", "bar/baz/foo", true},
		{"*/foo", "bar/baz/foo", false},
		{"**/bar*", "foo/bar/baz", false},
		{"**/bar/*", "deep/foo/bar/baz", true},
		{"**/bar/*", "deep/foo/bar/baz/", false},
		{"**/bar/**", "deep/foo/bar/baz/", true},
		{"**/bar/*", "deep/foo/bar", false},
		{"**/bar/**", "deep/foo/bar/", true},
		{"**/bar**", "foo/bar/baz", false},
		{"*/bar/**", "deep/foo/bar/baz/x", false},
		{"**/bar/*/*", "deep/foo/bar/baz/x", true},
		{"a/**", "a/b/c", true},
		{"a/**", "a", false},
		{"[[:alpha:]][[:digit:]][[:upper:]]", "a1B", true},
		{"[[:digit:][:upper:][:space:]]", "a", false},
		{"[[:digit:][:upper:][:space:]]", "A", true},
		{"[[:xdigit:]]", "f", true},
		{"[[:nope:]]", "a", false},
		{"[a-", "a", false},
		{"[", "[", false},
		{"-*-*-*-*-*-*-12-*-*-*-m-*-*-*", "-adobe-courier-bold-o-normal--12-120-75-75-m-70-iso8859-1", true},
		{"-*-*-*-*-*-*-12-*-*-*-m-*-*-*", "-adobe-courier-bold-o-normal--12-120-75-75-X-70-iso8859-1", false},
		{"XXX/*/*/*/*/*/*/12/*/*/*/m/*/*/*", "XXX/adobe/courier/bold/o/normal//12/120/75/75/m/70/iso8859/1", true},
		{"**/*a*b*g*n*t", "abcd/abcdefg/abcdefghijk/abcdefghijklmnop.txt", true},
		{"**/*a*b*g*n*t", "abcd/abcdefg/abcdefghijk/abcdefghijklmnop.txtz", false},
		{"*.py", "app.py", true},
		{"*.py", "pkg/app.py", false},
	}
	for _, c := range cases {
		if got := wildmatch(c.pattern, c.text); got != c.want {
			t.Errorf("wildmatch(%q, %q) = %v, want %v", c.pattern, c.text, got, c.want)
		}
	}
}

func TestParsePattern(t *testing.T) {
	cases := []struct {
		line string
		want pattern
		ok   bool
	}{
		{"", pattern{}, false},
		{"   ", pattern{}, false},
		{"# comment", pattern{}, false},
		{"\\#file", pattern{glob: "\\#file"}, true},
		{"*.pyc", pattern{glob: "*.pyc"}, true},
		{"*.pyc  ", pattern{glob: "*.pyc"}, true},
		{"trail\\ ", pattern{glob: "trail\\ "}, true},
		{"build/", pattern{glob: "build", dirOnly: true}, true},
		{"/secret.env", pattern{glob: "secret.env", anchored: true}, true},
		{"docs/*.html", pattern{glob: "docs/*.html", anchored: true}, true},
		{"!keep.py", pattern{glob: "keep.py", negate: true}, true},
		{"\\!bang", pattern{glob: "\\!bang"}, true},
		{"**/cache/", pattern{glob: "**/cache", anchored: true, dirOnly: true}, true},
		{"windows\r", pattern{glob: "windows"}, true},
		{"/", pattern{}, false},
		{"!", pattern{}, false},
	}
	for _, c := range cases {
		got, ok := parsePattern(c.line)
		if got != c.want || ok != c.ok {
			t.Errorf("parsePattern(%q) = %+v, %v; want %+v, %v", c.line, got, ok, c.want, c.ok)
		}
	}
}

func TestIgnoreLevels(t *testing.T) {
	var top *ignoreLevel
	top = top.withFile("", []byte("*.log\n/local.py\nvendor/\n!important.log\nsecrets/**\n"))
	sub := top.withFile("app", []byte("# nested\ngenerated_*.py\n!debug.log\n/only_here.py\n"))
	cases := []struct {
		lv    *ignoreLevel
		rel   string
		isDir bool
		want  bool
	}{
		{top, "x.log", false, true},
		{top, "deep/x.log", false, true},
		{top, "important.log", false, false},
		{top, "local.py", false, true},
		{top, "pkg/local.py", false, false},
		{top, "vendor", true, true},
		{top, "vendor", false, false},
		{top, "pkg/vendor", true, true},
		{top, "secrets/a.env", false, true},
		{top, "secrets", true, false},
		{sub, "app/generated_x.py", false, true},
		{sub, "other/generated_x.py", false, false},
		{sub, "app/debug.log", false, false},
		{sub, "app/other.log", false, true},
		{sub, "app/only_here.py", false, true},
		{sub, "app/pkg/only_here.py", false, false},
	}
	for _, c := range cases {
		if got := c.lv.ignored(c.rel, c.isDir); got != c.want {
			t.Errorf("ignored(%q, dir=%v) = %v, want %v", c.rel, c.isDir, got, c.want)
		}
	}
	if got := top.withFile("x", []byte("# only comments\n\n")); got != top {
		t.Error("a file without patterns should not add a level")
	}
}

// Nested stars must not backtrack exponentially: this returns at once
// thanks to the abort results.
func TestWildmatchNoBlowup(t *testing.T) {
	pat := strings.Repeat("*a", 30) + "b"
	text := strings.Repeat("a", 200)
	if wildmatch(pat, text) {
		t.Fatal("unexpected match")
	}
}
