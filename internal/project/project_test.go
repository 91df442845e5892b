package project

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/flaskguard/flaskguard/internal/python"
)

// load parses every .py file under testdata/dir (paths relative to it) and
// builds the project.
func load(t *testing.T, dir string) *Project {
	t.Helper()
	root := filepath.Join("testdata", dir)
	var files []*python.File
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || filepath.Ext(p) != ".py" {
			return err
		}
		src, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(root, p)
		if err != nil {
			return err
		}
		f, err := python.Parse(filepath.ToSlash(rel), src)
		if err != nil {
			return err
		}
		if len(f.Errors) > 0 {
			t.Fatalf("%s: syntax error %v", rel, f.Errors[0])
		}
		files = append(files, f)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return Build(files)
}

// markerLine returns the line carrying the comment "# @marker" in m.
func markerLine(t *testing.T, m *Module, marker string) int {
	t.Helper()
	for line, c := range m.File.Comments {
		if strings.TrimSpace(strings.TrimPrefix(c, "#")) == "@"+marker {
			return line
		}
	}
	t.Fatalf("%s: no marker @%s", m.File.Path, marker)
	return 0
}

// exprAt returns the first expression on the marker's line whose source
// text is text.
func exprAt(t *testing.T, m *Module, marker, text string) python.Expr {
	t.Helper()
	line := markerLine(t, m, marker)
	var found python.Expr
	python.Walk(m.File.Module, func(n python.Node) bool {
		if found != nil {
			return false
		}
		if e, ok := n.(python.Expr); ok && int(n.Span().Start.Line) == line && m.File.Text(n.Span()) == text {
			found = e
			return false
		}
		return true
	})
	if found == nil {
		t.Fatalf("%s: no expression %q on the line of @%s", m.File.Path, text, marker)
	}
	return found
}

// callAt returns the call on the marker's line.
func callAt(t *testing.T, m *Module, marker string) *python.Call {
	t.Helper()
	line := markerLine(t, m, marker)
	var found *python.Call
	python.Walk(m.File.Module, func(n python.Node) bool {
		if c, ok := n.(*python.Call); ok && found == nil && int(c.Span().Start.Line) == line {
			found = c
		}
		return found == nil
	})
	if found == nil {
		t.Fatalf("%s: no call on the line of @%s", m.File.Path, marker)
	}
	return found
}

func mustModule(t *testing.T, p *Project, name string) *Module {
	t.Helper()
	m := p.LookupModule(name)
	if m == nil {
		t.Fatalf("no module %q", name)
	}
	return m
}

func TestModuleName(t *testing.T) {
	for _, tc := range []struct{ path, want string }{
		{"app.py", "app"},
		{"pkg/app/__init__.py", "pkg.app"},
		{"pkg/views.py", "pkg.views"},
		{"src/pkg/x.py", "pkg.x"},
		{"src/pkg/__init__.py", "pkg"},
		{"src.py", "src"},
		{"src/__init__.py", "src"},
		{"__init__.py", ""},
		{"./a/b.py", "a.b"},
		{`win\dir\m.py`, "win.dir.m"},
		{"stubs/m.pyi", "stubs.m"},
	} {
		if got := ModuleName(tc.path); got != tc.want {
			t.Errorf("ModuleName(%q) = %q, want %q", tc.path, got, tc.want)
		}
	}
}

func TestImportsAndRelativeResolution(t *testing.T) {
	p := load(t, "pkgproj")
	for _, tc := range []struct {
		module string
		want   map[string]string
	}{
		{"myapp", map[string]string{"create_app": "myapp.factory.create_app", "views": "myapp.views", "base_app": "myapp.base.app"}},
		{"myapp.views", map[string]string{"make": "myapp.factory.create_app", "Config": "myapp.config.Config", "base": "myapp.base"}},
		{"myapp.sub.mod", map[string]string{"ProductionConfig": "myapp.config.ProductionConfig", "sibling": "myapp.sub.sibling", "value": "myapp.sub.sibling.value"}},
		{"myapp.factory", map[string]string{"Flask": "flask.Flask", "config": "myapp.config.config"}},
	} {
		m := mustModule(t, p, tc.module)
		if len(m.Imports) != len(tc.want) {
			t.Errorf("%s: imports %v, want %v", tc.module, m.Imports, tc.want)
		}
		for k, v := range tc.want {
			if m.Imports[k] != v {
				t.Errorf("%s: import %s = %q, want %q", tc.module, k, m.Imports[k], v)
			}
		}
	}
	// from ...outside climbs above the scan root: bound, but to nothing.
	views := mustModule(t, p, "myapp.views")
	if bs := views.Bindings["thing"]; len(bs) != 1 || bs[0].Kind != BindImport || bs[0].Target != "" {
		t.Errorf("thing bindings = %+v, want one unresolved import", bs)
	}
	if !mustModule(t, p, "myapp").Package || mustModule(t, p, "myapp.factory").Package {
		t.Error("Package flags wrong")
	}
}

