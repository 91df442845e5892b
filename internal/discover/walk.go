// Package discover finds the files a scan reads. It walks the scan targets,
// keeps the files that some front end understands (Python, templates, env
// files, Dockerfiles, compose files, Procfiles, TOML/INI/YAML settings and
// dependency manifests), and leaves out what is not the project's own code:
// VCS metadata, virtualenvs, installed packages, caches, build output, tests
// (unless asked for) and whatever .gitignore files or --exclude globs say.
//
// The walk never follows symbolic links to folders, so it cannot loop; a
// link to a file is read once, under the link's own path unless the file
// it points to is also in the tree. Files that are too large or cannot be
// read become diagnostics, and the walk goes on.
package discover

import (
	"cmp"
	"context"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"

	"github.com/flaskguard/flaskguard/internal/finding"
)

// DefaultMaxFileSize is the size limit when Options.MaxFileSize is zero. A
// hand-written Python module or settings file is far smaller; files above it
// are usually generated or vendored and slow to parse for no findings.
const DefaultMaxFileSize = 2 << 20

// File is one file the scan will read.
type File struct {
	// Path is relative to the scan root, with forward slashes.
	Path string
	// Abs is the absolute path to open (through the link, for a link).
	Abs  string
	Kind Kind
	// Size is the size in bytes of the file (of its target, for a link).
	Size int64
}

// Options tunes a walk.
type Options struct {
	// Exclude holds gitignore-style globs matched against paths relative to
	// the scan root ("migrations/", "*.min.html", "legacy/**"). A leading
	// '!' re-includes what an earlier Exclude glob left out; it cannot
	// re-include a file that a .gitignore file ignores.
	Exclude []string
	// MaxFileSize is the largest file read, in bytes; 0 means
	// DefaultMaxFileSize.
	MaxFileSize int64
	// IncludeTests reads test folders (tests, test, testing) and test
	// modules (test_*.py, *_test.py, conftest.py), skipped by default
	// because test settings legitimately set SECRET_KEY="test" and DEBUG.
	IncludeTests bool
}

// Walk returns the files to scan under root, sorted by Path, each once.
//
// targets are files or folders under root (or root itself); relative ones
// are taken relative to root, not to the working directory. Empty targets
// mean root. A target that does not exist or lies outside root is an
// error. A target named explicitly is read even if a skip rule, .gitignore
// or Exclude would leave it out (a folder's contents still follow the
// rules); only the size limit still applies to it.
//
// .gitignore files in root and below apply, each relative to its folder,
// with git's precedence (the deepest file with a matching line decides; the
// last matching line of a file wins). When root lies inside a git work
// tree, the .gitignore files between the work tree's top and root apply
// too, and so does .git/info/exclude. The user's global excludes file
// (core.excludesFile) does not: it is not part of the project.
func Walk(ctx context.Context, root string, targets []string, opt Options) ([]File, []finding.Diagnostic, error) {
	return walk(ctx, root, targets, opt, os.ReadDir)
}

// walk is Walk with the folder reader as a parameter, so that tests can make
// a folder unreadable even when they run as root.
func walk(ctx context.Context, root string, targets []string, opt Options,
	readDir func(string) ([]fs.DirEntry, error)) ([]File, []finding.Diagnostic, error) {
	if opt.MaxFileSize <= 0 {
		opt.MaxFileSize = DefaultMaxFileSize
	}
	absRoot, err := filepath.Abs(root)
	if err != nil {
		return nil, nil, fmt.Errorf("resolve scan root %q: %w", root, err)
	}
	info, err := os.Stat(absRoot)
	if err != nil {
		return nil, nil, fmt.Errorf("scan root: %w", err)
	}
	if !info.IsDir() {
		return nil, nil, fmt.Errorf("scan root %s is not a directory", absRoot)
	}
	w := &walker{ctx: ctx, opt: opt, root: absRoot,
		levels: map[string]*ignoreLevel{}, readDir: readDir}
	for _, glob := range opt.Exclude {
		if p, ok := parsePattern(glob); ok {
			w.exclude = append(w.exclude, p)
		}
	}
	w.findAnchor()
	if len(targets) == 0 {
		targets = []string{"."}
	}
	for _, t := range targets {
		if err := w.target(t); err != nil {
			return nil, nil, err
		}
	}
	return w.result(), w.sortedDiags(), nil
}

