package confsrc

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/flaskguard/flaskguard/internal/finding"
)

func span(l finding.Location) string {
	return fmt.Sprintf("%d:%d-%d:%d", l.StartLine, l.StartCol, l.EndLine, l.EndCol)
}

// settingLines renders settings as "[directive ]scope|key=value loc value-loc".
func settingLines(ss []Setting) []string {
	out := []string{}
	for _, s := range ss {
		d := ""
		if s.Directive != "" {
			d = s.Directive + " "
		}
		out = append(out, fmt.Sprintf("%s%s|%s=%q %s %s", d, s.Scope, s.Key, s.Value, span(s.Loc), span(s.ValueLoc)))
	}
	return out
}

// commandLines renders commands as "[directive ]scope|args text loc [exec]".
func commandLines(cs []Command) []string {
	out := []string{}
	for _, c := range cs {
		d := ""
		if c.Directive != "" {
			d = c.Directive + " "
		}
		exec := ""
		if c.Exec {
			exec = " exec"
		}
		out = append(out, fmt.Sprintf("%s%s|%q %q %s%s", d, c.Scope, c.Args, c.Text, span(c.Loc), exec))
	}
	return out
}

func commentLines(m map[int]string) []string {
	keys := []int{}
	for l := range m {
		keys = append(keys, l)
	}
	slices.Sort(keys)
	out := []string{}
	for _, l := range keys {
		out = append(out, fmt.Sprintf("%d:%s", l, m[l]))
	}
	return out
}

func checkLines(t *testing.T, what string, got, want []string) {
	t.Helper()
	if !slices.Equal(got, want) {
		t.Errorf("%s:\ngot:\n  %s\nwant:\n  %s", what, strings.Join(got, "\n  "), strings.Join(want, "\n  "))
	}
}

// mustRead reads src and fails the test on an error.
func mustRead(t *testing.T, path string, kind Kind, src string) *File {
	t.Helper()
	f, err := Read(path, kind, []byte(src))
	if err != nil {
		t.Fatalf("Read(%s): %v", path, err)
	}
	return f
}

// checkBounds asserts every location of f lies within its source.
func checkBounds(t *testing.T, f *File) {
	t.Helper()
	ls := indexLines(f.Source)
	in := func(what string, l finding.Location) {
		if l.Path != f.Path {
			t.Fatalf("%s: path %q, want %q", what, l.Path, f.Path)
		}
		if l.StartLine < 1 || l.EndLine > len(ls) || l.StartLine > l.EndLine ||
			(l.StartLine == l.EndLine && l.StartCol > l.EndCol) || l.StartCol < 1 || l.EndCol < 1 {
			t.Fatalf("%s: location %s outside a %d-line source", what, span(l), len(ls))
		}
		for _, p := range [][2]int{{l.StartLine, l.StartCol}, {l.EndLine, l.EndCol}} {
			lineLen := lineEnd(f.Source, ls[p[0]-1]) - ls[p[0]-1]
			if p[1] > lineLen+1 {
				t.Fatalf("%s: column %d past the end of line %d (%d bytes)", what, p[1], p[0], lineLen)
			}
		}
	}
	for _, s := range f.Settings {
		in("setting "+s.Key, s.Loc)
		in("value of "+s.Key, s.ValueLoc)
	}
	for _, c := range f.Commands {
		in("command "+c.Text, c.Loc)
	}
	for l := range f.Comments {
		if l < 1 || l > len(ls) {
			t.Fatalf("comment on line %d of a %d-line source", l, len(ls))
		}
	}
}
