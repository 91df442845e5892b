package spec

import "strings"

// Match reports whether a callee path matches a pattern in which '*'
// stands for any run of characters (dots and parentheses included).
func Match(pattern, path string) bool {
	star := strings.IndexByte(pattern, '*')
	if star < 0 {
		return pattern == path
	}
	if !strings.HasPrefix(path, pattern[:star]) {
		return false
	}
	rest := pattern[star+1:]
	path = path[star:]
	// Try every split point; patterns have one or two stars, so this is cheap.
	for i := 0; i <= len(path); i++ {
		if Match(rest, path[i:]) {
			return true
		}
	}
	return false
}

// Matcher finds the patterns of a list that match a path. Patterns whose
// last segment (after the final '.') is literal are indexed by it, so a
// lookup compares a path with the few patterns that can match it.
type Matcher struct {
	pats   []string
	byLast map[string][]int
	wild   []int
}

// NewMatcher indexes patterns; the indices it reports are positions in pats.
func NewMatcher(pats []string) *Matcher {
	m := &Matcher{pats: pats, byLast: map[string][]int{}}
	for i, p := range pats {
		last := p[strings.LastIndexByte(p, '.')+1:]
		if strings.IndexByte(last, '*') >= 0 {
			m.wild = append(m.wild, i)
			continue
		}
		m.byLast[last] = append(m.byLast[last], i)
	}
	return m
}

// Each calls fn with the index of every pattern matching path, in the
// order the patterns were given, until fn returns false.
func (m *Matcher) Each(path string, fn func(i int) bool) {
	if m == nil || path == "" {
		return
	}
	last := path[strings.LastIndexByte(path, '.')+1:]
	a, b := m.byLast[last], m.wild
	// Merge the two sorted index lists to keep declaration order.
	for len(a) > 0 || len(b) > 0 {
		var i int
		if len(b) == 0 || (len(a) > 0 && a[0] < b[0]) {
			i, a = a[0], a[1:]
		} else {
			i, b = b[0], b[1:]
		}
		if Match(m.pats[i], path) && !fn(i) {
			return
		}
	}
}

// Any reports whether any pattern matches path.
func (m *Matcher) Any(path string) bool {
	found := false
	m.Each(path, func(int) bool { found = true; return false })
	return found
}
