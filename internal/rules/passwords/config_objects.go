package passwords

import (
	"slices"
	"strings"

	"github.com/flaskguard/flaskguard/internal/project"
	"github.com/flaskguard/flaskguard/internal/python"
	"github.com/flaskguard/flaskguard/internal/rules/rule"
)

// configValue is one value a config key gets in this file: from a class
// or settings module that app.config.from_object loads.
type configValue struct {
	value python.Expr
	// classes names the config classes that use it ("" for a module).
	classes []string
}

// loadedConfigValues returns the values of key written in this file that
// app.config.from_object picks up: class attributes of loaded config
// classes (inherited ones included, reported where they are written) and
// module-level names of loaded settings modules. Classes and modules named
// for development or tests are skipped: lowering hashing costs there, so
// that test suites run fast, is what the extensions' docs suggest.
// Reporting from the defining file keeps one finding per line however
// many from_object calls reach it.
func loadedConfigValues(c *rule.Ctx, key string) []configValue {
	var out []configValue
	index := map[python.Expr]int{}
	note := func(v python.Expr, class string) {
		i, seen := index[v]
		if !seen {
			i = len(out)
			index[v] = i
			out = append(out, configValue{value: v})
		}
		if class != "" && !slices.Contains(out[i].classes, class) {
			out[i].classes = append(out[i].classes, class)
		}
	}
	for _, use := range c.Project.ConfigUses() {
		for _, obj := range use.Objects {
			switch {
			case obj.Class != nil:
				if isDevClassName(obj.Class.Def.Name) {
					continue
				}
				owner, b, ok := c.Project.ClassAttr(obj.Class, key)
				if ok && owner.Module == c.Module && b.Kind == project.BindAssign && b.Value != nil {
					note(b.Value, obj.Class.Def.Name)
				}
			case obj.Module == c.Module:
				name := c.Module.Name[strings.LastIndexByte(c.Module.Name, '.')+1:]
				if isDevClassName(name) {
					continue
				}
				if bs := c.Module.Bindings[key]; len(bs) == 1 && bs[0].Kind == project.BindAssign {
					note(bs[0].Value, "")
				}
			}
		}
	}
	for i := range out {
		slices.Sort(out[i].classes)
	}
	return out
}

// inTestBranch reports whether a position is inside code meant for tests
// or development: an `if` whose condition mentions testing, debug or
// development (if app.testing:, if config_name == "development":), or a
// function whose name does (def configure_for_tests(app)).
func inTestBranch(c *rule.Ctx, pos python.Pos) bool {
	marks := func(text string) bool {
		for _, w := range words(text) {
			switch w {
			case "test", "tests", "testing", "debug", "dev", "develop", "development", "local":
				return true
			}
		}
		return false
	}
	for _, fn := range c.Module.ScopeAt(pos) {
		if marks(fn.Name) {
			return true
		}
	}
	found := false
	var visit func(list []python.Stmt)
	visit = func(list []python.Stmt) {
		for _, s := range list {
			sp := s.Span()
			if pos.Offset < sp.Start.Offset || pos.Offset >= sp.End.Offset {
				continue
			}
			switch s := s.(type) {
			case *python.If:
				if inList(s.Body, pos) && marks(c.File.Text(s.Test.Span())) {
					found = true
					return
				}
				visit(s.Body)
				visit(s.Else)
			case *python.FunctionDef:
				visit(s.Body)
			case *python.ClassDef:
				visit(s.Body)
			case *python.With:
				visit(s.Body)
			case *python.Try:
				visit(s.Body)
				for _, h := range s.Handlers {
					visit(h.Body)
				}
				visit(s.Else)
				visit(s.Finally)
			case *python.For:
				visit(s.Body)
			case *python.While:
				visit(s.Body)
			}
			return
		}
	}
	visit(c.File.Module.Body)
	return found
}

// inList reports whether a position lies in one of the statements.
func inList(list []python.Stmt, pos python.Pos) bool {
	for _, s := range list {
		if sp := s.Span(); pos.Offset >= sp.Start.Offset && pos.Offset < sp.End.Offset {
			return true
		}
	}
	return false
}
