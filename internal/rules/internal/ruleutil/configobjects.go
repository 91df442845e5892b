package ruleutil

import (
	"bytes"
	"slices"
	"strings"

	"github.com/flaskguard/flaskguard/internal/project"
	"github.com/flaskguard/flaskguard/internal/python"
	"github.com/flaskguard/flaskguard/internal/rules/rule"
)

// ConfigValue is one value a config key gets in the file being checked,
// from a config class or settings module that app.config.from_object
// loads.
type ConfigValue struct {
	// Value is the assigned expression, which is what rules report (in
	// `DEBUG, TESTING = True, False` it is the True alone).
	Value python.Expr
	// Binding is the assignment, for rules that judge how it was written.
	Binding project.Binding
	// Classes names the loaded config classes that use the value, sorted;
	// it is empty for a settings module.
	Classes []string
}

// LoadedConfigValues returns, in the order first met, the plain
// assignments of key written in this file that app.config.from_object
// picks up: class attributes of loaded config classes (inherited ones
// included, reported where they are written) and module-level names of
// loaded settings modules. Classes and modules named for development or
// tests are skipped: debug switches and low hashing costs there are meant
// for a laptop or a test suite. Reporting from the defining file keeps one
// finding per line however many from_object calls reach it.
func LoadedConfigValues(c *rule.Ctx, key string) []ConfigValue {
	if len(c.Project.ConfigUses()) == 0 || !bytes.Contains(c.File.Source, []byte(key)) {
		return nil // no assignment of key here can be loaded
	}
	var out []ConfigValue
	index := map[python.Expr]int{}
	note := func(b project.Binding, class string) {
		i, seen := index[b.Value]
		if !seen {
			i = len(out)
			index[b.Value] = i
			out = append(out, ConfigValue{Value: b.Value, Binding: b})
		}
		if class != "" && !slices.Contains(out[i].Classes, class) {
			out[i].Classes = append(out[i].Classes, class)
		}
	}
	for _, use := range c.Project.ConfigUses() {
		for _, obj := range use.Objects {
			switch {
			case obj.Class != nil:
				if IsDevClassName(obj.Class.Def.Name) {
					continue
				}
				owner, b, ok := c.Project.ClassAttr(obj.Class, key)
				if ok && owner.Module == c.Module && b.Kind == project.BindAssign && b.Value != nil {
					note(b, obj.Class.Def.Name)
				}
			case obj.Module == c.Module:
				// Module names are snake_case (dev_settings,
				// settings_local), so the marker is a whole word of the
				// name rather than its start as in a class name: a module
				// named devices or testimonials is not for tests.
				if IsDevName(c.Module.Name[strings.LastIndexByte(c.Module.Name, '.')+1:]) {
					continue
				}
				if bs := c.Module.Bindings[key]; len(bs) == 1 && bs[0].Kind == project.BindAssign && bs[0].Value != nil {
					note(bs[0], "")
				}
			}
		}
	}
	for i := range out {
		slices.Sort(out[i].Classes)
	}
	return out
}
