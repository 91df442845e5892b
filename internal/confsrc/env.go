package confsrc

import (
	"bytes"
	"strings"
)

// readEnv reads .env and .flaskenv files the way python-dotenv (which
// `flask run` uses) does: KEY=value lines, an optional `export`, single- or
// double-quoted values that may span lines (double quotes decode \n, \t and
// friends; single quotes only \' and \\), and ` #` starting an inline
// comment after an unquoted value. ${VAR} references are kept as written.
// A line holding only a key sets nothing, as in python-dotenv, and is
// skipped.
func readEnv(f *File) error {
	src, ls := f.Source, indexLines(f.Source)
	var errs errorList
	for off := 0; off < len(src); {
		line, _ := ls.Pos(off)
		next := nextLine(src, off)
		i, end := skipBlanks(src, off), lineEnd(src, off)
		if i >= end {
			off = next
			continue
		}
		if src[i] == '#' {
			f.Comments[line] = string(src[i:end])
			off = next
			continue
		}
		stmt := i
		if bytes.HasPrefix(src[i:end], []byte("export")) && i+6 < end && (src[i+6] == ' ' || src[i+6] == '\t') {
			i = skipBlanks(src, i+6)
		}
		key, i, ok := envKey(src, i, end)
		if !ok {
			errs.add(f.Path, line, "unterminated quoted key")
			off = next
			continue
		}
		i = skipBlanks(src, i)
		if key == "" || i >= end || src[i] != '=' {
			switch {
			case i < end && src[i] == '#' && key != "":
				f.Comments[line] = string(src[i:end])
			case i < end || key == "":
				errs.add(f.Path, line, "expected KEY=value")
			}
			off = next
			continue
		}
		i = skipBlanks(src, i+1)
		var value string
		var vEnd int
		if i < len(src) && (src[i] == '"' || src[i] == '\'') {
			value, vEnd, ok = envQuoted(src, i)
			if !ok {
				// The rest of the file is inside the quote: nothing more
				// can be read reliably.
				errs.add(f.Path, line, "unterminated %c quote", src[i])
				return errs.first
			}
			tail, tailEnd := skipBlanks(src, vEnd), lineEnd(src, vEnd)
			tailLine, _ := ls.Pos(vEnd)
			if tail < tailEnd && src[tail] == '#' {
				f.Comments[tailLine] = string(src[tail:tailEnd])
			} else if tail < tailEnd {
				errs.add(f.Path, tailLine, "unexpected text after the closing quote")
			}
			next = nextLine(src, vEnd)
		} else {
			vEnd = end
			for j := i + 1; j < end; j++ {
				if src[j] == '#' && (src[j-1] == ' ' || src[j-1] == '\t') {
					f.Comments[line] = string(src[j:end])
					vEnd = j
					break
				}
			}
			vEnd = trimBlanksRight(src, i, vEnd)
			value = string(src[i:vEnd])
		}
		f.Settings = append(f.Settings, Setting{Key: key, Value: value,
			Loc: ls.Loc(f.Path, stmt, vEnd), ValueLoc: ls.Loc(f.Path, i, vEnd)})
		off = next
	}
	return errs.first
}

// envKey reads a key, bare (up to a blank, '=' or '#') or single-quoted as
// python-dotenv allows.
func envKey(src []byte, i, end int) (string, int, bool) {
	if i < end && src[i] == '\'' {
		j := bytes.IndexByte(src[i+1:end], '\'')
		if j < 0 {
			return "", i, false
		}
		return string(src[i+1 : i+1+j]), i + j + 2, true
	}
	start := i
	for i < end && src[i] != '=' && src[i] != '#' && src[i] != ' ' && src[i] != '\t' {
		i++
	}
	return string(src[start:i]), i, true
}

// envQuoted decodes a quoted value starting at src[i]; it returns the
// value, the offset just past the closing quote, and false if the quote
// never closes.
func envQuoted(src []byte, i int) (string, int, bool) {
	q := src[i]
	var b strings.Builder
	for j := i + 1; j < len(src); j++ {
		c := src[j]
		if c == '\\' && j+1 < len(src) {
			if r, ok := envEscape(q, src[j+1]); ok {
				b.WriteByte(r)
				j++
				continue
			}
		}
		if c == q {
			return b.String(), j + 1, true
		}
		b.WriteByte(c)
	}
	return "", len(src), false
}

// envEscape decodes the escapes python-dotenv decodes: in double quotes
// \\ \' \" \a \b \f \n \r \t \v, in single quotes \\ and \'.
func envEscape(quote, c byte) (byte, bool) {
	if c == '\\' || c == '\'' {
		return c, true
	}
	if quote != '"' {
		return 0, false
	}
	i := strings.IndexByte(`"abfnrtv`, c)
	if i < 0 {
		return 0, false
	}
	return "\"\a\b\f\n\r\t\v"[i], true
}
