package config

import (
	"cmp"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/BurntSushi/toml"

	"github.com/flaskguard/flaskguard/internal/confsrc"
	"github.com/flaskguard/flaskguard/internal/confsrc/tomlpos"
)

// File names looked for, in order of precedence within one folder.
const (
	ownFile       = ".flaskguard.toml"
	pyprojectFile = "pyproject.toml"
)

// Discover finds the configuration that applies to start (a folder, or a
// file whose folder is used) and loads it. It looks in start and then in
// each parent folder:
//
//   - .flaskguard.toml wins over pyproject.toml in the same folder;
//   - a pyproject.toml without a [tool.flaskguard] table does not count,
//     and the search goes on upwards (as ruff does), so that a monorepo's
//     sub-project can share the configuration at the top;
//   - the search stops after the folder that holds .git, the top of the
//     repository, so a file outside the project (in a home folder, say)
//     never changes what CI sees.
//
// When nothing is found it returns Default() with an empty Source.
func Discover(start string) (Config, error) {
	dir, err := filepath.Abs(start)
	if err != nil {
		return Config{}, fmt.Errorf("find configuration from %s: %w", start, err)
	}
	if info, err := os.Stat(dir); err == nil && !info.IsDir() {
		dir = filepath.Dir(dir)
	}
	for {
		own := filepath.Join(dir, ownFile)
		if ok, err := exists(own); err != nil {
			return Config{}, err
		} else if ok {
			return Load(own)
		}
		py := filepath.Join(dir, pyprojectFile)
		if ok, err := exists(py); err != nil {
			return Config{}, err
		} else if ok {
			cfg, found, err := loadFile(py, true)
			if err != nil || found {
				return cfg, err
			}
		}
		if ok, err := exists(filepath.Join(dir, ".git")); err != nil {
			return Config{}, err
		} else if ok {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			break
		}
		dir = parent
	}
	return Default(), nil
}

// Load reads the configuration file at path, named explicitly (--config).
// A file named pyproject.toml is read from its [tool.flaskguard] table (a
// missing table gives the defaults); any other file from its top level.
func Load(path string) (Config, error) {
	cfg, _, err := loadFile(path, filepath.Base(path) == pyprojectFile)
	return cfg, err
}

func exists(path string) (bool, error) {
	_, err := os.Stat(path)
	switch {
	case err == nil:
		return true, nil
	case errors.Is(err, fs.ErrNotExist):
		return false, nil
	}
	return false, fmt.Errorf("find configuration: %w", err)
}

// loadFile reads and parses one file; found is false when a pyproject.toml
// has no [tool.flaskguard] table.
func loadFile(path string, pyproject bool) (Config, bool, error) {
	src, err := os.ReadFile(path)
	if err != nil {
		return Config{}, false, fmt.Errorf("read configuration: %w", err)
	}
	return parse(path, src, pyproject)
}

// parse reads a configuration from src. In a pyproject.toml the settings
// are the [tool.flaskguard] table, and found reports whether it exists.
func parse(path string, src []byte, pyproject bool) (cfg Config, found bool, err error) {
	var doc map[string]any
	if _, err := toml.Decode(string(src), &doc); err != nil {
		var pe toml.ParseError
		if errors.As(err, &pe) {
			return Config{}, false, &confsrc.ParseError{Path: path, Line: pe.Position.Line, Msg: pe.Message, Err: err}
		}
		return Config{}, false, &confsrc.ParseError{Path: path, Msg: err.Error(), Err: err}
	}
	p := &parser{path: path, ix: tomlpos.Scan(src)}
	table := doc
	if pyproject {
		p.prefix = "tool.flaskguard"
		tool, _ := doc["tool"].(map[string]any)
		raw, ok := tool["flaskguard"]
		if !ok {
			return Default(), false, nil
		}
		if table, ok = raw.(map[string]any); !ok {
			return Config{}, true, p.errorf(p.prefix, "[tool.flaskguard] must be a table")
		}
	}
	cfg = Default()
	cfg.Source = path
	for _, key := range p.keys(p.prefix, table) {
		if err := p.setting(&cfg, key, table[key]); err != nil {
			return Config{}, true, err
		}
	}
	return cfg, true, nil
}

// parser turns a decoded TOML table into a Config, with errors placed on
// the line of the offending key.
type parser struct {
	path   string
	ix     tomlpos.Index
	prefix string // "" for .flaskguard.toml, "tool.flaskguard" in pyproject.toml
}

// keys returns a table's keys in the order they are written, so that the
// first error reported is the first in the file.
func (p *parser) keys(path string, table map[string]any) []string {
	keys := make([]string, 0, len(table))
	for k := range table {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b string) int {
		return cmp.Or(cmp.Compare(p.line(tomlpos.Join(path, a)), p.line(tomlpos.Join(path, b))), cmp.Compare(a, b))
	})
	return keys
}

// line returns the line a path is written on, 0 if unknown.
func (p *parser) line(path string) int {
	if _, ok := p.ix[path]; !ok {
		// An array of tables ([[taint.sink]]) is recorded by its entries
		// only; it starts where its first entry does.
		if e, ok := p.ix[tomlpos.Elem(path, 0)]; ok {
			return e.Key.StartLine
		}
	}
	e, _ := p.ix.Lookup(path)
	return e.Key.StartLine
}

func (p *parser) errorf(path, format string, args ...any) error {
	return &confsrc.ParseError{Path: p.path, Line: p.line(path), Msg: fmt.Sprintf(format, args...)}
}

// knownKeys are the top-level settings, for suggestions on typos.
var knownKeys = []string{"exclude", "fail-on", "max-file-size", "include-tests", "ignore", "taint"}

// unknownKey reports a key that is not a setting, suggesting the one the
// user probably meant ("fail_on" → "fail-on", "ignores" → "ignore").
func (p *parser) unknownKey(path, key string, known []string) error {
	norm := strings.TrimSuffix(strings.ReplaceAll(strings.ToLower(key), "_", "-"), "s")
	for _, k := range known {
		if norm == strings.TrimSuffix(k, "s") {
			return p.errorf(path, "unknown key %q (did you mean %q?)", key, k)
		}
	}
	return p.errorf(path, "unknown key %q (known keys: %s)", key, strings.Join(known, ", "))
}
