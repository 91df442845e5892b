package config

import (
	"fmt"
	"path"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/flaskguard/flaskguard/internal/confsrc/tomlpos"
	"github.com/flaskguard/flaskguard/internal/finding"
)

// setting applies one top-level key.
func (p *parser) setting(cfg *Config, key string, v any) error {
	at := tomlpos.Join(p.prefix, key)
	switch key {
	case "exclude":
		globs, err := p.strings(at, key, v)
		if err != nil {
			return err
		}
		for i, g := range globs {
			if err := checkGlob(strings.TrimPrefix(g, "!")); err != nil {
				return p.errorf(tomlpos.Elem(at, i), "exclude: bad glob %q: %v", g, err)
			}
		}
		cfg.Exclude = globs
	case "fail-on":
		s, ok := v.(string)
		if !ok {
			return p.errorf(at, "fail-on must be a string such as \"high\", not %s", typeName(v))
		}
		sev, err := finding.ParseSeverity(s)
		if err != nil {
			return p.errorf(at, "fail-on: %v", err)
		}
		cfg.FailOn = sev
	case "max-file-size":
		n, err := parseSize(v)
		if err != nil {
			return p.errorf(at, "max-file-size: %v", err)
		}
		cfg.MaxFileSize = n
	case "include-tests":
		b, ok := v.(bool)
		if !ok {
			return p.errorf(at, "include-tests must be true or false, not %s", typeName(v))
		}
		cfg.IncludeTests = b
	case "ignore":
		entries, ok := tables(v)
		if !ok {
			return p.errorf(at, "ignore must be an array of tables ([[ignore]]), not %s", typeName(v))
		}
		for i, t := range entries {
			ig, err := p.ignore(tomlpos.Elem(at, i), t)
			if err != nil {
				return err
			}
			cfg.Ignores = append(cfg.Ignores, ig)
		}
	case "taint":
		return p.taint(&cfg.Taint, at, v) // taint.go
	default:
		return p.unknownKey(at, key, knownKeys)
	}
	return nil
}

// ignoreKeys are the keys of an [[ignore]] entry.
var ignoreKeys = []string{"id", "path", "reason", "until"}

// ignore reads one [[ignore]] entry at path (ending in "[i]").
func (p *parser) ignore(at string, t map[string]any) (Ignore, error) {
	ig := Ignore{Line: p.line(at)}
	for _, key := range p.keys(at, t) {
		kat := tomlpos.Join(at, key)
		v := t[key]
		if key == "until" {
			d, err := parseDate(v)
			if err != nil {
				return Ignore{}, p.errorf(kat, "ignore.until: %v", err)
			}
			ig.Until = &d
			continue
		}
		s, ok := v.(string)
		switch {
		case !slices.Contains(ignoreKeys, key):
			return Ignore{}, p.unknownKey(kat, key, ignoreKeys)
		case !ok:
			return Ignore{}, p.errorf(kat, "ignore.%s must be a string, not %s", key, typeName(v))
		}
		switch key {
		case "id":
			ig.ID = strings.TrimSpace(s)
		case "path":
			if err := checkGlob(s); err != nil {
				return Ignore{}, p.errorf(kat, "ignore.path: bad glob %q: %v", s, err)
			}
			ig.Path = s
		case "reason":
			ig.Reason = strings.TrimSpace(s)
		}
	}
	if ig.ID == "" {
		return Ignore{}, p.errorf(at, "ignore entry needs an id (a rule ID such as \"FG0301\", or \"*\")")
	}
	return ig, nil
}

// strings reads an array of strings.
func (p *parser) strings(at, key string, v any) ([]string, error) {
	arr, ok := v.([]any)
	if !ok {
		return nil, p.errorf(at, "%s must be an array of strings, not %s", key, typeName(v))
	}
	out := make([]string, 0, len(arr))
	for i, e := range arr {
		s, ok := e.(string)
		if !ok {
			return nil, p.errorf(tomlpos.Elem(at, i), "%s[%d] must be a string, not %s", key, i, typeName(e))
		}
		out = append(out, s)
	}
	return out, nil
}

