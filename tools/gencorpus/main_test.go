package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// treeHash hashes every file's relative path and content, in path order.
func treeHash(t *testing.T, dir string) (string, []string) {
	t.Helper()
	var paths []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, err := filepath.Rel(dir, p)
		paths = append(paths, filepath.ToSlash(rel))
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	slices.Sort(paths)
	h := sha256.New()
	for _, p := range paths {
		data, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(p)))
		if err != nil {
			t.Fatal(err)
		}
		h.Write([]byte(p))
		h.Write([]byte{0})
		h.Write(data)
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil)), paths
}

func generateTemp(t *testing.T, n int, seed uint64) (dir string, s summary) {
	t.Helper()
	dir = t.TempDir()
	s, err := generate(dir, n, seed)
	if err != nil {
		t.Fatalf("generate(%d, %d): %v", n, seed, err)
	}
	return dir, s
}

func TestSameSeedSameBytes(t *testing.T) {
	a, sa := generateTemp(t, 60, 7)
	b, sb := generateTemp(t, 60, 7)
	c, _ := generateTemp(t, 60, 8)
	ha, pa := treeHash(t, a)
	hb, pb := treeHash(t, b)
	hc, _ := treeHash(t, c)
	if ha != hb || !slices.Equal(pa, pb) || sa != sb {
		t.Errorf("seed 7 twice: hashes %s and %s, summaries %+v and %+v", ha, hb, sa, sb)
	}
	if ha == hc {
		t.Errorf("seeds 7 and 8 wrote the same corpus (%s)", ha)
	}
}

func TestCorpusShape(t *testing.T) {
	const n = 60
	dir, s := generateTemp(t, n, 1)
	_, paths := treeHash(t, dir)

	var py []string
	for _, p := range paths {
		if strings.HasSuffix(p, ".py") {
			py = append(py, p)
		}
	}
	if len(py) != n || s.PythonFiles != n {
		t.Errorf("got %d .py files (summary says %d), want %d", len(py), s.PythonFiles, n)
	}
	// Three templates at this size, plus base.html and three deployment files.
	if want := []string{
		".flaskenv", "Dockerfile", "acme/templates/account_0.html", "acme/templates/base.html",
		"acme/templates/channel_1.html", "acme/templates/event_2.html", "requirements.txt",
	}; !slices.Equal(nonPython(paths), want) || s.OtherFiles != len(want) {
		t.Errorf("other files = %v (summary %d), want %v", nonPython(paths), s.OtherFiles, want)
	}
	for _, want := range []string{"acme/__init__.py", "acme/config.py", "acme/extensions.py", "wsgi.py", "tests/__init__.py"} {
		if !slices.Contains(py, want) {
			t.Errorf("missing %s", want)
		}
	}

	lines := 0
	for _, p := range py {
		data, err := os.ReadFile(filepath.Join(dir, p))
		if err != nil {
			t.Fatal(err)
		}
		lines += bytes.Count(data, []byte("\n"))
		// Every directory holding Python code is a package.
		if d := filepath.Dir(p); d != "." && !slices.Contains(py, filepath.ToSlash(filepath.Join(d, "__init__.py"))) {
			t.Errorf("%s: directory %s has no __init__.py", p, d)
		}
		// Modules other than the skeleton fill at least 150 lines.
		base := filepath.Base(p)
		if base != "__init__.py" && !slices.Contains([]string{"acme/config.py", "acme/extensions.py", "wsgi.py"}, p) {
			if got := bytes.Count(data, []byte("\n")); got < 150 {
				t.Errorf("%s has %d lines, want at least 150", p, got)
			}
		}
		if bytes.Contains(data, []byte("\t")) {
			t.Errorf("%s contains a tab; indentation must be spaces", p)
		}
	}
	if lines != s.Lines {
		t.Errorf("summary says %d lines, files have %d", s.Lines, lines)
	}
}

func nonPython(paths []string) []string {
	var out []string
	for _, p := range paths {
		if !strings.HasSuffix(p, ".py") {
			out = append(out, p)
		}
	}
	return out
}

func TestRefusesNonEmptyOutput(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "stale.py"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := generate(dir, 10, 1)
	if want := "output directory " + dir + " is not empty"; err == nil || err.Error() != want {
		t.Errorf("generate into non-empty dir: err = %v, want %q", err, want)
	}
}

func TestRunFlags(t *testing.T) {
	out := filepath.Join(t.TempDir(), "corpus")
	for _, tt := range []struct {
		args    []string
		wantErr string
	}{
		{[]string{"-files", "10"}, "-out is required"},
		{[]string{"-out", out, "-files", "0"}, "-files must be at least 1, got 0"},
	} {
		if err := run(tt.args, &bytes.Buffer{}); err == nil || err.Error() != tt.wantErr {
			t.Errorf("run(%q) err = %v, want %q", tt.args, err, tt.wantErr)
		}
	}

	var stdout bytes.Buffer
	if err := run([]string{"-out", out, "-files", "12", "-seed", "3"}, &stdout); err != nil {
		t.Fatalf("run: %v", err)
	}
	// The counts in between depend on the templates; the frame does not.
	if got := stdout.String(); !strings.HasPrefix(got, "wrote 12 Python files (") || !strings.HasSuffix(got, " into "+out+"\n") {
		t.Errorf("run printed %q", got)
	}
}