// candidate is a file found by the walk, before deduplication.
type candidate struct {
	File
	real   string // resolved path, to read a linked file only once
	isLink bool
}

// walker holds the state of one Walk call.
type walker struct {
	ctx  context.Context
	opt  Options
	root string // absolute scan root
	// anchor is what ignore-file bases are relative to: the git work
	// tree's top when root is inside one, else root. fromAnchor is root
	// relative to it ("" when they are the same).
	anchor, fromAnchor string
	above              *ignoreLevel // ignore files above root
	exclude            []pattern
	levels             map[string]*ignoreLevel // by root-relative folder, for explicit targets
	readDir            func(string) ([]fs.DirEntry, error)
	cands              []candidate
	diags              []finding.Diagnostic
}

// target walks one explicit target.
func (w *walker) target(t string) error {
	abs := t
	if !filepath.IsAbs(abs) {
		abs = filepath.Join(w.root, abs)
	}
	abs = filepath.Clean(abs)
	rel, err := filepath.Rel(w.root, abs)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return fmt.Errorf("target %q is outside the scan root %s", t, w.root)
	}
	rel = filepath.ToSlash(rel)
	if rel == "." {
		rel = ""
	}
	linfo, err := os.Lstat(abs)
	if err != nil {
		return fmt.Errorf("target %q: %w", t, err)
	}
	info := linfo
	isLink := linfo.Mode()&fs.ModeSymlink != 0
	if isLink {
		if info, err = os.Stat(abs); err != nil {
			return fmt.Errorf("target %q is a broken symbolic link: %w", t, err)
		}
	}
	real, err := filepath.EvalSymlinks(abs)
	if err != nil {
		return fmt.Errorf("resolve target %q: %w", t, err)
	}
	if info.IsDir() {
		parent := w.above
		if rel != "" {
			parent = w.levelAt(parentRel(rel))
		}
		return w.walkDir(abs, rel, real, parent, true)
	}
	kind, ok := Classify(rel)
	switch {
	case !info.Mode().IsRegular():
		w.diag(finding.SkippedFile, rel, "not a regular file")
	case !ok:
		w.diag(finding.SkippedFile, rel, "not a kind of file flaskguard reads")
	default:
		w.add(candidate{File: File{Path: rel, Abs: abs, Kind: kind, Size: info.Size()}, real: real, isLink: isLink})
	}
	return nil
}

// walkDir reads one folder and recurses into the folders it keeps. parent
// is the ignore level of the folder above; explicit folders are walked even
// when they are virtualenvs.
func (w *walker) walkDir(abs, rel, real string, parent *ignoreLevel, explicit bool) error {
	if err := w.ctx.Err(); err != nil {
		return fmt.Errorf("walk %s: %w", displayRel(rel), err)
	}
	entries, err := w.readDir(abs)
	if err != nil {
		w.diag(finding.ReadError, displayRel(rel), fmt.Sprintf("cannot read directory: %v", err))
		if len(entries) == 0 {
			return nil
		}
	}
	if !explicit && hasEntry(entries, "pyvenv.cfg") {
		return nil // a virtualenv, whatever its name
	}
	lvl := parent
	if hasEntry(entries, ".gitignore") {
		lvl = parent.withFile(w.anchorRel(rel), w.readIgnoreFile(filepath.Join(abs, ".gitignore")))
	}
	for _, e := range entries {
		name := e.Name()
		childRel := joinRel(rel, name)
		childAbs := filepath.Join(abs, name)
		switch t := e.Type(); {
		case t.IsDir():
			if skipDir(name, w.opt.IncludeTests) || w.ignored(lvl, childRel, true) {
				continue
			}
			if buildDirNames[name] && !isPackage(childAbs) {
				continue
			}
			if err := w.walkDir(childAbs, childRel, filepath.Join(real, name), lvl, false); err != nil {
				return err
			}
		case t&fs.ModeSymlink != 0:
			w.symlink(childAbs, childRel, lvl)
		case t.IsRegular():
			if !w.wanted(lvl, childRel) {
				continue
			}
			info, err := e.Info()
			if err != nil {
				w.diag(finding.ReadError, childRel, fmt.Sprintf("cannot stat file: %v", err))
				continue
			}
			kind, _ := Classify(childRel)
			w.add(candidate{File: File{Path: childRel, Abs: childAbs, Kind: kind, Size: info.Size()},
				real: filepath.Join(real, name)})
		}
	}
	return nil
}

