package text

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/flaskguard/flaskguard/internal/finding"
)

const (
	// tabWidth is the tab stop used to expand tabs in code frames. Python's
	// own tokenizer uses 8, but 4 is what nearly every editor shows for
	// Python, and the carets only have to agree with the line above them.
	tabWidth = 4
	// maxSpanLines bounds the lines of a multi-line span shown in a frame:
	// enough to show a call whose arguments wrap, short enough that a
	// finding on a whole function does not flood the terminal.
	maxSpanLines = 3
	// minGutter is the narrowest line-number column, so that frames of
	// findings near the top of a file line up with the rest.
	minGutter = 3
)

// displayLine is a source line made printable: tabs expanded, unsafe
// characters replaced, and for every byte of the original the terminal
// cell at which it starts, so that carets land under the right characters.
type displayLine struct {
	text  string
	cells []int // len(line)+1 entries; the last is the width of the line
}

func layout(line string) displayLine {
	var b strings.Builder
	cells := make([]int, len(line)+1)
	col := 0
	for i := 0; i < len(line); {
		r, size := utf8.DecodeRuneInString(line[i:])
		for j := range size {
			cells[i+j] = col
		}
		switch {
		case r == '\t':
			n := tabWidth - col%tabWidth
			b.WriteString(strings.Repeat(" ", n))
			col += n
		case (r == utf8.RuneError && size == 1) || unsafeRune(r):
			b.WriteRune(utf8.RuneError)
			col++
		default:
			b.WriteString(line[i : i+size])
			col += runeWidth(r)
		}
		i += size
	}
	cells[len(line)] = col
	return displayLine{text: b.String(), cells: cells}
}

// frame writes the code frame of loc: one line of context before, up to
// maxSpanLines lines of the span with carets under the offending bytes, and
// one line of context after. It writes nothing when the source cannot be
// read or no longer has the line, since a wrong frame is worse than none.
func (p *printer) frame(loc finding.Location) {
	if loc.StartLine < 1 {
		return
	}
	lines, err := p.src.Lines(loc.Path)
	if err != nil || loc.StartLine > len(lines) {
		return
	}
	endKnown := loc.EndLine >= loc.StartLine && loc.EndCol >= 1
	spanEnd := loc.StartLine
	if endKnown {
		spanEnd = min(loc.EndLine, len(lines))
	}
	last := min(spanEnd, loc.StartLine+maxSpanLines-1)
	truncated := last < spanEnd
	first := max(loc.StartLine-1, 1)
	shownEnd := last
	if !truncated && last < len(lines) {
		shownEnd = last + 1
	}
	width := max(minGutter, len(strconv.Itoa(shownEnd)))

	for n := first; n <= shownEnd; n++ {
		line := layout(lines[n-1])
		p.codeLine(width, strconv.Itoa(n), line.text)
		if n < loc.StartLine || n > last {
			continue
		}
		from, to := caretRange(lines[n-1], n, loc, endKnown)
		start, stop := line.cells[from], line.cells[to]
		if stop <= start {
			if n != loc.StartLine {
				continue // a blank line inside the span has nothing to mark
			}
			stop = start + 1
		}
		p.codeLine(width, "", strings.Repeat(" ", start)+p.st.caret(strings.Repeat("^", stop-start)))
		if n == last && truncated {
			p.codeLine(width, "...", "")
		}
	}
}

// caretRange returns the byte range [from, to) of line n to underline. The
// first line is marked from the start column, continuation lines from their
// indentation, and every line to its end except the last line of the span,
// which stops at the end column. Columns that no longer fit the line (the
// file changed since the scan) are clamped rather than trusted.
func caretRange(line string, n int, loc finding.Location, endKnown bool) (from, to int) {
	indent := len(line) - len(strings.TrimLeft(line, " \t"))
	from, to = indent, len(line)
	if n == loc.StartLine && loc.StartCol >= 1 {
		from = min(loc.StartCol-1, len(line))
	}
	switch {
	case !endKnown && loc.StartCol >= 1:
		to = from // unknown extent: point at the start only
	case endKnown && n == loc.EndLine:
		to = min(loc.EndCol-1, len(line))
	}
	return from, max(from, to)
}

// codeLine writes one gutter-prefixed line of a frame. The gutter is dimmed
// so that the code stands out; an empty line gets no trailing space.
func (p *printer) codeLine(width int, num, code string) {
	gutter := p.st.dim(fmt.Sprintf("  %*s |", width, num))
	if code == "" {
		p.printf("%s\n", gutter)
		return
	}
	p.printf("%s %s\n", gutter, code)
}
