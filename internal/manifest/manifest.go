// Package manifest reads the files that declare or lock a Python project's
// dependencies: requirements files, pyproject.toml (PEP 621, Poetry, PDM,
// Hatch, uv and PEP 735 groups), Pipfile, setup.cfg and setup.py, and the
// poetry.lock, Pipfile.lock, uv.lock, pdm.lock and pylock.toml lockfiles.
//
// Every reader turns its file into the same Requirement values, each with
// the line it is written on, so that the dependency rules can check them
// against advisories and point at the line to change. Resolve then decides,
// per directory, which of them describe what is actually installed.
//
// Versions and specifiers are kept as the strings written (Poetry's caret
// and tilde constraints are rewritten to PEP 440); comparing them is the
// business of the PEP 440 code, not of the readers.
package manifest

import (
	"path"
	"strconv"
	"strings"

	"github.com/flaskguard/flaskguard/internal/finding"
)

// Requirement is one dependency as a manifest declares it or a lockfile
// pins it.
type Requirement struct {
	// Name is the project name as written; Normalized is its PEP 503 form
	// ("zope-interface" for "Zope.Interface"), the key to compare on.
	Name       string
	Normalized string
	// Specifier is the PEP 440 version specifier without blanks
	// (">=2.0,<3"), "" when any version is allowed; a lockfile entry has
	// "==" and its version. Poetry constraints are converted ("^2.1.3"
	// becomes ">=2.1.3,<3.0.0"); a Poetry "||" union has no PEP 440 form
	// and is kept as its converted sides joined by "||".
	Specifier string
	// Version is the one version the requirement allows: a lockfile
	// version, the operand of a single "==" clause without a wildcard or of
	// "===", or the version in the file name of a wheel or sdist URL. It is
	// "" whenever more than one version would do.
	Version string
	// Extras are the extras requested, as written ("security" in
	// requests[security]).
	Extras []string
	// Marker is the environment marker as written ("python_version < '3.8'").
	Marker string
	// URL is the direct reference for requirements that do not come from an
	// index: "https://.../x.whl", "git+https://...@rev", a local path.
	URL string
	// Editable is set for "-e" requirements and editable path dependencies.
	Editable bool
	// Group says when the requirement applies: "" for the runtime
	// dependencies, "optional:<extra>" for an extra, "dev" for dev
	// dependencies, the group name for Poetry, PDM and PEP 735 groups,
	// "hatch:<env>" for a Hatch environment, "build" for build-system
	// requirements, and the Pipenv category ("develop") for Pipfiles. A
	// lock entry is "" when the runtime group needs it, else the first
	// group that does (uv.lock: worked out from the dependency graph;
	// pylock.toml has no groups, so always "").
	Group string
	// Locked is set for entries of a lockfile, which name what an install
	// actually gets rather than what is acceptable.
	Locked bool
	// Loc is where the requirement is written: the requirement text in
	// requirements files and PEP 508 lists, the key and value of a TOML
	// table entry, the `name = "..."` line of a lockfile package, the
	// package key of Pipfile.lock. Loc.Path is the file it came from, which
	// for included files is not the file that included them.
	Loc finding.Location
}

// Include is a file that a requirements file pulls in with -r or -c, that
// setup.cfg names with "file:", or whose name setup.py passes to the code
// that computes its requirement list.
type Include struct {
	// Path is the target as written, relative to the including file.
	Path string
	// Constraint is set for -c: the target limits versions without asking
	// for anything to be installed.
	Constraint bool
	// Loc is the option in the including file, to report a missing target.
	Loc finding.Location
}

// File is one manifest or lockfile, read.
type File struct {
	Path   string
	Format Format
	// Requirements are in source order.
	Requirements []Requirement
	Includes     []Include
}

// Format names the kind of a manifest file.
type Format string

// The formats. A pyproject.toml is reported as the tool that manages it:
// Poetry, PDM or Hatch when it has their tables, PEP 621 otherwise.
const (
	FormatRequirements Format = "requirements"
	FormatPEP621       Format = "pyproject-pep621"
	FormatPoetry       Format = "poetry-pyproject"
	FormatPDM          Format = "pdm-pyproject"
	FormatHatch        Format = "hatch"
	FormatPoetryLock   Format = "poetry.lock"
	FormatPipfile      Format = "Pipfile"
	FormatPipfileLock  Format = "Pipfile.lock"
	FormatUVLock       Format = "uv.lock"
	FormatPDMLock      Format = "pdm.lock"
	FormatPylock       Format = "pylock"
	FormatSetupCfg     Format = "setup.cfg"
	FormatSetupPy      Format = "setup.py"
)