// symlink keeps a link to a regular file, even one outside root: a deploy
// that links .env to a shared file is what the app loads. Links to folders
// are not followed and broken links are ignored.
func (w *walker) symlink(abs, rel string, lvl *ignoreLevel) {
	if !w.wanted(lvl, rel) {
		return
	}
	info, err := os.Stat(abs)
	if err != nil || !info.Mode().IsRegular() {
		return
	}
	real, err := filepath.EvalSymlinks(abs)
	if err != nil {
		return
	}
	kind, _ := Classify(rel)
	w.add(candidate{File: File{Path: rel, Abs: abs, Kind: kind, Size: info.Size()}, real: real, isLink: true})
}

// wanted reports whether a file found by the walk is read: it has a kind,
// is not a test module (unless tests are included) and is not ignored.
func (w *walker) wanted(lvl *ignoreLevel, rel string) bool {
	if _, ok := Classify(rel); !ok {
		return false
	}
	if !w.opt.IncludeTests && isTestFile(path.Base(rel)) {
		return false
	}
	return !w.ignored(lvl, rel, false)
}

// ignored applies the ignore files and the Exclude globs to a
// root-relative path.
func (w *walker) ignored(lvl *ignoreLevel, rel string, isDir bool) bool {
	if lvl.ignored(w.anchorRel(rel), isDir) {
		return true
	}
	ign, _ := decide(w.exclude, rel, isDir)
	return ign
}

// add records a candidate, or a diagnostic if it is over the size limit.
func (w *walker) add(c candidate) {
	if c.Size > w.opt.MaxFileSize {
		w.diag(finding.SkippedFile, c.Path, fmt.Sprintf("file is %s, over the %s limit (max-file-size)",
			humanSize(c.Size), humanSize(w.opt.MaxFileSize)))
		return
	}
	w.cands = append(w.cands, c)
}

func (w *walker) diag(kind finding.DiagnosticKind, rel, msg string) {
	w.diags = append(w.diags, finding.Diagnostic{Kind: kind, Location: finding.Location{Path: rel}, Message: msg})
}

// result sorts the candidates and keeps one entry per path and one per
// resolved file, preferring the file itself over a link to it.
func (w *walker) result() []File {
	slices.SortFunc(w.cands, func(a, b candidate) int {
		return cmp.Or(cmp.Compare(a.Path, b.Path), compareBool(a.isLink, b.isLink))
	})
	byReal := make(map[string]int, len(w.cands))
	var kept []candidate
	for i, c := range w.cands {
		if i > 0 && c.Path == w.cands[i-1].Path {
			continue // the same path named by two overlapping targets
		}
		if j, ok := byReal[c.real]; ok {
			if kept[j].isLink && !c.isLink {
				kept[j] = c
			}
			continue
		}
		byReal[c.real] = len(kept)
		kept = append(kept, c)
	}
	slices.SortFunc(kept, func(a, b candidate) int { return cmp.Compare(a.Path, b.Path) })
	out := make([]File, len(kept))
	for i, c := range kept {
		out[i] = c.File
	}
	return out
}

// sortedDiags returns the diagnostics in path order, without the duplicates
// that overlapping targets produce.
func (w *walker) sortedDiags() []finding.Diagnostic {
	slices.SortFunc(w.diags, func(a, b finding.Diagnostic) int {
		return cmp.Or(cmp.Compare(a.Location.Path, b.Location.Path),
			cmp.Compare(a.Kind, b.Kind), cmp.Compare(a.Message, b.Message))
	})
	return slices.Compact(w.diags)
}

// isPackage reports whether a folder is a regular Python package.
func isPackage(dir string) bool {
	_, err := os.Stat(filepath.Join(dir, "__init__.py"))
	return err == nil
}
