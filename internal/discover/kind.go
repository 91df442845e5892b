package discover

import (
	"path"
	"strings"
)

// Kind tells which front end reads a file. The values of the kinds that
// confsrc reads (env, dockerfile, compose, procfile, toml, ini, yaml) are the
// same strings as confsrc.Kind, so confsrc.Kind(k) converts them.
type Kind string

// The kinds of file a scan reads.
const (
	Python     Kind = "python"     // *.py, *.pyw (setup.py and gunicorn.conf.py too)
	Template   Kind = "template"   // Jinja/HTML templates
	Env        Kind = "env"        // .env, .flaskenv, *.env, .env.*
	Dockerfile Kind = "dockerfile" // Dockerfile, Dockerfile.*, *.dockerfile, Containerfile
	Compose    Kind = "compose"    // docker-compose*.yml, compose*.yaml
	Procfile   Kind = "procfile"   // Procfile
	TOML       Kind = "toml"       // *.toml other than manifests
	INI        Kind = "ini"        // *.ini, *.cfg other than setup.cfg
	YAML       Kind = "yaml"       // *.yml, *.yaml other than compose files
	Manifest   Kind = "manifest"   // requirements, pyproject, lock files
)

// templateExts are template extensions wherever they appear.
var templateExts = []string{".html", ".htm", ".jinja", ".jinja2", ".j2"}

// templateDirExts are extensions that are templates only inside a folder
// named "templates": an .xml or .txt elsewhere is data, not something
// render_template reads.
var templateDirExts = []string{".xml", ".svg", ".txt"}

// manifestNames are dependency manifests and lock files read by the manifest
// front end. setup.py is not here: it is Python code and is parsed as such.
var manifestNames = map[string]bool{
	"pyproject.toml": true, "poetry.lock": true, "Pipfile": true, "Pipfile.lock": true,
	"uv.lock": true, "pdm.lock": true, "pylock.toml": true, "setup.cfg": true,
}

// Classify returns the kind of the file at the slash-separated path rel
// (relative to any directory; only the base name and the parent folder names
// matter), and false for files flaskguard does not read.
//
// Env files include examples and templates such as .env.example: they are
// committed and read at deploy time by people who copy them, so a real secret
// in one is a leak; the rules judge the content, not the name.
func Classify(rel string) (Kind, bool) {
	base := path.Base(rel)
	lower := strings.ToLower(base)
	ext := path.Ext(lower)
	dir := path.Dir(rel)
	switch {
	case ext == ".py" || ext == ".pyw":
		return Python, true
	case isDockerfile(base, lower):
		return Dockerfile, true
	case base == "Procfile":
		return Procfile, true
	case isEnvFile(base):
		return Env, true
	case (ext == ".yml" || ext == ".yaml") && isCompose(strings.TrimSuffix(lower, ext)):
		return Compose, true
	case isManifest(base, dir, ext):
		return Manifest, true
	case hasExt(ext, templateExts):
		return Template, true
	case hasExt(ext, templateDirExts) && inTemplatesDir(dir):
		return Template, true
	case ext == ".toml":
		return TOML, true
	case ext == ".ini" || ext == ".cfg":
		return INI, true
	case ext == ".yml" || ext == ".yaml":
		return YAML, true
	}
	return "", false
}

func isDockerfile(base, lower string) bool {
	if strings.HasSuffix(lower, ".dockerignore") {
		// BuildKit's per-Dockerfile ignore file, not a Dockerfile.
		return false
	}
	return base == "Dockerfile" || base == "Containerfile" ||
		strings.HasPrefix(base, "Dockerfile.") || strings.HasPrefix(base, "Containerfile.") ||
		strings.HasSuffix(lower, ".dockerfile") || strings.HasSuffix(lower, ".containerfile")
}

// isCompose reports whether a YAML file's stem names a compose file:
// "compose", "docker-compose", or either followed by '.', '-' or '_' and a
// variant ("docker-compose.prod", "compose-dev"), but not "composer".
func isCompose(stem string) bool {
	for _, prefix := range []string{"docker-compose", "compose"} {
		rest, ok := strings.CutPrefix(stem, prefix)
		if ok && (rest == "" || strings.ContainsRune(".-_", rune(rest[0]))) {
			return true
		}
	}
	return false
}

func isEnvFile(base string) bool {
	return base == ".env" || base == ".flaskenv" ||
		strings.HasPrefix(base, ".env.") ||
		(strings.HasSuffix(base, ".env") && len(base) > len(".env"))
}

func isManifest(base, dir, ext string) bool {
	if manifestNames[base] {
		return true
	}
	if strings.HasPrefix(base, "pylock.") && ext == ".toml" {
		return true
	}
	// requirements*.in are pip-tools inputs in the same format as
	// requirements.txt, and they name the direct dependencies.
	if ext != ".txt" && ext != ".in" {
		return false
	}
	return strings.HasPrefix(base, "requirements") ||
		(ext == ".txt" && strings.HasPrefix(base, "constraints")) ||
		path.Base(dir) == "requirements"
}

func hasExt(ext string, exts []string) bool {
	for _, e := range exts {
		if ext == e {
			return true
		}
	}
	return false
}

// inTemplatesDir reports whether some folder on dir is named "templates".
func inTemplatesDir(dir string) bool {
	for dir != "." && dir != "/" && dir != "" {
		if path.Base(dir) == "templates" {
			return true
		}
		dir = path.Dir(dir)
	}
	return false
}

// skipDirNames are folders that never hold the project's own code: VCS
// metadata, caches, installed packages and build output.
var skipDirNames = map[string]bool{
	".git": true, ".hg": true, ".svn": true, "node_modules": true, "__pycache__": true,
	"site-packages": true, "dist-packages": true, ".tox": true, ".nox": true,
	".mypy_cache": true, ".pytest_cache": true, ".ruff_cache": true, ".eggs": true,
}

// buildDirNames are the usual names of build output; they are skipped
// unless they are Python packages themselves (pip has a package named
// `build`), which outputs never are at their top.
var buildDirNames = map[string]bool{"build": true, "dist": true}

// testDirNames are folders skipped unless tests are included.
var testDirNames = map[string]bool{"tests": true, "test": true, "testing": true}

// skipDir reports whether a folder is skipped by name alone.
func skipDir(name string, includeTests bool) bool {
	if skipDirNames[name] || strings.HasSuffix(name, ".egg-info") {
		return true
	}
	return !includeTests && testDirNames[name]
}

// isTestFile reports whether a Python file is a test module or pytest's
// conftest. Test configs set SECRET_KEY="test" and DEBUG on legitimately,
// so they are skipped by default.
func isTestFile(base string) bool {
	if !strings.HasSuffix(base, ".py") {
		return false
	}
	return base == "conftest.py" || strings.HasPrefix(base, "test_") || strings.HasSuffix(base, "_test.py")
}
