package ruleutil

import (
	"strings"
	"unicode"
)

// Words splits an identifier, setting key, header or cookie name into
// lower-case words: on every character that is not a letter or digit and at
// camelCase boundaries (apiKey, APIKey and api_key all give "api", "key";
// rememberMeKey gives "remember", "me", "key"). An upper-case letter after a
// digit starts a word too (sha256Key gives "sha256", "key"). Words made only
// of digits are dropped: PASSWORD_2 is a password and API_URL_2 a URL.
func Words(name string) []string {
	var out []string
	var cur []rune
	flush := func() {
		if len(cur) > 0 && strings.TrimFunc(string(cur), unicode.IsDigit) != "" {
			out = append(out, strings.ToLower(string(cur)))
		}
		cur = cur[:0]
	}
	rs := []rune(name)
	for i, r := range rs {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			flush()
			continue
		}
		if i > 0 && unicode.IsUpper(r) {
			prev := rs[i-1]
			nextLower := i+1 < len(rs) && unicode.IsLower(rs[i+1])
			// apiKey → api|Key; APIKey → API|Key; but API stays whole.
			if unicode.IsLower(prev) || unicode.IsDigit(prev) || unicode.IsUpper(prev) && nextLower {
				flush()
			}
		}
		cur = append(cur, r)
	}
	flush()
	return out
}
