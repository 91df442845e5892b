package view

import (
	"bytes"
	"fmt"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/flaskguard/flaskguard/internal/finding"
)

// Sources reads the files that findings point into, each at most once per
// report, and hands out their lines. It is made per Write call rather than
// shared, so that a long-lived writer never serves a stale file.
type Sources struct {
	read  func(path string) ([]byte, error)
	files map[string]sourceFile
}

type sourceFile struct {
	lines []string
	err   error
}

// NewSources returns a cache over read. A nil read means no source is
// available; every lookup then fails and writers fall back to plain output.
func NewSources(read func(path string) ([]byte, error)) *Sources {
	return &Sources{read: read, files: map[string]sourceFile{}}
}

// Lines returns the lines of path without their line terminators ("\n" or
// "\r\n"), so that line n is Lines()[n-1].
func (s *Sources) Lines(path string) ([]string, error) {
	if f, ok := s.files[path]; ok {
		return f.lines, f.err
	}
	var f sourceFile
	if s.read == nil {
		f.err = fmt.Errorf("read %s: no source reader", path)
	} else if data, err := s.read(path); err != nil {
		f.err = fmt.Errorf("read %s: %w", path, err)
	} else {
		f.lines = splitLines(data)
	}
	s.files[path] = f
	return f.lines, f.err
}

// Line returns line n (1-based) of path, and false if the file cannot be
// read or is shorter than n lines (the file changed after the scan).
func (s *Sources) Line(path string, n int) (string, bool) {
	lines, err := s.Lines(path)
	if err != nil || n < 1 || n > len(lines) {
		return "", false
	}
	return lines[n-1], true
}

// Span returns the source text that loc covers, and false when it cannot be
// recovered exactly. Columns beyond a line's end are clamped to it, since
// an end column just past the last byte is how spans reach the line's end.
func (s *Sources) Span(loc finding.Location) (string, bool) {
	lines, err := s.Lines(loc.Path)
	if err != nil || loc.StartLine < 1 || loc.EndLine < loc.StartLine || loc.EndLine > len(lines) ||
		loc.StartCol < 1 || loc.EndCol < 1 {
		return "", false
	}
	var b bytes.Buffer
	for n := loc.StartLine; n <= loc.EndLine; n++ {
		line := lines[n-1]
		from, to := 0, len(line)
		if n == loc.StartLine {
			from = min(loc.StartCol-1, len(line))
		}
		if n == loc.EndLine {
			to = min(loc.EndCol-1, len(line))
		}
		if from > to {
			return "", false
		}
		if n > loc.StartLine {
			b.WriteByte('\n')
		}
		b.WriteString(line[from:to])
	}
	return b.String(), true
}

// UTF16Col converts a 1-based byte column on line to the 1-based column in
// UTF-16 code units that SARIF consumers count by default. Columns past the
// end of the line keep their distance from it, so that an exclusive end
// column just past the last character stays just past it.
func UTF16Col(line string, byteCol int) int {
	if byteCol < 1 {
		return byteCol
	}
	prefix := line[:min(byteCol-1, len(line))]
	units := 0
	for len(prefix) > 0 {
		r, size := utf8.DecodeRuneInString(prefix)
		prefix = prefix[size:]
		if r == utf8.RuneError && size == 1 {
			units++ // an invalid byte decodes to U+FFFD, one unit
			continue
		}
		units += max(utf16.RuneLen(r), 1)
	}
	return 1 + units + max(byteCol-1-len(line), 0)
}

func splitLines(data []byte) []string {
	if len(data) == 0 {
		return nil
	}
	data = bytes.TrimSuffix(data, []byte("\n"))
	parts := bytes.Split(data, []byte("\n"))
	lines := make([]string, len(parts))
	for i, p := range parts {
		lines[i] = string(bytes.TrimSuffix(p, []byte("\r")))
	}
	return lines
}
