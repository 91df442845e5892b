package main

import (
	"bytes"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// checkedIn is the suite in the repository, relative to this package.
const checkedIn = "../../testdata/taintbench"

// readTree returns every file under dir by slash-separated relative path.
func readTree(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	tree := map[string][]byte{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		if d.Name() == "__pycache__" || strings.HasSuffix(p, ".pyc") {
			return nil
		}
		rel, err := filepath.Rel(dir, p)
		if err != nil {
			return err
		}
		data, err := os.ReadFile(p)
		tree[filepath.ToSlash(rel)] = data
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return tree
}

// generated writes the suite and its manifest into a temporary folder.
func generated(t *testing.T) (dir, manifest string) {
	t.Helper()
	base := t.TempDir()
	dir = filepath.Join(base, "suite")
	manifest = filepath.Join(base, "cases.json")
	var out bytes.Buffer
	if err := run([]string{"-out", dir, "-manifest", manifest}, &out); err != nil {
		t.Fatalf("run: %v", err)
	}
	return dir, manifest
}

func diffTrees(t *testing.T, got, want map[string][]byte, what string) {
	t.Helper()
	for p, data := range want {
		if g, ok := got[p]; !ok {
			t.Errorf("%s: %s is missing", what, p)
		} else if !bytes.Equal(g, data) {
			t.Errorf("%s: %s differs", what, p)
		}
	}
	for p := range got {
		if _, ok := want[p]; !ok {
			t.Errorf("%s: %s is extra", what, p)
		}
	}
}

func TestSameOutputEveryRun(t *testing.T) {
	a, _ := generated(t)
	b, _ := generated(t)
	diffTrees(t, readTree(t, b), readTree(t, a), "second run")
	// Writing over a previous suite must give the same tree as a fresh one.
	if err := run([]string{"-out", a}, &bytes.Buffer{}); err != nil {
		t.Fatalf("rerun into a previous suite: %v", err)
	}
	diffTrees(t, readTree(t, a), readTree(t, b), "rerun")
}

func TestCheckedInSuiteIsCurrent(t *testing.T) {
	if _, err := os.Stat(checkedIn); err != nil {
		t.Fatalf("the suite is not checked in: %v", err)
	}
	dir, _ := generated(t)
	diffTrees(t, readTree(t, checkedIn), readTree(t, dir), "testdata/taintbench is stale; run 'go run ./tools/taintbench -out testdata/taintbench'")
}

func TestRefusesForeignFolder(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "notes.txt"), []byte("mine"), 0o644); err != nil {
		t.Fatal(err)
	}
	err := run([]string{"-out", dir}, &bytes.Buffer{})
	if err == nil || !strings.Contains(err.Error(), "holds no taintbench suite") {
		t.Fatalf("error = %v, want a refusal", err)
	}
}

func TestShape(t *testing.T) {
	cases, err := plan()
	if err != nil {
		t.Fatal(err)
	}
	if n := len(cases); n < 450 || n > 600 {
		t.Errorf("%d cases, want 450 to 600", n)
	}
	names := map[string]bool{}
	used := map[string]bool{}
	for _, c := range cases {
		if names[c.Name()] {
			t.Errorf("%s appears twice", c.Name())
		}
		names[c.Name()] = true
		used["src:"+c.Src.Name] = true
		used["prop:"+c.Prop.Name] = true
		used["san:"+c.San.Name] = true
		used["sink:"+c.Class.Key+":"+c.Sink.Name] = true
	}
	for _, cl := range classes() {
		n, v := 0, 0
		for _, c := range cases {
			if c.Class.Key == cl.Key {
				n++
				if c.vulnerable() {
					v++
				}
			}
		}
		if n < 24 {
			t.Errorf("%s: %d cases, want at least 24", cl.Key, n)
		}
		if r := float64(v) / float64(n); r < 0.3 || r > 0.42 {
			t.Errorf("%s: %d of %d vulnerable, want about a third", cl.Key, v, n)
		}
	}
	for _, s := range sources() {
		if !used["src:"+s.Name] {
			t.Errorf("source %s is never used", s.Name)
		}
	}
	for _, p := range props() {
		if !used["prop:"+p.Name] {
			t.Errorf("propagation %s is never used", p.Name)
		}
	}
	for _, s := range sanitizers() {
		if !used["san:"+s.Name] {
			t.Errorf("sanitizer %s is never used", s.Name)
		}
	}
	for _, s := range sinks() {
		if !used["sink:"+s.Class+":"+s.Name] {
			t.Errorf("sink %s/%s is never used", s.Class, s.Name)
		}
	}
}

