package manifest

import (
	"testing"
)

func TestPyprojectPEP621(t *testing.T) {
	f, err := readFixture(t, "pyproject/pep621/pyproject.toml")
	if err != nil {
		t.Fatal(err)
	}
	if f.Format != FormatPDM {
		t.Errorf("format %q, want %q", f.Format, FormatPDM)
	}
	checkRequirements(t, f, []string{
		`2:13-2:26 pdm-backend[pdm-backend] group="build"`,
		`9:5-9:27 Flask[flask] spec=">=2.2,<3" extras=[async]`,
		`10:5-10:25 SQLAlchemy[sqlalchemy] spec="==2.0.21" version="2.0.21"`,
		`11:5-11:44 pywin32[pywin32] spec="==306" version="306" marker="sys_platform == \"win32\""`,
		`12:5-12:57 mylib[mylib] url="git+https://github.com/acme/mylib.git@v1.2"`,
		`16:10-16:22 redis[redis] spec="~=5.0" group="optional:redis"`,
		`18:3-18:11 sphinx[sphinx] group="optional:docs"`,
		`22:9-22:24 pytest[pytest] spec="==8.0.0" version="8.0.0" group="test"`,
		`23:9-23:15 ruff[ruff] group="lint"`,
		`27:5-27:54 shared[shared] url="file:///${PROJECT_ROOT}/../shared#egg=shared" group="dev" editable`,
		`28:5-28:14 ipython[ipython] group="dev"`,
		`32:21-32:44 coverage[coverage] spec="==7.4.0" version="7.4.0" group="dev" extras=[toml]`,
		`35:17-35:24 httpx[httpx] group="hatch:default"`,
		`37:23-37:34 mypy[mypy] spec=">=1.8" group="hatch:lint"`,
	})
}

func TestPyprojectPoetry(t *testing.T) {
	f, err := readFixture(t, "pyproject/poetry/pyproject.toml")
	if err != nil {
		t.Fatal(err)
	}
	if f.Format != FormatPoetry {
		t.Errorf("format %q, want %q", f.Format, FormatPoetry)
	}
	checkRequirements(t, f, []string{
		`9:1-9:17 Flask[flask] spec=">=2.2.0,<3.0.0"`,
		`10:1-10:18 Werkzeug[werkzeug] spec=">=2.2,<2.3"`,
		`11:1-11:27 zope.interface[zope-interface] spec="==5.4.0" version="5.4.0"`,
		`12:1-12:19 itsdangerous[itsdangerous]`,
		`13:1-13:102 requests[requests] spec=">=2.19,<3.0" marker="python_version >= '3.8'" extras=[security]`,
		`15:5-15:46 gunicorn[gunicorn] spec=">=20.1,<21.0"`,
		`16:5-16:47 gunicorn[gunicorn] spec="==0.18.*"`,
		`18:1-18:68 mylib[mylib] url="git+https://github.com/acme/mylib.git@v1.2"`,
		`19:1-19:46 local[local] url="../local" editable`,
		`20:1-20:75 wheel-dep[wheel-dep] url="https://example.org/wheel_dep-1.0-py3-none-any.whl"`,
		`21:1-21:16 zero[zero] spec=">=0.2.3,<0.3.0"`,
		`22:1-22:23 union[union] spec=">=1.0,<2.0||>=2.0,<3.0"`,
		`25:1-25:18 pytest[pytest] spec="==7.4.0" version="7.4.0" group="dev"`,
		`28:1-28:14 sphinx[sphinx] spec=">=7,<8" group="docs"`,
		`31:13-31:33 poetry-core[poetry-core] spec=">=1.0.0" group="build"`,
	})
}

func TestPoetryConstraint(t *testing.T) {
	cases := []struct{ in, spec, version string }{
		{"", "", ""},
		{"*", "", ""},
		{"^2.1.3", ">=2.1.3,<3.0.0", ""},
		{"^2.1", ">=2.1,<3.0", ""},
		{"^2", ">=2,<3", ""},
		{"^0.2.3", ">=0.2.3,<0.3.0", ""},
		{"^0.0.3", ">=0.0.3,<0.0.4", ""},
		{"^0.0", ">=0.0,<0.1", ""},
		{"^0", ">=0,<1", ""},
		{"^1.0.0a1", ">=1.0.0a1,<2.0.0", ""},
		{"~2.1", ">=2.1,<2.2", ""},
		{"~2.1.3", ">=2.1.3,<2.2.0", ""},
		{"~2", ">=2,<3", ""},
		{"~=2.1", "~=2.1", ""},
		{"2.0.1", "==2.0.1", "2.0.1"},
		{"=2.0.1", "==2.0.1", "2.0.1"},
		{"==2.0.1", "==2.0.1", "2.0.1"},
		{"2.1.*", "==2.1.*", ""},
		{">= 1.2, < 2.0", ">=1.2,<2.0", ""},
		{">=1.2 <2.0 !=1.5", ">=1.2,<2.0,!=1.5", ""},
		{"^1.2 || 2.5", ">=1.2,<2.0||==2.5", ""},
	}
	for _, c := range cases {
		spec, version, err := poetryConstraint(c.in)
		if err != nil || spec != c.spec || version != c.version {
			t.Errorf("%q: got %q, %q, %v; want %q, %q", c.in, spec, version, err, c.spec, c.version)
		}
	}
	for _, bad := range []string{"^", "^x.y", "~1..2", ">=", "^18446744073709551615", "1.0$"} {
		if spec, _, err := poetryConstraint(bad); err == nil {
			t.Errorf("%q: got %q, want an error", bad, spec)
		}
	}
}

func TestPyprojectErrors(t *testing.T) {
	cases := []struct{ src, want string }{
		{"[project]\ndependencies = \"flask\"\n", `p/pyproject.toml:2: project.dependencies: expected an array of requirement strings`},
		{"[project]\ndependencies = [\n  \"ok\",\n  \"bad ==\",\n]\n", `p/pyproject.toml:4: invalid requirement "bad ==": invalid version specifier "=="`},
		{"[project]\ndependencies = [1]\n", `p/pyproject.toml:2: project.dependencies[0]: expected a requirement string`},
		{"[tool.poetry.dependencies]\nflask = \"^x\"\n", `p/pyproject.toml:2: tool.poetry.dependencies.flask: invalid version constraint "^x": version "x" has no release number`},
		{"[tool.poetry.dependencies]\nflask = 2\n", `p/pyproject.toml:2: tool.poetry.dependencies.flask: expected a version string or a table`},
		{"[project.optional-dependencies]\nx = [\"a\"]\n[project]\nname = 'a'\n[[project.dependencies]]\n", `p/pyproject.toml:5: project.dependencies: expected an array of requirement strings`},
		// The decoder places the error after the line break.
		{"[project\n", `p/pyproject.toml:2: expected '.' or ']' to end table name, but got '\n' instead`},
	}
	for _, c := range cases {
		_, err := ReadAs("p/pyproject.toml", FormatPEP621, []byte(c.src))
		if err == nil || err.Error() != c.want {
			t.Errorf("%q:\n got  %v\n want %s", c.src, err, c.want)
		}
	}
}
