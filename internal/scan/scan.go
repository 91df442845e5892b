// Package scan is the static-audit pipeline: discover files, read and parse
// them in parallel, build the project model, run every rule over every file,
// fingerprint and suppress findings, and hand back one sorted Result. It is
// the only package that knows the order of the stages; each stage lives in
// its own package and knows nothing of the others.
package scan

import (
	"context"
	"fmt"
	"log/slog"
	"path/filepath"
	"runtime"
	"time"

	"github.com/flaskguard/flaskguard/internal/advisories"
	"github.com/flaskguard/flaskguard/internal/config"
	"github.com/flaskguard/flaskguard/internal/discover"
	"github.com/flaskguard/flaskguard/internal/finding"
	"github.com/flaskguard/flaskguard/internal/project"
	"github.com/flaskguard/flaskguard/internal/rules/rule"
)

// Stage names how far a scan goes; the earlier stages exist so that the
// benchmark can time reading and parsing alone on the same files.
type Stage int

// The stages, in pipeline order.
const (
	StageAll Stage = iota
	StageRead
	StageParse
)

// ParseStage reads a stage name as given to --stop-after.
func ParseStage(s string) (Stage, error) {
	switch s {
	case "", "all":
		return StageAll, nil
	case "read":
		return StageRead, nil
	case "parse":
		return StageParse, nil
	}
	return StageAll, fmt.Errorf("unknown stage %q (want read, parse or all)", s)
}

// Options configures one scan.
type Options struct {
	// Root is the directory findings are reported relative to.
	Root string
	// Targets are files or directories under Root to scan; empty means Root.
	Targets []string
	Config  config.Config
	Rules   []*rule.Rule
	// Workers bounds parallelism; 0 means GOMAXPROCS.
	Workers   int
	StopAfter Stage
	// RequireReason makes suppressions without a reason ineffective.
	RequireReason bool
	// Now is the date expiring suppressions are judged against; zero means time.Now.
	Now time.Time
	// Progress, if set, is called from worker goroutines after each file is
	// parsed, with the number done and the total. It must be cheap and safe
	// for concurrent use.
	Progress func(done, total int)
	Logger   *slog.Logger
	Version  string
	// DepsOnly reads only dependency manifests, lockfiles and setup.py,
	// for a fast dependency audit (flaskguard scan --deps-only); the caller
	// picks the rules to match.
	DepsOnly bool
	// Advisories loads the advisory database for the dependency rules. It
	// is called at most once per scan, and only when the scan read a
	// manifest or lockfile and a rule asks for the data, so projects
	// without manifests never pay for it. Nil means the data embedded in
	// the binary (advisories.Load).
	Advisories func() (*advisories.DB, error)
}

// Run scans and returns the result. An error means the scan could not run at
// all (a missing target, a cancelled context); problems with single files or
// rules become diagnostics in the result instead.
func Run(ctx context.Context, opt Options) (*finding.Result, error) {
	start := time.Now()
	opt = withDefaults(opt)
	root, err := filepath.Abs(opt.Root)
	if err != nil {
		return nil, fmt.Errorf("resolve scan root: %w", err)
	}
	res := &finding.Result{Tool: "flaskguard", Version: opt.Version, Root: root}
	for _, r := range opt.Rules {
		res.Rules = append(res.Rules, r.Info())
	}

	units, diags, err := read(ctx, root, opt)
	if err != nil {
		return nil, err
	}
	res.Stats = tally(units)
	res.Diagnostics = append(res.Diagnostics, diags...)
	if opt.StopAfter != StageAll {
		res.Stats.TotalNanos = time.Since(start).Nanoseconds()
		res.Sort()
		return res, nil
	}

	analyzeStart := time.Now()
	proj := project.Build(pythonFiles(units))
	db := newAdvisoryLoader(opt.Advisories)
	deps, depDiags := dependencies(units, root, opt.Config.MaxFileSize, db)
	out := analyze(ctx, units, proj, deps, opt)
	res.Diagnostics = append(res.Diagnostics, out.diags...)
	res.Diagnostics = append(res.Diagnostics, depDiags...)
	res.Diagnostics = append(res.Diagnostics, db.diagnostics()...)
	res.Evidence = out.evidence
	fingerprint(out.findings, units)
	res.Diagnostics = append(res.Diagnostics, suppressAll(out.findings, units, opt)...)
	res.Findings = out.findings
	res.Stats.AnalyzeNanos = time.Since(analyzeStart).Nanoseconds()
	res.Stats.TotalNanos = time.Since(start).Nanoseconds()
	res.Sort()
	return res, nil
}

// withDefaults fills in the options left at their zero value.
func withDefaults(opt Options) Options {
	if opt.Workers <= 0 {
		opt.Workers = runtime.GOMAXPROCS(0)
	}
	if opt.Logger == nil {
		opt.Logger = slog.New(slog.DiscardHandler)
	}
	if opt.Now.IsZero() {
		opt.Now = time.Now()
	}
	return opt
}

// read runs the discover and load stages: it finds the files under root
// that opt selects and reads and parses them. The diagnostics are those of
// discovery (skipped files) followed by those of every file, in order.
func read(ctx context.Context, root string, opt Options) ([]unit, []finding.Diagnostic, error) {
	files, diags, err := discover.Walk(ctx, root, opt.Targets, discover.Options{
		Exclude:      opt.Config.Exclude,
		MaxFileSize:  opt.Config.MaxFileSize,
		IncludeTests: opt.Config.IncludeTests,
	})
	if err != nil {
		return nil, nil, fmt.Errorf("discover files: %w", err)
	}
	if opt.DepsOnly {
		files = dependencyFiles(files)
	}
	opt.Logger.Debug("discovered files", "count", len(files))
	units, err := load(ctx, files, opt)
	if err != nil {
		return nil, nil, err
	}
	for _, u := range units {
		diags = append(diags, u.diags...)
	}
	return units, diags, nil
}
