package scan

import (
	"bytes"
	"cmp"
	"slices"

	"github.com/flaskguard/flaskguard/internal/finding"
)

// fingerprint gives every finding its stable identity. Findings are first
// put in source order so that the occurrence number of repeated identical
// code is the same from run to run.
func fingerprint(fs []finding.Finding, units []unit) {
	src := make(map[string][]byte, len(units))
	for _, u := range units {
		src[u.file.Path] = u.src
	}
	slices.SortFunc(fs, func(a, b finding.Finding) int {
		return cmp.Or(cmp.Compare(a.Location.Path, b.Location.Path),
			cmp.Compare(a.Location.StartLine, b.Location.StartLine),
			cmp.Compare(a.Location.StartCol, b.Location.StartCol),
			cmp.Compare(a.RuleID, b.RuleID))
	})
	type key struct{ rule, path, text string }
	seen := map[key]int{}
	for i := range fs {
		f := &fs[i]
		text := spanText(src[f.Location.Path], f.Location)
		k := key{f.RuleID, f.Location.Path, text}
		f.Fingerprint = finding.Fingerprint(f.RuleID, f.Location.Path, text, seen[k])
		seen[k]++
	}
}

// spanText returns the source lines a location covers. Whole lines rather
// than the exact span keep the fingerprint meaningful for findings whose
// span is a single token such as `True`.
func spanText(src []byte, loc finding.Location) string {
	if loc.StartLine <= 0 {
		return ""
	}
	var out []byte
	line := 1
	for len(src) > 0 && line <= max(loc.EndLine, loc.StartLine) {
		end := bytes.IndexByte(src, '\n')
		if end < 0 {
			end = len(src)
		}
		if line >= loc.StartLine {
			out = append(out, src[:end]...)
			out = append(out, '\n')
		}
		src = src[min(end+1, len(src)):]
		line++
	}
	return string(out)
}