// tables reads an array of tables, written [[x]] or x = [{...}].
func tables(v any) ([]map[string]any, bool) {
	switch x := v.(type) {
	case []map[string]any:
		return x, true
	case []any:
		out := make([]map[string]any, 0, len(x))
		for _, e := range x {
			m, ok := e.(map[string]any)
			if !ok {
				return nil, false
			}
			out = append(out, m)
		}
		return out, true
	}
	return nil, false
}

// checkGlob rejects globs that cannot match anything, such as an unclosed
// '[' class.
func checkGlob(g string) error {
	_, err := path.Match(g, "")
	return err
}

// sizeUnits are the units max-file-size accepts: SI and binary.
var sizeUnits = map[string]int64{
	"b": 1, "kb": 1000, "kib": 1 << 10, "mb": 1000 * 1000, "mib": 1 << 20, "gb": 1000 * 1000 * 1000, "gib": 1 << 30,
}

// parseSize reads max-file-size from the file: an integer number of
// bytes or a string with a unit.
func parseSize(v any) (int64, error) {
	switch x := v.(type) {
	case int64:
		if x <= 0 {
			return 0, fmt.Errorf("must be more than zero, not %d", x)
		}
		if x > MaxFileSizeLimit {
			return 0, fmt.Errorf("%d is above the limit of 1GiB: source positions are 32-bit", x)
		}
		return x, nil
	case string:
		return ParseSize(x)
	}
	return 0, fmt.Errorf("must be a number of bytes or a string such as \"2MiB\", not %s", typeName(v))
}

// ParseSize reads a size as users write it, in the configuration file or
// on the command line: bytes ("1048576") or a number with a unit, SI or
// binary ("512KiB", "2MiB", "1 MB"). Units are case-insensitive.
func ParseSize(s string) (int64, error) {
	t := strings.TrimSpace(s)
	i := 0
	for i < len(t) && t[i] >= '0' && t[i] <= '9' {
		i++
	}
	num, err := strconv.ParseInt(t[:i], 10, 64)
	unitName := strings.ToLower(strings.TrimSpace(t[i:]))
	unit, ok := sizeUnits[unitName]
	if unitName == "" {
		unit, ok = 1, true
	}
	if err != nil || !ok || num > (1<<62)/unit {
		return 0, fmt.Errorf("cannot read %q (want bytes, or a number with B, KB, KiB, MB, MiB, GB or GiB)", s)
	}
	if num == 0 {
		return 0, fmt.Errorf("must be more than zero, not %q", s)
	}
	if num*unit > MaxFileSizeLimit {
		return 0, fmt.Errorf("%q is above the limit of 1GiB: source positions are 32-bit", s)
	}
	return num * unit, nil
}

// parseDate reads "YYYY-MM-DD" or a TOML local date into midnight UTC.
func parseDate(v any) (time.Time, error) {
	switch x := v.(type) {
	case string:
		d, err := time.Parse(time.DateOnly, x)
		if err != nil {
			return time.Time{}, fmt.Errorf("%q is not a date (want YYYY-MM-DD)", x)
		}
		return d, nil
	case time.Time:
		// The TOML decoder marks a local date with this zone name; a time
		// of day or an offset would suggest a precision we do not have.
		if x.Location().String() != "date-local" {
			return time.Time{}, fmt.Errorf("%s is not a plain date (want YYYY-MM-DD)", x.Format(time.RFC3339))
		}
		return time.Date(x.Year(), x.Month(), x.Day(), 0, 0, 0, 0, time.UTC), nil
	}
	return time.Time{}, fmt.Errorf("must be a date (YYYY-MM-DD), not %s", typeName(v))
}

// typeName names a decoded TOML value's type for messages.
func typeName(v any) string {
	switch v.(type) {
	case string:
		return "a string"
	case int64:
		return "an integer"
	case float64:
		return "a float"
	case bool:
		return "a boolean"
	case time.Time:
		return "a date/time"
	case []any, []map[string]any:
		return "an array"
	case map[string]any:
		return "a table"
	}
	return fmt.Sprintf("%T", v)
}
