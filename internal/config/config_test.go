package config

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"github.com/flaskguard/flaskguard/internal/confsrc"
	"github.com/flaskguard/flaskguard/internal/finding"
)

func date(y int, m time.Month, d int) *time.Time {
	t := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	return &t
}

func TestLoadFull(t *testing.T) {
	path := filepath.Join("testdata", "full", ".flaskguard.toml")
	got, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	want := Config{
		Exclude:      []string{"migrations/", "legacy/**", "!legacy/keep.py"},
		FailOn:       finding.Medium,
		MaxFileSize:  512 << 10,
		IncludeTests: true,
		Ignores: []Ignore{
			{ID: "FG0301", Path: "scripts/dev_server.py", Reason: "local development entry point, never deployed",
				Until: date(2027, 1, 31), Line: 7},
			{ID: "*", Path: "examples/**", Reason: "deliberately vulnerable demo code", Until: date(2026, 12, 31), Line: 13},
			{ID: "FG0201", Line: 19},
		},
		Source: path,
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got  %+v\nwant %+v", got, want)
	}
}

func TestLoadPyproject(t *testing.T) {
	path := filepath.Join("testdata", "pyproject", "pyproject.toml")
	got, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	want := Config{FailOn: finding.Critical, MaxFileSize: 1 << 20, Source: path,
		Ignores: []Ignore{{ID: "FG0101", Reason: "pinned by the platform team", Line: 12}}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got  %+v\nwant %+v", got, want)
	}

	// A pyproject.toml named explicitly but without the table: defaults.
	path = filepath.Join("testdata", "pyproject-nosection", "pyproject.toml")
	got, err = Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if want := Default(); !reflect.DeepEqual(got, want) {
		t.Errorf("got %+v, want defaults %+v", got, want)
	}
}

func TestLoadErrors(t *testing.T) {
	cases := map[string]string{
		"typo.toml":           `typo.toml:2: unknown key "fail_on" (did you mean "fail-on"?)`,
		"ignore-typo.toml":    `ignore-typo.toml:5: unknown key "reasn" (known keys: id, path, reason, until)`,
		"bad-severity.toml":   `bad-severity.toml:1: fail-on: unknown severity "severe" (want one of info, low, medium, high, critical)`,
		"bad-size.toml":       `bad-size.toml:1: max-file-size: cannot read "2 MBs" (want bytes, or a number with B, KB, KiB, MB, MiB, GB or GiB)`,
		"zero-size.toml":      `zero-size.toml:1: max-file-size: must be more than zero, not 0`,
		"no-id.toml":          `no-id.toml:4: ignore entry needs an id (a rule ID such as "FG0301", or "*")`,
		"bad-date.toml":       `bad-date.toml:3: ignore.until: "31/01/2027" is not a date (want YYYY-MM-DD)`,
		"datetime.toml":       `datetime.toml:3: ignore.until: 2027-01-31T10:00:00Z is not a plain date (want YYYY-MM-DD)`,
		"exclude-string.toml": `exclude-string.toml:1: exclude must be an array of strings, not a string`,
		"exclude-int.toml":    `exclude-int.toml:1: exclude[1] must be a string, not an integer`,
		"bad-glob.toml":       `bad-glob.toml:1: exclude: bad glob "[abc": syntax error in pattern`,
		"bool.toml":           `bool.toml:1: include-tests must be true or false, not a string`,
		"duplicate.toml":      `duplicate.toml:2: Key 'fail-on' has already been defined.`,
		"ignore-string.toml":  `ignore-string.toml:1: ignore must be an array of tables ([[ignore]]), not a string`,
		"id-int.toml":         `id-int.toml:2: ignore.id must be a string, not an integer`,
		"syntax.toml":         `syntax.toml:1: unexpected EOF; expected value`,
	}
	for name, want := range cases {
		path := filepath.Join("testdata", "errors", name)
		_, err := Load(path)
		var pe *confsrc.ParseError
		if err == nil || !errors.As(err, &pe) {
			t.Errorf("%s: err = %v, want a ParseError", name, err)
			continue
		}
		if got := err.Error(); got != filepath.Join("testdata", "errors", want) {
			t.Errorf("%s:\ngot  %s\nwant %s", name, got, want)
		}
	}
	if _, err := Load(filepath.Join("testdata", "missing.toml")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("missing file: err = %v, want ErrNotExist", err)
	}
}

func TestIgnoreExpired(t *testing.T) {
	ig := Ignore{ID: "X", Until: date(2027, 1, 31)}
	cet := time.FixedZone("CET", 3600)
	for now, want := range map[time.Time]bool{
		time.Date(2027, 1, 31, 23, 59, 0, 0, time.UTC): false,
		time.Date(2027, 2, 1, 0, 30, 0, 0, cet):        true,
		time.Date(2027, 1, 31, 23, 30, 0, 0, cet):      false,
		time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC):    false,
	} {
		if got := ig.Expired(now); got != want {
			t.Errorf("Expired(%v) = %v, want %v", now, got, want)
		}
	}
	if (Ignore{ID: "X"}).Expired(time.Now()) {
		t.Error("an entry without until never expires")
	}
}

func TestParseSize(t *testing.T) {
	good := map[string]int64{"1048576": 1 << 20, "2MiB": 2 << 20, "2 mib": 2 << 20, "512KiB": 512 << 10,
		"1MB": 1000000, "3kb": 3000, "1GiB": 1 << 30, " 10 B ": 10}
	for in, want := range good {
		if got, err := ParseSize(in); err != nil || got != want {
			t.Errorf("ParseSize(%q) = %d, %v; want %d", in, got, err, want)
		}
	}
	for _, in := range []string{"", "MiB", "1.5MiB", "-1", "0", "2 MBs", "99999999999GiB", "2GiB", "1073741825"} {
		if _, err := ParseSize(in); err == nil {
			t.Errorf("ParseSize(%q): want an error", in)
		}
	}
}
