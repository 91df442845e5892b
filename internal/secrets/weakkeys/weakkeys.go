// Package weakkeys is the list of weak Flask secret keys: placeholders
// from tutorials, books and project templates ("dev", "you-will-never-guess",
// "hard to guess string") and the passwords everyone tries first. The
// scanner uses it to raise the severity of a hard-coded key, and the live
// session-cookie cracker tries every entry, so both agree on what "a key
// from a public wordlist" means.
package weakkeys

import (
	_ "embed"
	"strings"
)

// source is the embedded list, one key per line; '#' starts a comment line.
//
//go:embed weak-keys.txt
var source string

// List returns the weak keys in file order, exactly as written (the
// cracker needs the exact bytes: "CHANGE_ME" and "changeme" are different
// HMAC keys). It parses the embedded file on each call; callers that need
// it often keep the slice.
func List() []string {
	var out []string
	for line := range strings.Lines(source) {
		line = strings.TrimRight(line, "\r\n")
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		out = append(out, line)
	}
	return out
}

// Contains reports whether s is a weak key, ignoring case and surrounding
// white space: a key that differs from a listed one only in case is just
// as guessable, since wordlist crackers try case variants.
func Contains(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" {
		return false
	}
	for _, k := range List() {
		if strings.EqualFold(k, s) {
			return true
		}
	}
	return false
}
