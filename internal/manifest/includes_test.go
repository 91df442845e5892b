package manifest

import (
	"errors"
	"io/fs"
	"slices"
	"strings"
	"testing"
)

func TestFollowIncludes(t *testing.T) {
	files := map[string]string{
		"requirements.txt":         "-r requirements/base.txt\n-c constraints.txt\nflask\n",
		"requirements/base.txt":    "werkzeug==2.2.2\n-r common.in\n-r ../requirements.txt\n",
		"requirements/common.in":   "# shared\n\nclick==8.1.3\n-r base.txt\n-r https://example.org/r.txt\n-r missing.txt\n",
		"constraints.txt":          "jinja2==3.1.2\n-r requirements/common.in\n",
		"requirements/unused.txt":  "never==1\n",
		"requirements/missing.txt": "",
	}
	var reads []string
	read := func(p string) ([]byte, error) {
		reads = append(reads, p)
		if p == "requirements/missing.txt" {
			return nil, fs.ErrNotExist
		}
		s, ok := files[p]
		if !ok {
			t.Fatalf("read of unexpected path %q", p)
		}
		return []byte(s), nil
	}
	root, err := Read("requirements.txt", []byte(files["requirements.txt"]))
	if err != nil {
		t.Fatal(err)
	}
	got, err := FollowIncludes(root, read)
	if want := "requirements/common.in:6: read included file requirements/missing.txt: file does not exist"; err == nil || err.Error() != want {
		t.Errorf("got error %v, want %s", err, want)
	}
	if !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("error %v does not wrap the read error", err)
	}
	// Depth first, each file once: the cycles back to requirements.txt and
	// base.txt are not followed, and common.in is not read a second time
	// through constraints.txt.
	wantReads := []string{"requirements/base.txt", "requirements/common.in", "requirements/missing.txt", "constraints.txt"}
	if !slices.Equal(reads, wantReads) {
		t.Errorf("reads %q, want %q", reads, wantReads)
	}
	var desc []string
	for _, f := range got {
		for _, r := range f.Requirements {
			desc = append(desc, r.Loc.Path+":"+describe(r))
		}
	}
	want := []string{
		`requirements/base.txt:1:1-1:16 werkzeug[werkzeug] spec="==2.2.2" version="2.2.2"`,
		`requirements/common.in:3:1-3:13 click[click] spec="==8.1.3" version="8.1.3"`,
		`constraints.txt:1:1-1:14 jinja2[jinja2] spec="==3.1.2" version="3.1.2"`,
	}
	if strings.Join(desc, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(desc, "\n"), strings.Join(want, "\n"))
	}
}

func TestFollowIncludesBounded(t *testing.T) {
	// Every file includes a deeper one: a new path each time.
	read := func(p string) ([]byte, error) { return []byte("-r a/x.txt\n"), nil }
	root, _ := ReadAs("x.txt", FormatRequirements, []byte("-r a/x.txt\n"))
	got, err := FollowIncludes(root, read)
	if len(got) != maxIncludes || err == nil || !strings.Contains(err.Error(), "more than 256 included files") {
		t.Errorf("got %d files, error %v", len(got), err)
	}
}
