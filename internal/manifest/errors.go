package manifest

import (
	"fmt"

	"github.com/flaskguard/flaskguard/internal/srcpos"
)

// ParseError is a malformed manifest: bad syntax, or an entry that is not
// a requirement.
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

// errorList keeps the earliest error in the file of a reader that skips
// bad entries and goes on: one typo should not hide the rest of a file from
// the audit. Readers that walk decoded maps do not meet errors in source
// order, hence the comparison of lines.
type errorList struct{ first *ParseError }

func (l *errorList) add(p string, line int, format string, args ...any) {
	if l.first == nil || line < l.first.Line {
		l.first = &ParseError{Path: p, Line: line, Msg: fmt.Sprintf(format, args...)}
	}
}

// err returns the error kept, as an error (a nil *ParseError would not be
// a nil error).
func (l *errorList) err() error {
	if l.first == nil {
		return nil
	}
	return l.first
}

// lines is the shared line index (offsets to lines and columns).
type lines = srcpos.Lines

func indexLines(src []byte) lines { return srcpos.Index(src) }