// Locked reports whether files of this format are lockfiles.
func (f Format) Locked() bool {
	switch f {
	case FormatPoetryLock, FormatPipfileLock, FormatUVLock, FormatPDMLock, FormatPylock:
		return true
	}
	return false
}

// Detect tells the format of a file from its slash-separated path. Any
// pyproject.toml is FormatPEP621 here; reading it refines the format.
func Detect(p string) (Format, bool) {
	base := path.Base(p)
	switch base {
	case "pyproject.toml":
		return FormatPEP621, true
	case "poetry.lock":
		return FormatPoetryLock, true
	case "Pipfile":
		return FormatPipfile, true
	case "Pipfile.lock":
		return FormatPipfileLock, true
	case "uv.lock":
		return FormatUVLock, true
	case "pdm.lock":
		return FormatPDMLock, true
	case "pylock.toml":
		return FormatPylock, true
	case "setup.cfg":
		return FormatSetupCfg, true
	case "setup.py":
		return FormatSetupPy, true
	}
	// PEP 751 also allows named lockfiles: pylock.<name>.toml.
	if strings.HasPrefix(base, "pylock.") && strings.HasSuffix(base, ".toml") && !strings.Contains(base[7:len(base)-5], ".") {
		return FormatPylock, true
	}
	if isRequirementsName(p) {
		return FormatRequirements, true
	}
	return "", false
}

// isRequirementsName recognises the names pip and pip-tools users give
// requirements files: requirements.txt, requirements-dev.txt,
// dev-requirements.in, constraints.txt, and any .txt or .in file in a
// requirements/ folder. MANIFEST.in is setuptools' and is not one.
func isRequirementsName(p string) bool {
	base := strings.ToLower(path.Base(p))
	ext := path.Ext(base)
	if ext != ".txt" && ext != ".in" || base == "manifest.in" {
		return false
	}
	if strings.Contains(base, "requirements") || strings.Contains(base, "constraints") {
		return true
	}
	dir := strings.ToLower(path.Base(path.Dir(p)))
	return dir == "requirements" || dir == "reqs"
}

// IsManifest reports whether Read understands the file at p.
func IsManifest(p string) bool {
	_, ok := Detect(p)
	return ok
}

// Read reads src, the content of the file at p (relative to the scan root,
// with forward slashes), in the format its name tells. See ReadAs for what
// it returns on malformed input.
func Read(p string, src []byte) (*File, error) {
	format, ok := Detect(p)
	if !ok {
		return nil, &ParseError{Path: p, Msg: "not a dependency manifest or lockfile"}
	}
	return ReadAs(p, format, src)
}

// ReadAs reads src as a file of the given format, whatever its name; use it
// for requirements files found through -r that have unusual names.
//
// Malformed input gives a *ParseError naming the file and line. Readers
// that can skip a bad entry (requirements files, a bad requirement in a
// list) return the File with everything else along with the first error; a
// file that does not parse at all (TOML or JSON syntax) gives a nil File.
func ReadAs(p string, format Format, src []byte) (*File, error) {
	f := &File{Path: p, Format: format}
	switch format {
	case FormatRequirements:
		return readRequirements(f, src)
	case FormatPEP621, FormatPoetry, FormatPDM, FormatHatch:
		return readPyproject(f, src)
	case FormatPoetryLock:
		return readPoetryLock(f, src)
	case FormatUVLock:
		return readUVLock(f, src)
	case FormatPDMLock:
		return readPDMLock(f, src)
	case FormatPylock:
		return readPylock(f, src)
	case FormatPipfile:
		return readPipfile(f, src)
	case FormatPipfileLock:
		return readPipfileLock(f, src)
	case FormatSetupCfg:
		return readSetupCfg(f, src)
	case FormatSetupPy:
		return readSetupPy(f, src)
	}
	return nil, &ParseError{Path: p, Msg: "unknown manifest format " + strconv.Quote(string(format))}
}

// isNameSep reports whether c is one of the separators PEP 503 folds
// together; a name may not end with one.
func isNameSep(c byte) bool { return c == '-' || c == '_' || c == '.' }
