package manifest

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/flaskguard/flaskguard/internal/pep440"
)

// fuzzRead reads src as format and checks that nothing panics, that
// errors are ParseErrors on a line of the source, and that every location
// lies within the source.
func fuzzRead(t *testing.T, format Format, src []byte) {
	f, err := ReadAs("f", format, src)
	lineLens := lineLengths(src)
	if err != nil {
		var pe *ParseError
		if !errors.As(err, &pe) {
			t.Fatalf("error %v (%T) is not a *ParseError", err, err)
		}
		if pe.Line < 0 || pe.Line > len(lineLens)+1 {
			t.Fatalf("error line %d outside a %d-line source: %v", pe.Line, len(lineLens), err)
		}
	}
	if f == nil {
		return
	}
	for _, r := range f.Requirements {
		l := r.Loc
		if l.Path != "f" || l.StartLine < 1 || l.EndLine < l.StartLine || l.EndLine > len(lineLens) ||
			l.StartCol < 1 || l.StartCol > lineLens[l.StartLine-1]+1 || l.EndCol < 1 || l.EndCol > lineLens[l.EndLine-1]+1 ||
			l.StartLine == l.EndLine && l.EndCol < l.StartCol {
			t.Fatalf("%s: location %+v outside the source (line lengths %v)", r.Name, l, lineLens)
		}
		if r.Name == "" || r.Normalized != pep440.NormalizeName(r.Name) {
			t.Fatalf("bad name %q / %q", r.Name, r.Normalized)
		}
	}
}

// lineLengths returns the length of each line, without its line break.
func lineLengths(src []byte) []int {
	var out []int
	for _, line := range bytes.Split(src, []byte("\n")) {
		out = append(out, len(line))
	}
	return out
}

// seedLimit cuts long fixtures short: the fuzzer mutates and minimizes
// small inputs many times faster, and the first packages of a lockfile
// already show every construct it has.
const seedLimit = 1500

// seed adds the fixtures under testdata whose names match pattern.
func seed(f *testing.F, pattern string) {
	paths, _ := filepath.Glob(filepath.Join("testdata", pattern))
	for _, p := range paths {
		if src, err := os.ReadFile(p); err == nil {
			f.Add(src[:min(len(src), seedLimit)])
		}
	}
}

func FuzzRequirements(f *testing.F) {
	seed(f, "*/requirements.txt")
	seed(f, "equivalent/*/requirements.txt")
	for _, s := range []string{
		"a \\\n  ==1 \\\n# c\nb[x]>=1;python_version<'3'\n-e git+https://h/r#egg=r\n",
		"-rfoo.txt -c bar.txt\n--editable=./x[y]\nhttps://x/p-1.0.tar.gz ; os_name=='nt'\n\\\\\n",
		"a @ \\\r\n  https://x\r\nx==1 --hash=sha256:00 \\",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) { fuzzRead(t, FormatRequirements, src) })
}

// tomlFormats are the TOML readers FuzzTOML picks from.
func tomlFormats() []Format {
	return []Format{FormatPoetryLock, FormatUVLock, FormatPDMLock, FormatPylock, FormatPEP621, FormatPipfile}
}

func FuzzTOML(f *testing.F) {
	for _, pattern := range []string{"equivalent/*/*.lock", "equivalent/*/pylock.toml", "equivalent/*/pyproject.toml", "pyproject/*/pyproject.toml", "equivalent/Pipfile/Pipfile"} {
		seed(f, pattern)
	}
	f.Add([]byte("[[package]]\nname = \"a\"\nversion = \"1\"\nsource = { git = \"x\" }\n[[packages]]\nname='b'\nvcs={type='git',url='u'}\n"))
	f.Add([]byte("[tool.poetry.dependencies]\na = [{version='^0.0'}, 1]\n[tool.poetry.group.g.dependencies]\nb = {git='u', rev='r'}\n"))
	f.Fuzz(func(t *testing.T, src []byte) {
		// Every reader sees every input: the formats share their shape.
		for _, format := range tomlFormats() {
			fuzzRead(t, format, src)
		}
	})
}

func FuzzPipfileLock(f *testing.F) {
	seed(f, "equivalent/Pipfile.lock/Pipfile.lock")
	f.Add([]byte(`{"default": {"a": {"version": "==1", "git": "g"}}, "develop": {"b": {"version": 1}}, "_meta": []}`))
	f.Add([]byte("{\n\"x\": {\n\"a\": {\"editable\": true, \"path\": \".\"}\n}\n}"))
	f.Fuzz(func(t *testing.T, src []byte) { fuzzRead(t, FormatPipfileLock, src) })
}

func FuzzSetupCfg(f *testing.F) {
	seed(f, "equivalent/setup.cfg/setup.cfg")
	f.Add([]byte("[options]\ninstall_requires = a\n  b ; x\n\n  # c\n  file: r.txt\n[options.extras_require]\nk = z==1\n"))
	f.Fuzz(func(t *testing.T, src []byte) { fuzzRead(t, FormatSetupCfg, src) })
}
