package confsrc

import (
	"bytes"
	"strings"
)

// readINI reads INI and .cfg files with Python configparser's syntax:
// [section] headers, "key = value" or "key: value" (the first '=' or ':'
// splits), values continued on lines indented deeper than their key, and
// whole-line comments starting with '#' or ';'.
//
// Four choices differ from configparser's defaults, because the files are
// also read by uWSGI, tox, alembic and others: a '#' or ';' after a blank
// starts an inline comment (so "debug = true  # dev only" reads "true");
// keys keep the case they are written in (configparser lower-cases them;
// compare case-insensitively); a blank line ends a multi-line value; and
// keys before the first section are kept with an empty Scope rather than
// rejected.
func readINI(f *File) error {
	src, ls := f.Source, indexLines(f.Source)
	var errs errorList
	section, cur, curIndent := "", -1, 0
	for off := 0; off < len(src); off = nextLine(src, off) {
		line, _ := ls.Pos(off)
		i, end := skipBlanks(src, off), lineEnd(src, off)
		if i >= end {
			cur = -1
			continue
		}
		if src[i] == '#' || src[i] == ';' {
			f.Comments[line] = string(src[i:end])
			continue
		}
		if cur >= 0 && i-off > curIndent {
			// A continuation line of the current value.
			vEnd := iniValueEnd(f, src, line, i, end)
			s := &f.Settings[cur]
			s.Value += "\n" + string(src[i:vEnd])
			s.Loc.EndLine, s.Loc.EndCol = ls.Pos(vEnd)
			s.ValueLoc.EndLine, s.ValueLoc.EndCol = s.Loc.EndLine, s.Loc.EndCol
			continue
		}
		cur = -1
		if src[i] == '[' {
			j := bytes.IndexByte(src[i:end], ']')
			if j < 0 {
				errs.add(f.Path, line, "section header without ']'")
				continue
			}
			section = strings.TrimSpace(string(src[i+1 : i+j]))
			continue
		}
		d := bytes.IndexAny(src[i:end], "=:")
		if d <= 0 {
			errs.add(f.Path, line, "expected \"key = value\"")
			continue
		}
		d += i
		keyEnd := trimBlanksRight(src, i, d)
		v := skipBlanks(src, d+1)
		vEnd := iniValueEnd(f, src, line, v, end)
		f.Settings = append(f.Settings, Setting{Key: string(src[i:keyEnd]), Value: string(src[v:vEnd]), Scope: section,
			Loc: ls.Loc(f.Path, i, vEnd), ValueLoc: ls.Loc(f.Path, v, vEnd)})
		cur, curIndent = len(f.Settings)-1, i-off
	}
	return errs.first
}

// iniValueEnd returns the end of a value that starts at v, before any
// inline comment (which it records).
func iniValueEnd(f *File, src []byte, line, v, end int) int {
	for j := v + 1; j < end; j++ {
		if (src[j] == '#' || src[j] == ';') && (src[j-1] == ' ' || src[j-1] == '\t') {
			f.Comments[line] = string(src[j:end])
			return trimBlanksRight(src, v, j)
		}
	}
	return trimBlanksRight(src, v, end)
}
