package flaskmodel

import (
	"path"
	"strings"

	"github.com/flaskguard/flaskguard/internal/project"
	"github.com/flaskguard/flaskguard/internal/python"
)

// TemplateFolder is a folder Flask's template loader reads templates from:
// an app's template_folder or a blueprint's.
type TemplateFolder struct {
	// Path is the folder relative to the scan root, slash-separated, or ""
	// when it cannot be told: a template_folder computed at run time (an
	// absolute path built with os.path), or one outside the scanned tree.
	Path string
	// App or Blueprint is the folder's owner; exactly one is set.
	App       *App
	Blueprint *Blueprint
}

// The position of template_folder among the positional parameters of
// Flask(import_name, static_url_path, static_folder, static_host,
// host_matching, subdomain_matching, template_folder, ...) and of
// Blueprint(name, import_name, static_folder, static_url_path,
// template_folder, ...).
const (
	appTemplateFolderArg = 6
	bpTemplateFolderArg  = 4
	bpImportNameArg      = 1
)

// TemplateSearchPath returns the folders Flask searches, in order, when a
// view of app renders a template by name: the app's own template folder
// (template_folder, "templates" by default, next to the app's module or
// package), then the folders of the blueprints registered on it that have
// a template_folder, in registration order, a nested blueprint right after
// its parent. This is the order of Flask's DispatchingJinjaLoader, which
// takes the first folder holding the name whichever blueprint the view
// belongs to: a blueprint's own "index.html" is shadowed by the app's.
func (md *Model) TemplateSearchPath(app *App) []TemplateFolder {
	var out []TemplateFolder
	if f, ok := md.appTemplateFolder(app); ok {
		out = append(out, f)
	}
	seen := map[*Blueprint]bool{}
	var walk func(regs []*Registration, depth int)
	walk = func(regs []*Registration, depth int) {
		for _, r := range regs {
			bp := r.Blueprint
			if seen[bp] || depth > maxNesting {
				continue
			}
			seen[bp] = true
			if f, ok := md.BlueprintTemplateFolder(bp); ok {
				out = append(out, f)
			}
			walk(bp.Children, depth+1)
		}
	}
	walk(app.Blueprints, 0)
	return out
}

// BlueprintTemplateFolder returns a blueprint's own template folder; ok is
// false when it has none (Blueprint's template_folder defaults to None).
func (md *Model) BlueprintTemplateFolder(bp *Blueprint) (TemplateFolder, bool) {
	dir := md.rootDir(bp.Module, bp.Call, bpImportNameArg)
	p, ok := md.folderArg(bp.Module, bp.Call, bpTemplateFolderArg, dir, "")
	return TemplateFolder{Path: p, Blueprint: bp}, ok
}

// appTemplateFolder returns an app's template folder; ok is false when
// the app has none (template_folder=None).
func (md *Model) appTemplateFolder(app *App) (TemplateFolder, bool) {
	if app.Module == nil || app.Call == nil {
		return TemplateFolder{}, false
	}
	dir := md.rootDir(app.Module, app.Call, 0)
	if e, ok := app.Call.Keyword("root_path"); ok && !isNone(e) {
		dir = md.relDir(app.Module, app.Call, e)
	}
	p, ok := md.folderArg(app.Module, app.Call, appTemplateFolderArg, dir, "templates")
	return TemplateFolder{Path: p, App: app}, ok
}

// rootDir is the folder of the module a Flask or Blueprint import_name
// names, which Flask uses as the root path: the module's own folder for
// __name__ (the folder of pkg/__init__.py is pkg, that of app.py the one
// holding it). A literal names a module of the project; one the scan does
// not hold falls back to the module making the call, where it usually is.
func (md *Model) rootDir(m *project.Module, c *python.Call, importArg int) string {
	e, ok := argument(c, importArg, "import_name")
	if !ok {
		return path.Dir(m.File.Path)
	}
	if n, isName := e.(*python.Name); !isName || n.ID != "__name__" {
		if v, ok := md.proj.ConstAt(m, e, m.ScopeAt(c.Span().Start)); ok && v.Kind == project.StringValue {
			if named := md.proj.LookupModule(v.Str); named != nil {
				return path.Dir(named.File.Path)
			}
		}
	}
	return path.Dir(m.File.Path)
}

// relDir reads a root_path given as a literal relative path; anything else
// (an absolute path, os.path arithmetic) is unknown ("").
func (md *Model) relDir(m *project.Module, c *python.Call, e python.Expr) string {
	v, ok := md.proj.ConstAt(m, e, m.ScopeAt(c.Span().Start))
	if !ok || v.Kind != project.StringValue {
		return ""
	}
	return inScan(v.Str)
}

// folderArg reads the template_folder argument relative to dir: def is
// the folder when the argument is absent ("" for none); ok is false when
// there is no folder. An unknown dir or a computed value gives Path "".
func (md *Model) folderArg(m *project.Module, c *python.Call, pos int, dir, def string) (string, bool) {
	e, given := argument(c, pos, "template_folder")
	switch {
	case !given && def == "":
		return "", false
	case !given:
		if dir == "" {
			return "", true
		}
		return inScan(path.Join(dir, def)), true
	case isNone(e):
		return "", false
	}
	v, ok := md.proj.ConstAt(m, e, m.ScopeAt(c.Span().Start))
	if !ok || v.Kind != project.StringValue || dir == "" || path.IsAbs(v.Str) {
		return "", true
	}
	return inScan(path.Join(dir, v.Str)), true
}

// inScan cleans a scan-relative path, or returns "" for one that is
// absolute or leaves the scanned tree, where no template was read.
func inScan(p string) string {
	if path.IsAbs(p) || strings.Contains(p, `\`) {
		return ""
	}
	p = path.Clean(p)
	if p == ".." || strings.HasPrefix(p, "../") {
		return ""
	}
	return p
}
