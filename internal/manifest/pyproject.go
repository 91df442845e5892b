package manifest

import (
	"github.com/flaskguard/flaskguard/internal/confsrc/tomlpos"
)

// readPyproject reads every dependency table of a pyproject.toml, since
// one file often mixes them (PDM and Poetry 2 keep runtime dependencies in
// [project] and development ones in their own tables):
//
//   - [project] dependencies and optional-dependencies (PEP 621);
//   - [dependency-groups] (PEP 735);
//   - [build-system] requires, group "build";
//   - [tool.poetry] dependencies, dev-dependencies and group.<g>.dependencies;
//   - [tool.pdm] dev-dependencies;
//   - [tool.uv] dev-dependencies, group "dev";
//   - [tool.hatch.envs.<env>] dependencies and extra-dependencies.
//
// The format becomes the tool whose table is present.
func readPyproject(f *File, src []byte) (*File, error) {
	d, err := decodeTOML(f, src)
	if err != nil {
		return nil, err
	}
	tool := d.table(d.root["tool"], "tool")
	switch {
	case tool["poetry"] != nil:
		f.Format = FormatPoetry
	case tool["pdm"] != nil:
		f.Format = FormatPDM
	case tool["hatch"] != nil:
		f.Format = FormatHatch
	default:
		f.Format = FormatPEP621
	}

	project := d.table(d.root["project"], "project")
	d.requirementList(project["dependencies"], "project.dependencies", "")
	d.groups(project["optional-dependencies"], "project.optional-dependencies", "optional:")
	d.groups(d.root["dependency-groups"], "dependency-groups", "")
	build := d.table(d.root["build-system"], "build-system")
	d.requirementList(build["requires"], "build-system.requires", "build")

	if poetry := d.table(tool["poetry"], "tool.poetry"); poetry != nil {
		d.poetry(poetry)
	}
	pdm := d.table(tool["pdm"], "tool.pdm")
	d.groups(pdm["dev-dependencies"], "tool.pdm.dev-dependencies", "")
	uv := d.table(tool["uv"], "tool.uv")
	d.requirementList(uv["dev-dependencies"], "tool.uv.dev-dependencies", "dev")
	hatch := d.table(tool["hatch"], "tool.hatch")
	envs := d.table(hatch["envs"], "tool.hatch.envs")
	for _, name := range sortedKeys(envs) {
		p := tomlpos.Join("tool.hatch.envs", name)
		env := d.table(envs[name], p)
		for _, key := range []string{"dependencies", "extra-dependencies"} {
			d.requirementList(env[key], tomlpos.Join(p, key), "hatch:"+name)
		}
	}
	sortBySource(f.Requirements)
	return f, d.errs.err()
}

// groups reads a table of named requirement lists (extras, dependency
// groups) at path p; each list's group is prefix plus its name.
func (d *tomlDoc) groups(v any, p, prefix string) {
	t := d.table(v, p)
	for _, name := range sortedKeys(t) {
		d.requirementList(t[name], tomlpos.Join(p, name), prefix+name)
	}
}
