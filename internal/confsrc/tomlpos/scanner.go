package tomlpos

import (
	"sort"
	"strconv"
	"strings"
)

// scanner walks the source once; every step consumes input or stops, so it
// always ends.
type scanner struct {
	src        []byte
	pos        int
	lineStarts []int
	ix         Index
	arrays     map[string]int // entries seen so far of each array of tables
	table      string         // the current table's path
}

func (s *scanner) span(from, to int) Span {
	l1, c1 := s.lineCol(from)
	l2, c2 := s.lineCol(to)
	return Span{StartLine: l1, StartCol: c1, EndLine: l2, EndCol: c2}
}

func (s *scanner) lineCol(off int) (int, int) {
	i := sort.Search(len(s.lineStarts), func(i int) bool { return s.lineStarts[i] > off }) - 1
	return i + 1, off - s.lineStarts[i] + 1
}

func (s *scanner) record(path string, e Entry) {
	if _, ok := s.ix[path]; !ok {
		s.ix[path] = e
	}
}

func (s *scanner) peek() byte {
	if s.pos < len(s.src) {
		return s.src[s.pos]
	}
	return 0
}

func (s *scanner) hasPrefix(p string) bool {
	return strings.HasPrefix(string(s.src[s.pos:min(len(s.src), s.pos+len(p))]), p)
}

func (s *scanner) skipSpace() {
	for s.pos < len(s.src) && (s.src[s.pos] == ' ' || s.src[s.pos] == '\t') {
		s.pos++
	}
}

// skipBlank skips spaces, newlines and comments (inside arrays).
func (s *scanner) skipBlank() {
	for s.pos < len(s.src) {
		switch s.src[s.pos] {
		case ' ', '\t', '\r', '\n':
			s.pos++
		case '#':
			s.skipComment()
		default:
			return
		}
	}
}

func (s *scanner) skipComment() {
	for s.pos < len(s.src) && s.src[s.pos] != '\n' {
		s.pos++
	}
}

func (s *scanner) document() {
	for s.pos < len(s.src) {
		s.skipSpace()
		switch c := s.peek(); {
		case c == 0 && s.pos >= len(s.src):
			return
		case c == '\n' || c == '\r':
			s.pos++
			continue
		case c == '#':
			s.skipComment()
			continue
		case c == '[':
			if !s.header() {
				return
			}
		default:
			if !s.keyval(s.table) {
				return
			}
		}
		// Only blanks and a comment may follow on the line.
		s.skipSpace()
		if c := s.peek(); c == '#' {
			s.skipComment()
		} else if c != '\n' && c != '\r' && s.pos < len(s.src) {
			return
		}
	}
}

// header reads "[a.b]" or "[[a.b]]" and makes it the current table.
func (s *scanner) header() bool {
	start := s.pos
	isArray := s.hasPrefix("[[")
	if isArray {
		s.pos += 2
	} else {
		s.pos++
	}
	s.skipSpace()
	parts, ok := s.key()
	if !ok {
		return false
	}
	s.skipSpace()
	closing := "]"
	if isArray {
		closing = "]]"
	}
	if !s.hasPrefix(closing) {
		return false
	}
	s.pos += len(closing)
	// Resolve the header against the arrays of tables seen so far, so that
	// [a.b] after the second [[a]] is "a[1].b".
	path := ""
	for i, p := range parts {
		path = Join(path, p)
		if i == len(parts)-1 && isArray {
			n := s.arrays[path]
			s.arrays[path] = n + 1
			path = Elem(path, n)
		} else if n, ok := s.arrays[path]; ok {
			path = Elem(path, n-1)
		}
	}
	s.table = path
	sp := s.span(start, s.pos)
	s.record(path, Entry{Key: sp, Value: sp})
	return true
}

// key reads a dotted key into its parts.
func (s *scanner) key() ([]string, bool) {
	var parts []string
	for {
		s.skipSpace()
		part, ok := s.keyPart()
		if !ok {
			return nil, false
		}
		parts = append(parts, part)
		s.skipSpace()
		if s.peek() != '.' {
			return parts, true
		}
		s.pos++
	}
}

