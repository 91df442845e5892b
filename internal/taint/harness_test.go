package taint

import (
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/flaskguard/flaskguard/internal/project"
	"github.com/flaskguard/flaskguard/internal/python"
	"github.com/flaskguard/flaskguard/internal/taint/spec"
)

// files is a small project: path → Python source.
type files map[string]string

// analyze parses and analyses a project with the default specification.
func analyze(t *testing.T, fs files) *Result {
	t.Helper()
	var parsed []*python.File
	paths := make([]string, 0, len(fs))
	for p := range fs {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	for _, p := range paths {
		src := strings.TrimLeft(fs[p], "\n")
		f, err := python.Parse(p, []byte(src))
		if err != nil {
			t.Fatalf("parse %s: %v", p, err)
		}
		if len(f.Errors) > 0 {
			t.Fatalf("%s: syntax error at line %d: %s", p, f.Errors[0].Span.Start.Line, f.Errors[0].Message)
		}
		parsed = append(parsed, f)
	}
	return Analyze(project.Build(parsed), spec.Default().Compile())
}

// expectRE matches `# flow: class class` expectations in fixtures.
var expectRE = regexp.MustCompile(`#\s*flow:\s*([a-z| ]+)`)

// expected reads the (file:line class) expectations of a project.
func expected(fs files) []string {
	var out []string
	for p, src := range fs {
		for i, line := range strings.Split(strings.TrimLeft(src, "\n"), "\n") {
			if m := expectRE.FindStringSubmatch(line); m != nil {
				for _, c := range strings.Fields(m[1]) {
					out = append(out, fmt.Sprintf("%s:%d %s", p, i+1, c))
				}
			}
		}
	}
	slices.Sort(out)
	return out
}

// got lists the flows found as (file:line class).
func got(r *Result) []string {
	var out []string
	for _, f := range r.Flows(spec.All) {
		out = append(out, fmt.Sprintf("%s:%d %s", f.Sink.Path, f.Sink.StartLine, f.Class))
	}
	slices.Sort(out)
	return out
}

// check analyses a project and compares the flows with its `# flow:`
// comments exactly.
func check(t *testing.T, fs files) *Result {
	t.Helper()
	r := analyze(t, fs)
	want, have := expected(fs), got(r)
	if !slices.Equal(want, have) {
		t.Errorf("flows differ\nwant: %v\ngot:  %v", want, have)
		for _, f := range r.Flows(spec.All) {
			t.Logf("  %s:%d %s: %s", f.Sink.Path, f.Sink.StartLine, f.Class, f.Message)
		}
	}
	return r
}
