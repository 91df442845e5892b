// Package project models a Python code base as modules with imports and
// symbols, so that analyses can resolve a name in one file to what it means
// across the project (`from .app import app` is the Flask app built in
// app.py; `F` is `flask.Flask` after `from flask import Flask as F`).
//
// Build is one pass over each module's top-level statements: it records
// imports and module-level bindings and nothing else. Everything that needs
// a function body (local names, app factories, return values) is worked out
// on demand by the query methods, which only read the model, so a Project is
// safe for concurrent use once built.
package project

import (
	"bytes"
	"cmp"
	"path"
	"slices"
	"strings"
	"sync"

	"github.com/flaskguard/flaskguard/internal/python"
)

// Module is one Python file seen as a module of the project.
type Module struct {
	// Name is the dotted module name derived from the file's path
	// ("pkg/app/__init__.py" → "pkg.app"); see ModuleName.
	Name string
	File *python.File
	// Package is true for a package's __init__.py, against which relative
	// imports resolve one level less deep than for a plain module.
	Package bool
	// Imports maps each name bound by a module-level import to the
	// qualified name it stands for: `import flask as f` gives f → "flask",
	// `from .views import bp` in pkg/__init__.py gives bp → "pkg.views.bp".
	Imports map[string]string
	// Bindings maps each module-level name to every statement that binds
	// it, in source order (imports included).
	Bindings map[string][]Binding
	// Stars lists the modules star-imported at module level, resolved.
	Stars []string

	// locals caches each function's local bindings (*python.FunctionDef →
	// map[string][]Binding): rules resolve names in the same functions
	// over and over, from many goroutines, and the bindings never change
	// once the module is parsed.
	locals sync.Map
}

// Project is the set of modules of one scan and what was learnt about them.
type Project struct {
	// Modules maps a dotted module name to its module. When two files map
	// to the same name (a src/ layout beside a copy), the first by path wins.
	Modules map[string]*Module

	byFile map[*python.File]*Module
	byPath map[string]*Module
	// alias maps the name a module is imported by when its top folder is
	// on sys.path rather than the scan root ("app.models" for
	// backend/app/models.py when backend/ has no __init__.py).
	alias      map[string]*Module
	configUses []ConfigUse
}

// ModuleName returns the dotted module name of a file from its path
// relative to the scan root: "pkg/app/__init__.py" → "pkg.app",
// "pkg/views.py" → "pkg.views". A leading "src" folder is dropped, because
// in the src layout (src/pkg/...) the code imports itself as "pkg", never
// as "src.pkg". A root __init__.py yields "", the scan root's own package.
func ModuleName(relPath string) string {
	p := path.Clean(strings.ReplaceAll(relPath, "\\", "/"))
	switch ext := path.Ext(p); ext {
	case ".py", ".pyw", ".pyi":
		p = strings.TrimSuffix(p, ext)
	}
	parts := strings.Split(p, "/")
	if parts[len(parts)-1] == "__init__" {
		parts = parts[:len(parts)-1]
	}
	if len(parts) > 1 && parts[0] == "src" {
		parts = parts[1:]
	}
	return strings.Join(parts, ".")
}

// Build indexes the modules of the given files. The result does not depend
// on the order of files. Files without a syntax tree are skipped.
func Build(files []*python.File) *Project {
	sorted := make([]*python.File, 0, len(files))
	for _, f := range files {
		if f != nil && f.Module != nil {
			sorted = append(sorted, f)
		}
	}
	slices.SortFunc(sorted, func(a, b *python.File) int { return cmp.Compare(a.Path, b.Path) })

	p := &Project{
		Modules: make(map[string]*Module, len(sorted)),
		byFile:  make(map[*python.File]*Module, len(sorted)),
		byPath:  make(map[string]*Module, len(sorted)),
		alias:   map[string]*Module{},
	}
	pkgDirs := map[string]bool{}
	for _, f := range sorted {
		if dir, base := path.Split(f.Path); base == "__init__.py" {
			pkgDirs[strings.TrimSuffix(dir, "/")] = true
		}
	}
	for _, f := range sorted {
		m := &Module{Name: ModuleName(f.Path), File: f, Package: path.Base(f.Path) == "__init__.py"}
		m.index()
		p.byFile[f] = m
		p.byPath[f.Path] = m
		if _, dup := p.Modules[m.Name]; !dup {
			p.Modules[m.Name] = m
		}
		if a := rootedName(f.Path, pkgDirs); a != m.Name && p.alias[a] == nil {
			p.alias[a] = m
		}
	}
	// Second phase: from_object calls can name classes of any module, so
	// they are resolved once every module is indexed. Only files that
	// mention from_object at all are walked.
	for _, f := range sorted {
		if bytes.Contains(f.Source, []byte("from_object")) {
			p.configUses = append(p.configUses, p.findConfigUses(p.byFile[f])...)
		}
	}
	return p
}

// Module returns the module of a parsed file, or nil if the file was not
// part of the build.
func (p *Project) Module(f *python.File) *Module { return p.byFile[f] }

// ModuleAt returns the module of the file at a path relative to the scan
// root, or nil.
func (p *Project) ModuleAt(relPath string) *Module { return p.byPath[relPath] }

// LookupModule finds a project module by the dotted name code imports it
// by, or returns nil for modules outside the project (flask, os, ...).
func (p *Project) LookupModule(name string) *Module {
	if m := p.Modules[name]; m != nil {
		return m
	}
	return p.alias[name]
}

// rootedName is the module name of a file counted from the nearest folder
// above it that is not a package: the name Python would import it by if
// that folder were on sys.path, as it is when an app in a subfolder is run
// from there (backend/app/models.py → "app.models").
func rootedName(rel string, pkgDirs map[string]bool) string {
	dir, file := path.Split(path.Clean(rel))
	dir = strings.TrimSuffix(dir, "/")
	var parts []string
	if stem := strings.TrimSuffix(file, path.Ext(file)); stem != "__init__" {
		parts = append(parts, stem)
	}
	for dir != "" && dir != "." && pkgDirs[dir] {
		parts = append(parts, path.Base(dir))
		dir = path.Dir(dir)
	}
	slices.Reverse(parts)
	return strings.Join(parts, ".")
}

// join joins dotted name parts, skipping empty ones (the root package "").
func join(a, b string) string {
	switch {
	case a == "":
		return b
	case b == "":
		return a
	}
	return a + "." + b
}

// joins reports whether q is join(a, b), without building that string.
func joins(q, a, b string) bool {
	switch {
	case a == "":
		return q == b
	case b == "":
		return q == a
	}
	return len(q) == len(a)+1+len(b) && q[len(a)] == '.' && strings.HasPrefix(q, a) && strings.HasSuffix(q, b)
}
