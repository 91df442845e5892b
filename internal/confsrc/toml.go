package confsrc

import (
	"cmp"
	"errors"
	"slices"
	"strconv"
	"time"

	"github.com/BurntSushi/toml"

	"github.com/flaskguard/flaskguard/internal/confsrc/tomlpos"
	"github.com/flaskguard/flaskguard/internal/finding"
)

// readTOML flattens a TOML document into settings: Scope is the dotted
// path of the enclosing table ("tool.poetry", "ignore[0]" for an entry of
// an array of tables) and Key the last key ("hosts[1]" for array
// elements). Values are the decoded scalars written back as text: strings
// unquoted, dates as in TOML ("2027-01-31").
//
// The decoder gives no positions, so tomlpos scans the source for them;
// settings inside constructs the scanner gives up on point at the nearest
// enclosing key it did find.
func readTOML(f *File) error {
	var doc map[string]any
	if _, err := toml.Decode(string(f.Source), &doc); err != nil {
		return tomlError(f.Path, err)
	}
	ls := indexLines(f.Source)
	t := &tomlFlattener{f: f, ix: tomlpos.Scan(f.Source), ls: ls}
	t.table("", doc)
	slices.SortStableFunc(f.Settings, func(a, b Setting) int {
		return cmp.Or(cmp.Compare(a.Loc.StartLine, b.Loc.StartLine), cmp.Compare(a.Loc.StartCol, b.Loc.StartCol),
			cmp.Compare(a.Scope, b.Scope), cmp.Compare(a.Key, b.Key))
	})
	hashComments(f, ls)
	return nil
}

// tomlError places a decoder error on its line.
func tomlError(path string, err error) error {
	var pe toml.ParseError
	if errors.As(err, &pe) {
		return &ParseError{Path: path, Line: pe.Position.Line, Msg: pe.Message, Err: err}
	}
	return &ParseError{Path: path, Msg: err.Error(), Err: err}
}

type tomlFlattener struct {
	f  *File
	ix tomlpos.Index
	ls lines
}

func (t *tomlFlattener) table(path string, m map[string]any) {
	for k, v := range m {
		t.value(path, k, tomlpos.Join(path, k), v)
	}
}

// value records v, found under key (its display name) at path in the
// table at scope.
func (t *tomlFlattener) value(scope, key, path string, v any) {
	switch x := v.(type) {
	case map[string]any:
		t.table(path, x)
	case []map[string]any:
		for i, m := range x {
			t.table(tomlpos.Elem(path, i), m)
		}
	case []any:
		for i, e := range x {
			t.value(scope, key+"["+strconv.Itoa(i)+"]", tomlpos.Elem(path, i), e)
		}
	default:
		e, _ := t.ix.Lookup(path)
		t.f.Settings = append(t.f.Settings, Setting{Key: key, Value: tomlScalar(x), Scope: scope,
			Loc:      t.location(tomlpos.Span{StartLine: e.Key.StartLine, StartCol: e.Key.StartCol, EndLine: e.Value.EndLine, EndCol: e.Value.EndCol}),
			ValueLoc: t.location(e.Value)})
	}
}

// location turns a span into a location; an unknown span (zero) becomes
// the start of the file, so that every setting has a line.
func (t *tomlFlattener) location(s tomlpos.Span) finding.Location {
	if s.StartLine == 0 {
		return finding.Location{Path: t.f.Path, StartLine: 1, StartCol: 1, EndLine: 1, EndCol: 1}
	}
	return finding.Location{Path: t.f.Path, StartLine: s.StartLine, StartCol: s.StartCol, EndLine: s.EndLine, EndCol: s.EndCol}
}

// tomlScalar writes a decoded TOML scalar as text.
func tomlScalar(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case bool:
		return strconv.FormatBool(x)
	case int64:
		return strconv.FormatInt(x, 10)
	case float64:
		return strconv.FormatFloat(x, 'g', -1, 64)
	case time.Time:
		// The decoder marks TOML's local date, time and date-time with
		// zones of these names.
		switch x.Location().String() {
		case "date-local":
			return x.Format(time.DateOnly)
		case "time-local":
			return x.Format("15:04:05.999999999")
		case "datetime-local":
			return x.Format("2006-01-02T15:04:05.999999999")
		}
		return x.Format(time.RFC3339Nano)
	}
	return ""
}
