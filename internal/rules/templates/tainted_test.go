package templates

import (
	"testing"

	"github.com/flaskguard/flaskguard/internal/jinja"
	"github.com/flaskguard/flaskguard/internal/taint/spec"
)

// unsafeReach weighs what the view did to the value (its taint classes)
// against where the template writes it: escaping in the view protects
// text, not a URL, an unquoted attribute or a script; URL quoting protects
// all of those; a check that the value is a local path protects a link.
func TestUnsafeReach(t *testing.T) {
	const (
		raw     = spec.All
		escaped = spec.All &^ spec.HTML                                                              // markupsafe.escape
		quoted  = spec.Path | spec.Redirect | spec.SSRF | spec.Session | spec.XML | spec.Deserialize // urllib.parse.quote
		local   = spec.All &^ (spec.Redirect | spec.SSRF)                                            // checked to be a local URL
	)
	tests := []struct {
		src     string
		classes spec.Class
		why     string
	}{
		{"<p>{{ q }}</p>", raw, ""},
		{"<p>{{ q|safe }}</p>", raw, "rendered without escaping (marked |safe)"},
		{"<p>{{ q|safe }}</p>", escaped, ""},
		{"<a href='{{ q }}'>", raw, "at the start of the href attribute of <a>, where escaping does not stop a javascript: URL"},
		{"<a href='{{ q }}'>", escaped, "at the start of the href attribute of <a>, where escaping does not stop a javascript: URL"},
		{"<a href='{{ q }}'>", quoted, ""},
		{"<a href='{{ q }}'>", local, ""},
		{"<a href='/u/{{ q }}'>", raw, ""},
		{"<img src='{{ q }}'>", raw, ""},
		{"<script src='{{ q }}'></script>", raw, "at the start of the src attribute of <script>, where escaping does not stop a javascript: URL"},
		{"<form action='{{ q }}'>", raw, "at the start of the action attribute of <form>, where escaping does not stop a javascript: URL"},
		{"<div title={{ q }}>", escaped, "in the unquoted value of the title attribute, where a blank starts a new attribute (an onmouseover handler, say) that escaping does not stop"},
		{"<div title={{ q }}>", quoted, ""},
		{"<div title={{ q|int }}>", raw, ""},
		{"<div {{ q }}>", raw, "where attribute names go, so that it adds attributes (an onmouseover handler, say) that escaping does not stop"},
		{"<div {{ q|xmlattr }}>", raw, ""},
		{"<b onclick='f({{ q|tojson }})'>", raw, ""},
		{`<b onclick="f({{ q|tojson }})">`, raw, "in the onclick event handler, which the browser runs as JavaScript after decoding the escapes"},
		{"<script>x = {{ q|tojson }}</script>", raw, ""},
		{"<script>x = '{{ q }}'</script>", raw, ""},
		{"<script>x = '{{ q }}'</script>", escaped, ""},
		{"<script>x = '{{ q|safe }}'</script>", raw, "rendered without escaping (marked |safe)"},
		{"<script>x = '{{ q|safe }}'</script>", escaped, ""},
		{"<script>x = {{ q }}</script>", escaped, "in a <script> block without |tojson, where HTML escaping does not stop JavaScript injection"},
		{"<script>x = `{{ q }}`</script>", raw, "in a <script> block without |tojson, where HTML escaping does not stop JavaScript injection"},
		{"<script type='text/template'>{{ q }}</script>", raw, ""},
		{"<script type='text/template'>{{ q|safe }}</script>", raw, "rendered without escaping (marked |safe)"},
		{"<style>a { color: {{ q }} }</style>", raw, "in a <style> block, where HTML escaping does not stop CSS injection"},
		{`<div data-x="{{ q|tojson }}">`, raw, "as |tojson output in the double-quoted data-x attribute, whose quotes it ends"},
		{`<div data-x='{{ q|tojson }}'>`, raw, ""},
		{"{% autoescape false %}<p>{{ q }}</p>{% endautoescape %}", raw, "rendered without escaping (inside {% autoescape false %})"},
	}
	for _, tc := range tests {
		tpl, err := jinja.Parse("templates/t.html", []byte(tc.src))
		if err != nil {
			t.Fatalf("%s: %v", tc.src, err)
		}
		var got []string
		for _, r := range jinja.NewFlow().Reaches(tpl, "q", func(string) *jinja.Template { return nil }) {
			if why, ok := unsafeReach(r, tc.classes); ok {
				got = append(got, why)
			}
		}
		want := []string{}
		if tc.why != "" {
			want = append(want, tc.why)
		}
		if len(got) != len(want) || len(got) == 1 && got[0] != want[0] {
			t.Errorf("%s with %v:\n got %q\nwant %q", tc.src, tc.classes, got, want)
		}
	}
}

// A template with another extension is written out as it is; one without
// markup is not a page (a plain-text e-mail).
func TestUnsafeReachByName(t *testing.T) {
	for path, want := range map[string]bool{"pages/t.j2": true, "templates/mail.txt": false, "templates/t.svg": false} {
		src := "Dear {{ q }}"
		if want {
			src = "<p>{{ q }}</p>"
		}
		tpl, err := jinja.Parse(path, []byte(src))
		if err != nil {
			t.Fatal(err)
		}
		rs := jinja.NewFlow().Reaches(tpl, "q", func(string) *jinja.Template { return nil })
		if len(rs) != 1 {
			t.Fatalf("%s: %d reaches", path, len(rs))
		}
		if _, got := unsafeReach(rs[0], spec.All); got != want {
			t.Errorf("%s: unsafe = %v, want %v", path, got, want)
		}
	}
}
