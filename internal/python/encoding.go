package python

import (
	"bytes"
	_ "embed"
	"regexp"
	"strings"
	"unicode/utf8"
)

// knownCodecs lists the encoding names CPython can decode source with.
//
//go:embed codecs.txt
var knownCodecs string

// codingCookie is PEP 263's encoding declaration, which Python honours only
// in a comment on the first or second line.
var codingCookie = regexp.MustCompile(`^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)`)

// encodingErrors reports what CPython rejects before it parses: source that
// is not valid UTF-8 without a declaration of another encoding (PEP 3120),
// and a UTF-8 byte-order mark with a declaration of another encoding.
// tree-sitter parses bytes and would accept both silently.
func encodingErrors(src []byte) []SyntaxError {
	cookie := declaredEncoding(src)
	// CPython's tokenizer folds only these spellings to utf-8; with a
	// byte-order mark any other name is an error, even "utf8".
	normal := strings.ReplaceAll(cookie, "_", "-")
	isUTF8 := cookie == "" || normal == "utf-8" || strings.HasPrefix(normal, "utf-8-")
	whole := Span{Start: Pos{Line: 1, Col: 1}, End: Pos{Line: 1, Col: 1}}
	switch {
	case cookie != "" && !codecKnown(cookie):
		return []SyntaxError{{Span: whole, Message: "unknown encoding " + cookie + " in the coding declaration"}}
	case bytes.HasPrefix(src, []byte("\xef\xbb\xbf")) && !isUTF8:
		return []SyntaxError{{Span: whole, Message: "encoding problem: " + cookie + " declared in a file that starts with a UTF-8 byte-order mark"}}
	case isUTF8 && !utf8.Valid(src):
		at := invalidUTF8Offset(src)
		return []SyntaxError{{Span: Span{Start: offsetPos(src, at), End: offsetPos(src, at+1)},
			Message: "source is not valid UTF-8 and declares no other encoding (PEP 3120)"}}
	}
	return nil
}

// codecKnown reports whether CPython's codec registry knows the name, which
// it looks up case-insensitively with '-' and '_' alike.
func codecKnown(name string) bool {
	name = strings.ReplaceAll(strings.ToLower(name), "-", "_")
	for line := range strings.Lines(knownCodecs) {
		if strings.TrimSpace(line) == name {
			return true
		}
	}
	return false
}

// declaredEncoding returns the lower-cased encoding named by a coding
// cookie on line 1 or 2, or "".
func declaredEncoding(src []byte) string {
	src = bytes.TrimPrefix(src, []byte("\xef\xbb\xbf"))
	for i := 0; i < 2 && len(src) > 0; i++ {
		line := src
		if j := bytes.IndexByte(src, '\n'); j >= 0 {
			line, src = src[:j], src[j+1:]
		} else {
			src = nil
		}
		if m := codingCookie.FindSubmatch(line); m != nil {
			return strings.ToLower(string(m[1]))
		}
		// Only a comment or blank first line lets the cookie sit on line 2.
		if t := bytes.TrimSpace(line); len(t) > 0 && t[0] != '#' {
			break
		}
	}
	return ""
}

func invalidUTF8Offset(src []byte) int {
	for i := 0; i < len(src); {
		r, size := utf8.DecodeRune(src[i:])
		if r == utf8.RuneError && size <= 1 {
			return i
		}
		i += size
	}
	return len(src)
}

// offsetPos converts a byte offset into a position.
func offsetPos(src []byte, off int) Pos {
	off = min(off, len(src))
	line := bytes.Count(src[:off], []byte{'\n'}) + 1
	col := off - bytes.LastIndexByte(src[:off], '\n')
	return Pos{Line: int32(line), Col: int32(col), Offset: int32(off)}
}
