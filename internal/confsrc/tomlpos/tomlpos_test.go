package tomlpos

import (
	"testing"
)

func TestScan(t *testing.T) {
	src := `# top comment
title = "x" # trailing
"quoted.key" = 1
a.b = true

[server]
port = 8080
hosts = [
  "a", # one
  'b',
]
nested = { x = 1, y.z = "s" }
text = """
multi "line" ""
"""

[[ignore]]
id = "FG0301"

[[ignore]]
id = 'FG0101'
[ignore.extra]
k = 2023-01-02
`
	ix := Scan([]byte(src))
	want := map[string]Entry{
		"title":             {Key: Span{2, 1, 2, 6}, Value: Span{2, 9, 2, 12}},
		`"quoted.key"`:      {Key: Span{3, 1, 3, 13}, Value: Span{3, 16, 3, 17}},
		"a.b":               {Key: Span{4, 1, 4, 4}, Value: Span{4, 7, 4, 11}},
		"server":            {Key: Span{6, 1, 6, 9}, Value: Span{6, 1, 6, 9}},
		"server.port":       {Key: Span{7, 1, 7, 5}, Value: Span{7, 8, 7, 12}},
		"server.hosts":      {Key: Span{8, 1, 8, 6}, Value: Span{8, 9, 11, 2}},
		"server.hosts[0]":   {Key: Span{9, 3, 9, 6}, Value: Span{9, 3, 9, 6}},
		"server.hosts[1]":   {Key: Span{10, 3, 10, 6}, Value: Span{10, 3, 10, 6}},
		"server.nested":     {Key: Span{12, 1, 12, 7}, Value: Span{12, 10, 12, 30}},
		"server.nested.x":   {Key: Span{12, 12, 12, 13}, Value: Span{12, 16, 12, 17}},
		"server.nested.y.z": {Key: Span{12, 19, 12, 22}, Value: Span{12, 25, 12, 28}},
		"server.text":       {Key: Span{13, 1, 13, 5}, Value: Span{13, 8, 15, 4}},
		"ignore[0]":         {Key: Span{17, 1, 17, 11}, Value: Span{17, 1, 17, 11}},
		"ignore[0].id":      {Key: Span{18, 1, 18, 3}, Value: Span{18, 6, 18, 14}},
		"ignore[1]":         {Key: Span{20, 1, 20, 11}, Value: Span{20, 1, 20, 11}},
		"ignore[1].id":      {Key: Span{21, 1, 21, 3}, Value: Span{21, 6, 21, 14}},
		"ignore[1].extra":   {Key: Span{22, 1, 22, 15}, Value: Span{22, 1, 22, 15}},
		"ignore[1].extra.k": {Key: Span{23, 1, 23, 2}, Value: Span{23, 5, 23, 15}},
	}
	for path, w := range want {
		if got, ok := ix[path]; !ok || got != w {
			t.Errorf("%s: got %+v (found %v), want %+v", path, got, ok, w)
		}
	}
	if len(ix) != len(want) {
		t.Errorf("index has %d entries, want %d: %v", len(ix), len(want), ix)
	}
	if e, ok := ix.Lookup("server.nested.y"); !ok || e != want["server.nested"] {
		t.Errorf("Lookup of an unrecorded path should fall back to its ancestor, got %+v", e)
	}
	if _, ok := ix.Lookup("nowhere.at.all"); ok {
		t.Error("Lookup of an unknown path should fail")
	}
}

func TestPaths(t *testing.T) {
	if got := Join(Elem(Join("", "tool"), 2), "a.b"); got != `tool[2]."a.b"` {
		t.Errorf("Join/Elem = %s", got)
	}
	for path, want := range map[string]string{
		`a.b`: "a", `a."b.c"`: "a", `a[3]`: "a", `a[0].b`: "a[0]", `x`: "", `"a.b"`: "",
	} {
		if got := parent(path); got != want {
			t.Errorf("parent(%s) = %q, want %q", path, got, want)
		}
	}
}

// The scanner stops at what it does not understand but keeps what it read.
func TestScanStopsOnGarbage(t *testing.T) {
	ix := Scan([]byte("a = 1\nb = \"open\nc = 3\n"))
	if _, ok := ix["a"]; !ok || len(ix) != 1 {
		t.Errorf("got %v, want only a", ix)
	}
}

func FuzzScan(f *testing.F) {
	f.Add("a = 1\n[t]\nb = [1, {c = 2}]\n[[arr]]\nx = '''y'''\n")
	f.Add("k = \"\"\"\\\n\"\"\"\n")
	f.Fuzz(func(t *testing.T, src string) {
		ix := Scan([]byte(src))
		lines := 1
		for _, c := range src {
			if c == '\n' {
				lines++
			}
		}
		for path, e := range ix {
			for _, sp := range []Span{e.Key, e.Value} {
				if sp.StartLine < 1 || sp.EndLine > lines || sp.StartLine > sp.EndLine || sp.StartCol < 1 {
					t.Fatalf("%s: span %+v out of a %d-line source", path, sp, lines)
				}
			}
		}
	})
}
