package main

import (
	"fmt"
	"math/rand/v2"
	"path"
	"strings"
)

// rootPackage is the generated application's top-level package.
const rootPackage = "acme"

// kind says what a generated Python file is for, which decides its content.
type kind int

const (
	kindFactory    kind = iota // acme/__init__.py: create_app
	kindExtensions             // acme/extensions.py
	kindConfig                 // acme/config.py
	kindWSGI                   // wsgi.py
	kindDomainInit             // acme/<domain>/__init__.py: registers blueprints
	kindPkgInit                // acme/<domain>/<sub>/__init__.py, tests/__init__.py
	kindModels
	kindRoutes
	kindServices
	kindSchemas
	kindUtils
	kindForms
	kindTasks
	kindCLI
	kindSettings
	kindTests
)

// moduleKinds are the kinds a subpackage module can have, repeated to
// weight them: most code in a Flask project is views, services and helpers.
var moduleKinds = []kind{
	kindRoutes, kindRoutes, kindRoutes, kindServices, kindServices, kindServices,
	kindUtils, kindUtils, kindSchemas, kindForms, kindTasks, kindCLI, kindSettings,
}

// kindSuffix names a module file after its kind: "invoice_routes.py".
var kindSuffix = map[kind]string{
	kindRoutes: "routes", kindServices: "service", kindSchemas: "schemas", kindUtils: "utils",
	kindForms: "forms", kindTasks: "tasks", kindCLI: "cli", kindSettings: "settings",
	kindModels: "models", kindTests: "tests",
}

// pyFile is one planned Python file.
type pyFile struct {
	path   string // relative to the corpus root, slash-separated
	module string // dotted module name
	kind   kind
	// nouns are the subjects of the file's package: the models module
	// defines one model per noun, and other modules work on one of them.
	nouns []string
	noun  string
	// models is the dotted name of the package's models module.
	models string
	// blueprint is a routes module's Blueprint name, unique in the app.
	blueprint string
	// prefix is a routes module's URL prefix.
	prefix string
	// routes lists, for a domain __init__, the routes modules it registers;
	// for the factory, the domain packages.
	routes []string
}

// plan is the whole corpus before any content is written.
type plan struct {
	files     []pyFile
	templates []string // names under acme/templates/
}

// layout plans n Python files: the app's top-level modules, then domain
// packages with subpackages of 6 to 20 modules each, and a tests tree
// that mirrors some domains. Every package has an __init__.py; the plan
// stops at exactly n files.
func layout(n int, seed uint64) plan {
	r := rand.New(rand.NewPCG(seed, 0x1a7e5eed))
	var p plan
	add := func(f pyFile) bool {
		if len(p.files) >= n {
			return false
		}
		p.files = append(p.files, f)
		return true
	}
	add(pyFile{path: rootPackage + "/__init__.py", module: rootPackage, kind: kindFactory})
	add(pyFile{path: rootPackage + "/extensions.py", module: rootPackage + ".extensions", kind: kindExtensions})
	add(pyFile{path: rootPackage + "/config.py", module: rootPackage + ".config", kind: kindConfig})
	add(pyFile{path: "wsgi.py", module: "wsgi", kind: kindWSGI})
	add(pyFile{path: "tests/__init__.py", module: "tests", kind: kindPkgInit})

	factory := 0
	for d := 0; len(p.files) < n; d++ {
		domain := domains[d%len(domains)]
		if d >= len(domains) {
			domain = fmt.Sprintf("%s%d", domain, d/len(domains)+1)
		}
		dpkg := rootPackage + "." + domain
		initAt := len(p.files)
		if !add(pyFile{path: modPath(dpkg, "__init__"), module: dpkg, kind: kindDomainInit}) {
			break
		}
		p.files[factory].routes = append(p.files[factory].routes, dpkg)
		subs := r.Perm(len(subpackages))[:1+r.IntN(4)]
		for _, si := range subs {
			spkg := dpkg + "." + subpackages[si]
			if !add(pyFile{path: modPath(spkg, "__init__"), module: spkg, kind: kindPkgInit}) {
				break
			}
			nouns := pickNouns(r, 3+r.IntN(4))
			models := spkg + ".models"
			add(pyFile{path: modPath(spkg, "models"), module: models, kind: kindModels, nouns: nouns})
			taken := map[string]bool{}
			for range 5 + r.IntN(15) {
				k := moduleKinds[r.IntN(len(moduleKinds))]
				noun := nouns[r.IntN(len(nouns))]
				base := noun + "_" + kindSuffix[k]
				for i := 2; taken[base]; i++ {
					base = fmt.Sprintf("%s_%s%d", noun, kindSuffix[k], i)
				}
				taken[base] = true
				f := pyFile{path: modPath(spkg, base), module: spkg + "." + base, kind: k, nouns: nouns, noun: noun, models: models}
				if k == kindRoutes {
					f.blueprint = strings.ReplaceAll(strings.TrimPrefix(f.module, rootPackage+"."), ".", "_")
					f.prefix = "/" + strings.Join([]string{domain, subpackages[si], plural(noun)}, "/")
				}
				if !add(f) {
					break
				}
				if k == kindRoutes {
					p.files[initAt].routes = append(p.files[initAt].routes, f.module)
				}
			}
		}
		// Every third domain gets tests, as real projects test unevenly.
		if d%3 == 0 {
			tpkg := "tests." + domain
			add(pyFile{path: modPath(tpkg, "__init__"), module: tpkg, kind: kindPkgInit})
			for i := range 2 + r.IntN(4) {
				noun := pickNouns(r, 1)[0]
				add(pyFile{path: modPath(tpkg, fmt.Sprintf("test_%s_%d", noun, i)), module: tpkg, kind: kindTests, noun: noun})
			}
		}
	}
	for i := range max(3, n/200) {
		p.templates = append(p.templates, fmt.Sprintf("%s_%d.html", nouns[(i*7)%len(nouns)], i))
	}
	return p
}

// modPath turns a dotted module and a file base into a relative path.
func modPath(module, base string) string {
	return path.Join(strings.ReplaceAll(module, ".", "/"), base+".py")
}

// pickNouns returns k distinct nouns.
func pickNouns(r *rand.Rand, k int) []string {
	out := make([]string, 0, k)
	for _, i := range r.Perm(len(nouns))[:k] {
		out = append(out, nouns[i])
	}
	return out
}
