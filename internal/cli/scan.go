package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/flaskguard/flaskguard/internal/config"
	"github.com/flaskguard/flaskguard/internal/finding"
	"github.com/flaskguard/flaskguard/internal/report"
	"github.com/flaskguard/flaskguard/internal/rules"
	"github.com/flaskguard/flaskguard/internal/rules/rule"
	"github.com/flaskguard/flaskguard/internal/scan"
)

const scanUsage = `Usage: flaskguard scan [flags] [PATH...]

Audits the Flask code base under PATH (default: the current directory).
Configuration is read from .flaskguard.toml or [tool.flaskguard] in
pyproject.toml, found from PATH upward, unless --config is given.

Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it,
2 usage or configuration error, 3 internal error.

Flags:
`

// scanFlags are the command-line settings of `flaskguard scan`.
type scanFlags struct {
	format, output, failOn, configPath, maxSize, stopAfter string
	exclude                                                listFlag
	includeTests, noColor, stats, verbose, requireReason   bool
	workers                                                int
	// depsOnly and db are the dependency-audit flags (see db.go).
	depsOnly bool
	db       string
}

func runScan(ctx context.Context, args []string, e env) (int, error) {
	var f scanFlags
	fs := newFlagSet("scan", scanUsage, e)
	fs.StringVar(&f.format, "format", "text", "output format: text, json, sarif or scorecard (the practice grades alone)")
	fs.StringVar(&f.output, "output", "", "write the report to this file instead of standard output")
	fs.StringVar(&f.failOn, "fail-on", "", "exit 1 when a finding has this severity or more: info, low, medium, high, critical (default high)")
	fs.StringVar(&f.configPath, "config", "", "read this configuration file instead of discovering one")
	fs.Var(&f.exclude, "exclude", "skip paths matching this gitignore-style glob (repeatable)")
	fs.BoolVar(&f.includeTests, "include-tests", false, "also scan test folders and test_*.py files")
	fs.StringVar(&f.maxSize, "max-file-size", "", "skip (and report) files larger than this, e.g. 2MiB")
	fs.BoolVar(&f.noColor, "no-color", false, "never colour the text report (NO_COLOR is honoured too)")
	fs.BoolVar(&f.verbose, "verbose", false, "show suppressed findings in the text report")
	fs.BoolVar(&f.requireReason, "require-reason", false, "ignore suppressions that give no reason")
	fs.BoolVar(&f.stats, "stats", false, "print files, lines and stage timings to standard error")
	fs.StringVar(&f.stopAfter, "stop-after", "", "benchmarking aid: stop after the read or parse stage")
	fs.IntVar(&f.workers, "workers", 0, "files processed in parallel (default: number of CPUs)")
	fs.BoolVar(&f.depsOnly, "deps-only", false, "only check dependencies (practices 1 and 15): read manifests and lockfiles, nothing else")
	fs.StringVar(&f.db, "db", "", "read advisories from this OSV folder or zip instead of the cache or the embedded data")
	paths, err := parseInterspersed(fs, args)
	if err != nil {
		return ExitUsage, err
	}
	if len(paths) == 0 {
		paths = []string{"."}
	}
	root, targets, err := scanRoot(paths)
	if err != nil {
		return ExitUsage, err
	}
	cfg, err := loadConfig(root, f)
	if err != nil {
		return ExitUsage, usageError{err: err}
	}
	stage, err := scan.ParseStage(f.stopAfter)
	if err != nil {
		return ExitUsage, usageError{err: err}
	}
	loadDB, err := advisoryLoader(f.db, e)
	if err != nil {
		return ExitUsage, err
	}
	writer, out, closeOut, err := openReport(f, root, e)
	if err != nil {
		return ExitUsage, err
	}

	progress := startProgress(e)
	res, err := scan.Run(ctx, scan.Options{
		Root: root, Targets: targets, Config: cfg, Rules: scanRules(f.depsOnly),
		DepsOnly: f.depsOnly, Advisories: loadDB,
		Workers: f.workers, StopAfter: stage, RequireReason: f.requireReason,
		Progress: progress.update, Version: Version,
		Logger: slog.New(slog.NewTextHandler(e.stderr, &slog.HandlerOptions{Level: slog.LevelWarn})),
	})
	progress.stop()
	if err != nil {
		closeOut()
		return ExitInternal, fmt.Errorf("scan: %w", err)
	}
	for i := range res.Rules {
		res.Rules[i].HelpURI = rules.HelpURI(res.Rules[i].ID)
	}
	if f.stats {
		printStats(e.stderr, res.Stats)
	}
	err = writer.Write(out, res)
	if cerr := closeOut(); err == nil {
		err = cerr
	}
	if err != nil {
		return ExitInternal, fmt.Errorf("write report: %w", err)
	}
	return exitCode(res, cfg.FailOn), nil
}

