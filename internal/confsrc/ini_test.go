package confsrc

import "testing"

func TestINI(t *testing.T) {
	src := "; uwsgi settings\n" +
		"global = yes\n" +
		"[uwsgi]\n" +
		"module = app:app\n" +
		"env: FLASK_DEBUG=1   # dev only\n" +
		"url = http://x/#frag\n" +
		"hosts =\n" +
		"    a.example.com\n" +
		"    b.example.com ; second\n" +
		"\n" +
		"  [ other section ]\n" +
		"Key=Value=More\n"
	f := mustRead(t, "uwsgi.ini", INI, src)
	checkLines(t, "settings", settingLines(f.Settings), []string{
		`|global="yes" 2:1-2:13 2:10-2:13`,
		`uwsgi|module="app:app" 4:1-4:17 4:10-4:17`,
		`uwsgi|env="FLASK_DEBUG=1" 5:1-5:19 5:6-5:19`,
		`uwsgi|url="http://x/#frag" 6:1-6:21 6:7-6:21`,
		`uwsgi|hosts="\na.example.com\nb.example.com" 7:1-9:18 7:8-9:18`,
		`other section|Key="Value=More" 12:1-12:15 12:5-12:15`,
	})
	checkLines(t, "comments", commentLines(f.Comments), []string{"1:; uwsgi settings", "5:# dev only", "9:; second"})
	checkBounds(t, f)
}

func TestINIErrors(t *testing.T) {
	cases := []struct{ src, err string }{
		{"[open\nk = v\n", "x.ini:1: section header without ']'"},
		{"[s]\njust a line\nk = v\n", `x.ini:2: expected "key = value"`},
		{"[s]\n= v\n", `x.ini:2: expected "key = value"`},
	}
	for _, c := range cases {
		f, err := Read("x.ini", INI, []byte(c.src))
		if err == nil || err.Error() != c.err {
			t.Errorf("%q: err = %v, want %s", c.src, err, c.err)
		}
		if f == nil || len(f.Settings) == 0 && c.src != "[s]\n= v\n" {
			t.Errorf("%q: the reader should go on after the bad line", c.src)
		}
	}
}
