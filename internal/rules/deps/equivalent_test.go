package deps_test

import (
	"context"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/flaskguard/flaskguard/internal/config"
	"github.com/flaskguard/flaskguard/internal/finding"
	"github.com/flaskguard/flaskguard/internal/rules/deps"
	"github.com/flaskguard/flaskguard/internal/rules/rule"
	"github.com/flaskguard/flaskguard/internal/scan"
)

// equivalentDir holds one project, Flask 2.2.0 and its pinned
// dependencies, written in every format the manifest readers know.
const equivalentDir = "../../manifest/testdata/equivalent"

// TestSameProjectInEveryFormat scans each format of the same project on its
// own, through the real pipeline, and requires the same verdicts from each:
// the same (package, advisory IDs, fixed version) for FG1501 and the same
// packages for FG0102. A team's choice of tool must not change the audit.
func TestSameProjectInEveryFormat(t *testing.T) {
	want := []string{
		"FG0102 flask",
		"FG0102 werkzeug",
		"FG1501 certifi PYSEC-2022-42986,PYSEC-2023-135 fix 2023.7.22",
		"FG1501 flask GHSA-68rp-wp8r-4726,PYSEC-2023-62 fix 3.1.3",
		"FG1501 idna PYSEC-2024-60 fix 3.7",
		"FG1501 jinja2 GHSA-cpwx-vrp4-4pq7,GHSA-gmj6-6f8f-6699,GHSA-h5c8-rqwp-cp95,GHSA-h75v-3vvj-5mfj,GHSA-q2x7-8rv6-6q7h fix 3.1.6",
		"FG1501 pyyaml PYSEC-2020-96,PYSEC-2021-142 fix 5.4",
		"FG1501 requests PYSEC-2018-28,PYSEC-2023-74 fix 2.31.0",
		"FG1501 urllib3 PYSEC-2019-132,PYSEC-2019-133,PYSEC-2020-148,PYSEC-2021-108,PYSEC-2023-192,PYSEC-2023-207,PYSEC-2023-212 fix 1.26.18",
		"FG1501 werkzeug GHSA-29vq-49wr-vm6x,GHSA-2g68-c3qc-8985,GHSA-87hc-h4r5-73f7,GHSA-f9vj-2wh5-fj8j,GHSA-hgf8-39gv-g3f2," +
			"GHSA-q34m-jh98-gwm2,PYSEC-2023-221,PYSEC-2023-57,PYSEC-2023-58 fix 3.1.6",
	}
	// The seven formats the issue names, and the other four readers.
	formats := []string{
		"requirements", "pyproject", "poetry.lock", "Pipfile.lock", "uv.lock", "pdm.lock", "pylock",
		"poetry-pyproject", "Pipfile", "setup.cfg", "setup.py",
	}
	for _, dir := range formats {
		t.Run(dir, func(t *testing.T) {
			got := verdicts(t, filepath.Join(equivalentDir, dir))
			if !slices.Equal(got, want) {
				t.Errorf("verdicts differ from the other formats:\n got  %s\n want %s",
					strings.Join(got, "\n      "), strings.Join(want, "\n      "))
			}
		})
	}
}

// advisoryLineRE matches an advisory line of an FG1501 message and
// captures its IDs; fixRE captures the recommended version.
var (
	advisoryLineRE = regexp.MustCompile(`(?m)^  ([A-Z]+-[A-Za-z0-9-]+(?:, [A-Z]+-[A-Za-z0-9-]+)*)(?: \([^)]*\))?: `)
	fixRE          = regexp.MustCompile(`(?m)^fixed version: (\S+),`)
)

// verdicts scans dir with the dependency rules and summarises each
// finding as "rule package [IDs fix version]", sorted.
func verdicts(t *testing.T, dir string) []string {
	t.Helper()
	res, err := scan.Run(context.Background(), scan.Options{
		Root: dir, Config: config.Default(), DepsOnly: true,
		Rules: []*rule.Rule{&deps.VulnerableDependency, &deps.UnsupportedFlaskStackVersion},
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range res.Diagnostics {
		t.Errorf("diagnostic %s at %s: %s", d.Kind, d.Location.Path, d.Message)
	}
	var out []string
	for _, f := range res.Findings {
		out = append(out, summarise(t, f))
	}
	slices.Sort(out)
	return out
}

func summarise(t *testing.T, f finding.Finding) string {
	name, _, _ := strings.Cut(f.Message, " ")
	s := f.RuleID + " " + strings.ToLower(name)
	if f.RuleID != deps.VulnerableDependency.ID {
		return s
	}
	if f.Confidence != finding.HighConfidence {
		t.Errorf("%s: confidence %s for a pinned version", s, f.Confidence)
	}
	var ids []string
	for _, m := range advisoryLineRE.FindAllStringSubmatch(f.Message, -1) {
		ids = append(ids, strings.Split(m[1], ", ")...)
	}
	slices.Sort(ids)
	fix := "none"
	if m := fixRE.FindStringSubmatch(f.Message); m != nil {
		fix = m[1]
	}
	return s + " " + strings.Join(ids, ",") + " fix " + fix
}
