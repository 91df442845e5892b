package confsrc

import "strings"

// readProcfile reads "name: command" lines (Heroku, honcho, foreman).
// Variable assignments before the command ("FLASK_DEBUG=1 flask run")
// become settings of that process, since the shell exports them to it.
func readProcfile(f *File) error {
	src, ls := f.Source, indexLines(f.Source)
	var errs errorList
	for off := 0; off < len(src); off = nextLine(src, off) {
		line, _ := ls.Pos(off)
		i, end := skipBlanks(src, off), lineEnd(src, off)
		if i >= end {
			continue
		}
		if src[i] == '#' {
			f.Comments[line] = string(src[i:end])
			continue
		}
		nameEnd := i
		for nameEnd < end && isProcessNameChar(src[nameEnd]) {
			nameEnd++
		}
		if nameEnd == i || nameEnd >= end || src[nameEnd] != ':' {
			errs.add(f.Path, line, "expected \"process: command\"")
			continue
		}
		name := string(src[i:nameEnd])
		cmdStart := skipBlanks(src, nameEnd+1)
		cmdEnd := trimBlanksRight(src, cmdStart, end)
		text := string(src[cmdStart:cmdEnd])
		if j := commentStart(text); j >= 0 {
			// A comment after the command: the shell ignores it, and
			// suppressions read it.
			f.Comments[line] = text[j:]
			cmdEnd = trimBlanksRight(src, cmdStart, cmdStart+j)
			text = string(src[cmdStart:cmdEnd])
		}
		ws, err := splitWords(text, shellMode, '\\')
		if err != nil {
			errs.add(f.Path, line, "process %s: %v", name, err)
			continue
		}
		for len(ws) > 0 {
			key, value, ok := cutAssignment(text[ws[0].start:ws[0].end], ws[0].text)
			if !ok {
				break
			}
			w := ws[0]
			eq := len(key) + 1
			f.Settings = append(f.Settings, Setting{Key: key, Value: value, Scope: name,
				Loc:      ls.Loc(f.Path, cmdStart+w.start, cmdStart+w.end),
				ValueLoc: ls.Loc(f.Path, cmdStart+w.start+eq, cmdStart+w.end)})
			ws = ws[1:]
		}
		if len(ws) == 0 {
			errs.add(f.Path, line, "process %s has no command", name)
			continue
		}
		f.Commands = append(f.Commands, Command{Args: texts(ws), Text: text, Scope: name,
			Loc: ls.Loc(f.Path, i, cmdEnd)})
	}
	return errs.first
}

func isProcessNameChar(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-'
}

// cutAssignment splits a shell word "NAME=value" (raw is the word as
// written, text after quote removal); ok is false if the word is not an
// assignment, which needs an unquoted valid name before the '='.
func cutAssignment(raw, text string) (key, value string, ok bool) {
	key, _, found := strings.Cut(raw, "=")
	if !found || !isEnvName(key) {
		return "", "", false
	}
	return key, text[len(key)+1:], true
}

// commentStart returns where a shell comment begins in a command line: an
// unquoted '#' at the start of a word; -1 if there is none.
func commentStart(s string) int {
	var quote byte
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case quote != 0:
			if c == '\\' && quote == '"' {
				i++
			} else if c == quote {
				quote = 0
			}
		case c == '\\':
			i++
		case c == '\'' || c == '"':
			quote = c
		case c == '#' && (i == 0 || s[i-1] == ' ' || s[i-1] == '\t'):
			return i
		}
	}
	return -1
}