// TestIngredientTables catches slips in the tables that the schedule
// would otherwise turn into wrong labels.
func TestIngredientTables(t *testing.T) {
	keys := map[string]bool{}
	for _, cl := range classes() {
		keys[cl.Key] = true
	}
	seen := map[string]bool{}
	for _, s := range sinks() {
		if !keys[s.Class] {
			t.Errorf("sink %s has unknown class %q", s.Name, s.Class)
		}
		if seen[s.Class+":"+s.Name] {
			t.Errorf("sink %s/%s is listed twice", s.Class, s.Name)
		}
		seen[s.Class+":"+s.Name] = true
	}
	for _, s := range sanitizers() {
		for _, k := range append(slices.Clone(s.Neutralises), s.Only...) {
			if !keys[k] {
				t.Errorf("sanitizer %s names unknown class %q", s.Name, k)
			}
		}
	}
	for _, p := range props() {
		usesSafe := strings.Contains(p.Code+p.Module, "@SAFE@")
		if p.SafeLit != "" && !usesSafe {
			t.Errorf("propagation %s names a clean literal it never uses", p.Name)
		}
		if usesSafe && !p.Selector {
			t.Errorf("propagation %s uses @SAFE@ but is not a selector", p.Name)
		}
		if !strings.Contains(p.Code+p.Module, "@IN@") {
			t.Errorf("propagation %s never reads its input", p.Name)
		}
	}
}

// python finds a python3 with Flask: the one on PATH, else Debian's
// (scripts/setup.sh installs python3-flask). Without one the Python checks
// are skipped on a developer machine, but fail in CI, where setup.sh must
// have provided it.
func python(t *testing.T) string {
	t.Helper()
	var candidates []string
	if py, err := exec.LookPath("python3"); err == nil {
		candidates = append(candidates, py)
	}
	candidates = append(candidates, "/usr/bin/python3")
	for _, py := range candidates {
		if exec.Command(py, "-c", "import flask, jinja2, markupsafe, werkzeug").Run() == nil {
			return py
		}
	}
	if os.Getenv("CI") == "true" {
		t.Fatal("no python3 with Flask: run scripts/setup.sh")
	}
	t.Skip("no python3 with Flask (scripts/setup.sh installs Debian's python3-flask)")
	return ""
}

func TestPythonParses(t *testing.T) {
	py := python(t)
	dir, _ := generated(t)
	script := `import ast, pathlib, sys
bad = 0
for f in sorted(pathlib.Path(sys.argv[1]).rglob("*.py")):
    try:
        source = f.read_text(encoding="utf-8")
        ast.parse(source, filename=str(f), feature_version=(3, 11))
        compile(source, str(f), "exec")  # also catches symbol table errors (nonlocal...)
    except SyntaxError as e:
        bad += 1
        print(f, e)
sys.exit(1 if bad else 0)
`
	out, err := exec.Command(py, "-c", script, dir).CombinedOutput()
	if err != nil {
		t.Fatalf("generated Python does not parse: %v\n%s", err, out)
	}
}

// TestGroundTruthByExecution runs every case with attack payloads and
// checks that what reaches the sinks matches its label (see verify.py).
func TestGroundTruthByExecution(t *testing.T) {
	py := python(t)
	dir, manifest := generated(t)
	cmd := exec.Command(py, "-B", "verify/verify.py", dir, manifest)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("ground truth disagrees with execution: %v\n%s", err, out)
	}
	lines := strings.Split(strings.TrimSpace(string(out)), "\n")
	t.Log(lines[len(lines)-1])
}
