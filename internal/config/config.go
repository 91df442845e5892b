// Package config loads flaskguard's own configuration: what a scan reads
// (exclude globs, the file size limit, whether tests count), when it fails
// (fail-on), which findings are ignored on purpose ([[ignore]] entries
// with a reason and an expiry date) and the project's own taint sources,
// sanitizers and sinks ([taint]). It comes from a .flaskguard.toml
// file or a [tool.flaskguard] table in pyproject.toml, found next to the
// code or named with --config. There is no global state: callers pass the
// Config they got along.
//
// A .flaskguard.toml looks like this:
//
//	exclude = ["migrations/", "legacy/**"]
//	fail-on = "high"
//	max-file-size = "2MiB"
//	include-tests = false
//
//	[[ignore]]
//	id = "FG0301"
//	path = "scripts/dev_server.py"
//	reason = "local development entry point, never deployed"
//	until = 2027-01-31
//
//	[[taint.sink]]
//	function = "myapp.db.raw_query"
//	classes = ["sql"]
//	args = [0]
//
// Keys are checked: an unknown key is an error that names the key and the
// file, so that a typo does not silently turn a setting off.
package config

import (
	"time"

	"github.com/flaskguard/flaskguard/internal/finding"
	"github.com/flaskguard/flaskguard/internal/taint/spec"
)

// DefaultMaxFileSize is the default max-file-size: 2 MiB, far above any
// hand-written module and below most generated or vendored files.
const DefaultMaxFileSize = 2 << 20

// MaxFileSizeLimit is the largest max-file-size accepted: the syntax tree
// keeps byte offsets in 32 bits to halve the memory its spans take.
const MaxFileSizeLimit = 1 << 30

// Config is flaskguard's configuration for one scan.
type Config struct {
	// Exclude holds gitignore-style globs, relative to the scan root, for
	// paths the scan does not read ("migrations/", "*.min.html").
	Exclude []string
	// FailOn is the lowest severity of an unsuppressed finding that makes
	// the scan exit with status 1; the default is high.
	FailOn finding.Severity
	// MaxFileSize is the largest file read, in bytes. Written in the file
	// as a number of bytes or a string with a unit ("512KiB", "2MiB",
	// "1MB"); the default is 2 MiB.
	MaxFileSize int64
	// IncludeTests reads test folders and test modules, which are skipped
	// by default because test settings set SECRET_KEY="test" and DEBUG on
	// legitimately.
	IncludeTests bool
	// Ignores are findings left out on purpose.
	Ignores []Ignore
	// Taint holds the project's own taint sources, sanitizers and sinks
	// ([taint] table), which extend the built-in ones.
	Taint spec.User
	// Source is the file the configuration came from, "" for defaults.
	Source string
}

// Ignore suppresses the findings of one rule (or all rules), in one path
// glob (or everywhere), until a date. Suppressed findings stay in JSON and
// SARIF output, marked, and an entry that matches nothing draws a warning
// that points at Line.
type Ignore struct {
	// ID is a rule ID ("FG0301") or "*" for every rule.
	ID string
	// Path is a glob on the slash-separated path relative to the scan
	// root ("scripts/*.py"); "" matches every path.
	Path string
	// Reason says why the finding is acceptable. It may be empty here;
	// callers that require reasons (--require-reason) judge that.
	Reason string
	// Until is the last day the entry applies (written YYYY-MM-DD, as a
	// string or a TOML date); nil means it never expires.
	Until *time.Time
	// Line is where the entry starts in Source, for warnings.
	Line int
}

// Expired reports whether the entry no longer applies on the date of now
// (in now's time zone): an entry is good through its Until day.
func (ig Ignore) Expired(now time.Time) bool {
	if ig.Until == nil {
		return false
	}
	y, m, d := now.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC).After(*ig.Until)
}

// Default returns the configuration used when no file is found.
func Default() Config {
	return Config{FailOn: finding.High, MaxFileSize: DefaultMaxFileSize}
}
