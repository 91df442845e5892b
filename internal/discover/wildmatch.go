package discover

import "strings"

// This file ports git's wildmatch (wildmatch.c, with WM_PATHNAME and case
// sensitivity as on Linux) so that .gitignore patterns mean exactly what git
// takes them to mean: '*' and '?' and classes never match '/', "**" matches
// across folders only as a whole path segment, and the abort results stop the
// backtracking that would otherwise go exponential on patterns like "*a*a*a".

// Results of dowild. wmAbortAll means no suffix of the text can match, so
// callers stop trying; wmAbortToStarStar means only a "**" further out can
// still help.
const (
	wmMatch = iota
	wmNoMatch
	wmAbortAll
	wmAbortToStarStar
)

// wildmatch reports whether text matches the glob pattern.
func wildmatch(pattern, text string) bool {
	return dowild(pattern, 0, text, 0) == wmMatch
}

func dowild(pat string, pi int, text string, ti int) int {
	for ; pi < len(pat); pi, ti = pi+1, ti+1 {
		pc := pat[pi]
		if ti >= len(text) && pc != '*' {
			return wmAbortAll
		}
		switch pc {
		case '\\':
			// The next pattern byte is literal; a trailing backslash
			// matches nothing.
			pi++
			if pi >= len(pat) || text[ti] != pat[pi] {
				return wmNoMatch
			}
		case '?':
			if text[ti] == '/' {
				return wmNoMatch
			}
		case '[':
			end, r := matchClass(pat, pi, text[ti])
			if r != wmMatch {
				return r
			}
			pi = end
		case '*':
			r, npi, nti, done := matchStar(pat, pi, text, ti)
			if done {
				return r
			}
			pi, ti = npi, nti
		default:
			if text[ti] != pc {
				return wmNoMatch
			}
		}
	}
	if ti < len(text) {
		return wmNoMatch
	}
	return wmMatch
}

// matchStar handles a run of asterisks starting at pat[pi]. It either
// decides the match (done) or, for "*/" that skips to the next folder,
// returns the positions at which the caller's loop continues (the loop's
// increment then consumes the '/' on both sides).
func matchStar(pat string, pi int, text string, ti int) (result, npi, nti int, done bool) {
	matchSlash := false
	if pi+1 < len(pat) && pat[pi+1] == '*' {
		prev := pi - 1
		for pi+1 < len(pat) && pat[pi+1] == '*' {
			pi++
		}
		next := pi + 1
		if (prev < 0 || pat[prev] == '/') && (next >= len(pat) || pat[next] == '/') {
			// "**/" may stand for no folder at all.
			if next < len(pat) && dowild(pat, next+1, text, ti) == wmMatch {
				return wmMatch, 0, 0, true
			}
			matchSlash = true
		}
		// Otherwise "**" not alone in its segment is a plain '*'.
	}
	pi++ // past the asterisks
	if pi >= len(pat) {
		// A trailing "**" matches everything, a trailing '*' only the rest
		// of this path segment.
		if !matchSlash && strings.IndexByte(text[ti:], '/') >= 0 {
			return wmAbortToStarStar, 0, 0, true
		}
		return wmMatch, 0, 0, true
	}
	if !matchSlash && pat[pi] == '/' {
		i := strings.IndexByte(text[ti:], '/')
		if i < 0 {
			return wmAbortAll, 0, 0, true
		}
		return 0, pi, ti + i, false
	}
	for ; ti < len(text); ti++ {
		r := dowild(pat, pi, text, ti)
		if r != wmNoMatch {
			if !matchSlash || r != wmAbortToStarStar {
				return r, 0, 0, true
			}
		} else if !matchSlash && text[ti] == '/' {
			return wmAbortToStarStar, 0, 0, true
		}
	}
	return wmAbortAll, 0, 0, true
}

// matchClass matches the bracket expression starting at pat[pi] against c.
// It returns the index of the closing ']' and wmMatch, or wmNoMatch, or
// wmAbortAll for a malformed class (which, as in git, matches nothing).
func matchClass(pat string, pi int, c byte) (int, int) {
	pi++
	if pi >= len(pat) {
		return pi, wmAbortAll
	}
	negated := false
	if pat[pi] == '!' || pat[pi] == '^' {
		negated = true
		pi++
	}
	matched := false
	prev := -1 // previous literal byte, for ranges; -1 when none
	for first := true; ; first = false {
		if pi >= len(pat) {
			return pi, wmAbortAll
		}
		pc := pat[pi]
		if pc == ']' && !first {
			break
		}
		switch {
		case pc == '\\':
			pi++
			if pi >= len(pat) {
				return pi, wmAbortAll
			}
			pc = pat[pi]
			if c == pc {
				matched = true
			}
			prev = int(pc)
		case pc == '-' && prev >= 0 && pi+1 < len(pat) && pat[pi+1] != ']':
			pi++
			hi := pat[pi]
			if hi == '\\' {
				pi++
				if pi >= len(pat) {
					return pi, wmAbortAll
				}
				hi = pat[pi]
			}
			if int(c) >= prev && c <= hi {
				matched = true
			}
			prev = -1
		case pc == '[' && pi+1 < len(pat) && pat[pi+1] == ':':
			end := strings.IndexByte(pat[pi+2:], ']')
			if end < 0 {
				return pi, wmAbortAll
			}
			name := pat[pi+2 : pi+2+end]
			if !strings.HasSuffix(name, ":") {
				// No ":]": the '[' is an ordinary member.
				if c == '[' {
					matched = true
				}
				prev = '['
				break
			}
			in, ok := posixClass(strings.TrimSuffix(name, ":"), c)
			if !ok {
				return pi, wmAbortAll
			}
			matched = matched || in
			pi += 2 + end
			prev = -1
		default:
			if c == pc {
				matched = true
			}
			prev = int(pc)
		}
		pi++
	}
	if matched == negated || c == '/' {
		return pi, wmNoMatch
	}
	return pi, wmMatch
}

// posixClass tests c against a POSIX character class name such as "alpha"
// (ASCII only, as in git). ok is false for an unknown name.
func posixClass(name string, c byte) (in, ok bool) {
	isUpper := c >= 'A' && c <= 'Z'
	isLower := c >= 'a' && c <= 'z'
	isDigit := c >= '0' && c <= '9'
	isAlpha := isUpper || isLower
	isGraph := c > ' ' && c < 0x7f
	switch name {
	case "alnum":
		return isAlpha || isDigit, true
	case "alpha":
		return isAlpha, true
	case "blank":
		return c == ' ' || c == '\t', true
	case "cntrl":
		return c < ' ' || c == 0x7f, true
	case "digit":
		return isDigit, true
	case "graph":
		return isGraph, true
	case "lower":
		return isLower, true
	case "print":
		return isGraph || c == ' ', true
	case "punct":
		return isGraph && !isAlpha && !isDigit, true
	case "space":
		return c == ' ' || (c >= '\t' && c <= '\r'), true
	case "upper":
		return isUpper, true
	case "xdigit":
		return isDigit || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'), true
	}
	return false, false
}
