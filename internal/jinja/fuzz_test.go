package jinja

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/flaskguard/flaskguard/internal/finding"
)

// FuzzParse checks that Parse never panics and that everything it returns
// points inside the source, where the construct or tag it names starts.
func FuzzParse(f *testing.F) {
	for _, glob := range []string{"../../examples/*/templates/*.html", "../rules/testdata/*/templates/*"} {
		paths, _ := filepath.Glob(glob)
		for _, p := range paths {
			if src, err := os.ReadFile(p); err == nil {
				f.Add(src)
			}
		}
	}
	for _, s := range []string{
		"", "{{", "{%", "{#", "{{}}", "{% raw %}", "{% endraw %}", "<a href={{ x }}>", "<form method=post>{% if %}",
		"<script>{{ x }}</script", "{{ '}}' }}", "<a {{ b }}='{{ c }}'", "\x01{{ x }}\x02", "{%- raw -%}{{ x }}{%- endraw -%}",
		"<input name=csrf value={{", "{% from %}{% import %}{% call %}{% set %}{% macro %}",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		tpl, err := Parse("templates/f.html", src)
		if tpl == nil {
			t.Fatal("nil template")
		}
		if (err != nil) != (len(tpl.Errors) > 0) {
			t.Fatalf("error %v with %d template errors", err, len(tpl.Errors))
		}
		lines := bytes.Count(src, []byte("\n")) + 1
		inside := func(what string, l finding.Location) {
			if l.StartLine < 1 || l.EndLine < l.StartLine || l.EndLine > lines || l.StartCol < 1 || l.EndCol < 1 ||
				l.StartLine == l.EndLine && l.EndCol < l.StartCol {
				t.Fatalf("%s at %+v outside a source of %d lines", what, l, lines)
			}
		}
		for _, o := range tpl.Outputs {
			inside("output", o.Loc)
			if o.start < 0 || o.end > len(src) || !bytes.HasPrefix(src[o.start:], []byte("{{")) {
				t.Fatalf("output %q at %d..%d does not start with {{", o.Expr, o.start, o.end)
			}
			if line := bytes.Count(src[:o.start], []byte("\n")) + 1; line != o.Loc.StartLine {
				t.Fatalf("output %q on line %d, reported on %d", o.Expr, line, o.Loc.StartLine)
			}
		}
		for _, fm := range tpl.Forms {
			inside("form", fm.Loc)
		}
		for _, b := range tpl.Blocks {
			inside("block", b.Loc)
			if b.start > b.end || b.end > len(src) {
				t.Fatalf("block %s region %d..%d", b.Kind, b.start, b.end)
			}
		}
		for _, e := range tpl.Errors {
			if e.Line < 1 || e.Line > lines || e.Col < 1 {
				t.Fatalf("error %v outside the source", e)
			}
		}
		for line := range tpl.Comments {
			if line < 1 || line > lines {
				t.Fatalf("comment on line %d of %d", line, lines)
			}
		}
		// Following values through the template must end too, even when
		// every include and extends loads the template itself.
		self := func(string) *Template { return tpl }
		for _, r := range NewFlow().Ask(Question{Root: tpl, Vars: []string{"x", "q", "b", "c"}, Lookup: self}) {
			if r.Output == nil || r.Template != tpl {
				t.Fatalf("reach %+v outside the template", r)
			}
			inside("reach", r.Output.Loc)
		}
	})
}
