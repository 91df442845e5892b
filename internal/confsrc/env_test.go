package confsrc

import (
	"errors"
	"testing"
)

func TestEnv(t *testing.T) {
	src := `# Flask settings
FLASK_APP=app.py
export FLASK_DEBUG=1
SECRET_KEY = "s3cr3t\nline" # not a comment inside quotes: "#"
  SINGLE='it\'s raw\n'
EMPTY=
HASH=abc#def
INLINE=value   # trailing comment
MULTI="first
second"
'QUOTED KEY'=x
BARE_KEY
URL=${BASE}/path
`
	f := mustRead(t, ".env", Env, src)
	checkLines(t, "settings", settingLines(f.Settings), []string{
		`|FLASK_APP="app.py" 2:1-2:17 2:11-2:17`,
		`|FLASK_DEBUG="1" 3:1-3:21 3:20-3:21`,
		`|SECRET_KEY="s3cr3t\nline" 4:1-4:28 4:14-4:28`,
		`|SINGLE="it's raw\\n" 5:3-5:23 5:10-5:23`,
		`|EMPTY="" 6:1-6:7 6:7-6:7`,
		`|HASH="abc#def" 7:1-7:13 7:6-7:13`,
		`|INLINE="value" 8:1-8:13 8:8-8:13`,
		`|MULTI="first\nsecond" 9:1-10:8 9:7-10:8`,
		`|QUOTED KEY="x" 11:1-11:15 11:14-11:15`,
		`|URL="${BASE}/path" 13:1-13:17 13:5-13:17`,
	})
	checkLines(t, "comments", commentLines(f.Comments), []string{
		"1:# Flask settings",
		`4:# not a comment inside quotes: "#"`,
		"8:# trailing comment",
	})
	checkBounds(t, f)
}

func TestEnvCRLF(t *testing.T) {
	f := mustRead(t, ".flaskenv", Env, "A=1\r\nB=\"two\"\r\n")
	checkLines(t, "settings", settingLines(f.Settings), []string{
		`|A="1" 1:1-1:4 1:3-1:4`,
		`|B="two" 2:1-2:8 2:3-2:8`,
	})
}

func TestEnvErrors(t *testing.T) {
	cases := []struct {
		src, err string
		settings []string
	}{
		{"A=1\nnot valid line\nB=2\n", ".env:2: expected KEY=value",
			[]string{`|A="1" 1:1-1:4 1:3-1:4`, `|B="2" 3:1-3:4 3:3-3:4`}},
		{"A=\"open\nB=2\n", `.env:1: unterminated " quote`, []string{}},
		{"A='x' junk\nB=2\n", ".env:1: unexpected text after the closing quote",
			[]string{`|A="x" 1:1-1:6 1:3-1:6`, `|B="2" 2:1-2:4 2:3-2:4`}},
		{"=value\n", ".env:1: expected KEY=value", []string{}},
		{"'key=1\n", ".env:1: unterminated quoted key", []string{}},
	}
	for _, c := range cases {
		f, err := Read(".env", Env, []byte(c.src))
		var pe *ParseError
		if err == nil || err.Error() != c.err || !errors.As(err, &pe) {
			t.Errorf("%q: err = %v, want %s", c.src, err, c.err)
			continue
		}
		checkLines(t, c.src, settingLines(f.Settings), c.settings)
	}
}
