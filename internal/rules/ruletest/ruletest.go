// Package ruletest runs rules over fixture folders and checks their findings
// against expectations written in the fixtures themselves.
//
// Every line that should draw a finding says so in a comment:
//
//	app.run(debug=True)  # want: FG0301
//	app.config.update(DEBUG=True, SECRET_KEY="x")  # want: FG0301 FG0201
//
// An ID repeated (`# want: FG0201 FG0201`) expects two findings on that
// line. A severity in brackets (`# want: FG0301[medium]`) also checks that
// every finding of that rule on the line has that severity. Formats where a trailing comment would change the line's meaning
// (a Dockerfile instruction, a .env value, a Procfile command) put the
// expectation on a comment line of its own just before, with want-next:
//
//	# want-next: FG0302
//	CMD ["flask", "run", "--debug"]
//
// want-next works in Python files too. Expectations for rules that are not
// being run are ignored, so one fixture can serve several rule tests.
//
// The comparison is exact: a missing finding and an unexpected one both
// fail the test, with their file, line and rule listed, so fixtures double
// as the list of safe look-alikes that must stay silent.
package ruletest

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
	"github.com/flaskguard/flaskguard/internal/discover"
	"github.com/flaskguard/flaskguard/internal/finding"
	"github.com/flaskguard/flaskguard/internal/rules/rule"
	"github.com/flaskguard/flaskguard/internal/scan"
)

// wantRE matches an expectation inside a comment: "want:" or
// "want-next:" followed by rule IDs.
var wantRE = regexp.MustCompile(`\bwant(-next)?:((?:\s+FG\d{4}(?:\[[a-z]+\])?)+)`)

// key identifies one expected or reported finding.
type key struct {
	path string
	line int
	id   string
}

// Fixtures is what was read from a fixture folder.
type Fixtures struct {
	// dir is the fixture folder, scanned as a project of its own.
	dir string
	// want counts the expected findings per (file, line, rule), and
	// wantSev holds the severities expectations name.
	want    map[key]int
	wantSev map[key]string
}

// Load reads the expectations of every file under dir (recursively).
// Paths are relative to dir. Expectations are read from the raw lines, since
// not every configuration format keeps its comments.
func Load(t testing.TB, dir string) *Fixtures {
	t.Helper()
	fx := &Fixtures{dir: dir, want: map[key]int{}, wantSev: map[key]string{}}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, err := filepath.Rel(dir, p)
		if err != nil {
			return fmt.Errorf("relative path of %s: %w", p, err)
		}
		rel = filepath.ToSlash(rel)
		if _, ok := discover.Classify(rel); !ok {
			return nil
		}
		src, err := os.ReadFile(p)
		if err != nil {
			return fmt.Errorf("read fixture: %w", err)
		}
		for i, line := range strings.Split(string(src), "\n") {
			if j := strings.Index(line, "#"); j >= 0 {
				fx.addWant(rel, i+1, line[j:])
			}
		}
		return nil
	})
	if err != nil {
		t.Fatalf("loading fixtures from %s: %v", dir, err)
	}
	return fx
}

func (fx *Fixtures) addWant(path string, line int, comment string) {
	for _, m := range wantRE.FindAllStringSubmatch(comment, -1) {
		at := line
		if m[1] != "" {
			at++
		}
		for _, w := range strings.Fields(m[2]) {
			id, sev, _ := strings.Cut(strings.TrimSuffix(w, "]"), "[")
			k := key{path, at, id}
			fx.want[k]++
			if sev != "" {
				fx.wantSev[k] = sev
			}
		}
	}
}

