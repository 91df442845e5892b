package csp

import (
	"reflect"
	"strings"
	"testing"
)

func TestParse(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"default-src 'self'; img-src * data:", "default-src 'self'; img-src * data:"},
		// Names are case-insensitive; extra whitespace and empty parts vanish.
		{"  Default-SRC   'self' ;; ;script-src\t'nonce-abc'  ", "default-src 'self'; script-src 'nonce-abc'"},
		// A repeated directive keeps its first occurrence, as browsers do.
		{"script-src 'self'; script-src *", "script-src 'self'"},
		// A directive without values is kept (upgrade-insecure-requests).
		{"upgrade-insecure-requests; default-src 'none'", "upgrade-insecure-requests; default-src 'none'"},
		// Invalid names are dropped.
		{"scr!pt-src *; object-src 'none'", "object-src 'none'"},
		{"", ""},
	} {
		if got := Parse(c.in).String(); got != c.want {
			t.Errorf("Parse(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestParseHeader(t *testing.T) {
	ps := ParseHeader("default-src 'self', script-src 'none'; object-src 'none', ")
	var got []string
	for _, p := range ps {
		got = append(got, p.String())
	}
	want := []string{"default-src 'self'", "script-src 'none'; object-src 'none'"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("ParseHeader = %q, want %q", got, want)
	}
}

func TestEffective(t *testing.T) {
	p := Parse("default-src 'self'; child-src https://a.example; script-src 'nonce-x'")
	for name, want := range map[string]string{
		"script-src":      "script-src",
		"script-src-elem": "script-src",
		"object-src":      "default-src",
		"frame-src":       "child-src",
		"worker-src":      "child-src",
	} {
		d, ok := p.Effective(name)
		if !ok || d.Name != want {
			t.Errorf("Effective(%q) = %q %v, want %q", name, d.Name, ok, want)
		}
	}
	for _, name := range []string{"base-uri", "frame-ancestors", "form-action"} {
		if d, ok := p.Effective(name); ok {
			t.Errorf("Effective(%q) = %q, want none: it has no fallback", name, d.Name)
		}
	}
}

func TestClassify(t *testing.T) {
	for s, want := range map[string]SourceKind{
		"'self'": Keyword, "'UNSAFE-INLINE'": Keyword, "'nonce-r4nd0m'": Nonce,
		"'sha256-abc='": Hash, "'SHA512-abc='": Hash, "*": Wildcard, "https:": Scheme,
		"data:": Scheme, "wss:": Scheme, "https://cdn.example.com": Host, "*.example.com": Host,
		"example.com:443": Host, "1http:": Host,
	} {
		if got, _ := Classify(s); got != want {
			t.Errorf("Classify(%q) = %d, want %d", s, got, want)
		}
	}
	if _, v := Classify("'Unsafe-Inline'"); v != "'unsafe-inline'" {
		t.Errorf("keywords are lower-cased, got %q", v)
	}
}

func TestOnlyRestrictive(t *testing.T) {
	for s, want := range map[string]bool{
		"default-src 'self'":             true,
		"default-src 'none'":             true,
		"default-src 'self' 'nonce-abc'": true,
		"default-src 'self' cdn.example": false,
		"default-src *":                  false,
		"default-src 'unsafe-inline'":    false,
	} {
		d := Parse(s).Directives[0]
		if got := d.OnlyRestrictive(); got != want {
			t.Errorf("OnlyRestrictive(%q) = %v, want %v", s, got, want)
		}
	}
}

// kinds lists the problems of a policy as "kind directive source".
func kinds(ps []Problem) []string {
	var out []string
	for _, p := range ps {
		out = append(out, strings.Join(strings.Fields(string(p.Kind)+" "+p.Directive+" "+p.Source+" "+p.Severity.String()), " "))
	}
	return out
}

func TestCheck(t *testing.T) {
	for _, c := range []struct {
		policy string
		opt    Options
		want   []string
	}{
		// Flask-Talisman's default policy is complete enough: scripts and
		// plugins pinned; no nonce, so base-uri is not needed.
		{"default-src 'self'; object-src 'none'", Options{FrameOptions: true}, nil},
		{"default-src 'self'; object-src 'none'", Options{}, []string{"missing-frame-ancestors frame-ancestors low"}},
		{"default-src 'self'; object-src 'none'", Options{Meta: true}, nil},
		// A strict nonce policy.
		{"script-src 'nonce-r' 'strict-dynamic' https: 'unsafe-inline'; object-src 'none'; base-uri 'none'; frame-ancestors 'self'", Options{}, nil},
		{"script-src 'nonce-r'; object-src 'none'; frame-ancestors 'none'", Options{}, []string{"missing-base-uri base-uri low"}},
		// 'unsafe-inline' with a hash is ignored by CSP2+ browsers.
		{"default-src 'self' 'unsafe-inline' 'sha256-abc='; base-uri 'self'", Options{FrameOptions: true}, nil},
		{"default-src 'self' 'unsafe-inline' 'unsafe-eval'", Options{FrameOptions: true}, []string{
			"unsafe-inline default-src 'unsafe-inline' medium", "unsafe-eval default-src 'unsafe-eval' low"}},
		{"default-src 'self'; script-src * data: https: blob: cdn.example.com https://*; object-src 'none'", Options{FrameOptions: true}, []string{
			"wildcard-source script-src * medium", "scheme-source script-src data: medium",
			"scheme-source script-src https: medium", "scheme-source script-src blob: low",
			"wildcard-source script-src https://* medium"}},
		// A framing-only policy restricts nothing else.
		{"frame-ancestors 'none'", Options{}, []string{"no-script-policy script-src medium", "missing-object-src object-src low"}},
		{"default-src *", Options{FrameOptions: true}, []string{"wildcard-source default-src * medium", "wildcard-source default-src * low"}},
		{"script-src 'self'; object-src data:", Options{FrameOptions: true}, []string{"scheme-source object-src data: low"}},
		// img-src data: is harmless.
		{"default-src 'self'; img-src 'self' data:; frame-ancestors 'none'", Options{}, nil},
	} {
		got := kinds(Check(Parse(c.policy), c.opt))
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("Check(%q, %+v) =\n  %q\nwant\n  %q", c.policy, c.opt, got, c.want)
		}
	}
}

func TestCheckMessages(t *testing.T) {
	ps := Check(Parse("default-src 'self' 'unsafe-inline'"), Options{FrameOptions: true})
	if len(ps) != 1 || !strings.HasPrefix(ps[0].Message, "default-src (which scripts fall back to) allows 'unsafe-inline'") {
		t.Errorf("message = %+v", ps)
	}
	for _, k := range []ProblemKind{UnsafeInline, UnsafeEval, WildcardSource, SchemeSource} {
		if !k.Unsafe() {
			t.Errorf("%s should be unsafe", k)
		}
	}
	for _, k := range []ProblemKind{NoScriptPolicy, MissingObjectSrc, MissingBaseURI, MissingFrameAncestors} {
		if k.Unsafe() {
			t.Errorf("%s should be incomplete, not unsafe", k)
		}
	}
}

func TestAdd(t *testing.T) {
	p := Parse("default-src 'self'; script-src 'self'")
	p.Add("script-src", "'nonce-x'")
	p.Add("style-src", "'nonce-x'")
	if got, want := p.String(), "default-src 'self'; script-src 'self' 'nonce-x'; style-src 'nonce-x'"; got != want {
		t.Errorf("Add: %q, want %q", got, want)
	}
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{"default-src 'self'", "script-src 'nonce-a' 'strict-dynamic'; object-src 'none'",
		";;", "a b c, d e; f", "x\x00y; *"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p := Parse(s)
		// Canonical output parses back to itself.
		if again := Parse(p.String()); again.String() != p.String() {
			t.Errorf("not canonical: %q -> %q -> %q", s, p.String(), again.String())
		}
		seen := map[string]bool{}
		for _, d := range p.Directives {
			if seen[d.Name] || !validName(d.Name) {
				t.Errorf("bad directive %q in %q", d.Name, s)
			}
			seen[d.Name] = true
		}
		_ = Check(p, Options{})
	})
}
