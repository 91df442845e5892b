package manifest

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// TestEquivalentFormats reads one project, Flask 2.2.0 and its pinned
// dependencies, written in every format, and checks that each file yields
// exactly the same (name, version) pairs: the dependency audit must not
// depend on which tool a team uses.
func TestEquivalentFormats(t *testing.T) {
	want := []string{
		"certifi 2018.4.16", "chardet 3.0.4", "click 8.1.3", "colorama 0.4.6", "flask 2.2.0",
		"idna 2.7", "itsdangerous 2.1.2", "jinja2 3.1.2", "markupsafe 2.1.1", "pyyaml 5.3",
		"requests 2.19.0", "urllib3 1.23", "werkzeug 2.2.2",
	}
	cases := []struct {
		file   string
		format Format
		locked bool
	}{
		{"requirements/requirements.txt", FormatRequirements, false},
		{"pyproject/pyproject.toml", FormatHatch, false},
		{"poetry-pyproject/pyproject.toml", FormatPoetry, false},
		{"Pipfile/Pipfile", FormatPipfile, false},
		{"setup.cfg/setup.cfg", FormatSetupCfg, false},
		{"setup.py/setup.py", FormatSetupPy, false},
		{"poetry.lock/poetry.lock", FormatPoetryLock, true},
		{"Pipfile.lock/Pipfile.lock", FormatPipfileLock, true},
		{"uv.lock/uv.lock", FormatUVLock, true},
		{"pdm.lock/pdm.lock", FormatPDMLock, true},
		{"pylock/pylock.toml", FormatPylock, true},
	}
	for _, c := range cases {
		t.Run(c.file, func(t *testing.T) {
			src, err := os.ReadFile(filepath.Join("testdata", "equivalent", c.file))
			if err != nil {
				t.Fatal(err)
			}
			f, err := Read(c.file, src)
			if err != nil {
				t.Fatal(err)
			}
			if f.Format != c.format {
				t.Errorf("format %q, want %q", f.Format, c.format)
			}
			var got []string
			for _, r := range f.Requirements {
				if r.Group == "build" {
					continue
				}
				got = append(got, r.Normalized+" "+r.Version)
				if r.Locked != c.locked || r.Group != "" || r.Loc.Path != c.file || r.Loc.StartLine < 1 {
					t.Errorf("%s: locked %v, group %q, loc %+v", r.Name, r.Locked, r.Group, r.Loc)
				}
				if r.Normalized == "colorama" && r.Marker == "" && c.format != FormatUVLock {
					t.Errorf("colorama lost its marker")
				}
			}
			slices.Sort(got)
			if !slices.Equal(got, want) {
				t.Errorf("got  %q\nwant %q", got, want)
			}
		})
	}
}