func (s *scanner) keyPart() (string, bool) {
	start := s.pos
	switch s.peek() {
	case '"':
		if !s.basicString() {
			return "", false
		}
		raw := string(s.src[start:s.pos])
		if v, err := strconv.Unquote(raw); err == nil {
			return v, true
		}
		return raw[1 : len(raw)-1], true
	case '\'':
		if !s.literalString() {
			return "", false
		}
		return string(s.src[start+1 : s.pos-1]), true
	}
	for s.pos < len(s.src) && isBareChar(s.src[s.pos]) {
		s.pos++
	}
	return string(s.src[start:s.pos]), s.pos > start
}

// keyval reads "key = value" in the table at prefix.
func (s *scanner) keyval(prefix string) bool {
	start := s.pos
	parts, ok := s.key()
	if !ok {
		return false
	}
	keyEnd := s.pos
	for keyEnd > start && (s.src[keyEnd-1] == ' ' || s.src[keyEnd-1] == '\t') {
		keyEnd--
	}
	s.skipSpace()
	if s.peek() != '=' {
		return false
	}
	s.pos++
	s.skipSpace()
	path := prefix
	for _, p := range parts {
		path = Join(path, p)
	}
	vstart := s.pos
	if !s.value(path) {
		return false
	}
	s.record(path, Entry{Key: s.span(start, keyEnd), Value: s.span(vstart, s.pos)})
	return true
}

// value reads one value, recording the elements of arrays and the keys of
// inline tables under path.
func (s *scanner) value(path string) bool {
	switch s.peek() {
	case '"':
		if s.hasPrefix(`"""`) {
			return s.multiline(`"""`, true)
		}
		return s.basicString()
	case '\'':
		if s.hasPrefix(`'''`) {
			return s.multiline(`'''`, false)
		}
		return s.literalString()
	case '[':
		return s.array(path)
	case '{':
		return s.inlineTable(path)
	}
	start := s.pos
	for s.pos < len(s.src) && !strings.ContainsRune(" \t\r\n,]}#", rune(s.src[s.pos])) {
		s.pos++
	}
	return s.pos > start
}

func (s *scanner) basicString() bool {
	s.pos++
	for s.pos < len(s.src) {
		switch s.src[s.pos] {
		case '\\':
			s.pos += 2
			continue
		case '"':
			s.pos++
			return true
		case '\n':
			return false
		}
		s.pos++
	}
	return false
}

func (s *scanner) literalString() bool {
	s.pos++
	for s.pos < len(s.src) {
		switch s.src[s.pos] {
		case '\'':
			s.pos++
			return true
		case '\n':
			return false
		}
		s.pos++
	}
	return false
}

// multiline reads a """ or ”' string; up to two extra quotes before the
// closing delimiter belong to the content.
func (s *scanner) multiline(delim string, escapes bool) bool {
	s.pos += 3
	for s.pos < len(s.src) {
		if escapes && s.src[s.pos] == '\\' {
			s.pos += 2
			continue
		}
		if s.hasPrefix(delim) {
			s.pos += 3
			for extra := 0; extra < 2 && s.peek() == delim[0]; extra++ {
				s.pos++
			}
			return true
		}
		s.pos++
	}
	return false
}

func (s *scanner) array(path string) bool {
	s.pos++
	for i := 0; ; i++ {
		s.skipBlank()
		if s.peek() == ']' {
			s.pos++
			return true
		}
		start := s.pos
		elem := Elem(path, i)
		if !s.value(elem) {
			return false
		}
		sp := s.span(start, s.pos)
		s.record(elem, Entry{Key: sp, Value: sp})
		s.skipBlank()
		switch s.peek() {
		case ',':
			s.pos++
		case ']':
			s.pos++
			return true
		default:
			return false
		}
	}
}

// inlineTable reads "{ a = 1, b.c = 2 }"; newlines and comments are
// tolerated inside, as TOML 1.1 allows.
func (s *scanner) inlineTable(path string) bool {
	s.pos++
	for {
		s.skipBlank()
		if s.peek() == '}' {
			s.pos++
			return true
		}
		if !s.keyval(path) {
			return false
		}
		s.skipBlank()
		switch s.peek() {
		case ',':
			s.pos++
		case '}':
			s.pos++
			return true
		default:
			return false
		}
	}
}