// Findings scans the fixture folder with the given rules through the real
// pipeline (discovery with tests included, parsing, the project model, the
// rule dispatcher, deduplication and suppressions), so that fixtures test
// rules exactly as users run them. Suppressed findings are left out. A
// fixture that does not parse, or a rule that crashes, fails the test.
func (fx *Fixtures) Findings(t testing.TB, rules ...*rule.Rule) []finding.Finding {
	t.Helper()
	cfg := config.Default()
	cfg.IncludeTests = true
	res, err := scan.Run(context.Background(), scan.Options{Root: fx.dir, Config: cfg, Rules: rules})
	if err != nil {
		t.Fatalf("scan %s: %v", fx.dir, err)
	}
	for _, d := range res.Diagnostics {
		if d.Kind == finding.ParseError || d.Kind == finding.InternalError || d.Kind == finding.ReadError {
			t.Errorf("%s:%d: %s: %s", d.Location.Path, d.Location.StartLine, d.Kind, d.Message)
		}
	}
	return res.Active()
}

// Run loads the fixtures under dir, runs the rules and fails the test
// unless the findings match the expectations exactly. It returns the
// findings for further checks.
func Run(t *testing.T, dir string, rules ...*rule.Rule) []finding.Finding {
	t.Helper()
	fx := Load(t, dir)
	findings := fx.Findings(t, rules...)
	for _, p := range fx.Compare(findings, rules...) {
		t.Error(p)
	}
	return findings
}

// Compare checks findings against the expectations for the given rules
// and returns one line per discrepancy, sorted: expected findings that are
// missing, findings nobody expected, severities that differ from the
// bracketed ones, and findings without a line or message.
func (fx *Fixtures) Compare(findings []finding.Finding, rules ...*rule.Rule) []string {
	ids := map[string]bool{}
	for _, r := range rules {
		ids[r.ID] = true
	}
	var problems []string
	got := map[key]int{}
	messages := map[key][]string{}
	for _, f := range findings {
		if f.Location.StartLine < 1 || f.Message == "" {
			problems = append(problems, fmt.Sprintf("%s: %s finding without a line or message: %+v", f.Location.Path, f.RuleID, f))
		}
		k := key{f.Location.Path, f.Location.StartLine, f.RuleID}
		got[k]++
		messages[k] = append(messages[k], fmt.Sprintf("[%s] %s", f.Severity, f.Message))
		if sev := fx.wantSev[k]; sev != "" && f.Severity.String() != sev {
			problems = append(problems, fmt.Sprintf("%s:%d: %s has severity %s, want %s: %s", k.path, k.line, k.id, f.Severity, sev, f.Message))
		}
	}
	want := map[key]int{}
	for k, n := range fx.want {
		if ids[k.id] {
			want[k] = n
		}
	}
	if len(want) == 0 {
		problems = append(problems, "no `# want:` expectation for any of the rules run: a fixture folder must show each rule firing")
	}
	for k, n := range want {
		if got[k] < n {
			problems = append(problems, fmt.Sprintf("%s:%d: missing %s (want %d, got %d)", k.path, k.line, k.id, n, got[k]))
		}
	}
	for k, n := range got {
		if n > want[k] {
			problems = append(problems, fmt.Sprintf("%s:%d: unexpected %s (want %d, got %d): %s",
				k.path, k.line, k.id, want[k], n, strings.Join(messages[k], " | ")))
		}
	}
	slices.Sort(problems)
	return problems
}

// ScanDir scans a project folder with one rule (tests included) and returns
// its active findings and its evidence as "path:line message", for tests
// of project-wide rules whose scenarios are whole projects.
func ScanDir(t testing.TB, dir string, r *rule.Rule) (findings, evidence []string) {
	t.Helper()
	cfg := config.Default()
	cfg.IncludeTests = true
	res, err := scan.Run(context.Background(), scan.Options{Root: dir, Config: cfg, Rules: []*rule.Rule{r}})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range res.Active() {
		findings = append(findings, fmt.Sprintf("%s:%d %s", f.Location.Path, f.Location.StartLine, f.Message))
	}
	for _, e := range res.Evidence {
		evidence = append(evidence, fmt.Sprintf("%s:%d %s", e.Location.Path, e.Location.StartLine, e.Message))
	}
	return findings, evidence
}
