package manifest

import (
	"errors"
	"fmt"
	"path"
	"strings"
)

// ReadFunc returns the content of the file at a slash-separated path
// relative to the scan root. It decides what may be read: included paths
// can climb out of the root ("../base.txt") or be absolute.
type ReadFunc func(path string) ([]byte, error)

// maxIncludes bounds how many files one FollowIncludes reads. Cycles are
// caught by path, but a file that includes "sub/x.txt" from sub/x.txt
// names a new path at every step; real projects include a handful.
const maxIncludes = 256

// FollowIncludes reads the files that f pulls in with -r and -c (or, for
// setup.cfg, "file:"), and those they pull in, depth first in the order
// pip reads them. Every file is read once, so a file included twice or a
// cycle of includes is harmless. Targets are resolved against the folder
// of the file that names them and read as requirements files whatever
// their names; URLs are not fetched. Each returned file keeps its own path,
// so its requirements point at their own lines.
//
// It returns the files it read, in order, and the errors of targets that
// could not be read or parsed, joined; the other files are still read.
func FollowIncludes(f *File, read ReadFunc) ([]*File, error) {
	w := &includeWalker{read: read, seen: map[string]bool{path.Clean(f.Path): true}}
	w.follow(f)
	return w.files, errors.Join(w.errs...)
}

type includeWalker struct {
	read  ReadFunc
	seen  map[string]bool
	files []*File
	errs  []error
}

func (w *includeWalker) follow(f *File) {
	for _, inc := range f.Includes {
		if strings.Contains(inc.Path, "://") {
			continue
		}
		target := inc.Path
		if !path.IsAbs(target) {
			target = path.Join(path.Dir(f.Path), target)
		}
		target = path.Clean(target)
		if w.seen[target] {
			continue
		}
		if len(w.seen) > maxIncludes {
			w.errs = append(w.errs, fmt.Errorf("%s:%d: more than %d included files, not reading %s",
				f.Path, inc.Loc.StartLine, maxIncludes, target))
			return
		}
		w.seen[target] = true
		src, err := w.read(target)
		if err != nil {
			w.errs = append(w.errs, fmt.Errorf("%s:%d: read included file %s: %w", f.Path, inc.Loc.StartLine, target, err))
			continue
		}
		g, err := ReadAs(target, FormatRequirements, src)
		if err != nil {
			w.errs = append(w.errs, err)
		}
		if g != nil {
			w.files = append(w.files, g)
			w.follow(g)
		}
	}
}