func TestQualify(t *testing.T) {
	p := load(t, "aliases")
	m := mustModule(t, p, "app")
	for _, tc := range []struct{ marker, text, want string }{
		{"a1", "a1", "app.a1"},
		{"a1", "a1.run", "app.a1.run"},
		{"ospath", "os.path.join", "os.path.join"},
		{"current", "current_app", "flask.current_app"},
		{"flaskcurrent", "flask.current_app", "flask.current_app"},
		{"local", "local", ""},
		{"star", "helper_app", "helpers.helper_app"},
		{"undefined", "undefined_name", ""},
		{"viewcall", "view", "app.view"},
	} {
		if got := p.Qualify(m, exprAt(t, m, tc.marker, tc.text)); got != tc.want {
			t.Errorf("Qualify(%s @%s) = %q, want %q", tc.text, tc.marker, got, tc.want)
		}
	}
	for _, tc := range []struct{ e, want string }{
		{"a1", "flask.Flask"}, {"a2", "flask.Flask"}, {"a3", "flask.Flask"},
	} {
		// The callee of the value assigned: a1 = flask.Flask(...).
		bs := m.Bindings[tc.e]
		if got := p.Qualify(m, bs[0].Value.(*python.Call).Func); got != tc.want {
			t.Errorf("Qualify(func of %s) = %q, want %q", tc.e, got, tc.want)
		}
	}

	// Re-exports are followed to the defining module.
	pp := load(t, "pkgproj")
	wsgi := mustModule(t, pp, "wsgi")
	if got := pp.Qualify(wsgi, wsgi.Bindings["app"][0].Value.(*python.Call).Func); got != "myapp.factory.create_app" {
		t.Errorf("Qualify(create_app via myapp) = %q", got)
	}
}

func TestIsFlaskApp(t *testing.T) {
	for _, tc := range []struct {
		dir, module, marker string
		want                bool
	}{
		{"aliases", "app", "a1", true},
		{"aliases", "app", "a2", true},
		{"aliases", "app", "a3", true},
		{"aliases", "app", "notapp", false},
		{"aliases", "app", "proxy", true},
		{"aliases", "app", "local", true},
		{"aliases", "app", "other", false},
		{"aliases", "app", "param", true},
		{"aliases", "app", "current", true},
		{"aliases", "app", "flaskcurrent", true},
		{"aliases", "app", "global", true},
		{"aliases", "app", "shadowed", false},
		{"aliases", "app", "globaldecl", true},
		{"aliases", "app", "star", true},
		{"aliases", "app", "viewcall", true},
		{"aliases", "app", "undefined", false},
		{"pkgproj", "wsgi", "app", true},
		{"pkgproj", "wsgi", "application", true},
		{"pkgproj", "wsgi", "other", true},
		{"pkgproj", "wsgi", "nope", false},
		{"pkgproj", "wsgi", "baseapp", true},
		{"pkgproj", "run", "local", true},
		{"pkgproj", "run", "imported", true},
		{"pkgproj", "myapp.views", "made", true},
		{"pkgproj", "myapp.views", "baseapp", true},
		{"pkgproj", "myapp.views", "baseother", false},
	} {
		p := load(t, tc.dir)
		m := mustModule(t, p, tc.module)
		c := callAt(t, m, tc.marker)
		recv := c.Func.(*python.Attribute).Value
		if got := p.IsFlaskApp(m, recv); got != tc.want {
			t.Errorf("%s/%s @%s: IsFlaskApp(%s) = %v, want %v", tc.dir, tc.module, tc.marker, m.File.Text(recv.Span()), got, tc.want)
		}
	}
}

func TestSubclassesAndScopes(t *testing.T) {
	p := load(t, "pkgproj")
	if !p.IsSubclass("myapp.base.App", FlaskClass) || p.IsSubclass("myapp.base.NotFlask", FlaskClass) {
		t.Error("IsSubclass wrong for App/NotFlask")
	}
	run := mustModule(t, p, "run")
	for _, tc := range []struct {
		marker    string
		guard     bool
		scopeName string
	}{
		{"local", false, "main"},
		{"guarded", true, ""},
		{"unguarded", false, ""},
	} {
		pos := callAt(t, run, tc.marker).Span().Start
		if got := run.InMainGuard(pos); got != tc.guard {
			t.Errorf("@%s: InMainGuard = %v, want %v", tc.marker, got, tc.guard)
		}
		name := ""
		if fn := run.ScopeAt(pos).Innermost(); fn != nil {
			name = fn.Name
		}
		if name != tc.scopeName {
			t.Errorf("@%s: scope %q, want %q", tc.marker, name, tc.scopeName)
		}
	}
}

func TestJoins(t *testing.T) {
	for _, c := range []struct{ a, b string }{
		{"pkg.mod", "name"}, {"", "name"}, {"pkg", ""}, {"", ""}, {"a", "b.c"},
	} {
		want := join(c.a, c.b)
		for _, q := range []string{want, want + "x", "x" + want, "pkg_mod.name", "pkg.modXname", "aXb.c", "a.b_c", "name"} {
			if got := joins(q, c.a, c.b); got != (q == want) {
				t.Errorf("joins(%q, %q, %q) = %v, want %v", q, c.a, c.b, got, q == want)
			}
		}
	}
}
