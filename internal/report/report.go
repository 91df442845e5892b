// Package report turns a scan result into what users and tools read. Each
// output format is a leaf package behind the Writer interface (text for
// people, json for scripts, sarif for code-scanning services), and New is the
// one place that maps a --format name to a writer. The scorecard format is
// the text report's closing scorecard block on its own, so the text package
// writes it; every format grades practices with internal/scorecard.
//
// Writers never influence analysis: they only read the Result, and they do
// not even reorder it (they sort copies). The golden files under testdata
// are the reference for what each format looks like; refresh them with
// go test ./internal/report/... -update.
package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/flaskguard/flaskguard/internal/finding"
	jsonreport "github.com/flaskguard/flaskguard/internal/report/json"
	"github.com/flaskguard/flaskguard/internal/report/sarif"
	"github.com/flaskguard/flaskguard/internal/report/text"
)

// Writer renders a scan result. Writers never influence analysis: they only
// read the Result.
type Writer interface {
	Write(w io.Writer, r *finding.Result) error
}

// Options configure every writer; each format uses the options that mean
// something to it and ignores the rest.
type Options struct {
	// Color turns on ANSI colour in text output. The CLI decides: stdout is a
	// terminal and NO_COLOR is unset.
	Color bool
	// Source reads a file by its Result-relative path, for code frames
	// (text) and snippets and UTF-16 columns (SARIF). It may be nil.
	Source func(path string) ([]byte, error)
	// Verbose prints suppressed findings and timings in text output. JSON and
	// SARIF always include suppressed findings, so it does not affect them.
	Verbose bool
}

// Formats lists the names New accepts, in the order help text shows them.
func Formats() []string { return []string{"text", "json", "sarif", "scorecard"} }

// New returns the writer for format.
func New(format string, opt Options) (Writer, error) {
	switch format {
	case "text":
		return text.New(text.Options{Color: opt.Color, Verbose: opt.Verbose, Source: opt.Source}), nil
	case "json":
		return jsonreport.New(), nil
	case "sarif":
		return sarif.New(sarif.Options{Source: opt.Source}), nil
	case "scorecard":
		return text.NewScorecard(text.Options{Color: opt.Color}), nil
	default:
		return nil, fmt.Errorf("unknown report format %q (want one of %s)", format, strings.Join(Formats(), ", "))
	}
}
