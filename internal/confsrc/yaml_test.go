package confsrc

import (
	"errors"
	"strings"
	"testing"
)

func TestYAML(t *testing.T) {
	src := `# app config
defaults: &defaults
  debug: false
  secret: "s3cr\"et" # quoted
production:
  <<: *defaults
  debug: 'it''s'
  hosts:
    - a.example.com
    - {name: b}
  empty:
  note: |
    block text
café: ünïcode
---
second: doc
`
	f := mustRead(t, "config.yaml", YAML, src)
	checkLines(t, "settings", settingLines(f.Settings), []string{
		`defaults|debug="false" 3:3-3:15 3:10-3:15`,
		`defaults|secret="s3cr\"et" 4:3-4:21 4:11-4:21`,
		`production|debug="it's" 7:3-7:17 7:10-7:17`,
		`production|hosts[0]="a.example.com" 9:7-9:20 9:7-9:20`,
		`production.hosts[1]|name="b" 10:8-10:15 10:14-10:15`,
		`production|empty="" 11:3-11:8 11:8-11:8`,
		`production|note="block text\n" 12:3-12:10 12:9-12:10`,
		`production|secret="s3cr\"et" 4:3-4:21 4:11-4:21`,
		`|café="ünïcode" 14:1-14:17 14:8-14:17`,
		`|second="doc" 16:1-16:12 16:9-16:12`,
	})
	checkLines(t, "comments", commentLines(f.Comments), []string{"1:# app config", "4:# quoted"})
	checkBounds(t, f)
}

func TestYAMLErrors(t *testing.T) {
	cases := []struct{ src, err string }{
		{"a: 1\nb: [1, 2\nc: 3\n", "c.yml:2: did not find expected ',' or ']'"},
		{"a: 1\n  b: 2\n", "c.yml:2: mapping values are not allowed in this context"},
		{"a: *nope\n", "c.yml: unknown anchor 'nope' referenced"},
	}
	for _, c := range cases {
		f, err := Read("c.yml", YAML, []byte(c.src))
		if err == nil || err.Error() != c.err || f != nil {
			t.Errorf("%q: got %v, err %v; want %s", c.src, f, err, c.err)
		}
	}
}

// A billion-laughs file must fail fast instead of expanding.
func TestYAMLAliasBomb(t *testing.T) {
	var b strings.Builder
	b.WriteString("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n")
	for i := 1; i < 9; i++ {
		b.WriteString("a" + string(rune('0'+i)) + ": &a" + string(rune('0'+i)) + " [")
		for j := 0; j < 10; j++ {
			if j > 0 {
				b.WriteString(", ")
			}
			b.WriteString("*a" + string(rune('0'+i-1)))
		}
		b.WriteString("]\n")
	}
	_, err := Read("bomb.yaml", YAML, []byte(b.String()))
	if err == nil || !strings.Contains(err.Error(), "too many values") {
		t.Fatalf("err = %v, want a too-many-values error", err)
	}
}

// A mapping that merges an alias of itself nests without end: the read
// stops at a depth no configuration reaches, with an error that says why.
func TestYAMLRecursiveMerge(t *testing.T) {
	src := "a: &x\n  b:\n    <<: *x\n    d: [1, 'e']\n"
	_, err := Read("loop.yaml", YAML, []byte(src))
	var pe *ParseError
	if !errors.As(err, &pe) || !strings.Contains(err.Error(), "nest too deeply") {
		t.Fatalf("err = %v, want a nesting ParseError", err)
	}
}
