// Package tomlpos finds where each key, table and array element is written
// in a TOML document. github.com/BurntSushi/toml decodes values faithfully
// but keeps positions to itself (they only surface in its errors), and
// findings and config errors must point at a line. This is a lenient
// structural scanner, not a validator: the decoder stays the judge of what
// is valid, and on input the scanner does not understand it simply stops
// recording, so lookups fall back to an enclosing entry.
package tomlpos

import (
	"strconv"
	"strings"
)

// Span is a range of the source: 1-based lines and byte columns, the end
// column exclusive (as finding.Location).
type Span struct {
	StartLine, StartCol, EndLine, EndCol int
}

// Entry is where one path is written. For a key/value pair, Key spans the
// (possibly dotted) key and Value the value; for a table header both span
// the header ("[server]"); for an array element both span the element.
type Entry struct {
	Key, Value Span
}

// Index maps paths to where they are written. A path joins keys with '.'
// (see Join) and marks array elements and array-of-tables entries with
// "[i]" (see Elem): "tool.flaskguard.ignore[0].id".
type Index map[string]Entry

// Lookup returns the entry of path, or of its nearest recorded ancestor
// (inline tables and values the scanner gave up on), and whether any was
// found.
func (ix Index) Lookup(path string) (Entry, bool) {
	for path != "" {
		if e, ok := ix[path]; ok {
			return e, true
		}
		path = parent(path)
	}
	return Entry{}, false
}

// parent strips the last key or element index from a path.
func parent(path string) string {
	if strings.HasSuffix(path, "]") {
		if i := strings.LastIndexByte(path, '['); i >= 0 {
			return path[:i]
		}
	}
	// The last '.' outside quotes separates the last key.
	inQuote, cut := false, 0
	for i := 0; i < len(path); i++ {
		switch c := path[i]; {
		case c == '\\' && inQuote:
			i++
		case c == '"':
			inQuote = !inQuote
		case c == '.' && !inQuote:
			cut = i
		}
	}
	return path[:cut]
}

// Join appends key to a path, quoting it as TOML does when it is not a
// bare key, so that a key containing '.' stays one key.
func Join(path, key string) string {
	q := key
	if !isBare(key) {
		q = strconv.Quote(key)
	}
	if path == "" {
		return q
	}
	return path + "." + q
}

// Elem appends an element index to a path.
func Elem(path string, i int) string {
	return path + "[" + strconv.Itoa(i) + "]"
}

func isBare(key string) bool {
	if key == "" {
		return false
	}
	for i := 0; i < len(key); i++ {
		if !isBareChar(key[i]) {
			return false
		}
	}
	return true
}

func isBareChar(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-'
}

// Scan indexes a TOML document. It never fails: it records what it can.
func Scan(src []byte) Index {
	s := &scanner{src: src, ix: Index{}, arrays: map[string]int{}}
	s.lineStarts = append(s.lineStarts, 0)
	for i, c := range src {
		if c == '\n' {
			s.lineStarts = append(s.lineStarts, i+1)
		}
	}
	s.document()
	return s.ix
}
