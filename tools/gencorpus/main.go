// Command gencorpus writes a synthetic Flask project for benchmarks:
//
//	go run ./tools/gencorpus -out bench/corpus -files 3000 -seed 1
//
// The project looks like a large real one: an application factory, domain
// packages of blueprints, Flask-SQLAlchemy models, services, forms, Celery
// tasks, click commands, settings, pytest tests and helpers, 150 to 400
// lines per module, with type hints, docstrings, decorators, f-strings,
// comprehensions, async code, dataclasses, enums and, in some files, match
// statements. A small share of files carry an intentional finding
// (app.run(debug=True), a hard-coded SECRET_KEY, SQL built with an
// f-string...), and there are templates, a .flaskenv, a Dockerfile and a
// requirements.txt beside the code.
//
// The output is a pure function of -files and -seed: the same pair writes
// byte-identical files, so benchmark runs on different machines and days
// measure the same input. It is a development tool and is not shipped.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	if err := run(os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "gencorpus:", err)
		os.Exit(1)
	}
}

// summary describes a generated corpus.
type summary struct {
	PythonFiles, OtherFiles int
	Lines                   int // in Python files
	Bytes                   int64
	Planted                 int // intentional findings
}

func run(args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("gencorpus", flag.ContinueOnError)
	out := fs.String("out", "", "directory to write the corpus into (must be empty or absent)")
	files := fs.Int("files", 3000, "number of Python files")
	seed := fs.Uint64("seed", 1, "random seed; the same seed and -files give the same corpus")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *out == "" {
		return errors.New("-out is required")
	}
	if *files < 1 {
		return fmt.Errorf("-files must be at least 1, got %d", *files)
	}
	s, err := generate(*out, *files, *seed)
	if err != nil {
		return err
	}
	_, err = fmt.Fprintf(stdout, "wrote %d Python files (%d lines) and %d other files, %d bytes, %d planted findings, into %s\n",
		s.PythonFiles, s.Lines, s.OtherFiles, s.Bytes, s.Planted, *out)
	return err
}

// generate writes the corpus for n Python files and seed into dir. It
// refuses a non-empty dir, because files left from another -files value
// would silently change what a benchmark measures.
func generate(dir string, n int, seed uint64) (summary, error) {
	var s summary
	entries, err := os.ReadDir(dir)
	switch {
	case err == nil && len(entries) > 0:
		return s, fmt.Errorf("output directory %s is not empty", dir)
	case err != nil && !errors.Is(err, os.ErrNotExist):
		return s, fmt.Errorf("check output directory: %w", err)
	}
	p := layout(n, seed)
	for i, f := range p.files {
		text, planted := pyFileText(seed, i+1, f, &p)
		if err := writeFile(dir, f.path, text); err != nil {
			return s, err
		}
		s.PythonFiles++
		s.Lines += strings.Count(text, "\n")
		s.Bytes += int64(len(text))
		s.Planted += planted
	}
	for _, x := range extras(&p, seed) {
		if err := writeFile(dir, x.path, x.text); err != nil {
			return s, err
		}
		s.OtherFiles++
		s.Bytes += int64(len(x.text))
		s.Planted += x.planted
	}
	return s, nil
}

func writeFile(dir, rel, text string) error {
	path := filepath.Join(dir, filepath.FromSlash(rel))
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return fmt.Errorf("create directory for %s: %w", rel, err)
	}
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		return fmt.Errorf("write %s: %w", rel, err)
	}
	return nil
}
