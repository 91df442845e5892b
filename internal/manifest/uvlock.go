package manifest

import (
	"github.com/flaskguard/flaskguard/internal/confsrc/tomlpos"
	"github.com/flaskguard/flaskguard/internal/pep440"
)

// readUVLock reads uv.lock. The project itself and workspace members are
// packages too, with an editable or virtual source: they are the code
// under audit, not dependencies. uv records dependency groups only on the
// project's entry, so the group of every other package is worked out from
// the dependency graph (see uvGroups).
func readUVLock(f *File, src []byte) (*File, error) {
	d, err := decodeTOML(f, src)
	if err != nil {
		return nil, err
	}
	groups := uvGroups(d.tables(d.root["package"], "package"))
	d.readPackages("package", func(d *tomlDoc, pkg map[string]any, p string, r *Requirement) bool {
		sp := tomlpos.Join(p, "source")
		source := d.table(pkg["source"], sp)
		if isUVProject(source) {
			return false
		}
		switch {
		case source["git"] != nil:
			r.URL = "git+" + d.str(source, "git", sp)
		case source["url"] != nil:
			r.URL = d.str(source, "url", sp)
		case source["path"] != nil:
			r.URL = d.str(source, "path", sp)
		case source["directory"] != nil:
			r.URL = d.str(source, "directory", sp)
		}
		r.Group = groups[r.Normalized]
		return true
	})
	return f, d.errs.err()
}

func isUVProject(source map[string]any) bool {
	return source["editable"] != nil || source["virtual"] != nil
}

// uvGroups returns the dependency group of each package that only a
// development group needs. The projects' dependencies and extras are the
// runtime roots; each group listed under their dev-dependencies is a root
// of its own. A package reachable from the runtime roots stays runtime
// (absent from the map); one reachable only from groups gets the first of
// them by name. Edges follow dependencies and every optional dependency
// list, which may count an unused extra as runtime: erring that way keeps
// a vulnerable package from being filed as dev-only.
func uvGroups(pkgs []map[string]any) map[string]string {
	edges := map[string][]string{}
	var runtime []string
	dev := map[string][]string{}
	for _, pkg := range pkgs {
		name, _ := pkg["name"].(string)
		name = pep440.NormalizeName(name)
		out := uvNames(pkg["dependencies"])
		if opt, ok := pkg["optional-dependencies"].(map[string]any); ok {
			for _, extra := range sortedKeys(opt) {
				out = append(out, uvNames(opt[extra])...)
			}
		}
		edges[name] = append(edges[name], out...)
		if source, _ := pkg["source"].(map[string]any); isUVProject(source) {
			runtime = append(runtime, out...)
			if groups, ok := pkg["dev-dependencies"].(map[string]any); ok {
				for g, list := range groups {
					dev[g] = append(dev[g], uvNames(list)...)
				}
			}
		}
	}
	needed := reachable(runtime, edges)
	out := map[string]string{}
	for _, g := range sortedKeys(dev) {
		for n := range reachable(dev[g], edges) {
			if !needed[n] && out[n] == "" {
				out[n] = g
			}
		}
	}
	return out
}

// uvNames returns the normalised names of an array of uv dependency
// tables ({ name = "flask", marker = "..." }).
func uvNames(v any) []string {
	list, _ := v.([]any)
	var out []string
	for _, e := range list {
		if t, ok := e.(map[string]any); ok {
			if name, ok := t["name"].(string); ok {
				out = append(out, pep440.NormalizeName(name))
			}
		}
	}
	return out
}

// reachable returns the names reachable from roots along edges.
func reachable(roots []string, edges map[string][]string) map[string]bool {
	seen := map[string]bool{}
	stack := append([]string(nil), roots...)
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if seen[n] {
			continue
		}
		seen[n] = true
		stack = append(stack, edges[n]...)
	}
	return seen
}
