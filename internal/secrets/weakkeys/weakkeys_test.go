package weakkeys

import (
	"strings"
	"testing"
)

func TestListHasNoCommentsOrBlanks(t *testing.T) {
	list := List()
	if len(list) < 100 {
		t.Fatalf("List() has %d keys, want at least 100", len(list))
	}
	seen := map[string]bool{}
	for _, k := range list {
		if k == "" || strings.HasPrefix(k, "#") || strings.TrimSpace(k) != k {
			t.Errorf("bad entry %q", k)
		}
		if seen[k] {
			t.Errorf("duplicate entry %q", k)
		}
		seen[k] = true
	}
}

func TestContains(t *testing.T) {
	for _, tc := range []struct {
		key  string
		want bool
	}{
		{"dev", true},
		{"you-will-never-guess", true},
		{"hard to guess string", true},
		{"Hard To Guess String", true},
		{"  changeme\n", true},
		{"CHANGE_ME", true},
		{"keyboard cat", true},
		{"", false},
		{"   ", false},
		{"f3a9c1d27b6e4f0a9d8c7b6a5e4f3d2c", false},
		{"devv", false},
		{"# Weak Flask SECRET_KEY values: placeholders from tutorials, books, project", false},
	} {
		if got := Contains(tc.key); got != tc.want {
			t.Errorf("Contains(%q) = %v, want %v", tc.key, got, tc.want)
		}
	}
}
