package scan_test

import (
	"context"
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"github.com/flaskguard/flaskguard/internal/config"
	"github.com/flaskguard/flaskguard/internal/finding"
	"github.com/flaskguard/flaskguard/internal/python"
	"github.com/flaskguard/flaskguard/internal/rules"
	"github.com/flaskguard/flaskguard/internal/rules/rule"
	"github.com/flaskguard/flaskguard/internal/scan"
)

// writeTree creates files (path → content) under a new temporary folder.
func writeTree(t *testing.T, files map[string]string) string {
	t.Helper()
	root := t.TempDir()
	for path, content := range files {
		full := filepath.Join(root, filepath.FromSlash(path))
		if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(full, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return root
}

func run(t *testing.T, root string, cfg config.Config, rs ...*rule.Rule) *finding.Result {
	t.Helper()
	if rs == nil {
		rs = rules.All()
	}
	res, err := scan.Run(context.Background(), scan.Options{
		Root: root, Config: cfg, Rules: rs, Workers: 2,
		Now: time.Date(2026, 11, 29, 12, 0, 0, 0, time.UTC),
	})
	if err != nil {
		t.Fatal(err)
	}
	return res
}

type hit struct {
	Path string
	Line int
	Rule string
}

func hits(fs []finding.Finding) []hit {
	var out []hit
	for _, f := range fs {
		out = append(out, hit{f.Location.Path, f.Location.StartLine, f.RuleID})
	}
	return out
}

const debugApp = `from flask import Flask
app = Flask(__name__)
app.run(debug=True)
`

// A rule that panics is reported as an internal error naming the rule and
// the file, and every other rule and file is still analysed.
func TestRuleCrashIsContained(t *testing.T) {
	root := writeTree(t, map[string]string{"a.py": debugApp, "b.py": debugApp})
	boom := &rule.Rule{
		ID: "FG9901", Name: "always-panics", Practice: 3, CWE: 1,
		Visits: []python.Kind{python.KindCall},
		Check:  func(*rule.Ctx, python.Node) { panic("boom") },
	}
	res := run(t, root, config.Default(), boom, rules.Find("FG0301"))
	want := []hit{{"a.py", 3, "FG0301"}, {"b.py", 3, "FG0301"}}
	if got := hits(res.Findings); !reflect.DeepEqual(got, want) {
		t.Errorf("findings = %v, want %v", got, want)
	}
	var crashed []string
	for _, d := range res.Diagnostics {
		if d.Kind == finding.InternalError && d.RuleID == "FG9901" {
			crashed = append(crashed, d.Location.Path)
		}
	}
	if !reflect.DeepEqual(crashed, []string{"a.py", "b.py"}) {
		t.Errorf("internal errors for %v, want one per file", crashed)
	}
}

// A file that does not parse is reported with the place of its first
// error, and what follows the error is still analysed.
func TestParseErrorReportedAndRestAnalysed(t *testing.T) {
	src := "from flask import Flask\napp = Flask(__name__)\ndef broken(:\n    pass\napp.run(debug=True)\n"
	res := run(t, writeTree(t, map[string]string{"app.py": src}), config.Default())
	if got, want := hits(res.Findings), []hit{{"app.py", 5, "FG0301"}}; !reflect.DeepEqual(got, want) {
		t.Errorf("findings = %v, want %v", got, want)
	}
	if len(res.Diagnostics) != 1 || res.Diagnostics[0].Kind != finding.ParseError || res.Diagnostics[0].Location.StartLine != 3 {
		t.Fatalf("diagnostics = %+v, want one parse-error on line 3", res.Diagnostics)
	}
}

// Suppressed findings stay in the result, marked; unused ones are noted.
func TestSuppressions(t *testing.T) {
	src := `from flask import Flask
app = Flask(__name__)
app.config["SECRET_KEY"] = "dev"  # flaskguard: ignore[FG0201] rotated, demo only
app.run(debug=True)  # nosec
x = 1  # nosec FG0301
`
	res := run(t, writeTree(t, map[string]string{"app.py": src}), config.Default())
	var suppressed []string
	for _, f := range res.Findings {
		if f.Suppressed == nil {
			t.Errorf("unsuppressed finding %s:%d %s", f.Location.Path, f.Location.StartLine, f.RuleID)
			continue
		}
		suppressed = append(suppressed, f.RuleID+" "+f.Suppressed.Kind+" "+f.Suppressed.Reason)
	}
	want := []string{"FG0201 inline rotated, demo only", "FG0301 nosec "}
	if !reflect.DeepEqual(suppressed, want) {
		t.Errorf("suppressed = %q, want %q", suppressed, want)
	}
	if len(res.Diagnostics) != 1 || res.Diagnostics[0].Kind != finding.UnusedSuppression || res.Diagnostics[0].Location.StartLine != 5 {
		t.Errorf("diagnostics = %+v, want one unused suppression on line 5", res.Diagnostics)
	}
	if res.Fails(finding.Info) {
		t.Error("suppressed findings must not fail the scan")
	}
}

// The same tree scanned twice, with different parallelism, gives the same
// result: order and fingerprints do not depend on scheduling.
func TestDeterministic(t *testing.T) {
	files := map[string]string{}
	for _, name := range []string{"a", "b", "c", "d", "e", "f", "g", "h"} {
		files["pkg/"+name+".py"] = debugApp + "SECRET_KEY = 'changeme'\n"
	}
	files["pkg/__init__.py"] = ""
	files[".flaskenv"] = "FLASK_DEBUG=1\n"
	root := writeTree(t, files)
	first := run(t, root, config.Default())
	for _, workers := range []int{1, 3, 8} {
		res, err := scan.Run(context.Background(), scan.Options{Root: root, Config: config.Default(), Rules: rules.All(), Workers: workers})
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(res.Findings, first.Findings) {
			t.Errorf("workers=%d: findings differ from the first run", workers)
		}
	}
	if len(first.Findings) != 17 {
		t.Errorf("got %d findings, want 17 (8 files x debug and key, plus .flaskenv)", len(first.Findings))
	}
}

// Fingerprints survive code moving down the file.
func TestFingerprintSurvivesLineShift(t *testing.T) {
	a := run(t, writeTree(t, map[string]string{"app.py": debugApp}), config.Default())
	b := run(t, writeTree(t, map[string]string{"app.py": "\n\n# a comment\n" + debugApp}), config.Default())
	if len(a.Findings) != 1 || len(b.Findings) != 1 {
		t.Fatalf("want one finding each, got %d and %d", len(a.Findings), len(b.Findings))
	}
	if a.Findings[0].Location.StartLine == b.Findings[0].Location.StartLine {
		t.Fatal("the test should move the finding")
	}
	if a.Findings[0].Fingerprint != b.Findings[0].Fingerprint {
		t.Errorf("fingerprint changed with the line: %s vs %s", a.Findings[0].Fingerprint, b.Findings[0].Fingerprint)
	}
}

// Config ignores apply by path and expire.
func TestConfigIgnores(t *testing.T) {
	root := writeTree(t, map[string]string{"legacy/app.py": debugApp, "app.py": debugApp})
	until := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	cfg := config.Default()
	cfg.Source = filepath.Join(root, ".flaskguard.toml")
	cfg.Ignores = []config.Ignore{
		{ID: "FG0301", Path: "legacy/**", Reason: "scheduled for removal", Line: 3},
		{ID: "FG0301", Path: "app.py", Reason: "expired", Until: &until, Line: 7},
	}
	res := run(t, root, cfg)
	var active, suppressed []hit
	for _, f := range res.Findings {
		if f.Suppressed != nil {
			suppressed = append(suppressed, hit{f.Location.Path, f.Location.StartLine, f.RuleID})
		} else {
			active = append(active, hit{f.Location.Path, f.Location.StartLine, f.RuleID})
		}
	}
	if want := []hit{{"app.py", 3, "FG0301"}}; !reflect.DeepEqual(active, want) {
		t.Errorf("active = %v, want %v", active, want)
	}
	if want := []hit{{"legacy/app.py", 3, "FG0301"}}; !reflect.DeepEqual(suppressed, want) {
		t.Errorf("suppressed = %v, want %v", suppressed, want)
	}
	if len(res.Diagnostics) != 1 || res.Diagnostics[0].Kind != finding.ExpiredSuppression ||
		res.Diagnostics[0].Location.Path != ".flaskguard.toml" || res.Diagnostics[0].Location.StartLine != 7 {
		t.Errorf("diagnostics = %+v, want the expired ignore at .flaskguard.toml:7", res.Diagnostics)
	}
}
