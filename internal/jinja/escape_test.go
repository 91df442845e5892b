package jinja

import (
	"reflect"
	"testing"
)

func TestAutoescapeByName(t *testing.T) {
	tests := map[string]bool{
		"templates/a.html": true, "templates/a.htm": true, "templates/a.xml": true,
		"templates/a.xhtml": true, "templates/icon.svg": true,
		// Flask compares names case-sensitively and by their last suffix.
		"templates/A.HTML": false, "templates/a.html.j2": false, "templates/a.j2": false,
		"templates/a.jinja": false, "templates/a.jinja2": false, "templates/mail.txt": false,
	}
	for path, want := range tests {
		tpl, _ := Parse(path, []byte("{{ x }}"))
		if tpl.Autoescape != want || tpl.Outputs[0].Autoescape != want || tpl.Outputs[0].Escaped != want {
			t.Errorf("%s: Autoescape %v, output autoescape %v escaped %v; want %v",
				path, tpl.Autoescape, tpl.Outputs[0].Autoescape, tpl.Outputs[0].Escaped, want)
		}
	}
}

// exprView is the part of an Output that the expression tests compare.
type exprView struct {
	Root     string
	Names    []string
	Filters  []string
	Call     string
	Constant bool
	Escaped  bool
}

func TestExpressions(t *testing.T) {
	tests := []struct {
		expr string
		want exprView
	}{
		{"user.name|e", exprView{"user", []string{"user"}, []string{"e"}, "", false, true}},
		{"note.body|safe", exprView{"note", []string{"note"}, []string{"safe"}, "", false, false}},
		{"note.body|e|safe", exprView{"note", []string{"note"}, []string{"e", "safe"}, "", false, true}},
		// markupsafe.escape leaves a Markup value alone; forceescape does not.
		{"note.body|safe|e", exprView{"note", []string{"note"}, []string{"safe", "e"}, "", false, false}},
		{"note.body|safe|forceescape", exprView{"note", []string{"note"}, []string{"safe", "forceescape"}, "", false, true}},
		{"data|tojson|safe", exprView{"data", []string{"data"}, []string{"tojson", "safe"}, "", false, true}},
		{"q|urlencode|safe", exprView{"q", []string{"q"}, []string{"urlencode", "safe"}, "", false, true}},
		{"html|striptags|safe", exprView{"html", []string{"html"}, []string{"striptags", "safe"}, "", false, false}},
		{"text|my.filters.md|safe", exprView{"text", []string{"text"}, []string{"my.filters.md", "safe"}, "", false, false}},
		{`"<br>"|safe`, exprView{"", nil, []string{"safe"}, "", true, true}},
		{`'checked' if user.admin else ''`, exprView{"", []string{"user"}, nil, "", true, true}},
		{`a if b else c|safe`, exprView{"a", []string{"a", "b", "c"}, []string{"safe"}, "", false, false}},
		{`(x|e)|length`, exprView{"x", []string{"x"}, []string{"length"}, "", false, true}},
		{"Markup(bio)", exprView{"Markup", []string{"Markup", "bio"}, nil, "Markup", false, false}},
		{"markupsafe.Markup(bio)", exprView{"markupsafe", []string{"markupsafe", "bio"}, nil, "markupsafe.Markup", false, false}},
		{"url_for('x', id=note.id)", exprView{"url_for", []string{"url_for", "note"}, nil, "url_for", false, true}},
		{"forms.field(f, class_='x')|safe", exprView{"forms", []string{"forms", "f"}, []string{"safe"}, "forms.field", false, false}},
		{"not x is defined", exprView{"x", []string{"x"}, nil, "", false, true}},
		{"x is not none and y", exprView{"x", []string{"x", "y"}, nil, "", false, true}},
		{"f(a)(b)", exprView{"f", []string{"f", "a", "b"}, nil, "", false, true}},
		{"", exprView{"", nil, nil, "", true, true}},
	}
	for _, tc := range tests {
		tpl, _ := Parse("t.html", []byte("{{ "+tc.expr+" }}"))
		o := tpl.Outputs[0]
		got := exprView{o.Root, o.Names, o.Filters, o.Call, o.Constant, o.Escaped}
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("{{ %s }}\n got %+v\nwant %+v", tc.expr, got, tc.want)
		}
	}
}

func TestAutoescapeBlocks(t *testing.T) {
	src := `{{ a }}{% autoescape false %}{{ b }}{{ c|e }}{% autoescape true %}{{ d }}{% endautoescape %}{{ e }}{%- endautoescape %}{{ f }}`
	tpl, err := Parse("t.html", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	type view struct {
		expr          string
		auto, escaped bool
	}
	var got []view
	for _, o := range tpl.Outputs {
		got = append(got, view{o.Expr, o.Autoescape, o.Escaped})
	}
	want := []view{{"a", true, true}, {"b", false, false}, {"c|e", false, true}, {"d", true, true}, {"e", false, false}, {"f", true, true}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %v\nwant %v", got, want)
	}
	// Turning escaping on inside a template Flask does not escape.
	tpl, _ = Parse("t.txt", []byte(`{{ a }}{% autoescape true %}{{ b }}{% endautoescape %}`))
	if tpl.Outputs[0].Escaped || !tpl.Outputs[1].Escaped {
		t.Errorf("autoescape true in a .txt template: %+v", tpl.Outputs)
	}
}

func TestMacroAndSetScopes(t *testing.T) {
	src := `{% macro m(x) %}{{ x }}{% endmacro %}{% set s %}{{ y }}{% endset %}{% set z = 1 %}{{ w }}`
	tpl, _ := Parse("t.html", []byte(src))
	type view struct{ expr, macro, set string }
	var got []view
	for _, o := range tpl.Outputs {
		got = append(got, view{o.Expr, o.Macro, o.Set})
	}
	want := []view{{"x", "m", ""}, {"y", "", "s"}, {"w", "", ""}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %v\nwant %v", got, want)
	}
}
