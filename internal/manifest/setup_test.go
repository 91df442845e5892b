package manifest

import (
	"testing"

	"github.com/flaskguard/flaskguard/internal/finding"
)

func TestSetupCfg(t *testing.T) {
	src := `[metadata]
name = demo
classifiers =
    Framework :: Flask
    Topic :: Internet

[options]
packages = find:
install_requires =
    Flask>=2.2  # the framework
    # a comment line inside the value

    requests[security]==2.19.0; python_version >= "3.8"
setup_requires = setuptools_scm
tests_require = pytest

[options.extras_require]
redis = redis~=5.0
reqs = file: requirements/extra.txt, requirements/more.in
`
	f, err := ReadAs("setup.cfg", FormatSetupCfg, []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	checkRequirements(t, f, []string{
		`10:5-10:15 Flask[flask] spec=">=2.2"`,
		`13:5-13:56 requests[requests] spec="==2.19.0" version="2.19.0" marker="python_version >= \"3.8\"" extras=[security]`,
		`14:18-14:32 setuptools_scm[setuptools-scm] group="build"`,
		`18:9-18:19 redis[redis] spec="~=5.0" group="optional:redis"`,
	})
	want := []Include{
		{Path: "requirements/extra.txt", Loc: finding.Location{Path: "setup.cfg", StartLine: 19, StartCol: 8, EndLine: 19, EndCol: 58}},
		{Path: "requirements/more.in", Loc: finding.Location{Path: "setup.cfg", StartLine: 19, StartCol: 8, EndLine: 19, EndCol: 58}},
	}
	if len(f.Includes) != 2 || f.Includes[0] != want[0] || f.Includes[1] != want[1] {
		t.Errorf("includes %+v, want %+v", f.Includes, want)
	}

	_, err = ReadAs("setup.cfg", FormatSetupCfg, []byte("[options]\ninstall_requires =\n    ok\n    bad ==\nnot a key\n"))
	if want := `setup.cfg:4: invalid requirement "bad ==": invalid version specifier "=="`; err == nil || err.Error() != want {
		t.Errorf("got error %v, want %s", err, want)
	}
}

func TestSetupPy(t *testing.T) {
	src := `import setuptools

BASE = ["Flask==2.2.0", "click>=8.0"]
EXTRA = BASE + ["gunicorn"]

def read(name):
    with open(name) as f:
        return f.read().splitlines()

setuptools.setup(
    name="demo",
    install_requires=[
        *EXTRA,
        "requests[security] == 2.19.0 ; python_version >= '3.8'",
        f"dynamic{1}",
    ],
    setup_requires="setuptools_scm",
    extras_require={
        "dev": read("requirements-dev.txt"),
        "redis": ("redis~=5.0",),
    },
)
`
	f, err := ReadAs("pkg/setup.py", FormatSetupPy, []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	checkRequirements(t, f, []string{
		`3:9-3:23 Flask[flask] spec="==2.2.0" version="2.2.0"`,
		`3:25-3:37 click[click] spec=">=8.0"`,
		`4:17-4:27 gunicorn[gunicorn]`,
		`14:9-14:65 requests[requests] spec="==2.19.0" version="2.19.0" marker="python_version >= '3.8'" extras=[security]`,
		`17:20-17:36 setuptools_scm[setuptools-scm] group="build"`,
		`20:19-20:31 redis[redis] spec="~=5.0" group="optional:redis"`,
	})
	want := Include{Path: "requirements-dev.txt", Loc: finding.Location{Path: "pkg/setup.py", StartLine: 19, StartCol: 21, EndLine: 19, EndCol: 43}}
	if len(f.Includes) != 1 || f.Includes[0] != want {
		t.Errorf("includes %+v, want %+v", f.Includes, want)
	}
}

func TestSetupPyErrors(t *testing.T) {
	src := "from setuptools import setup\nsetup(install_requires=['ok', 'bad ==='])\nx = (\n"
	f, err := ReadAs("setup.py", FormatSetupPy, []byte(src))
	if want := `setup.py:2: invalid requirement "bad ===": invalid version specifier "==="`; err == nil || err.Error() != want {
		t.Errorf("got error %v, want %s", err, want)
	}
	checkRequirements(t, f, []string{`2:25-2:29 ok[ok]`})
	// A name bound to itself must not loop.
	f, err = ReadAs("setup.py", FormatSetupPy, []byte("A = A + B\nB = A\nsetup(install_requires=A)\n"))
	if err != nil || len(f.Requirements) != 0 {
		t.Errorf("got %v, %v", f, err)
	}
}
