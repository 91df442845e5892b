package session

import (
	"strings"
	"testing"

	"github.com/flaskguard/flaskguard/internal/python"
)

func TestCookieSecureAttr(t *testing.T) {
	for _, tc := range []struct {
		text          string
		secure, known bool
	}{
		{"sid=abc", false, true},
		{"sid=abc; Path=/; HttpOnly", false, true},
		{"sid=abc; Path=/; secure; HttpOnly", true, true},
		{"sid=" + hole + "; Path=/; SECURE", true, true},
		{"sid=" + hole + "; Path=/; Max-Age=" + hole, false, true},
		{"sid=" + hole, false, false},
		{hole, false, false},
		{"sid=" + hole + "; " + hole, false, false},
		{"sid=x; Path=/" + hole, false, true}, // a hole in Path's value
		{"sid=x; Secure=" + hole, true, true},
	} {
		secure, known := cookieSecureAttr(tc.text)
		if secure != tc.secure || known != tc.known {
			t.Errorf("cookieSecureAttr(%q) = %v, %v; want %v, %v", tc.text, secure, known, tc.secure, tc.known)
		}
	}
}

func TestTemplates(t *testing.T) {
	show := func(s string) string { return strings.ReplaceAll(s, hole, "?") }
	for in, want := range map[string]string{
		"a=%s; Path=/; 100%%":    "a=?; Path=/; 100%",
		"%(name)s=%(v)r; Secure": "?=?; Secure",
		"%-10.3f":                "?",
	} {
		if got := show(percentText(in)); got != want {
			t.Errorf("percentText(%q) = %q, want %q", in, got, want)
		}
	}
	for in, want := range map[string]string{
		"{}={}; Path=/":          "?=?; Path=/",
		"{name}={v!r:>4}; {{x}}": "?=?; {x}",
		"{open":                  "?",
	} {
		if got := show(braceText(in)); got != want {
			t.Errorf("braceText(%q) = %q, want %q", in, got, want)
		}
	}
	src := `x = f"sid={value!r}; Path=/; Max-Age={age:>4}; {attrs}"` + "\n"
	f, err := python.Parse("x.py", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	s := f.Module.Body[0].(*python.Assign).Value.(*python.String)
	if got, want := show(fstringText(f.Source, s)), "sid=?; Path=/; Max-Age=?; ?"; got != want {
		t.Errorf("fstringText = %q, want %q", got, want)
	}
}
