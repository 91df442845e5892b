package jinja

import (
	"reflect"
	"testing"

	"github.com/flaskguard/flaskguard/internal/finding"
)

func TestForms(t *testing.T) {
	src := `{% import "forms.html" as f %}
<form method="get" action="/s"></form>
<FORM METHOD=" POST " action="{{ url_for("save") }}">
  <input type="hidden" name="csrf_token" value="{{ csrf_token() }}">
</FORM>
<form method="post">{{ f.field(x) }}{{ render(y) }}{{ url_for('a') }}{% include "p.html" %}</form>
<form method="post"><input name="csrf_token" value="fixed"></form>
{% macro wrap() %}<form method="post">{{ caller() }}</form>{% endmacro %}
<form method="post">{% block fields %}{% endblock %}{% include name %}</form>
{% raw %}<form method="post"></form>{% endraw %}
{% if a %}<form method="post" action="/a">{% else %}<form method="post" action="/b">{% endif %}{{ form.hidden_tag() }}</form>
<form method="post">never closed`
	tpl, err := Parse("templates/t.html", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	loc := func(line, col, endCol int) finding.Location {
		return finding.Location{Path: "templates/t.html", StartLine: line, StartCol: col, EndLine: line, EndCol: endCol}
	}
	want := []Form{
		{Method: "get", Action: "/s", Loc: loc(2, 1, 32)},
		{Method: "post", Action: `{{ url_for("save") }}`, Body: Body{HasCSRFToken: true}, Loc: loc(3, 1, 54)},
		{Method: "post", Body: Body{Calls: []string{"f.field", "render"}, Includes: []string{"p.html"}}, Loc: loc(6, 1, 21)},
		{Method: "post", Loc: loc(7, 1, 21)},
		{Method: "post", Body: Body{Opaque: true}, Macro: "wrap", Loc: loc(8, 19, 39)},
		{Method: "post", Body: Body{Opaque: true}, Loc: loc(9, 1, 21)},
		{Method: "post", Body: Body{Opaque: true}, Loc: loc(10, 10, 30)},
		{Method: "post", Action: "/a", Body: Body{HasCSRFToken: true}, Loc: loc(11, 11, 43)},
		{Method: "post", Action: "/b", Body: Body{HasCSRFToken: true}, Loc: loc(11, 53, 85)},
		{Method: "post", Loc: loc(12, 1, 21)},
	}
	if !reflect.DeepEqual(tpl.Forms, want) {
		t.Errorf("forms:")
		for i := range max(len(tpl.Forms), len(want)) {
			var g, w Form
			if i < len(tpl.Forms) {
				g = tpl.Forms[i]
			}
			if i < len(want) {
				w = want[i]
			}
			if !reflect.DeepEqual(g, w) {
				t.Errorf(" #%d\n  got %+v\n want %+v", i, g, w)
			}
		}
	}
	wantMacros := []Macro{{Name: "wrap", Body: Body{Opaque: true}, Loc: loc(8, 1, 19)}}
	if !reflect.DeepEqual(tpl.Macros, wantMacros) {
		t.Errorf("macros\n got %+v\nwant %+v", tpl.Macros, wantMacros)
	}
	if !tpl.Top.HasCSRFToken || !tpl.Top.Opaque || !reflect.DeepEqual(tpl.Top.Calls, []string{"f.field", "render"}) {
		t.Errorf("top body %+v", tpl.Top)
	}
}

func TestBlocks(t *testing.T) {
	src := `{% extends "base.html" %}
{% import 'forms.html' as forms %}
{% from "m.html" import a, b as c with context %}
{% include "x.html" ignore missing %}{% include names %}
{% set t = {"a": "=="} %}{% set body | trim %}x{% endset %}
{% autoescape false %}{% block content scoped %}{% call(u) forms.row(1) %}{% endcall %}{% endblock %}{% endautoescape %}
{% filter upper %}{% endfilter %}{% raw %}{% if %}{% endraw %}{% macro m(a=1) %}{% endmacro %}`
	tpl, err := Parse("t.html", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	type view struct {
		Kind          BlockKind
		Name, Alias   string
		Names         []ImportedName
		Auto          bool
		Line, EndLine int
	}
	var got []view
	for _, b := range tpl.Blocks {
		got = append(got, view{b.Kind, b.Name, b.Alias, b.Names, b.Autoescape, b.Loc.StartLine, b.End.StartLine})
	}
	want := []view{
		{Kind: BlockExtends, Name: "base.html", Line: 1},
		{Kind: BlockImport, Name: "forms.html", Alias: "forms", Line: 2},
		{Kind: BlockImport, Name: "m.html", Names: []ImportedName{{"a", "a"}, {"b", "c"}}, Line: 3},
		{Kind: BlockInclude, Name: "x.html", Line: 4},
		{Kind: BlockInclude, Line: 4},
		{Kind: BlockSet, Name: "t", Line: 5},
		{Kind: BlockSet, Name: "body", Line: 5, EndLine: 5},
		{Kind: BlockAutoescape, Line: 6, EndLine: 6},
		{Kind: BlockBlock, Name: "content", Line: 6, EndLine: 6},
		{Kind: BlockCall, Name: "forms.row", Line: 6, EndLine: 6},
		{Kind: BlockFilter, Name: "upper", Line: 7, EndLine: 7},
		{Kind: BlockRaw, Line: 7, EndLine: 7},
		{Kind: BlockMacro, Name: "m", Line: 7, EndLine: 7},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("blocks\n got %+v\nwant %+v", got, want)
	}
}

func TestErrors(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want []Error
	}{
		{"unclosed output", "<p>\n  {{ name </p>", []Error{{2, 3, "{{ is never closed with }}"}}},
		{"unclosed comment", "a {# note", []Error{{1, 3, "{# comment is never closed with #}"}}},
		{"stray quote recovers", "{{ \"a }}\n{{ b }}", []Error{{1, 1, "unbalanced quote or bracket in {{ }}"}}},
		{"unclosed block", "{% if a %}\n{% for x in y %}{% endfor %}", []Error{{1, 1, "{% if %} is never closed"}}},
		{"unexpected end", "x\n{% endif %}", []Error{{2, 1, "{% endif %} without an open {% if %}"}}},
		{"crossed blocks", "{% if a %}{% for x in y %}{% endif %}", []Error{{1, 11, "{% for %} is not closed before {% endif %}"}}},
		{"unclosed raw", "{% raw %}{{ x", []Error{{1, 1, "{% raw %} is never closed"}}},
		{"extension tags are left alone", "{% cache 60 %}x{% endcache %}{% endtrans_extra %}", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tpl, err := Parse("t.html", []byte(tc.src))
			if !reflect.DeepEqual(tpl.Errors, tc.want) {
				t.Errorf("errors\n got %+v\nwant %+v", tpl.Errors, tc.want)
			}
			if (err != nil) != (len(tc.want) > 0) {
				t.Errorf("error %v with %d template errors", err, len(tc.want))
			}
		})
	}
	// The rest of a template is still read after an error.
	tpl, err := Parse("t.html", []byte("{{ \"a }}\n<p>{{ b|safe }}</p>"))
	if err == nil || len(tpl.Outputs) != 2 || tpl.Outputs[1].Expr != "b|safe" || tpl.Outputs[1].Escaped {
		t.Errorf("after an error: %v %+v", err, tpl.Outputs)
	}
	if want := `t.html: line 1:1: unbalanced quote or bracket in {{ }}`; err.Error() != want {
		t.Errorf("error %q, want %q", err, want)
	}
}

