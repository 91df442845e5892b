package confsrc

import (
	"errors"
	"strings"
)

// word is one word of a command line: its text after quote removal and
// the byte span [start, end) of the word as written.
type word struct {
	text       string
	start, end int
}

// splitMode says which shell features a split honours.
type splitMode int

const (
	// shellMode is a POSIX shell command: '#' at the start of a word
	// begins a comment, and the control operators ; & && | || are words
	// of their own even when written without blanks ("a&&b").
	shellMode splitMode = iota
	// plainMode only splits on blanks and removes quotes, as Docker does
	// for ENV and ARG and as compose does for a string command (shlex).
	plainMode
)

var errUnterminated = errors.New("unterminated quote")

// splitWords splits s into words as a shell would before expansion:
// single quotes keep everything, double quotes let the escape byte escape
// $ ` " itself and newline, and outside quotes it escapes any byte
// (escape-newline joins lines). Variables are not expanded. The escape
// byte is a backslash except in a Dockerfile that sets another with the
// escape directive.
func splitWords(s string, mode splitMode, esc byte) ([]word, error) {
	var words []word
	var b strings.Builder
	start, inWord := 0, false
	flush := func(end int) {
		if inWord {
			words = append(words, word{text: b.String(), start: start, end: end})
			b.Reset()
			inWord = false
		}
	}
	begin := func(i int) {
		if !inWord {
			start, inWord = i, true
		}
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			flush(i)
		case c == '#' && mode == shellMode && !inWord:
			for i < len(s) && s[i] != '\n' {
				i++
			}
		case mode == shellMode && (c == ';' || c == '&' || c == '|'):
			flush(i)
			j := i + 1
			if j < len(s) && s[j] == c && c != ';' {
				j++
			}
			words = append(words, word{text: s[i:j], start: i, end: j})
			i = j - 1
		case c == esc:
			begin(i)
			if i+1 < len(s) {
				i++
				if s[i] != '\n' {
					b.WriteByte(s[i])
				}
			}
		case c == '\'':
			begin(i)
			j := strings.IndexByte(s[i+1:], '\'')
			if j < 0 {
				return words, errUnterminated
			}
			b.WriteString(s[i+1 : i+1+j])
			i += j + 1
		case c == '"':
			begin(i)
			j, ok := doubleQuoted(s, i+1, esc, &b)
			if !ok {
				return words, errUnterminated
			}
			i = j
		default:
			begin(i)
			b.WriteByte(c)
		}
	}
	flush(len(s))
	return words, nil
}

// doubleQuoted copies the inside of a double-quoted string starting at
// s[i] into b and returns the index of the closing quote.
func doubleQuoted(s string, i int, esc byte, b *strings.Builder) (int, bool) {
	for ; i < len(s); i++ {
		switch c := s[i]; {
		case c == '"':
			return i, true
		case c == esc && i+1 < len(s) && (s[i+1] == esc || strings.IndexByte("$`\"\n", s[i+1]) >= 0):
			i++
			if s[i] != '\n' {
				b.WriteByte(s[i])
			}
		default:
			b.WriteByte(c)
		}
	}
	return i, false
}

// texts returns the words' texts.
func texts(ws []word) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = w.text
	}
	return out
}

// isEnvName reports whether s is a shell variable name.
func isEnvName(s string) bool {
	if s == "" || (s[0] >= '0' && s[0] <= '9') {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
			return false
		}
	}
	return true
}
