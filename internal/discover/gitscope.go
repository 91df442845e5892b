package discover

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/flaskguard/flaskguard/internal/finding"
)

// This file finds the ignore files that apply to a walk: those of the git
// work tree above the scan root, and those on the way to an explicit
// target.

// findAnchor looks for the git work tree around root and loads the ignore
// files above root: .git/info/exclude (weakest) and the .gitignore files
// from the top down.
func (w *walker) findAnchor() {
	w.anchor = w.root
	for dir := w.root; ; {
		if _, err := os.Lstat(filepath.Join(dir, ".git")); err == nil {
			w.anchor = dir
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return // not in a git work tree: only root and below count
		}
		dir = parent
	}
	rel, err := filepath.Rel(w.anchor, w.root)
	if err != nil || rel == "." {
		rel = ""
	}
	w.fromAnchor = filepath.ToSlash(rel)
	// .git may also be a file (worktrees, submodules); then there is no
	// info/exclude next to it and the lookup below simply finds nothing.
	w.above = w.above.withFile("", w.readIgnoreFile(filepath.Join(w.anchor, ".git", "info", "exclude")))
	if w.fromAnchor == "" {
		return
	}
	// The folders from the top down to root's parent, each relative to the
	// top: for root "a/b/c" that is "", "a" and "a/b".
	parts := strings.Split(w.fromAnchor, "/")
	dir, base := w.anchor, ""
	for _, part := range parts {
		w.above = w.above.withFile(base, w.readIgnoreFile(filepath.Join(dir, ".gitignore")))
		dir, base = filepath.Join(dir, part), joinRel(base, part)
	}
}

// readIgnoreFile returns an ignore file's content, nil if there is none.
func (w *walker) readIgnoreFile(abs string) []byte {
	src, err := os.ReadFile(abs)
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		w.diag(finding.ReadError, w.relOf(abs), fmt.Sprintf("cannot read ignore file: %v", err))
	}
	return src
}

// levelAt returns the ignore level that applies inside the root-relative
// folder rel, loading the .gitignore files from root down to it.
func (w *walker) levelAt(rel string) *ignoreLevel {
	if lv, ok := w.levels[rel]; ok {
		return lv
	}
	parent := w.above
	if rel != "" {
		parent = w.levelAt(parentRel(rel))
	}
	lv := parent.withFile(w.anchorRel(rel), w.readIgnoreFile(filepath.Join(w.root, filepath.FromSlash(rel), ".gitignore")))
	w.levels[rel] = lv
	return lv
}

// anchorRel turns a root-relative path into an anchor-relative one.
func (w *walker) anchorRel(rel string) string { return joinRel(w.fromAnchor, rel) }

// relOf turns an absolute path into a root-relative one for messages; paths
// outside root keep their absolute form.
func (w *walker) relOf(abs string) string {
	rel, err := filepath.Rel(w.root, abs)
	if err != nil || strings.HasPrefix(rel, "..") {
		return filepath.ToSlash(abs)
	}
	return filepath.ToSlash(rel)
}
