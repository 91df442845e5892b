package discover

import (
	"bytes"
	"strings"
)

// Why not github.com/sabhiram/go-gitignore: it turns each line into a regular
// expression with known mistakes ("**" in the middle, escaped characters),
// it cannot tell a file from a folder (needed for "dir/" patterns), and it
// has no notion of patterns relative to the folder of a nested .gitignore
// or of several files overriding each other. git's own rules are small:
// wildmatch.go ports its matcher, and this file its layering.

// pattern is one line of a .gitignore file (or one --exclude glob).
type pattern struct {
	glob    string // the glob with any leading and trailing '/' removed
	negate  bool   // "!pattern" re-includes what an earlier line excluded
	dirOnly bool   // "pattern/" matches folders only
	// anchored patterns contain a '/' and match the path relative to the
	// folder of their .gitignore; the others match the base name at any
	// depth below it.
	anchored bool
}

// parsePattern reads one .gitignore line; ok is false for blank lines and
// comments.
func parsePattern(line string) (pattern, bool) {
	line = strings.TrimSuffix(line, "\r")
	line = trimTrailingSpaces(line)
	if line == "" || line[0] == '#' {
		return pattern{}, false
	}
	var p pattern
	if line[0] == '!' {
		p.negate = true
		line = line[1:]
	}
	if strings.HasSuffix(line, "/") {
		p.dirOnly = true
		line = line[:len(line)-1]
	}
	if strings.Contains(line, "/") {
		p.anchored = true
		line = strings.TrimPrefix(line, "/")
	}
	if line == "" {
		return pattern{}, false
	}
	p.glob = line
	return p, true
}

// trimTrailingSpaces drops trailing spaces unless the last one is escaped
// with a backslash, as git does.
func trimTrailingSpaces(s string) string {
	end := len(s)
	for end > 0 && s[end-1] == ' ' {
		if end >= 2 && s[end-2] == '\\' {
			break
		}
		end--
	}
	return s[:end]
}

// parsePatterns reads a whole .gitignore file.
func parsePatterns(src []byte) []pattern {
	var out []pattern
	for line := range bytes.SplitSeq(src, []byte{'\n'}) {
		if p, ok := parsePattern(string(line)); ok {
			out = append(out, p)
		}
	}
	return out
}

// match reports whether the pattern matches rel, a slash-separated path
// relative to the pattern's base folder.
func (p pattern) match(rel string, isDir bool) bool {
	if p.dirOnly && !isDir {
		return false
	}
	if p.anchored {
		return wildmatch(p.glob, rel)
	}
	base := rel
	if i := strings.LastIndexByte(rel, '/'); i >= 0 {
		base = rel[i+1:]
	}
	return wildmatch(p.glob, base)
}

// decide runs a list of patterns over rel: the last matching line wins.
// matched is false when no line matched, so that a less specific list may
// still decide.
func decide(pats []pattern, rel string, isDir bool) (ignored, matched bool) {
	for i := len(pats) - 1; i >= 0; i-- {
		if pats[i].match(rel, isDir) {
			return !pats[i].negate, true
		}
	}
	return false, false
}

// ignoreLevel is the patterns of one ignore file, chained to those of the
// folders above it. Folders without a .gitignore share their parent's level.
type ignoreLevel struct {
	parent *ignoreLevel
	// base is the folder the patterns are relative to, slash-separated and
	// relative to the walk's anchor (the git work tree's top, or the scan
	// root outside git); "" is the anchor itself.
	base string
	pats []pattern
}

// withFile returns the level for a folder whose ignore file holds src.
func (l *ignoreLevel) withFile(base string, src []byte) *ignoreLevel {
	pats := parsePatterns(src)
	if len(pats) == 0 {
		return l
	}
	return &ignoreLevel{parent: l, base: base, pats: pats}
}

// ignored reports whether the anchor-relative path rel is ignored. The
// deepest ignore file that has a matching line decides, as in git.
func (l *ignoreLevel) ignored(rel string, isDir bool) bool {
	for lv := l; lv != nil; lv = lv.parent {
		sub := rel
		if lv.base != "" {
			var ok bool
			sub, ok = strings.CutPrefix(rel, lv.base+"/")
			if !ok {
				continue
			}
		}
		if ign, ok := decide(lv.pats, sub, isDir); ok {
			return ign
		}
	}
	return false
}
