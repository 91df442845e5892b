package scan_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"testing"

	"github.com/flaskguard/flaskguard/internal/advisories"
	"github.com/flaskguard/flaskguard/internal/config"
	"github.com/flaskguard/flaskguard/internal/finding"
	"github.com/flaskguard/flaskguard/internal/rules/rule"
	"github.com/flaskguard/flaskguard/internal/scan"
)

// depsProbe is a project rule that records what the scan gives it.
type depsProbe struct {
	deps  *rule.Deps
	calls int
	db    *advisories.DB
	err   error
}

func (p *depsProbe) rule(id string) *rule.Rule {
	return &rule.Rule{ID: id, Name: "deps-probe", Practice: 15, CheckProject: func(c *rule.Ctx) {
		p.calls++
		p.deps = c.Deps
		if c.Deps != nil {
			p.db, p.err = c.Deps.Advisories()
		}
	}}
}

// countingLoader counts how often the scan asks for the advisory data.
func countingLoader(n *int, err error) func() (*advisories.DB, error) {
	return func() (*advisories.DB, error) {
		*n++
		if err != nil {
			return nil, err
		}
		return advisories.Load()
	}
}

func runDeps(t *testing.T, root string, depsOnly bool, load func() (*advisories.DB, error), rs ...*rule.Rule) *finding.Result {
	t.Helper()
	res, err := scan.Run(context.Background(), scan.Options{
		Root: root, Config: config.Default(), Rules: rs, Workers: 2, DepsOnly: depsOnly, Advisories: load,
	})
	if err != nil {
		t.Fatal(err)
	}
	return res
}

func requirementLines(d *rule.Deps) []string {
	var out []string
	for _, r := range d.Resolution.Effective {
		out = append(out, r.Loc.Path+":"+strconv.Itoa(r.Loc.StartLine)+" "+r.Normalized+" "+r.Version)
	}
	return out
}

