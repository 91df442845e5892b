package jinja

import (
	"fmt"
	"reflect"
	"sort"
	"strings"
	"testing"
)

// reaches parses the templates (path → source), renders root with the
// variable v and describes each reach as "path:line expr state hops".
func reaches(t *testing.T, files map[string]string, root, v string) []string {
	t.Helper()
	var all []*Template
	for p, src := range files {
		tpl, err := Parse(p, []byte(src))
		if err != nil {
			t.Fatalf("parse %s: %v", p, err)
		}
		all = append(all, tpl)
	}
	set := NewSet(all)
	var out []string
	for _, r := range NewFlow().Reaches(set.FindTemplate(root), v, set.FindTemplate) {
		st := "escaped"
		if r.Raw() {
			st = "raw"
		}
		if r.JSON {
			st += "+json"
		}
		if r.Plain {
			st += "+plain"
		}
		var hops []string
		for _, h := range r.Hops {
			hops = append(hops, fmt.Sprintf("%d:%s", h.Loc.StartLine, strings.Fields(h.Note)[0]))
		}
		out = append(out, fmt.Sprintf("%s:%d %s %s %v", r.Template.Path, r.Output.Loc.StartLine, r.Output.Expr, st, hops))
	}
	sort.Strings(out)
	return out
}

func TestReachesExpressions(t *testing.T) {
	src := `<p>{{ q }}</p>
<p>{{ q|safe }}</p>
<p>{{ q.name|upper|safe }} {{ q['k']|safe }} {{ q.strip()|safe }}</p>
<p>{{ 'yes' if q else 'no' }} {{ q == 'x' }} {{ q is defined }} {{ not q }} {{ q|length > 2 }}</p>
<p>{{ url_for('search', q=q)|safe }} {{ other|safe }} {{ loop_q|safe }}</p>
<p>{{ '<b>%s</b>'|format(q)|safe }} {{ x|default(q)|safe }} {{ q|e|safe }} {{ (q|e)|safe }}</p>
<p>{{ q|int }} {{ q|urlencode }} {{ q|tojson }} {{ Markup(q) }} {{ q|striptags|safe }}</p>
<p>{{ a if c else q|safe }} {{ q ~ '!' }} {{ q or 'none' }}</p>
{% macro m(x) %}{{ x|safe }}{{ q|safe }}{% endmacro %}{{ m(q) }}`
	got := reaches(t, map[string]string{"templates/a.html": src}, "a.html", "q")
	want := []string{
		"templates/a.html:1 q escaped []",
		"templates/a.html:2 q|safe raw []",
		"templates/a.html:3 q.name|upper|safe raw []",
		"templates/a.html:3 q.strip()|safe raw []",
		"templates/a.html:3 q['k']|safe raw []",
		"templates/a.html:6 '<b>%s</b>'|format(q)|safe raw []",
		"templates/a.html:6 x|default(q)|safe raw []",
		"templates/a.html:7 Markup(q) raw []",
		"templates/a.html:7 q|int escaped+plain []",
		"templates/a.html:7 q|striptags|safe raw []",
		"templates/a.html:7 q|tojson escaped+json []",
		"templates/a.html:7 q|urlencode escaped+plain []",
		"templates/a.html:8 a if c else q|safe raw []",
		"templates/a.html:8 q or 'none' escaped []",
		"templates/a.html:8 q ~ '!' escaped []",
	}
	// {{ q|e|safe }} and {{ (q|e)|safe }} are escaped and marked safe.
	want = append(want, "templates/a.html:6 (q|e)|safe escaped []", "templates/a.html:6 q|e|safe escaped []")
	sort.Strings(want)
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got\n %s\nwant\n %s", strings.Join(got, "\n "), strings.Join(want, "\n "))
	}
}

func TestReachesScopes(t *testing.T) {
	src := `{% for item in items %}<li>{{ item|safe }}</li>{% set inner = item %}{% endfor %}{{ inner|safe }}{{ item|safe }}
{% for k, v in items.items() %}{{ k|safe }}{{ v|safe }}{{ loop.index|safe }}{% endfor %}
{% set copy = items|first %}{{ copy|safe }}
{% set a, b = 'x', items %}{{ a|safe }}{{ b|safe }}
{% with w = items %}{{ w|safe }}{% endwith %}{{ w|safe }}
{% if c %}{% set maybe = items %}{% else %}{% set maybe = 'x' %}{% endif %}{{ maybe|safe }}
{% set items = 'clean' %}{{ items|safe }}`
	got := reaches(t, map[string]string{"templates/a.html": src}, "a.html", "items")
	want := []string{
		"templates/a.html:1 item|safe raw [1:bound]",
		"templates/a.html:2 k|safe raw [2:bound]",
		"templates/a.html:2 v|safe raw [2:bound]",
		"templates/a.html:3 copy|safe raw [3:assigned]",
		"templates/a.html:4 b|safe raw [4:assigned]",
		"templates/a.html:5 w|safe raw [5:assigned]",
		"templates/a.html:6 maybe|safe raw [6:assigned]",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got\n %s\nwant\n %s", strings.Join(got, "\n "), strings.Join(want, "\n "))
	}
}

