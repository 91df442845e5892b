package confsrc

import (
	"errors"
	"testing"
)

func TestTOML(t *testing.T) {
	src := `# app settings
DEBUG = true
SECRET_KEY = "dev" # flaskguard: ignore[FG0201]
"odd.key" = 1.5

[server]
hosts = ["a", "b"]
limits = { burst = 10 }
started = 2024-05-01

[[ignore]]
id = "FG0301"
until = 2027-01-31T10:00:00Z
`
	f := mustRead(t, "settings.toml", TOML, src)
	checkLines(t, "settings", settingLines(f.Settings), []string{
		`|DEBUG="true" 2:1-2:13 2:9-2:13`,
		`|SECRET_KEY="dev" 3:1-3:19 3:14-3:19`,
		`|odd.key="1.5" 4:1-4:16 4:13-4:16`,
		`server|hosts[0]="a" 7:10-7:13 7:10-7:13`,
		`server|hosts[1]="b" 7:15-7:18 7:15-7:18`,
		`server.limits|burst="10" 8:12-8:22 8:20-8:22`,
		`server|started="2024-05-01" 9:1-9:21 9:11-9:21`,
		`ignore[0]|id="FG0301" 12:1-12:14 12:6-12:14`,
		`ignore[0]|until="2027-01-31T10:00:00Z" 13:1-13:29 13:9-13:29`,
	})
	checkLines(t, "comments", commentLines(f.Comments), []string{"1:# app settings", "3:# flaskguard: ignore[FG0201]"})
	checkBounds(t, f)
}

func TestTOMLErrors(t *testing.T) {
	cases := []struct{ src, err string }{
		{"a = 1\nb = \n", "cfg.toml:2: expected value but found '\\n' instead"},
		{"a = 1\na = 2\n", "cfg.toml:2: Key 'a' has already been defined."},
		{"[t\n", "cfg.toml:2: expected '.' or ']' to end table name, but got '\\n' instead"},
	}
	for _, c := range cases {
		f, err := Read("cfg.toml", TOML, []byte(c.src))
		var pe *ParseError
		if err == nil || !errors.As(err, &pe) || f != nil {
			t.Errorf("%q: got %v, %v; want a ParseError and no file", c.src, f, err)
			continue
		}
		if err.Error() != c.err {
			t.Errorf("%q: err = %q, want %q", c.src, err.Error(), c.err)
		}
	}
}