func TestComments(t *testing.T) {
	src := "<p>{{ x|safe }} {# flaskguard: ignore[FG0630] -- sanitized #}</p>\n{#- multi\nline -#}\n{#-nosec-#}"
	tpl, _ := Parse("t.html", []byte(src))
	want := map[int]string{1: "# flaskguard: ignore[FG0630] -- sanitized", 2: "# multi", 4: "#nosec"}
	if !reflect.DeepEqual(tpl.Comments, want) {
		t.Errorf("comments %v, want %v", tpl.Comments, want)
	}
}

func TestSet(t *testing.T) {
	parse := func(path string) *Template {
		tpl, _ := Parse(path, []byte("x"))
		return tpl
	}
	app := parse("app/templates/index.html")
	bp := parse("app/admin/templates/index.html")
	login := parse("app/templates/auth/login.html")
	loose := parse("pages/page.jinja")
	s := NewSet([]*Template{bp, login, loose, app})
	for name, want := range map[string]*Template{
		"index.html": app, "auth/login.html": login, "pages/page.jinja": loose,
		"app/admin/templates/index.html": bp, "missing.html": nil, "": nil,
	} {
		if got := s.FindTemplate(name); got != want {
			t.Errorf("FindTemplate(%q) = %v, want %v", name, got, want)
		}
	}
	if got := s.All(); !reflect.DeepEqual(got, []*Template{bp, login, app, loose}) {
		t.Errorf("All() out of path order")
	}
	var none *Set
	if none.FindTemplate("index.html") != nil || none.All() != nil {
		t.Error("a nil set is not empty")
	}
	if app.Name != "index.html" || loose.Name != "" || parse("templates/a/templates/b.html").Name != "a/templates/b.html" {
		t.Errorf("names %q %q", app.Name, loose.Name)
	}
}
