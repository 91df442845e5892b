package flaskmodel

import (
	"path"
	"strings"
	"unicode"

	"github.com/flaskguard/flaskguard/internal/project"
	"github.com/flaskguard/flaskguard/internal/python"
)

// configObjects resolves a from_object argument to config objects, each
// made once. When the argument picks from a dict of classes
// (config[name], config.get(name)), each class's environment comes from
// its key.
func (b *builder) configObjects(s site, arg python.Expr) []*ConfigObject {
	keyEnv := b.dictKeyEnvs(s, arg)
	var out []*ConfigObject
	for _, o := range b.proj.ConfigObjectsAt(s.m, arg, s.scope) {
		co := b.configObject(o)
		if co == nil {
			continue
		}
		if o.Class != nil {
			if env, ok := keyEnv[o.Class.Def]; ok && co.Env == UnknownEnv {
				co.Env = env
			}
		}
		co.Loaded = true
		out = append(out, co)
	}
	return out
}

// dictKeyEnvs maps the classes of a `config[name]` dict to the
// environment their key names ("production": ProdConfig). The "default"
// key says nothing.
func (b *builder) dictKeyEnvs(s site, arg python.Expr) map[*python.ClassDef]Environment {
	var dict python.Expr
	switch a := arg.(type) {
	case *python.Subscript:
		dict = a.Value
	case *python.Call:
		if f, ok := a.Func.(*python.Attribute); ok && f.Attr == "get" {
			dict = f.Value
		}
	}
	if dict == nil {
		return nil
	}
	out := map[*python.ClassDef]Environment{}
	for _, it := range b.dictItems(s.m, s.scope, dict, 0) {
		env := EnvironmentOf(it.key)
		if env == UnknownEnv {
			continue
		}
		for _, o := range b.proj.ConfigObjectsAt(it.m, it.value, it.scope) {
			if o.Class != nil {
				if _, seen := out[o.Class.Def]; !seen {
					out[o.Class.Def] = env
				}
			}
		}
	}
	return out
}

// configObject returns the ConfigObject of a class or module, made on
// first use with its upper-case entries.
func (b *builder) configObject(o project.ConfigObject) *ConfigObject {
	for _, co := range b.md.ConfigObjects {
		if o.Class != nil && co.Class != nil && co.Class.Def == o.Class.Def ||
			o.Class == nil && co.Class == nil && co.Module == o.Module {
			return co
		}
	}
	var co *ConfigObject
	switch {
	case o.Class != nil:
		co = &ConfigObject{Name: o.Class.Def.Name, Class: o.Class, Module: o.Class.Module,
			Env: EnvironmentOf(o.Class.Def.Name), Loc: loc(o.Class.Module, o.Class.Def.NameSpan)}
		keys := map[string]int{}
		b.classEntries(co, o.Class, keys, 0)
	case o.Module != nil:
		co = &ConfigObject{Name: o.Module.Name, Module: o.Module, Env: EnvironmentOf(path.Base(o.Module.File.Path)),
			Loc: loc(o.Module, python.Span{Start: python.Pos{Line: 1, Col: 1}, End: python.Pos{Line: 1, Col: 1}})}
		b.moduleEntries(co, o.Module, OriginObject)
	default:
		return nil
	}
	b.md.ConfigObjects = append(b.md.ConfigObjects, co)
	return co
}

// classEntries adds the upper-case attributes of a class, base classes
// first so that the class's own assignments override inherited ones.
func (b *builder) classEntries(co *ConfigObject, c *project.Class, keys map[string]int, depth int) {
	if depth > maxNesting {
		return
	}
	bases := b.proj.Bases(c)
	for i := len(bases) - 1; i >= 0; i-- {
		b.classEntries(co, bases[i], keys, depth+1)
	}
	s := site{m: c.Module, scope: c.Module.ScopeAt(c.Def.Span().Start)}
	for _, st := range c.Def.Body {
		a, ok := st.(*python.Assign)
		if !ok || a.Value == nil || a.Op != "" {
			continue
		}
		for _, t := range a.Targets {
			if n, ok := t.(*python.Name); ok && isConfigKey(n.ID) {
				e := b.entry(s, n.ID, a.Value, OriginObject)
				e.Object = co
				setEntry(co, keys, e)
			}
		}
	}
}

// moduleEntries adds the upper-case module-level names of a module (a
// from_object module or a from_pyfile file).
func (b *builder) moduleEntries(co *ConfigObject, m *project.Module, origin Origin) {
	keys := map[string]int{}
	for _, st := range m.File.Module.Body {
		a, ok := st.(*python.Assign)
		if !ok || a.Value == nil || a.Op != "" {
			continue
		}
		for _, t := range a.Targets {
			if n, ok := t.(*python.Name); ok && isConfigKey(n.ID) {
				e := b.entry(site{m: m}, n.ID, a.Value, origin)
				e.Object = co
				setEntry(co, keys, e)
			}
		}
	}
}

