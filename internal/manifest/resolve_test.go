package manifest

import (
	"strings"
	"testing"
)

func TestResolve(t *testing.T) {
	read := func(p, src string) *File {
		f, err := Read(p, []byte(src))
		if err != nil {
			t.Fatal(err)
		}
		return f
	}
	reqs := read("requirements.txt", "flask==2.2.0\nrequests>=2\nonly-in-reqs\n")
	in := read("requirements.in", "flask\n")
	pyproject := read("pyproject.toml", "[project]\ndependencies = ['Flask>=2', 'click', 'stale-only==1.0']\n")
	lock := read("poetry.lock", "[[package]]\nname = \"flask\"\nversion = \"2.2.1\"\n\n[[package]]\nname = \"click\"\nversion = \"8.1.3\"\n")
	uv := read("uv.lock", "[[package]]\nname = \"Flask\"\nversion = \"2.2.0\"\n")
	pdm := read("sub/pdm.lock", "[[package]]\nname = \"werkzeug\"\nversion = \"2.2.2\"\n"+
		"[[package]]\nname = \"werkzeug\"\nversion = \"2.2.2\"\nextras = [\"watchdog\"]\n")
	sub := read("sub/requirements.txt", "flask==2.0\nwerkzeug\n")

	// reqs is passed twice, as when the walk and an -r both find it.
	res := Resolve([]*File{reqs, in, pyproject, lock, uv, nil, pdm, sub, reqs})
	var got []string
	for _, r := range res.Effective {
		got = append(got, r.Loc.Path+":"+describe(r))
	}
	want := []string{
		`poetry.lock:2:1-2:15 flask[flask] spec="==2.2.1" version="2.2.1" locked`,
		`poetry.lock:6:1-6:15 click[click] spec="==8.1.3" version="8.1.3" locked`,
		`pyproject.toml:2:38-2:55 stale-only[stale-only] spec="==1.0" version="1.0"`,
		`requirements.txt:2:1-2:12 requests[requests] spec=">=2"`,
		`requirements.txt:3:1-3:13 only-in-reqs[only-in-reqs]`,
		`sub/pdm.lock:2:1-2:18 werkzeug[werkzeug] spec="==2.2.2" version="2.2.2" locked`,
		`sub/requirements.txt:1:1-1:11 flask[flask] spec="==2.0" version="2.0"`,
		`uv.lock:2:1-2:15 Flask[flask] spec="==2.2.0" version="2.2.0" locked`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("effective:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	got = nil
	for _, s := range res.Shadowed {
		got = append(got, s.Requirement.Loc.Path+":"+s.Requirement.Name+" by "+s.By.Loc.Path+":"+s.By.Version)
	}
	want = []string{
		"pyproject.toml:Flask by poetry.lock:2.2.1",
		"pyproject.toml:click by poetry.lock:8.1.3",
		"requirements.in:flask by poetry.lock:2.2.1",
		"requirements.txt:flask by poetry.lock:2.2.1",
		"sub/pdm.lock:werkzeug by sub/pdm.lock:2.2.2",
		"sub/requirements.txt:werkzeug by sub/pdm.lock:2.2.2",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("shadowed:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestResolvePinnedOverRanges(t *testing.T) {
	in, _ := Read("app/requirements.in", []byte("flask>=2\n"))
	txt, _ := Read("app/requirements.txt", []byte("flask==2.2.0\n"))
	res := Resolve([]*File{in, txt})
	if len(res.Effective) != 1 || res.Effective[0].Loc.Path != "app/requirements.txt" {
		t.Errorf("effective %+v", res.Effective)
	}
	if len(res.Shadowed) != 1 || res.Shadowed[0].Requirement.Loc.Path != "app/requirements.in" || res.Shadowed[0].By.Version != "2.2.0" {
		t.Errorf("shadowed %+v", res.Shadowed)
	}
}
