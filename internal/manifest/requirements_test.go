package manifest

import (
	"testing"

	"github.com/flaskguard/flaskguard/internal/finding"
)

func TestRequirementsFile(t *testing.T) {
	const path = "requirements/requirements.txt"
	f, err := readFixture(t, path)
	if err != nil {
		t.Fatal(err)
	}
	if f.Format != FormatRequirements {
		t.Errorf("format %q", f.Format)
	}
	checkRequirements(t, f, []string{
		`7:1-7:13 Flask[flask] spec="==2.2.0" version="2.2.0"`,
		`8:1-8:19 Werkzeug[werkzeug] spec=">=2.2,<3.0"`,
		`9:1-9:23 zope.interface[zope-interface] spec="===5.4.0" version="5.4.0"`,
		`10:1-10:61 requests[requests] spec="==2.19.0" version="2.19.0" marker="python_version < \"3.8\"" extras=[security socks]`,
		`11:1-11:12 PyYAML[pyyaml] spec="==5.3" version="5.3"`,
		`14:1-15:12 itsdangerous[itsdangerous] spec="==2.1.2" version="2.1.2"`,
		`16:4-16:60 click[click] url="git+https://github.com/pallets/click.git@8.1.3#egg=click" editable`,
		`17:1-17:45 mylib[mylib] url="https://example.org/mylib-1.0.tar.gz"`,
		`18:1-18:81 MarkupSafe[markupsafe] version="2.1.1" url="https://files.example.org/MarkupSafe-2.1.1-cp311-cp311-manylinux_2_17_x86_64.whl"`,
		`19:1-19:55 Jinja2[jinja2] version="3.1.2" marker="sys_platform == \"linux\"" url="./vendor/Jinja2-3.1.2.tar.gz"`,
		`21:1-21:9 gunicorn[gunicorn]`,
		`22:1-22:40 Typing_Extensions[typing-extensions] marker="python_version<\"3.10\""`,
		`25:1-25:19 flask-wtf[flask-wtf] spec="==1.0.*"`,
	})
	wantIncludes := []Include{
		{Path: "base.txt", Loc: finding.Location{Path: path, StartLine: 5, StartCol: 1, EndLine: 5, EndCol: 12}},
		{Path: "constraints.txt", Constraint: true, Loc: finding.Location{Path: path, StartLine: 6, StartCol: 1, EndLine: 6, EndCol: 29}},
		{Path: "dev-requirements.txt", Loc: finding.Location{Path: path, StartLine: 24, StartCol: 1, EndLine: 24, EndCol: 23}},
	}
	if len(f.Includes) != len(wantIncludes) {
		t.Fatalf("includes %+v", f.Includes)
	}
	for i, w := range wantIncludes {
		if f.Includes[i] != w {
			t.Errorf("include %d: got %+v, want %+v", i, f.Includes[i], w)
		}
	}
}

func TestRequirementsLines(t *testing.T) {
	cases := []struct {
		name, src string
		want      []string
	}{
		{"crlf and no final newline", "a==1\r\nb>=2\r\nc", []string{
			`1:1-1:5 a[a] spec="==1" version="1"`, `2:1-2:5 b[b] spec=">=2"`, `3:1-3:2 c[c]`}},
		{"continuation ends at a comment line", "a \\\n# note\nb==1\n", []string{
			`1:1-1:2 a[a]`, `3:1-3:5 b[b] spec="==1" version="1"`}},
		{"backslash on the last line", "flask==2.0 \\", []string{`1:1-1:11 flask[flask] spec="==2.0" version="2.0"`}},
		{"a '#' in a URL fragment is not a comment", "https://x.org/p.zip#egg=p # c\n", []string{
			`1:1-1:26 p[p] url="https://x.org/p.zip#egg=p"`}},
		{"parenthesised specifier and blanks", "A.B_c ( >= 1.0 , != 1.5 )\n", []string{`1:1-1:26 A.B_c[a-b-c] spec=">=1.0,!=1.5"`}},
		{"editable with egg extras", "--editable=git+ssh://git@h/r.git#egg=r[x]\n", []string{
			`1:12-1:42 r[r] url="git+ssh://git@h/r.git#egg=r[x]" extras=[x] editable`}},
		{"local path with extras and unnamed URLs are skipped", "./pkg[dev]\nhttps://x.org/archive/main.zip\n-e ../lib\n", nil},
		{"wheel with underscores", "dist/zope_interface-5.4.0-cp311-cp311-linux_x86_64.whl\n", []string{
			`1:1-1:55 zope_interface[zope-interface] version="5.4.0" url="dist/zope_interface-5.4.0-cp311-cp311-linux_x86_64.whl"`}},
		{"options with values are skipped whole", "-i https://x.org --trusted-host x.org\n-f ./wheels\n--pre\n", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f, err := ReadAs("r.txt", FormatRequirements, []byte(c.src))
			if err != nil {
				t.Fatal(err)
			}
			checkRequirements(t, f, c.want)
		})
	}
}

func TestRequirementsErrors(t *testing.T) {
	cases := []struct{ src, want string }{
		{"flask==2.0\nflask >> 2\nok\n", `r.txt:2: invalid requirement "flask >> 2": invalid version specifier ">> 2"`},
		{"ok\n[extra]\n", `r.txt:2: invalid requirement "[extra]": expected a project name`},
		{"a[b\n", `r.txt:1: invalid requirement "a[b": extras without closing ']'`},
		{"a;\n", `r.txt:1: invalid requirement "a;": empty environment marker after ';'`},
		{"a- ==1\n", `r.txt:1: invalid requirement "a- ==1": project name "a-" ends with '-'`},
		{"x\n-r\n", `r.txt:2: option -r needs a file name`},
		{"pkg @\n", `r.txt:1: invalid requirement "pkg @": expected a URL after '@'`},
		{"a==1 \\\n  junk\n", `r.txt:1: invalid requirement "a==1   junk": invalid version specifier "==1   junk"`},
	}
	for _, c := range cases {
		f, err := ReadAs("r.txt", FormatRequirements, []byte(c.src))
		if err == nil || err.Error() != c.want {
			t.Errorf("%q: got error %v, want %s", c.src, err, c.want)
		}
		if f == nil {
			t.Errorf("%q: no file; the readable lines should be kept", c.src)
		}
	}
	// The lines around a bad one are still read.
	f, _ := ReadAs("r.txt", FormatRequirements, []byte("flask==2.0\nflask >> 2\nok\n"))
	checkRequirements(t, f, []string{`1:1-1:11 flask[flask] spec="==2.0" version="2.0"`, `3:1-3:3 ok[ok]`})
}
