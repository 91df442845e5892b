package templates

import (
	"testing"

	"github.com/flaskguard/flaskguard/internal/jinja"
	"github.com/flaskguard/flaskguard/internal/rules/ruletest"
)

func parse(t *testing.T, path, src string) *jinja.Template {
	t.Helper()
	tpl, err := jinja.Parse(path, []byte(src))
	if err != nil {
		t.Fatalf("parse %s: %v", path, err)
	}
	return tpl
}

// UnescapedOutput is the question the taint engine asks of an output a
// request value reaches; its answers are exact strings.
func TestUnescapedOutput(t *testing.T) {
	tests := []struct {
		path, src string
		why       string
		ok        bool
	}{
		{"templates/a.html", "{{ x|safe }}", "marked |safe", true},
		{"templates/a.html", "{{ Markup(x) }}", "wrapped in Markup()", true},
		{"templates/a.html", "{{ Markup(x) if y else z }}", "marked safe", true},
		{"templates/a.html", "{% autoescape false %}{{ x }}{% endautoescape %}", "inside {% autoescape false %}", true},
		{"templates/a.j2", "<p>{{ x }}</p>", "Flask autoescapes only .html, .htm, .xml, .xhtml and .svg templates, not a.j2", true},
		{"templates/a.j2", "plain text {{ x }}", "", false},
		{"pages/a.j2", "<p>{{ x }}</p>", "", false},
		{"templates/a.html", "{{ x }}", "", false},
		{"templates/a.html", "{{ x|e|safe }}", "", false},
		{"templates/a.html", "{{ x|tojson|safe }}", "", false},
		{"templates/a.html", "{{ '<br>'|safe }}", "", false},
		{"templates/a.html", "{{ super()|safe }}", "", false},
		{"templates/a.html", `{% from "m.html" import f %}{{ f(x)|safe }}`, "", false},
		{"templates/a.html", `{% import "m.html" as m %}{{ m.f(x)|safe }}`, "", false},
		{"templates/a.html", `{% import "m.html" as m %}{{ n.f(x)|safe }}`, "marked |safe", true},
		{"templates/a.html", "{{ config.FOOTER|safe }}", "", false},
		{"templates/a.html", "{% autoescape false %}{{ _('x %(a)s', a=url_for('i')) }}{% endautoescape %}", "", false},
		{"templates/a.html", "{{ url_for('i', q=x)|safe }}", "marked |safe", true},
	}
	for _, tc := range tests {
		tpl := parse(t, tc.path, tc.src)
		o := &tpl.Outputs[len(tpl.Outputs)-1]
		why, ok := UnescapedOutput(tpl, o)
		if why != tc.why || ok != tc.ok {
			t.Errorf("%s %q: got (%q, %v), want (%q, %v)", tc.path, tc.src, why, ok, tc.why, tc.ok)
		}
	}
}

// Macros that call each other in a cycle, or a chain deeper than
// maxDepth, end in "unknown" instead of recursing without end.
func TestRendersTokenBounded(t *testing.T) {
	tpl := parse(t, "templates/a.html",
		`{% macro a() %}{{ b() }}{% endmacro %}{% macro b() %}{{ a() }}{% endmacro %}<form method="post">{{ a() }}</form>`)
	set := jinja.NewSet([]*jinja.Template{tpl})
	if got := rendersToken(set, tpl, tpl.Forms[0].Body, 0); got != unknownToken {
		t.Errorf("cycle: got %v, want unknown", got)
	}
	lib := parse(t, "templates/lib.html", `{% macro deep() %}{% include "partials/token.html" %}{% endmacro %}{% macro none() %}<b>x</b>{% endmacro %}`)
	partial := parse(t, "templates/partials/token.html", `{{ csrf_token() }}`)
	page := parse(t, "templates/page.html", `{% import "lib.html" as lib %}{% import "gone.html" as gone %}
<form method="post">{{ lib.deep() }}</form><form method="post">{{ lib.none() }}</form>
<form method="post">{{ gone.x() }}</form><form method="post">{{ lib.missing() }}</form>`)
	set = jinja.NewSet([]*jinja.Template{lib, partial, page})
	want := []tokenResult{hasToken, noToken, unknownToken, unknownToken}
	for i, f := range page.Forms {
		if got := rendersToken(set, page, f.Body, 0); got != want[i] {
			t.Errorf("form %d: got %v, want %v", i, got, want[i])
		}
	}
}

// FG0503's severity follows the apps that render a template: Low without
// cookie logins, Medium with them, Info where CSRFProtect rejects the
// token-less POST anyway. The conditions are project-wide, hence one
// folder each.
func TestFormCSRFSeverity(t *testing.T) {
	for _, dir := range []string{"testdata/anonymous", "testdata/session-login", "testdata/csrfprotect"} {
		t.Run(dir, func(t *testing.T) { ruletest.Run(t, dir, &FormWithoutCSRFToken) })
	}
}
