package scan

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"sync"
	"sync/atomic"
	"time"

	"github.com/flaskguard/flaskguard/internal/confsrc"
	"github.com/flaskguard/flaskguard/internal/discover"
	"github.com/flaskguard/flaskguard/internal/finding"
	"github.com/flaskguard/flaskguard/internal/jinja"
	"github.com/flaskguard/flaskguard/internal/manifest"
	"github.com/flaskguard/flaskguard/internal/python"
)

// unit is one discovered file after reading and parsing: the Python tree,
// the configuration settings or the template, whichever its kind calls for.
type unit struct {
	file   discover.File
	src    []byte
	py     *python.File
	conf   *confsrc.File
	tmpl   *jinja.Template
	lines  int
	diags  []finding.Diagnostic
	readNS int64
	parsNS int64
	// man is the dependency manifest or lockfile read from the file
	// (setup.py is both Python and a manifest).
	man *manifest.File
}

// load reads and parses every file on opt.Workers goroutines. Each worker
// owns a tree-sitter parser (they are not safe to share) and writes only to
// its own slots of the result slice, so no locking and a stable order.
func load(ctx context.Context, files []discover.File, opt Options) ([]unit, error) {
	units := make([]unit, len(files))
	var next, done atomic.Int64
	var wg sync.WaitGroup
	for range min(opt.Workers, max(len(files), 1)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			parser := python.NewParser()
			defer parser.Close()
			for {
				i := int(next.Add(1) - 1)
				if i >= len(files) || ctx.Err() != nil {
					return
				}
				units[i] = loadOne(parser, files[i], opt.StopAfter)
				if opt.Progress != nil {
					opt.Progress(int(done.Add(1)), len(files))
				}
			}
		}()
	}
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("scan cancelled: %w", err)
	}
	return units, nil
}

// loadOne reads and parses a single file. Failures become diagnostics on
// the unit: one unreadable or unparsable file never stops the scan.
func loadOne(parser *python.Parser, f discover.File, stop Stage) (u unit) {
	u.file = f
	t0 := time.Now()
	src, err := os.ReadFile(f.Abs)
	u.readNS = time.Since(t0).Nanoseconds()
	if err != nil {
		u.diags = append(u.diags, finding.Diagnostic{
			Kind: finding.ReadError, Location: finding.Location{Path: f.Path},
			Message: fmt.Sprintf("cannot read file: %v", err),
		})
		return u
	}
	u.src = src
	u.lines = countLines(src)
	if stop == StageRead {
		return u
	}
	defer func() {
		// A parser crash on one file is our bug, not the user's: report it
		// against the file and carry on with the others.
		if r := recover(); r != nil {
			u.py, u.conf, u.tmpl, u.man = nil, nil, nil, nil
			u.diags = append(u.diags, finding.Diagnostic{
				Kind: finding.InternalError, Location: finding.Location{Path: f.Path},
				Message: fmt.Sprintf("parser panic: %v", r),
			})
		}
	}()
	t1 := time.Now()
	switch f.Kind {
	case discover.Python:
		u.py, err = parser.Parse(f.Path, src)
		if err == nil && len(u.py.Errors) > 0 {
			u.diags = append(u.diags, parseErrorDiag(f.Path, u.py))
		}
		if isDependencyFile(f) {
			u.readManifest(src, err != nil || len(u.py.Errors) > 0)
		}
	case discover.Manifest:
		u.readManifest(src, false)
	case discover.Env, discover.Dockerfile, discover.Compose, discover.Procfile,
		discover.TOML, discover.INI, discover.YAML:
		u.conf, err = confsrc.Read(f.Path, confsrc.Kind(f.Kind), src)
	case discover.Template:
		// A template with syntax errors is still analysed as far as it
		// could be read; the first error becomes the diagnostic.
		if u.tmpl, err = jinja.Parse(f.Path, src); err != nil {
			u.diags = append(u.diags, templateErrorDiag(u.tmpl))
			err = nil
		}
	}
	u.parsNS = time.Since(t1).Nanoseconds()
	if err != nil {
		u.diags = append(u.diags, finding.Diagnostic{
			Kind: finding.ParseError, Location: finding.Location{Path: f.Path},
			Message: err.Error(),
		})
	}
	return u
}

// parseErrorDiag reports the first syntax error of a file; the rest of the
// tree was still converted and is analysed as far as it goes.
func parseErrorDiag(path string, f *python.File) finding.Diagnostic {
	first := innermostFirst(f.Errors)
	msg := first.Message
	if n := len(f.Errors); n > 1 {
		msg = fmt.Sprintf("%s (and %d more syntax errors); the rest of the file is still analysed", msg, n-1)
	} else {
		msg += "; the rest of the file is still analysed"
	}
	return finding.Diagnostic{
		Kind: finding.ParseError,
		Location: finding.Location{Path: path,
			StartLine: int(first.Span.Start.Line), StartCol: int(first.Span.Start.Col),
			EndLine: int(first.Span.End.Line), EndCol: int(first.Span.End.Col)},
		Message: msg,
	}
}

// innermostFirst picks the error to show: the first, in source order, that
// encloses no other error. tree-sitter often wraps a whole region (even the
// whole file, starting at line 1) in one ERROR node around the real culprit,
// and pointing at line 1 would send the user to the wrong place.
func innermostFirst(errs []python.SyntaxError) python.SyntaxError {
	for _, e := range errs {
		encloses := false
		for _, o := range errs {
			if o != e && o.Span.Start.Offset >= e.Span.Start.Offset && o.Span.End.Offset <= e.Span.End.Offset &&
				(o.Span.Start.Offset > e.Span.Start.Offset || o.Span.End.Offset < e.Span.End.Offset) {
				encloses = true
				break
			}
		}
		if !encloses {
			return e
		}
	}
	return errs[0]
}

// templateErrorDiag reports the first syntax error of a template.
func templateErrorDiag(t *jinja.Template) finding.Diagnostic {
	first := t.Errors[0]
	msg := first.Message
	if n := len(t.Errors); n > 1 {
		msg = fmt.Sprintf("%s (and %d more template errors); the rest of the template is still analysed", msg, n-1)
	} else {
		msg += "; the rest of the template is still analysed"
	}
	return finding.Diagnostic{
		Kind:     finding.ParseError,
		Location: finding.Location{Path: t.Path, StartLine: first.Line, StartCol: first.Col, EndLine: first.Line, EndCol: first.Col + 1},
		Message:  msg,
	}
}

func countLines(src []byte) int {
	n := bytes.Count(src, []byte{'\n'})
	if len(src) > 0 && src[len(src)-1] != '\n' {
		n++
	}
	return n
}

func tally(units []unit) finding.Stats {
	var s finding.Stats
	for _, u := range units {
		s.Files++
		if u.file.Kind == discover.Python {
			s.PythonFiles++
		}
		s.Lines += u.lines
		s.Bytes += int64(len(u.src))
		s.ReadNanos += u.readNS
		s.ParseNanos += u.parsNS
	}
	return s
}

// templates returns the parsed templates, in file order.
func templates(units []unit) []*jinja.Template {
	var out []*jinja.Template
	for _, u := range units {
		if u.tmpl != nil {
			out = append(out, u.tmpl)
		}
	}
	return out
}

func pythonFiles(units []unit) []*python.File {
	var out []*python.File
	for _, u := range units {
		if u.py != nil {
			out = append(out, u.py)
		}
	}
	return out
}
