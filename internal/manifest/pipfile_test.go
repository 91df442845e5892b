package manifest

import (
	"testing"
)

func TestPipfile(t *testing.T) {
	src := `[[source]]
url = "https://pypi.org/simple"
verify_ssl = true
name = "pypi"

[packages]
flask = "==2.2.0"
requests = {version = ">=2.19", extras = ["security"], markers = "python_version >= '3.8'"}
"zope.interface" = "*"
gunicorn = "20.1.0"
mylib = {git = "https://github.com/acme/mylib.git", ref = "v1.2", editable = true}
app = {path = ".", editable = true}
vendored = {path = "./vendor/vendored-0.1.tar.gz"}

[dev-packages]
pytest = "~=8.0"

[requires]
python_version = "3.11"
`
	f, err := ReadAs("Pipfile", FormatPipfile, []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	checkRequirements(t, f, []string{
		`7:1-7:18 flask[flask] spec="==2.2.0" version="2.2.0"`,
		`8:1-8:92 requests[requests] spec=">=2.19" marker="python_version >= '3.8'" extras=[security]`,
		`9:1-9:23 zope.interface[zope-interface]`,
		`10:1-10:20 gunicorn[gunicorn] spec="==20.1.0" version="20.1.0"`,
		`11:1-11:83 mylib[mylib] url="git+https://github.com/acme/mylib.git@v1.2" editable`,
		`13:1-13:51 vendored[vendored] url="./vendor/vendored-0.1.tar.gz"`,
		`16:1-16:17 pytest[pytest] spec="~=8.0" group="develop"`,
	})
}

func TestPipfileLock(t *testing.T) {
	src := `{
    "_meta": {
        "hash": {"sha256": "00"},
        "pipfile-spec": 6,
        "requires": {"python_version": "3.11"},
        "sources": [{"name": "pypi", "url": "https://pypi.org/simple", "verify_ssl": true}]
    },
    "default": {
        "flask": {
            "hashes": ["sha256:01", "sha256:02"],
            "index": "pypi",
            "markers": "python_version >= '3.7'",
            "version": "==2.2.0"
        },
        "app": {"editable": true, "path": "."},
        "mylib": {"editable": true, "git": "https://github.com/acme/mylib.git", "ref": "0123abcd"},
        "requests": {"extras": ["security"], "version": "==2.19.0"}, "z\u00e9": {"version": "==1"}
    },
    "develop": {
        "pytest": {"hashes": [], "version": "==8.0.0"}
    },
    "docs": {"sphinx": {"version": "==7.0.0"}}
}
`
	f, err := ReadAs("Pipfile.lock", FormatPipfileLock, []byte(src))
	checkRequirements(t, f, []string{
		`9:9-9:16 flask[flask] spec="==2.2.0" version="2.2.0" marker="python_version >= '3.7'" locked`,
		`16:9-16:16 mylib[mylib] url="git+https://github.com/acme/mylib.git@0123abcd" locked editable`,
		`17:9-17:19 requests[requests] spec="==2.19.0" version="2.19.0" extras=[security] locked`,
		`20:9-20:17 pytest[pytest] spec="==8.0.0" version="8.0.0" group="develop" locked`,
		`22:14-22:22 sphinx[sphinx] spec="==7.0.0" version="7.0.0" group="docs" locked`,
	})
	// "zé" is not a valid project name: reported, and the rest is kept.
	if want := `Pipfile.lock:17: package "zé": invalid name or version "==1"`; err == nil || err.Error() != want {
		t.Errorf("got error %v, want %s", err, want)
	}
}

func TestPipfileLockErrors(t *testing.T) {
	cases := []struct {
		src, want string
		fatal     bool
	}{
		{"{\n  \"default\": {\n    \"a\": {\"version\": \"==1\"},\n    \"b\": {\"version\": 2}\n  }\n}\n",
			`Pipfile.lock:4: package "b": json: cannot unmarshal number into Go struct field pipfileLockEntry.version of type string`, false},
		{"{\n  \"default\": {\n    \"a\": {\"version\": \"==1\"}\n    \"b\": {}\n  }\n}\n",
			`Pipfile.lock:4: invalid character '"' after object key:value pair`, true},
		{"{\"default\": []}", `Pipfile.lock:1: category "default": expected '{', found [`, true},
		{"[]", `Pipfile.lock:1: expected '{', found [`, true},
		{"", `Pipfile.lock:1: EOF`, true},
		{"{\"default\": {\"a\": {\"version\": \">=1,\"}}}", `Pipfile.lock:1: package "a": invalid name or version ">=1,"`, false},
	}
	for _, c := range cases {
		f, err := ReadAs("Pipfile.lock", FormatPipfileLock, []byte(c.src))
		if err == nil || err.Error() != c.want {
			t.Errorf("%q:\n got  %v\n want %s", c.src, err, c.want)
		}
		if (f == nil) != c.fatal {
			t.Errorf("%q: got file %v, fatal %v", c.src, f, c.fatal)
		}
	}
}
