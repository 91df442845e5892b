package manifest

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// describe writes every field of a requirement on one line, leaving out
// the empty ones, so that tests compare exact values and a failure shows
// what differs: `7:1-7:13 Flask[flask] spec="==2.2.0" version="2.2.0"`.
func describe(r Requirement) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%d:%d-%d:%d %s[%s]", r.Loc.StartLine, r.Loc.StartCol, r.Loc.EndLine, r.Loc.EndCol, r.Name, r.Normalized)
	for _, kv := range []struct{ k, v string }{
		{"spec", r.Specifier}, {"version", r.Version}, {"marker", r.Marker}, {"url", r.URL}, {"group", r.Group},
	} {
		if kv.v != "" {
			fmt.Fprintf(&b, " %s=%q", kv.k, kv.v)
		}
	}
	if len(r.Extras) > 0 {
		fmt.Fprintf(&b, " extras=%v", r.Extras)
	}
	if r.Locked {
		b.WriteString(" locked")
	}
	if r.Editable {
		b.WriteString(" editable")
	}
	return b.String()
}

// readFixture reads testdata/<rel> under the path rel and checks that
// every requirement points into that file.
func readFixture(t *testing.T, rel string) (*File, error) {
	t.Helper()
	src, err := os.ReadFile(filepath.Join("testdata", rel))
	if err != nil {
		t.Fatal(err)
	}
	f, err := Read(rel, src)
	if f != nil {
		for _, r := range f.Requirements {
			if r.Loc.Path != rel {
				t.Errorf("%s: location path %q, want %q", r.Name, r.Loc.Path, rel)
			}
		}
	}
	return f, err
}

// checkRequirements compares the described requirements of f with want.
func checkRequirements(t *testing.T, f *File, want []string) {
	t.Helper()
	var got []string
	for _, r := range f.Requirements {
		got = append(got, describe(r))
	}
	for i := range max(len(got), len(want)) {
		g, w := "(none)", "(none)"
		if i < len(got) {
			g = got[i]
		}
		if i < len(want) {
			w = want[i]
		}
		if g != w {
			t.Errorf("requirement %d:\n got  %s\n want %s", i, g, w)
		}
	}
}
