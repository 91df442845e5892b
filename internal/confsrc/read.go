package confsrc

import (
	"fmt"

	"github.com/flaskguard/flaskguard/internal/srcpos"
)

// Read parses src, the content of the file at path (relative to the scan
// root, used in locations and messages), as a file of the given kind.
//
// A malformed file gives a *ParseError naming the file and line. The env,
// Dockerfile, Procfile and INI readers recover line by line: they return the
// File with everything they could read along with the first error. The
// TOML, YAML and compose readers cannot recover, and return a nil File.
func Read(path string, kind Kind, src []byte) (*File, error) {
	f := &File{Path: path, Kind: kind, Source: src, Comments: map[int]string{}}
	var err error
	switch kind {
	case Env:
		err = readEnv(f)
	case Dockerfile:
		err = readDockerfile(f)
	case Compose:
		err = readCompose(f)
	case Procfile:
		err = readProcfile(f)
	case TOML:
		err = readTOML(f)
	case INI:
		err = readINI(f)
	case YAML:
		err = readYAML(f)
	default:
		return nil, fmt.Errorf("%s: confsrc cannot read files of kind %q", path, kind)
	}
	if err != nil && (kind == TOML || kind == YAML || kind == Compose) {
		return nil, err
	}
	return f, err
}

// ParseError is a malformed configuration file.
type ParseError struct {
	Path string
	Line int // 1-based; 0 when the parser could not tell
	Msg  string
	Err  error // the underlying library error, if any
}

// Error writes "path:line: message", the form editors and CI logs link.
func (e *ParseError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", e.Path, e.Line, e.Msg)
	}
	return fmt.Sprintf("%s: %s", e.Path, e.Msg)
}

// Unwrap returns the library error behind the parse error.
func (e *ParseError) Unwrap() error { return e.Err }

// errorList keeps the first error of a reader that recovers line by line.
type errorList struct{ first error }

func (l *errorList) add(path string, line int, format string, args ...any) {
	if l.first == nil {
		l.first = &ParseError{Path: path, Line: line, Msg: fmt.Sprintf(format, args...)}
	}
}

// lines is the shared line index (offsets to lines and columns).
type lines = srcpos.Lines

func indexLines(src []byte) lines { return srcpos.Index(src) }

// lineEnd returns the offset of the end of the line holding off, before
// its "\n" or "\r\n".
func lineEnd(src []byte, off int) int {
	start := off
	for off < len(src) && src[off] != '\n' {
		off++
	}
	if off > start && src[off-1] == '\r' {
		off--
	}
	return off
}

// nextLine returns the offset of the start of the line after the one
// holding off (len(src) on the last line).
func nextLine(src []byte, off int) int {
	for off < len(src) && src[off] != '\n' {
		off++
	}
	return min(off+1, len(src))
}

// skipBlanks skips spaces and tabs.
func skipBlanks(src []byte, off int) int {
	for off < len(src) && (src[off] == ' ' || src[off] == '\t') {
		off++
	}
	return off
}

// trimBlanksRight returns the end of src[from:to] without trailing spaces
// and tabs.
func trimBlanksRight(src []byte, from, to int) int {
	for to > from && (src[to-1] == ' ' || src[to-1] == '\t') {
		to--
	}
	return to
}
