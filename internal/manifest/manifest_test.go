package manifest

import (
	"testing"
)

func TestDetect(t *testing.T) {
	cases := map[string]Format{
		"requirements.txt":               FormatRequirements,
		"app/requirements-dev.txt":       FormatRequirements,
		"dev-requirements.in":            FormatRequirements,
		"constraints.txt":                FormatRequirements,
		"requirements/base.txt":          FormatRequirements,
		"reqs/prod.in":                   FormatRequirements,
		"Requirements.TXT":               FormatRequirements,
		"pyproject.toml":                 FormatPEP621,
		"poetry.lock":                    FormatPoetryLock,
		"Pipfile":                        FormatPipfile,
		"Pipfile.lock":                   FormatPipfileLock,
		"a/b/uv.lock":                    FormatUVLock,
		"pdm.lock":                       FormatPDMLock,
		"pylock.toml":                    FormatPylock,
		"pylock.dev.toml":                FormatPylock,
		"setup.cfg":                      FormatSetupCfg,
		"setup.py":                       FormatSetupPy,
		"MANIFEST.in":                    "",
		"requirements/MANIFEST.in":       "",
		"notes.txt":                      "",
		"pylock.a.b.toml":                "",
		"requirements.txt.bak":           "",
		"docs/requirements.yaml":         "",
		"src/app/requirements_parser.py": "",
	}
	for p, want := range cases {
		got, ok := Detect(p)
		if got != want || ok != (want != "") || IsManifest(p) != ok {
			t.Errorf("%s: got %q, %v; want %q", p, got, ok, want)
		}
	}
	if _, err := Read("notes.txt", nil); err == nil || err.Error() != "notes.txt: not a dependency manifest or lockfile" {
		t.Errorf("got %v", err)
	}
	if _, err := ReadAs("x", "yaml", nil); err == nil || err.Error() != `x: unknown manifest format "yaml"` {
		t.Errorf("got %v", err)
	}
}

func TestFormatLocked(t *testing.T) {
	for _, f := range []Format{FormatPoetryLock, FormatPipfileLock, FormatUVLock, FormatPDMLock, FormatPylock} {
		if !f.Locked() {
			t.Errorf("%s is a lockfile", f)
		}
	}
	for _, f := range []Format{FormatRequirements, FormatPEP621, FormatPoetry, FormatPDM, FormatHatch, FormatPipfile, FormatSetupCfg, FormatSetupPy} {
		if f.Locked() {
			t.Errorf("%s is not a lockfile", f)
		}
	}
}