// Manifests are parsed in the load stage, includes are followed inside the
// scan root only, and project rules see the resolved requirements; the
// advisory data is loaded once, however many rules ask.
func TestDepsWiring(t *testing.T) {
	root := writeTree(t, map[string]string{
		"requirements.txt":      "-r base/common.txt\n-r ../outside.txt\nflask==3.1.3\n",
		"base/common.txt":       "requests==2.32.4\n",
		"pyproject.toml":        "[project]\nname = \"x\"\ndependencies = [\"jinja2>=3\"]\n",
		"svc/poetry.lock":       "[[package]]\nname = \"werkzeug\"\nversion = \"3.1.6\"\n",
		"svc/pyproject.toml":    "[tool.poetry.dependencies]\nwerkzeug = \"^3.1\"\n",
		"app.py":                "import flask\n",
		"setup.py":              "from setuptools import setup\nsetup(name='x', install_requires=['itsdangerous==2.2.0'])\n",
		"notes/requirements.md": "flask==0.1\n",
	})
	if err := os.WriteFile(filepath.Join(filepath.Dir(root), "outside.txt"), []byte("django==1.0\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	var loads int
	p1, p2 := &depsProbe{}, &depsProbe{}
	res := runDeps(t, root, false, countingLoader(&loads, nil), p1.rule("FG9991"), p2.rule("FG9992"))
	if p1.deps == nil || p2.deps != p1.deps {
		t.Fatalf("project rules got Deps %p and %p", p1.deps, p2.deps)
	}
	want := []string{
		"base/common.txt:1 requests 2.32.4",
		"pyproject.toml:3 jinja2 ",
		"requirements.txt:3 flask 3.1.3",
		"setup.py:2 itsdangerous 2.2.0",
		"svc/poetry.lock:2 werkzeug 3.1.6",
	}
	if got := requirementLines(p1.deps); !slices.Equal(got, want) {
		t.Errorf("effective requirements\n got %q\nwant %q", got, want)
	}
	if loads != 1 || p1.db == nil || p2.db != p1.db {
		t.Errorf("advisory data loaded %d times (want 1), dbs %p %p", loads, p1.db, p2.db)
	}
	if len(res.Diagnostics) != 1 || res.Diagnostics[0].Kind != finding.ReadError {
		t.Fatalf("diagnostics %+v, want one read error for ../outside.txt", res.Diagnostics)
	}
	if msg := res.Diagnostics[0].Message; !regexpMatch(`^requirements.txt:2: read included file \.\./outside.txt: open inside the scanned folder: .*escapes`, msg) {
		t.Errorf("diagnostic message %q", msg)
	}
}

// A project without manifests never loads the advisory data and gives rules
// no Deps.
func TestNoManifestNoAdvisories(t *testing.T) {
	root := writeTree(t, map[string]string{"app.py": "import flask\n", "config.toml": "a = 1\n"})
	var loads int
	p := &depsProbe{}
	runDeps(t, root, false, countingLoader(&loads, nil), p.rule("FG9991"))
	if p.calls != 1 || p.deps != nil || loads != 0 {
		t.Errorf("calls %d, deps %v, loads %d; want 1, nil, 0", p.calls, p.deps, loads)
	}
}

// A manifest that does not parse is a diagnostic at its line, and the rest
// of the scan, that file's good lines included, goes on.
func TestManifestParseErrors(t *testing.T) {
	root := writeTree(t, map[string]string{
		"requirements.txt":   "flask==3.1.3\nnot a requirement!\nrequests==2.32.4\n",
		"api/pyproject.toml": "[project\n",
	})
	p := &depsProbe{}
	res := runDeps(t, root, false, nil, p.rule("FG9991"))
	var got []string
	for _, d := range res.Diagnostics {
		got = append(got, string(d.Kind)+" "+d.Location.Path+":"+strconv.Itoa(d.Location.StartLine))
	}
	want := []string{"parse-error api/pyproject.toml:2", "parse-error requirements.txt:2"}
	if !slices.Equal(got, want) {
		t.Errorf("diagnostics %q, want %q", got, want)
	}
	if lines := requirementLines(p.deps); !slices.Equal(lines, []string{"requirements.txt:1 flask 3.1.3", "requirements.txt:3 requests 2.32.4"}) {
		t.Errorf("requirements %q", lines)
	}
}

// Advisory data that cannot be loaded is reported once, as an internal
// error, since the dependency audit did not run.
func TestAdvisoryLoadFailure(t *testing.T) {
	root := writeTree(t, map[string]string{"requirements.txt": "flask==2.2.0\n"})
	var loads int
	p := &depsProbe{}
	res := runDeps(t, root, false, countingLoader(&loads, errors.New("cache is garbled")), p.rule("FG9991"), p.rule("FG9992"))
	if loads != 1 || p.err == nil {
		t.Errorf("loads %d, rule error %v", loads, p.err)
	}
	want := []finding.Diagnostic{{Kind: finding.InternalError, Message: "dependency checks skipped: cache is garbled"}}
	if !slices.Equal(res.Diagnostics, want) {
		t.Errorf("diagnostics %+v, want %+v", res.Diagnostics, want)
	}
}

// DepsOnly reads manifests, lockfiles and setup.py, nothing else.
func TestDepsOnlyReadsOnlyManifests(t *testing.T) {
	root := writeTree(t, map[string]string{
		"requirements.txt": "flask==3.1.3\n",
		"setup.py":         "from setuptools import setup\nsetup(install_requires=['requests==2.32.4'])\n",
		"app.py":           "import flask\n",
		".env":             "SECRET_KEY=x\n",
		"templates/a.html": "<p>{{ x }}</p>\n",
	})
	p := &depsProbe{}
	res := runDeps(t, root, true, nil, p.rule("FG9991"))
	if res.Stats.Files != 2 || res.Stats.PythonFiles != 1 {
		t.Errorf("read %d files (%d Python), want 2 (1)", res.Stats.Files, res.Stats.PythonFiles)
	}
	if lines := requirementLines(p.deps); len(lines) != 2 {
		t.Errorf("requirements %q", lines)
	}
}

func regexpMatch(pattern, s string) bool { return regexp.MustCompile(pattern).MatchString(s) }

// An include that reaches out of the scan root through a symbolic link is
// not read either.
func TestIncludeThroughSymlinkStaysInside(t *testing.T) {
	root := writeTree(t, map[string]string{"requirements.txt": "-r up/secret.txt\n"})
	outside := t.TempDir()
	if err := os.WriteFile(filepath.Join(outside, "secret.txt"), []byte("django==1.0\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(outside, filepath.Join(root, "up")); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	p := &depsProbe{}
	res := runDeps(t, root, false, nil, p.rule("FG9991"))
	if len(p.deps.Resolution.Effective) != 0 || len(res.Diagnostics) != 1 || res.Diagnostics[0].Kind != finding.ReadError {
		t.Errorf("requirements %q, diagnostics %+v", requirementLines(p.deps), res.Diagnostics)
	}
}
