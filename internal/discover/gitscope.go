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
	if dir := gitCommonDir(w.anchor); dir != "" {
		w.above = w.above.withFile("", w.readIgnoreFile(filepath.Join(dir, "info", "exclude")))
	}
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

// gitCommonDir returns the git directory that holds info/exclude for the
// work tree at anchor, or "" if there is none. .git is a folder in a plain
// clone; in a linked worktree or a submodule it is a file that says
// "gitdir: PATH", and a worktree's git directory names the repository's
// shared one in its commondir file, which is where info/exclude lives.
func gitCommonDir(anchor string) string {
	dotGit := filepath.Join(anchor, ".git")
	info, err := os.Stat(dotGit)
	if err != nil {
		return ""
	}
	if info.IsDir() {
		return dotGit
	}
	dir := resolveGitLink(anchor, dotGit, "gitdir:")
	if dir == "" {
		return ""
	}
	if common := resolveGitLink(dir, filepath.Join(dir, "commondir"), ""); common != "" {
		return common
	}
	return dir
}

// resolveGitLink reads a one-line git pointer file ("gitdir: PATH" or a
// bare path) and returns the path it names, relative paths taken from
// base; "" if the file is missing or says something else.
func resolveGitLink(base, file, prefix string) string {
	src, err := os.ReadFile(file)
	if err != nil {
		return ""
	}
	line, _, _ := strings.Cut(string(src), "\n")
	target, ok := strings.CutPrefix(strings.TrimSpace(line), prefix)
	target = strings.TrimSpace(target)
	if !ok || target == "" {
		return ""
	}
	if !filepath.IsAbs(target) {
		target = filepath.Join(base, target)
	}
	return target
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
