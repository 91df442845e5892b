package flaskmodel

import (
	"context"
	"fmt"
	"os"
	"runtime"
	"sync"
	"sync/atomic"

	"github.com/flaskguard/flaskguard/internal/confsrc"
	"github.com/flaskguard/flaskguard/internal/discover"
	"github.com/flaskguard/flaskguard/internal/finding"
	"github.com/flaskguard/flaskguard/internal/project"
	"github.com/flaskguard/flaskguard/internal/python"
)

// LoadOptions configures Load.
type LoadOptions struct {
	// Targets are files or folders under the root; empty means the root.
	Targets []string
	// Discover holds the exclusions, size limit and test switch, as for
	// a scan.
	Discover discover.Options
	// Workers bounds parallel parsing; 0 means GOMAXPROCS.
	Workers int
}

// Loaded is a project read from disk with its models.
type Loaded struct {
	Files   []*python.File
	Configs []*confsrc.File
	Project *project.Project
	Model   *Model
	// Diagnostics are files that could not be read or parsed; the model
	// is built from the rest.
	Diagnostics []finding.Diagnostic
}

// Load discovers, reads and parses a code base the way a scan does and
// builds its Flask model, for commands that need the model without the
// rules (flaskguard routes). It duplicates the read-and-parse stage of
// internal/scan in a reduced form: no timing, no progress, no rules.
func Load(ctx context.Context, root string, opt LoadOptions) (*Loaded, error) {
	l, err := read(ctx, root, opt)
	if err != nil {
		return nil, err
	}
	l.Project = project.Build(l.Files)
	l.Model = Build(l.Project, l.Configs)
	return l, nil
}

// read discovers the files and parses them on opt.Workers goroutines,
// each with its own tree-sitter parser; results keep the discovery order.
func read(ctx context.Context, root string, opt LoadOptions) (*Loaded, error) {
	files, diags, err := discover.Walk(ctx, root, opt.Targets, opt.Discover)
	if err != nil {
		return nil, fmt.Errorf("discover files: %w", err)
	}
	workers := opt.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	type result struct {
		py   *python.File
		conf *confsrc.File
		err  error
	}
	results := make([]result, len(files))
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(workers, max(len(files), 1)) {
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
				py, conf, err := loadFile(parser, files[i])
				results[i] = result{py: py, conf: conf, err: err}
			}
		}()
	}
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("load cancelled: %w", err)
	}
	l := &Loaded{Diagnostics: diags}
	for i, r := range results {
		if r.py != nil {
			l.Files = append(l.Files, r.py)
		}
		if r.conf != nil {
			l.Configs = append(l.Configs, r.conf)
		}
		if r.err != nil {
			l.Diagnostics = append(l.Diagnostics, finding.Diagnostic{Kind: finding.ParseError,
				Location: finding.Location{Path: files[i].Path}, Message: r.err.Error()})
		}
	}
	return l, nil
}

// loadFile reads and parses one file for its front end. Files no front
// end of the model reads (templates, manifests) give nothing.
func loadFile(parser *python.Parser, f discover.File) (*python.File, *confsrc.File, error) {
	switch f.Kind {
	case discover.Python, discover.Env, discover.Dockerfile, discover.Compose, discover.Procfile, discover.INI:
	default:
		return nil, nil, nil
	}
	src, err := os.ReadFile(f.Abs)
	if err != nil {
		return nil, nil, fmt.Errorf("read %s: %w", f.Path, err)
	}
	if f.Kind == discover.Python {
		py, err := parser.Parse(f.Path, src)
		if err != nil {
			return nil, nil, fmt.Errorf("parse %s: %w", f.Path, err)
		}
		return py, nil, nil
	}
	// The line-by-line readers return what they could read along with
	// their first error; an INI file may also be Python for from_pyfile.
	conf, err := confsrc.Read(f.Path, confsrc.Kind(f.Kind), src)
	if conf != nil {
		return nil, conf, nil
	}
	return nil, nil, fmt.Errorf("read %s: %w", f.Path, err)
}
