package jinja

import (
	"reflect"
	"testing"
)

// outView is the part of an Output that the context tests compare.
type outView struct {
	Expr    string
	Context Context
	Attr    string
	Quote   byte
	AtStart bool
	Escaped bool
}

func views(t *Template) []outView {
	var out []outView
	for _, o := range t.Outputs {
		out = append(out, outView{o.Expr, o.Context, o.AttrName, o.AttrQuote, o.AtValueStart, o.Escaped})
	}
	return out
}

func TestOutputContexts(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want []outView
	}{
		{"text", `<p>{{ name }}</p>`, []outView{{"name", Text, "", 0, false, true}}},
		{"quoted attribute", `<div class="a {{ cls }}" title='{{ t }}'>`, []outView{
			{"cls", AttrQuoted, "class", '"', false, true},
			{"t", AttrQuoted, "title", '\'', true, true},
		}},
		{"unquoted attribute", `<a href={{ url }} class=x{{ c }}>`, []outView{
			{"url", AttrUnquoted, "href", 0, true, true},
			{"c", AttrUnquoted, "class", 0, false, true},
		}},
		{"url attributes", `<a HREF="{{ u }}"><img src="/i/{{ id }}"><form action="{{ a }}"><button formaction="{{ f }}">`, []outView{
			{"u", URLAttr, "href", '"', true, true},
			{"id", URLAttr, "src", '"', false, true},
			{"a", URLAttr, "action", '"', true, true},
			{"f", URLAttr, "formaction", '"', true, true},
		}},
		{"event attribute", `<button onClick="go('{{ x }}')">`, []outView{{"x", EventAttr, "onclick", '"', false, true}}},
		{"tag position", `<input {{ attrs }} name="q"{{ more }}>`, []outView{
			{"attrs", Tag, "", 0, false, true},
			{"more", Tag, "", 0, false, true},
		}},
		{"attribute name", `<div data-{{ k }}="v">`, []outView{{"k", Tag, "", 0, false, true}}},
		{"end tag", `</div {{ x }}>`, []outView{{"x", Tag, "", 0, false, true}}},
		{"script body", `<script>var a = {{ a }};</script><p>{{ b }}</p>`, []outView{
			{"a", Script, "", 0, false, true},
			{"b", Text, "", 0, false, true},
		}},
		{"script types", `<script type="module">{{ m }}</script><script type="application/json">{{ j|tojson }}</script><script type="text/x-template">{{ tpl }}</script>`, []outView{
			{"m", Script, "", 0, false, true},
			{"j|tojson", ScriptData, "", 0, false, true},
			{"tpl", ScriptData, "", 0, false, true},
		}},
		{"script src is an attribute", `<script src="{{ url_for('static', filename='app.js') }}"></script>`, []outView{
			{"url_for('static', filename='app.js')", URLAttr, "src", '"', true, true},
		}},
		{"style and comment", `<style>a { color: {{ c }} }</style><!-- {{ n }} -->`, []outView{
			{"c", Style, "", 0, false, true},
			{"n", Comment, "", 0, false, true},
		}},
		{"rcdata elements are text", `<textarea>{{ body }}</textarea><title>{{ t }}</title>`, []outView{
			{"body", Text, "", 0, false, true},
			{"t", Text, "", 0, false, true},
		}},
		{"jinja quotes inside a quoted attribute", `<a href="{{ url_for("x", q='a b') }}" class="{{ c }}">`, []outView{
			{`url_for("x", q='a b')`, URLAttr, "href", '"', true, true},
			{"c", AttrQuoted, "class", '"', true, true},
		}},
		{"delimiters inside strings and dicts", `<p>{{ "}}" ~ {'a': {'b': 1}}['a'] }}</p>{{ x }}`, []outView{
			{`"}}" ~ {'a': {'b': 1}}['a']`, Text, "", 0, false, true},
			{"x", Text, "", 0, false, true},
		}},
		{"whitespace control", `<p>{{- name -}}</p><p>{{ -1 }}</p>`, []outView{
			{"name", Text, "", 0, false, true},
			{"-1", Text, "", 0, false, true},
		}},
		{"statements do not derail the tag", `<option value="{{ v }}" {% if sel %}selected{% endif %} title={{ t }}>`, []outView{
			{"v", AttrQuoted, "value", '"', true, true},
			{"t", AttrUnquoted, "title", 0, true, true},
		}},
		{"multi-line tag", "<a\n  class=\"x\"\n  href={{ u }}\n>", []outView{{"u", AttrUnquoted, "href", 0, true, true}}},
		{"raw and comments are not outputs", `{% raw %}<p>{{ client }}</p>{% endraw %}{# {{ gone }} #}<p>{{ kept }}</p>`, []outView{
			{"kept", Text, "", 0, false, true},
		}},
		{"less-than in text", `<p>1 < {{ n }} and a<{{ b }}</p>`, []outView{
			{"n", Text, "", 0, false, true},
			{"b", Text, "", 0, false, true},
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tpl, err := Parse("templates/t.html", []byte(tc.src))
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			if got := views(tpl); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("outputs\n got %+v\nwant %+v", got, tc.want)
			}
		})
	}
}

func TestOutputLocations(t *testing.T) {
	src := "<p>\n  {{ a }} x {{\n b }}</p>"
	tpl, _ := Parse("t.html", []byte(src))
	if len(tpl.Outputs) != 2 {
		t.Fatalf("got %d outputs", len(tpl.Outputs))
	}
	a, b := tpl.Outputs[0].Loc, tpl.Outputs[1].Loc
	if a.StartLine != 2 || a.StartCol != 3 || a.EndLine != 2 || a.EndCol != 10 || a.Path != "t.html" {
		t.Errorf("first output at %+v", a)
	}
	if b.StartLine != 2 || b.StartCol != 13 || b.EndLine != 3 || b.EndCol != 6 {
		t.Errorf("second output at %+v", b)
	}
}
