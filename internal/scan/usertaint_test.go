package scan_test

import (
	"context"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/flaskguard/flaskguard/internal/config"
	"github.com/flaskguard/flaskguard/internal/finding"
	"github.com/flaskguard/flaskguard/internal/rules/database"
	"github.com/flaskguard/flaskguard/internal/rules/injection"
	"github.com/flaskguard/flaskguard/internal/rules/logging"
	"github.com/flaskguard/flaskguard/internal/rules/rule"
	"github.com/flaskguard/flaskguard/internal/rules/ruletest"
	"github.com/flaskguard/flaskguard/internal/scan"
)

// taintRules are the rules that report taint flows: one per class, so a
// user-declared entry of any class can show up in a fixture.
func taintRules() []*rule.Rule {
	return []*rule.Rule{
		&injection.CommandInjection, &injection.CodeInjection, &injection.TemplateInjection,
		&injection.CrossSiteScripting, &injection.PathTraversal, &injection.OpenRedirect,
		&injection.UnsafeDeserialization, &injection.XMLExternalEntities, &injection.XPathInjection,
		&injection.LDAPInjection, &injection.ServerSideRequestForgery, &injection.TrustBoundaryViolation,
		&injection.HeaderInjection, &database.SQLInjection, &logging.RequestDataLoggedUnsanitized,
	}
}

// scanTaint scans a fixture project with the taint rules and cfg, as the
// CLI does after reading the configuration.
func scanTaint(t *testing.T, dir string, cfg config.Config) []finding.Finding {
	t.Helper()
	res, err := scan.Run(context.Background(), scan.Options{Root: dir, Config: cfg, Rules: taintRules()})
	if err != nil {
		t.Fatalf("scan %s: %v", dir, err)
	}
	for _, d := range res.Diagnostics {
		if d.Kind == finding.ParseError || d.Kind == finding.InternalError {
			t.Errorf("%s:%d: %s: %s", d.Location.Path, d.Location.StartLine, d.Kind, d.Message)
		}
	}
	return res.Active()
}

// TestUserTaint scans the projects under testdata/usertaint, each with
// the [taint] entries of its own configuration file: `# want:` marks what
// fires with them (compared exactly, so the safe look-alikes in each file
// must stay silent), `without-config:` what fires without them.
func TestUserTaint(t *testing.T) {
	for _, name := range []string{"sources", "sanitizers", "sinks", "project-helpers", "limited-sources"} {
		t.Run(name, func(t *testing.T) {
			dir := filepath.Join("testdata", "usertaint", name)
			cfg, err := config.Discover(dir)
			if err != nil {
				t.Fatal(err)
			}
			if filepath.Dir(cfg.Source) != mustAbs(t, dir) || cfg.Taint.Empty() {
				t.Fatalf("the fixture's own configuration was not used: %q", cfg.Source)
			}
			fx := ruletest.Load(t, dir)
			for _, p := range fx.Compare(scanTaint(t, dir, cfg), taintRules()...) {
				t.Error(p)
			}
			got := keys(scanTaint(t, dir, config.Default()))
			if want := withoutConfig(t, dir); !slices.Equal(got, want) {
				t.Errorf("without the configuration\ngot  %v\nwant %v", got, want)
			}
		})
	}
}

// TestUserSinkFinding checks that a finding at a declared sink reads
// naturally and carries its class's rule: the message names the function
// as the configuration declares it, whatever alias the code calls it by.
func TestUserSinkFinding(t *testing.T) {
	dir := filepath.Join("testdata", "usertaint", "sinks")
	cfg, err := config.Discover(dir)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range scanTaint(t, dir, cfg) {
		got = append(got, fmt.Sprintf("%s %s CWE-%d %s: %s", f.RuleID, f.RuleName, f.CWE, f.Severity, f.Message))
		if len(f.Trace) < 2 {
			t.Errorf("%s:%d: no trace from the request to the sink", f.Location.Path, f.Location.StartLine)
		}
	}
	want := []string{
		`FG0601 command-injection CWE-78 critical: request.form["script"] (line 27) reaches acme_web.jobs.Runner.run_script() (line 27)`,
		`FG0701 sql-injection CWE-89 critical: request.args["q"] (line 13) reaches acme_web.db.raw_query() (line 14)`,
		`FG0701 sql-injection CWE-89 critical: request.args["q"] (line 13) reaches acme_web.db.raw_query() (line 15)`,
	}
	slices.Sort(got)
	if !slices.Equal(got, want) {
		t.Errorf("got\n  %s\nwant\n  %s", strings.Join(got, "\n  "), strings.Join(want, "\n  "))
	}
}

// TestProjectHelperFindings checks how findings name entries declared on
// the project's own functions: a source by its declared path, where it is
// called (even inside another helper), a method sink as declared.
func TestProjectHelperFindings(t *testing.T) {
	dir := filepath.Join("testdata", "usertaint", "project-helpers")
	cfg, err := config.Discover(dir)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range scanTaint(t, dir, cfg) {
		if f.Location.Path == "app.py" && slices.Contains([]int{39, 45, 69}, f.Location.StartLine) {
			var steps []string
			for _, s := range f.Trace {
				steps = append(steps, fmt.Sprintf("%s:%d %s", s.Location.Path, s.Location.StartLine, s.Note))
			}
			got = append(got, fmt.Sprintf("%s %s [%s]", f.RuleID, f.Message, strings.Join(steps, "; ")))
		}
	}
	want := []string{
		`FG0601 myapp.http.param() (hosts.py:6) reaches os.system() (line 39) [myapp/hosts.py:6 myapp.http.param(); ` +
			`app.py:39 returned from target_host(); app.py:39 reaches os.system()]`,
		`FG0604 myapp.http.Params().value() (line 45) reaches the response of greet() (line 45) [` +
			`app.py:45 myapp.http.Params().value(); app.py:45 reaches the response of greet()]`,
		`FG0701 request.args["tag"] (line 67) reaches myapp.db.Repository.raw() (line 69) [app.py:67 request.args["tag"]; ` +
			`app.py:67 assigned to tag; app.py:69 reaches myapp.db.Repository.raw()]`,
	}
	slices.Sort(got)
	if !slices.Equal(got, want) {
		t.Errorf("got\n  %s\nwant\n  %s", strings.Join(got, "\n  "), strings.Join(want, "\n  "))
	}
}

var withoutRE = regexp.MustCompile(`without-config:((?:\s+FG\d{4})+)`)

// withoutConfig reads the `without-config:` expectations of a fixture as
// sorted "path:line ID" keys.
func withoutConfig(t *testing.T, dir string) []string {
	t.Helper()
	var out []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || filepath.Ext(p) != ".py" {
			return err
		}
		src, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		for i, line := range strings.Split(string(src), "\n") {
			if m := withoutRE.FindStringSubmatch(line); m != nil {
				for _, id := range strings.Fields(m[1]) {
					out = append(out, fmt.Sprintf("%s:%d %s", filepath.ToSlash(rel), i+1, id))
				}
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	slices.Sort(out)
	return out
}

// keys lists findings as sorted "path:line ID" keys.
func keys(fs []finding.Finding) []string {
	out := []string{}
	for _, f := range fs {
		out = append(out, fmt.Sprintf("%s:%d %s", f.Location.Path, f.Location.StartLine, f.RuleID))
	}
	slices.Sort(out)
	return out
}

func mustAbs(t *testing.T, p string) string {
	t.Helper()
	abs, err := filepath.Abs(p)
	if err != nil {
		t.Fatal(err)
	}
	return abs
}
