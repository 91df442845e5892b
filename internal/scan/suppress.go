package scan

import (
	"fmt"
	"path/filepath"
	"strings"

	"github.com/flaskguard/flaskguard/internal/finding"
	"github.com/flaskguard/flaskguard/internal/suppress"
)

// suppressAll applies inline directives and configuration ignores, marking
// findings in place, and returns the notes about unused, unknown or expired
// suppressions.
func suppressAll(fs []finding.Finding, units []unit, opt Options) []finding.Diagnostic {
	comments := map[string]map[int]suppress.Comment{}
	for _, u := range units {
		var texts map[int]string
		switch {
		case u.py != nil:
			texts = u.py.Comments
		case u.conf != nil:
			texts = u.conf.Comments
		case u.tmpl != nil:
			texts = u.tmpl.Comments
		case u.man != nil:
			texts = manifestComments(u.man, u.src)
		}
		if len(texts) > 0 {
			comments[u.file.Path] = suppress.Comments(u.src, texts)
		}
	}
	var ignores []suppress.Ignore
	for _, ig := range opt.Config.Ignores {
		ignores = append(ignores, suppress.Ignore{
			ID: ig.ID, Path: ig.Path, Reason: ig.Reason, Until: ig.Until,
			Origin: fmt.Sprintf("%s:%d", displayPath(opt.Root, opt.Config.Source), ig.Line),
		})
	}
	known := map[string]bool{}
	for _, r := range opt.Rules {
		known[r.ID] = true
	}
	return suppress.Apply(fs, comments, ignores, suppress.Options{
		Now:           opt.Now,
		RequireReason: opt.RequireReason,
		KnownRules:    func(id string) bool { return known[id] },
	})
}

// displayPath shows a configuration file relative to the scan root when it
// lies inside it, so notes about it read like notes about scanned files.
func displayPath(root, path string) string {
	abs, err := filepath.Abs(root)
	if err != nil {
		return path
	}
	rel, err := filepath.Rel(abs, path)
	if err != nil || strings.HasPrefix(rel, "..") {
		return path
	}
	return filepath.ToSlash(rel)
}
