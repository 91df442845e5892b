package pep440

import "strings"

// NormalizeName returns the PEP 503 normal form of a project name: lower
// case, with every run of "-", "_" and "." replaced by a single "-". Flask_WTF,
// flask.wtf and flask-wtf are one project, and advisory data and manifests
// must both be compared in this form.
func NormalizeName(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	inRun := false
	for _, r := range strings.ToLower(strings.TrimSpace(s)) {
		if r == '-' || r == '_' || r == '.' {
			if !inRun {
				b.WriteByte('-')
			}
			inRun = true
			continue
		}
		inRun = false
		b.WriteRune(r)
	}
	return b.String()
}