// scanRules returns the rules to run: all of them, or for --deps-only the
// rules of practices 1 and 15, which are the dependency checks (current
// Flask and dependencies, dependency vulnerabilities).
func scanRules(depsOnly bool) []*rule.Rule {
	all := rules.All()
	if !depsOnly {
		return all
	}
	var out []*rule.Rule
	for _, r := range all {
		if r.Practice == 1 || r.Practice == 15 {
			out = append(out, r)
		}
	}
	return out
}

// exitCode maps a result to the documented exit codes: an internal error
// outranks findings, because a crashed rule means the result is incomplete.
func exitCode(res *finding.Result, failOn finding.Severity) int {
	for _, d := range res.Diagnostics {
		if d.Kind.IsError() {
			return ExitInternal
		}
	}
	if res.Fails(failOn) {
		return ExitFindings
	}
	return ExitOK
}

// scanRoot picks the directory findings are relative to: the directory given,
// or the closest directory holding every path given.
func scanRoot(paths []string) (string, []string, error) {
	var abs []string
	for _, p := range paths {
		a, err := filepath.Abs(p)
		if err != nil {
			return "", nil, usagef("resolve %s: %w", p, err)
		}
		if _, err := os.Stat(a); err != nil {
			if errors.Is(err, fs.ErrNotExist) {
				return "", nil, usagef("%s: no such file or directory", p)
			}
			return "", nil, usagef("%s: %w", p, err)
		}
		abs = append(abs, a)
	}
	root := abs[0]
	if st, err := os.Stat(root); err == nil && !st.IsDir() {
		root = filepath.Dir(root)
	}
	for _, a := range abs[1:] {
		for !strings.HasPrefix(a+string(filepath.Separator), root+string(filepath.Separator)) && filepath.Dir(root) != root {
			root = filepath.Dir(root)
		}
	}
	if len(abs) == 1 && abs[0] == root {
		return root, nil, nil
	}
	return root, abs, nil
}

// loadConfig reads the configuration file and lets flags override it.
func loadConfig(root string, f scanFlags) (config.Config, error) {
	var cfg config.Config
	var err error
	if f.configPath != "" {
		cfg, err = config.Load(f.configPath)
	} else {
		cfg, err = config.Discover(root)
	}
	if err != nil {
		return cfg, err
	}
	cfg.Exclude = append(cfg.Exclude, f.exclude...)
	if f.includeTests {
		cfg.IncludeTests = true
	}
	if f.failOn != "" {
		if cfg.FailOn, err = finding.ParseSeverity(f.failOn); err != nil {
			return cfg, fmt.Errorf("--fail-on: %w", err)
		}
	}
	if f.maxSize != "" {
		if cfg.MaxFileSize, err = config.ParseSize(f.maxSize); err != nil {
			return cfg, fmt.Errorf("--max-file-size: %w", err)
		}
	}
	return cfg, nil
}

// openReport builds the writer and opens its destination.
func openReport(f scanFlags, root string, e env) (report.Writer, io.Writer, func() error, error) {
	out, closeOut := e.stdout, func() error { return nil }
	color := f.output == "" && !f.noColor && e.getenv("NO_COLOR") == "" && e.isTerminal(e.stdout)
	w, err := report.New(f.format, report.Options{
		Color:   color,
		Verbose: f.verbose,
		Source: func(path string) ([]byte, error) {
			return os.ReadFile(filepath.Join(root, filepath.FromSlash(path)))
		},
	})
	if err != nil {
		return nil, nil, nil, usageError{err: err}
	}
	if f.output != "" {
		file, err := os.Create(f.output)
		if err != nil {
			return nil, nil, nil, usagef("open --output: %w", err)
		}
		out = file
		closeOut = file.Close
	}
	return w, out, closeOut, nil
}

func printStats(w io.Writer, s finding.Stats) {
	ms := func(ns int64) string { return strconv.FormatFloat(float64(ns)/1e6, 'f', 1, 64) + "ms" }
	fmt.Fprintf(w, "stats: files=%d python=%d lines=%d bytes=%d read=%s parse=%s (summed over workers) analyze=%s total=%s\n",
		s.Files, s.PythonFiles, s.Lines, s.Bytes, ms(s.ReadNanos), ms(s.ParseNanos), ms(s.AnalyzeNanos), ms(s.TotalNanos))
}
