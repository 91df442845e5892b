package suppress

import (
	"bytes"
	"strings"
)

// Comment is one '#' comment of a file, as Apply needs it. Build it with
// Comments from the source, or by hand where no source is at hand.
type Comment struct {
	// Text is the comment from its '#' to the end of the line.
	Text string
	// Col is the 1-based byte column of the '#', or 0 when unknown; it only
	// makes diagnostics point at the directive itself.
	Col int
	// Alone is true when nothing but whitespace precedes the comment on its
	// line. A directive in such a comment governs the statement below it
	// (Next to NextEnd) instead of its own line.
	Alone bool
	// Next and NextEnd are the first and last lines of the statement that
	// follows an alone comment, skipping blank and comment-only lines. Both
	// are 0 when nothing follows. NextEnd below Next counts as Next.
	Next, NextEnd int
}

// Comments turns the comment map of a front end (1-based line → comment
// text from '#') into Comments, reading src to tell which comments stand
// alone and which statement each alone comment sits above.
//
// The statement extent follows open brackets, triple-quoted strings and
// backslash continuations, so that
//
//	# nosec -- local development only
//	app.run(
//	    debug=True,
//	)
//
// covers a finding reported on any of the three lines of the call. The scan
// is lexical, not a parse, which is enough for Python and for the '#'
// commented config formats (a Dockerfile's backslash continuations).
func Comments(src []byte, texts map[int]string) map[int]Comment {
	if len(texts) == 0 {
		return nil
	}
	lines := bytes.Split(src, []byte("\n"))
	out := make(map[int]Comment, len(texts))
	for ln, text := range texts {
		c := Comment{Text: text}
		if ln >= 1 && ln <= len(lines) {
			if i := commentAt(string(lines[ln-1]), text); i >= 0 {
				c.Col = i + 1
				c.Alone = strings.TrimSpace(string(lines[ln-1])[:i]) == ""
			}
		}
		if c.Alone {
			c.Next = nextCodeLine(lines, texts, ln)
			if c.Next > 0 {
				c.NextEnd = statementEnd(lines, c.Next)
			}
		}
		out[ln] = c
	}
	return out
}

// commentAt returns the byte offset of the comment text in its line, or -1.
// A comment runs to the end of its line, so it is looked for as a suffix
// first (trailing blanks and CR aside, which front ends may drop); the
// plain search is a fallback for front ends that trim the text further.
func commentAt(line, text string) int {
	line = strings.TrimRight(line, " \t\r")
	text = strings.TrimRight(text, " \t\r")
	if text == "" {
		return -1
	}
	if strings.HasSuffix(line, text) {
		return len(line) - len(text)
	}
	return strings.Index(line, text)
}

// nextCodeLine returns the first line after ln that is neither blank nor
// only a comment, or 0. Comment-only lines are skipped so that a directive
// still reaches its statement when another comment sits between them.
func nextCodeLine(lines [][]byte, texts map[int]string, ln int) int {
	for n := ln + 1; n <= len(lines); n++ {
		trimmed := strings.TrimSpace(string(lines[n-1]))
		if trimmed == "" {
			continue
		}
		if t, ok := texts[n]; ok && trimmed == strings.TrimSpace(t) {
			continue
		}
		return n
	}
	return 0
}

// statementEnd returns the last line of the logical line that starts at
// line start: it goes on while brackets are open, a triple-quoted string
// is open, or a line ends in a backslash. A closing bracket with none open
// ends the statement too; that happens when the comment sits inside a
// multi-line call, and then the statement is the argument below it.
func statementEnd(lines [][]byte, start int) int {
	depth := 0
	var triple string // the open triple quote, if any
	for n := start; n <= len(lines); n++ {
		line := strings.TrimRight(string(lines[n-1]), "\r")
		cont := false
		for i := 0; i < len(line); i++ {
			if triple != "" {
				if j := strings.Index(line[i:], triple); j >= 0 {
					i += j + 2
					triple = ""
					continue
				}
				break
			}
			switch c := line[i]; c {
			case '#':
				i = len(line)
			case '\\':
				if i == len(line)-1 {
					cont = true
				}
				i++
			case '(', '[', '{':
				depth++
			case ')', ']', '}':
				depth--
				if depth < 0 {
					return n
				}
			case '\'', '"':
				q := line[i : i+1]
				if strings.HasPrefix(line[i:], q+q+q) {
					triple = q + q + q
					i += 2
					continue
				}
				i = skipString(line, i+1, c)
			}
		}
		if depth == 0 && triple == "" && !cont {
			return n
		}
	}
	return len(lines)
}

// skipString returns the index of the closing quote of a one-line string
// whose body starts at i, or the end of the line when it is not closed:
// a one-line string cannot go on to the next line, and an apostrophe in a
// shell comment or an .env value must not swallow the rest of the file.
func skipString(line string, i int, q byte) int {
	for ; i < len(line); i++ {
		switch line[i] {
		case '\\':
			i++
		case q:
			return i
		}
	}
	return len(line)
}
