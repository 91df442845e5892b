package suppress

import (
	"fmt"
	"path"
	"strings"
)

// pathPattern is a compiled Ignore.Path. The syntax follows .gitignore,
// which users already know, minus negation:
//
//   - "" matches every file;
//   - '*', '?' and "[a-z]" match within one path segment, "**" matches any
//     number of whole segments, including none;
//   - a pattern without a '/' (other than a trailing one) matches at any
//     depth: "conftest.py" and "*_test.py" match in every directory;
//   - any other pattern is anchored at the scan root ("tests/**",
//     "legacy/*.py", "/app.py");
//   - a pattern that matches a directory matches everything below it, so
//     "tests", "tests/" and "tests/**" are the same.
type pathPattern struct {
	segs []string // nil matches everything
}

// compilePattern checks and splits a pattern. Bad patterns are an error
// rather than a pattern that matches nothing, because an ignore that
// silently never applies is what this package exists to prevent.
func compilePattern(p string) (pathPattern, error) {
	p = strings.TrimSpace(p)
	if p == "" {
		return pathPattern{}, nil
	}
	anchored := strings.Contains(strings.Trim(p, "/"), "/") || strings.HasPrefix(p, "/")
	p = strings.Trim(p, "/")
	segs := strings.Split(p, "/")
	for _, s := range segs {
		if s == "" || s == "**" {
			continue
		}
		if _, err := path.Match(s, ""); err != nil {
			return pathPattern{}, fmt.Errorf("path pattern %q: %w", p, err)
		}
	}
	if !anchored {
		segs = append([]string{"**"}, segs...)
	}
	// A trailing "**" makes a directory match cover its contents.
	if segs[len(segs)-1] != "**" {
		segs = append(segs, "**")
	}
	return pathPattern{segs: segs}, nil
}

// match reports whether a slash-separated path relative to the scan root
// matches.
func (p pathPattern) match(file string) bool {
	if p.segs == nil {
		return true
	}
	return matchSegs(p.segs, strings.Split(strings.TrimPrefix(file, "./"), "/"))
}

func matchSegs(pat, name []string) bool {
	for len(pat) > 0 {
		if pat[0] == "**" {
			// Try every split point; patterns are short, so the
			// backtracking stays cheap.
			for i := 0; i <= len(name); i++ {
				if matchSegs(pat[1:], name[i:]) {
					return true
				}
			}
			return false
		}
		if pat[0] == "" {
			pat = pat[1:] // "a//b" reads as "a/b", as in .gitignore
			continue
		}
		if len(name) == 0 {
			return false
		}
		if ok, _ := path.Match(pat[0], name[0]); !ok {
			return false
		}
		pat, name = pat[1:], name[1:]
	}
	return len(name) == 0
}
