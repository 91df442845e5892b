package scan_test

import (
	"reflect"
	"testing"

	"github.com/flaskguard/flaskguard/internal/config"
	"github.com/flaskguard/flaskguard/internal/finding"
	"github.com/flaskguard/flaskguard/internal/jinja"
	"github.com/flaskguard/flaskguard/internal/rules"
	"github.com/flaskguard/flaskguard/internal/rules/rule"
)

// A broken template is reported where its first error is, and what could
// be read of it is still analysed; suppressions in template comments work.
func TestTemplates(t *testing.T) {
	root := writeTree(t, map[string]string{
		"app/templates/broken.html": "<p>{{ a|safe }}</p>\n{% if x %}\n<p>{{ b|safe }}</p>\n",
		"app/templates/quiet.html":  "<p>{{ c|safe }}</p>{# flaskguard: ignore[FG0630] -- sanitized in the view #}\n",
	})
	res := run(t, root, config.Default(), rules.Find("FG0630"))
	want := []hit{{"app/templates/broken.html", 1, "FG0630"}, {"app/templates/broken.html", 3, "FG0630"}, {"app/templates/quiet.html", 1, "FG0630"}}
	if got := hits(res.Findings); !reflect.DeepEqual(got, want) {
		t.Errorf("findings = %v, want %v", got, want)
	}
	for _, f := range res.Findings {
		if quiet := f.Location.Path == "app/templates/quiet.html"; quiet != (f.Suppressed != nil) {
			t.Errorf("%s:%d suppressed = %+v", f.Location.Path, f.Location.StartLine, f.Suppressed)
		}
	}
	wantDiag := finding.Diagnostic{
		Kind:     finding.ParseError,
		Location: finding.Location{Path: "app/templates/broken.html", StartLine: 2, StartCol: 1, EndLine: 2, EndCol: 2},
		Message:  "{% if %} is never closed; the rest of the template is still analysed",
	}
	if !reflect.DeepEqual(res.Diagnostics, []finding.Diagnostic{wantDiag}) {
		t.Errorf("diagnostics = %+v, want %+v", res.Diagnostics, wantDiag)
	}
}

// Every check sees the parsed templates, found by the name render_template
// uses, so that Python rules can follow a render_template call.
func TestTemplatesReachChecks(t *testing.T) {
	root := writeTree(t, map[string]string{
		"app.py":                         "from flask import render_template\nrender_template('auth/login.html', user=u)\n",
		"app/templates/auth/login.html":  "<p>{{ user.name }}</p>",
		"app/templates/index.html":       "<p>{{ x }}</p>",
		"app/admin/templates/index.html": "<p>{{ y }}</p>",
	})
	var got []string
	probe := &rule.Rule{
		ID: "FG9902", Name: "template-probe", Practice: 6, CWE: 79,
		CheckProject: func(c *rule.Ctx) {
			for _, name := range []string{"auth/login.html", "index.html", "missing.html"} {
				if tpl := c.FindTemplate(name); tpl != nil {
					got = append(got, tpl.Path+" "+tpl.Outputs[0].Root)
				}
			}
			got = append(got, pathsOf(c.Templates.All())...)
		},
	}
	run(t, root, config.Default(), probe)
	want := []string{
		"app/templates/auth/login.html user", "app/templates/index.html x",
		"app/admin/templates/index.html", "app/templates/auth/login.html", "app/templates/index.html",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q\nwant %q", got, want)
	}
}

func pathsOf(ts []*jinja.Template) []string {
	var out []string
	for _, t := range ts {
		out = append(out, t.Path)
	}
	return out
}