func TestReachesIncludesAndLayouts(t *testing.T) {
	files := map[string]string{
		"templates/base.html": `<title>{{ q }}</title>{% block body %}<p>{{ q|safe }}</p>{% endblock %}
{% block side %}{{ q|safe }}{% endblock %}{{ shout|safe }}`,
		"templates/page.html": `{% extends "base.html" %}{% set shout = q|upper %}
{% block body %}{{ super() }}<b>{{ q|safe }}</b>{% include "part.html" %}{% include "quiet.html" without context %}{% endblock %}
{% block side %}none{% endblock %}{{ q|safe }}`,
		"templates/part.html":  `{% for x in [q] %}{{ x|safe }}{% endfor %}{% include ["missing.html", "other.html"] %}`,
		"templates/other.html": `{{ q|safe }}{% include "part.html" %}`,
		"templates/quiet.html": `{{ q|safe }}`,
	}
	got := reaches(t, files, "page.html", "q")
	want := []string{
		// The layout's own outputs, and its block that the child's
		// block renders through super().
		"templates/base.html:1 q escaped [1:passed]",
		"templates/base.html:1 q|safe raw [1:passed]",
		// The child's top-level set is seen by the layout.
		"templates/base.html:2 shout|safe raw [1:assigned 1:passed]",
		// The child's block; its includes (a list takes the first found;
		// the include cycle back to part.html stops).
		"templates/other.html:1 q|safe raw [2:passed 1:passed]",
		"templates/page.html:2 q|safe raw []",
		"templates/part.html:1 x|safe raw [2:passed 1:bound]",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got\n %s\nwant\n %s", strings.Join(got, "\n "), strings.Join(want, "\n "))
	}
}

// A child whose layout is not in the scan still renders its blocks.
func TestReachesUnknownLayout(t *testing.T) {
	files := map[string]string{"templates/page.html": `{% extends "gone.html" %}{% block a %}{{ q|safe }}{% endblock %}{{ q|safe }}`}
	got := reaches(t, files, "page.html", "q")
	want := []string{"templates/page.html:1 q|safe raw []"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

// The tree lines up with Parse's outputs whatever the template holds.
func TestTreeMatchesOutputs(t *testing.T) {
	for _, src := range []string{
		"{% raw %}{{ a }}{% endraw %}{{ b }}",
		"{% if x %}{{ a }}{% elif y %}{{ b }}{% else %}{{ c }}{% endif %}{% endfor %}",
		"{{ a }}{% for x in y %}{% if z %}{{ x }}{% endfor %}",
		"{# {{ no }} #}<script>{{ s }}</script>{{ unclosed",
	} {
		tpl, _ := Parse("templates/t.html", []byte(src))
		tr := buildTree(tpl)
		n := 0
		var count func([]*node)
		count = func(body []*node) {
			for _, x := range body {
				if x.kind == nOutput {
					n++
				}
				count(x.body)
			}
		}
		count(tr.body)
		if n != len(tpl.Outputs) {
			t.Errorf("%q: tree has %d outputs, Parse %d", src, n, len(tpl.Outputs))
		}
	}
}

func TestInJSString(t *testing.T) {
	src := `<script nonce="{{ n }}">
const a = "{{ a }}", b = '{{ b }}', c = {{ c }}, d = ` + "`{{ d }}`" + `;
// "{{ e }}
/* ' */ const f = "x{{ url_for("y") }}{{ f }}";
const g = "\"{{ g }}"; const h = "\\" + {{ h }};
</script><script>var i = '{{ i }}';</script>`
	tpl, err := Parse("templates/t.html", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]bool{"a": true, "b": true, "c": false, "d": false, "e": false, "f": true, "g": true, "h": false, "i": true}
	for i := range tpl.Outputs {
		o := &tpl.Outputs[i]
		if w, ok := want[o.Expr]; ok && tpl.InJSString(o) != w {
			t.Errorf("{{ %s }}: in a string = %v, want %v", o.Expr, !w, w)
		}
	}
}

// A question with a target keeps the outputs of one template, walking only the
// includes that lead to it.
func TestReachesIn(t *testing.T) {
	files := map[string]string{
		"templates/page.html": `{% extends "base.html" %}{% block b %}{% include "a.html" %}{% include "b.html" %}{{ q|safe }}{% endblock %}`,
		"templates/base.html": `{% block b %}{% endblock %}{{ q|safe }}`,
		"templates/a.html":    `{% include "c.html" %}{% include "a.html" %}`,
		"templates/b.html":    `{{ q|safe }}`,
		"templates/c.html":    `{{ q|safe }}{% include "a.html" %}`,
	}
	var all []*Template
	for p, src := range files {
		tpl, err := Parse(p, []byte(src))
		if err != nil {
			t.Fatal(err)
		}
		all = append(all, tpl)
	}
	set := NewSet(all)
	fl := NewFlow()
	for _, name := range []string{"base.html", "b.html", "c.html", "page.html"} {
		target := set.FindTemplate(name)
		rs := fl.Ask(Question{Root: set.FindTemplate("page.html"), Vars: []string{"q"}, Lookup: set.FindTemplate, Target: target})
		if len(rs) != 1 || rs[0].Template != target {
			t.Errorf("%s: %d reaches", name, len(rs))
		}
	}
}

// Several variables are followed in one walk, each reach naming its own.
func TestReachesSeveralVars(t *testing.T) {
	tpl, err := Parse("templates/a.html", []byte(`{% set both = a ~ b %}{{ both|safe }}{{ b }}{{ c|safe }}`))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, r := range NewFlow().Ask(Question{Root: tpl, Vars: []string{"a", "b"}, Lookup: func(string) *Template { return nil }}) {
		got = append(got, r.Var+" "+r.Output.Expr)
	}
	sort.Strings(got)
	want := []string{"a both|safe", "b b", "b both|safe"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

// Outputs in a start tag know their element, which decides whether a URL
// attribute runs script.
func TestOutputElement(t *testing.T) {
	tpl, err := Parse("templates/a.html", []byte(`<A HREF="{{ a }}"><img src="{{ b }}" {{ c }}><p>{{ d }}</p>`))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, o := range tpl.Outputs {
		got = append(got, o.Expr+":"+o.Element)
	}
	want := []string{"a:a", "b:img", "c:img", "d:"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}