// setEntry adds an entry, replacing an earlier one for the same key.
func setEntry(co *ConfigObject, keys map[string]int, e *ConfigEntry) {
	if i, ok := keys[e.Key]; ok {
		co.Entries = append(co.Entries[:i], co.Entries[i+1:]...)
		for k, j := range keys {
			if j > i {
				keys[k] = j - 1
			}
		}
	}
	keys[e.Key] = len(co.Entries)
	co.Entries = append(co.Entries, e)
}

// isConfigKey is Python's str.isupper(), which from_object uses: at
// least one cased letter and no lower-case one.
func isConfigKey(name string) bool {
	cased := false
	for _, r := range name {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsUpper(r) {
			cased = true
		}
	}
	return cased
}

// derivedConfigs adds the project classes that belong to the family of
// a loaded config class without being loaded themselves (a TestingConfig
// left out of the dict, a StagingConfig deriving from ProductionConfig):
// classes deriving from a loaded class or from one of its bases. Rules
// then see every environment's settings.
func (b *builder) derivedConfigs() {
	family := map[*python.ClassDef]bool{}
	var up func(c *project.Class, depth int)
	up = func(c *project.Class, depth int) {
		if depth > maxNesting || family[c.Def] {
			return
		}
		family[c.Def] = true
		for _, base := range b.proj.Bases(c) {
			up(base, depth+1)
		}
	}
	loaded := map[*python.ClassDef]bool{}
	for _, co := range b.md.ConfigObjects {
		if co.Class != nil {
			loaded[co.Class.Def] = true
			up(co.Class, 0)
		}
	}
	if len(loaded) == 0 {
		return
	}
	for _, ds := range b.col.classes {
		if family[ds.cls] || len(ds.scope) > 0 || ds.class != nil {
			continue
		}
		c := &project.Class{Module: ds.m, Def: ds.cls}
		for _, base := range b.proj.Bases(c) {
			if family[base.Def] {
				b.configObject(project.ConfigObject{Class: c})
				break
			}
		}
	}
}

// fromFile handles from_pyfile (and from_file, which reads JSON or TOML
// files the scan does not model): the file is looked up relative to the
// app's root folder and its instance folder; a Python file's upper-case
// names become entries.
func (b *builder) fromFile(cs callSite, app *App, cl *ConfigLoad, add func(*ConfigEntry)) {
	cl.Found = false
	arg, ok := argument(cs.call, 0, "filename")
	if !ok {
		return
	}
	name, ok := b.str(cs.site, nil, arg)
	cl.Path = name
	if !ok || cl.Method == "from_file" {
		return
	}
	m := b.pyfile(app, name)
	if m == nil {
		return
	}
	cl.Found = true
	co := &ConfigObject{Name: m.File.Path, Module: m, Env: EnvironmentOf(path.Base(m.File.Path)), Loaded: true,
		Loc: loc(m, python.Span{Start: python.Pos{Line: 1, Col: 1}, End: python.Pos{Line: 1, Col: 1}})}
	b.moduleEntries(co, m, OriginPyfile)
	b.md.ConfigObjects = append(b.md.ConfigObjects, co)
	cl.Objects = []*ConfigObject{co}
	for _, e := range co.Entries {
		c := *e
		add(&c)
	}
}

// pyfile finds a from_pyfile target among the scanned files: a Python
// module, or a .cfg file (read as INI by the scan) parsed as Python here.
func (b *builder) pyfile(app *App, name string) *project.Module {
	root := path.Dir(app.Module.File.Path)
	instance := path.Join(root, "instance")
	if app.Module.Package {
		instance = path.Join(path.Dir(root), "instance")
	}
	var candidates []string
	if path.IsAbs(name) {
		candidates = []string{strings.TrimPrefix(name, "/")}
	} else {
		candidates = []string{path.Join(root, name), path.Join(instance, name)}
	}
	for _, c := range candidates {
		c = strings.TrimPrefix(path.Clean(c), "./")
		if m := b.proj.ModuleAt(c); m != nil {
			return m
		}
		for _, f := range b.configs {
			if f.Path == c {
				return parseConfigModule(f.Path, f.Source)
			}
		}
	}
	return nil
}

// parseConfigModule parses a configuration file written in Python into
// a one-module project, so that its constants can be evaluated.
func parseConfigModule(p string, src []byte) *project.Module {
	f, err := python.Parse(p, src)
	if err != nil {
		return nil
	}
	return project.Build([]*python.File{f}).Module(f)
}
