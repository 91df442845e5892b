package scan

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path"
	"strings"
	"sync"

	"github.com/flaskguard/flaskguard/internal/advisories"
	"github.com/flaskguard/flaskguard/internal/discover"
	"github.com/flaskguard/flaskguard/internal/finding"
	"github.com/flaskguard/flaskguard/internal/manifest"
	"github.com/flaskguard/flaskguard/internal/rules/rule"
)

// readManifest parses a dependency manifest or lockfile into u.man. A
// malformed file becomes a parse-error diagnostic at the line the reader
// names, and whatever could be read is kept: one bad line must not hide the
// rest of a requirements file from the audit. quiet drops the diagnostic,
// for setup.py, whose syntax errors the Python front end already reports.
func (u *unit) readManifest(src []byte, quiet bool) {
	f, err := manifest.Read(u.file.Path, src)
	u.man = f
	if err != nil && !quiet {
		u.diags = append(u.diags, manifestDiag(u.file.Path, err))
	}
}

// isDependencyFile reports whether a discovered file is one that
// dependency checks read: a manifest or lockfile, or setup.py.
func isDependencyFile(f discover.File) bool {
	return f.Kind == discover.Manifest || f.Kind == discover.Python && path.Base(f.Path) == "setup.py"
}

// dependencyFiles keeps the files isDependencyFile accepts, for
// Options.DepsOnly.
func dependencyFiles(files []discover.File) []discover.File {
	var out []discover.File
	for _, f := range files {
		if isDependencyFile(f) {
			out = append(out, f)
		}
	}
	return out
}

// manifestDiag turns a manifest reading error into a diagnostic, placed at
// the line a *manifest.ParseError names.
func manifestDiag(p string, err error) finding.Diagnostic {
	d := finding.Diagnostic{Kind: finding.ParseError, Location: finding.Location{Path: p}, Message: err.Error()}
	var pe *manifest.ParseError
	if errors.As(err, &pe) {
		d.Location = finding.Location{Path: pe.Path, StartLine: pe.Line}
		d.Message = pe.Msg
	}
	return d
}

// dependencies gathers the parsed manifests, follows the files they
// include, and resolves their requirements, for Ctx.Deps. It returns nil
// when the scan read no manifest, so that projects without one pay nothing
// and never load the advisory data.
//
// Included files are read through an os.Root on the scan root: a
// requirements file in a scanned repository must not make flaskguard read
// "-r ../../etc/secrets" or follow a symbolic link out of the tree. Files
// the walk already read are taken from memory.
func dependencies(units []unit, root string, maxSize int64, db *advisoryLoader) (*rule.Deps, []finding.Diagnostic) {
	var files []*manifest.File
	srcs := map[string][]byte{}
	for _, u := range units {
		if u.man != nil {
			files = append(files, u.man)
		}
		if u.file.Kind == discover.Manifest {
			// Even when it did not parse: its errors are reported already.
			srcs[u.file.Path] = u.src
		}
	}
	if len(files) == 0 {
		return nil, nil
	}
	var diags []finding.Diagnostic
	read := rootReader(root, srcs, maxSize)
	seen := map[string]bool{}
	walked := files
	for _, f := range walked {
		if len(f.Includes) == 0 {
			continue
		}
		included, err := manifest.FollowIncludes(f, read)
		for _, g := range included {
			if _, ok := srcs[g.Path]; !ok && !seen[g.Path] {
				seen[g.Path] = true
				files = append(files, g)
			}
		}
		diags = append(diags, includeDiags(err, srcs)...)
	}
	return &rule.Deps{Files: files, Resolution: manifest.Resolve(files), Advisories: db.get}, diags
}

// includeDiags turns the errors FollowIncludes joined into diagnostics.
// Parse errors in files the walk also read were reported with those files
// and are not repeated.
func includeDiags(err error, walked map[string][]byte) []finding.Diagnostic {
	if err == nil {
		return nil
	}
	errs := []error{err}
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		errs = j.Unwrap()
	}
	var out []finding.Diagnostic
	for _, e := range errs {
		var pe *manifest.ParseError
		switch {
		case errors.As(e, &pe):
			if _, ok := walked[pe.Path]; !ok {
				out = append(out, manifestDiag(pe.Path, e))
			}
		default:
			// FollowIncludes writes "including-file:line: ..." itself.
			out = append(out, finding.Diagnostic{Kind: finding.ReadError, Message: e.Error()})
		}
	}
	return out
}

// rootReader reads included files relative to the scan root, never outside
// it, and at most maxSize bytes of each, like the walk.
func rootReader(root string, walked map[string][]byte, maxSize int64) manifest.ReadFunc {
	if maxSize <= 0 {
		maxSize = discover.DefaultMaxFileSize
	}
	return func(p string) ([]byte, error) {
		if src, ok := walked[p]; ok {
			return src, nil
		}
		r, err := os.OpenRoot(root)
		if err != nil {
			return nil, fmt.Errorf("open scan root: %w", err)
		}
		defer r.Close()
		f, err := r.Open(p)
		if err != nil {
			return nil, fmt.Errorf("open inside the scanned folder: %w", err)
		}
		defer f.Close()
		src, err := io.ReadAll(io.LimitReader(f, maxSize+1))
		if err != nil {
			return nil, fmt.Errorf("read: %w", err)
		}
		if int64(len(src)) > maxSize {
			return nil, fmt.Errorf("larger than %d bytes, not read", maxSize)
		}
		return src, nil
	}
}

// advisoryLoader loads the advisory database at most once per scan, on the
// first rule that asks, and remembers a failure so that the scan can report
// it once.
type advisoryLoader struct {
	load func() (*advisories.DB, error)
	once sync.Once
	db   *advisories.DB
	err  error
}

func newAdvisoryLoader(load func() (*advisories.DB, error)) *advisoryLoader {
	if load == nil {
		load = advisories.Load
	}
	return &advisoryLoader{load: load}
}

func (l *advisoryLoader) get() (*advisories.DB, error) {
	l.once.Do(func() { l.db, l.err = l.load() })
	return l.db, l.err
}

// diagnostics reports a failed load. A dependency audit that could not run
// is an incomplete result, hence an internal error (exit code 3) rather
// than a note that CI would pass over.
func (l *advisoryLoader) diagnostics() []finding.Diagnostic {
	if l == nil || l.err == nil {
		return nil
	}
	return []finding.Diagnostic{{
		Kind:    finding.InternalError,
		Message: fmt.Sprintf("dependency checks skipped: %v", l.err),
	}}
}

// manifestComments maps the lines of a manifest to their '#' comments, so
// that `# flaskguard: ignore[FG1501] reason` and `# nosec` work in
// requirements files and TOML manifests as in Python. A '#' counts when it
// starts the line or follows a blank, which is pip's rule and keeps the
// "#sha256=" of a URL out; Pipfile.lock is JSON and has no comments.
func manifestComments(f *manifest.File, src []byte) map[int]string {
	if f.Format == manifest.FormatPipfileLock {
		return nil
	}
	out := map[int]string{}
	for i, line := range strings.Split(string(src), "\n") {
		for j := 0; j < len(line); j++ {
			if line[j] == '#' && (j == 0 || line[j-1] == ' ' || line[j-1] == '\t') {
				out[i+1] = strings.TrimRight(line[j:], "\r")
				break
			}
		}
	}
	return out
}
