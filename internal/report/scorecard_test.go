package report_test

import (
	"encoding/json"
	"maps"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/flaskguard/flaskguard/internal/finding"
	"github.com/flaskguard/flaskguard/internal/report"
)

// fixtureGrades are the grades of fixture(): practices with active findings
// of low or more fail; 5 and 12 pass on evidence alone; 4 (an info note), 9
// (a rule and nothing else) and 14 (a suppressed finding) are unknown; the
// rest have no rule and are not checked.
var fixtureGrades = map[string]string{
	"1": "fail", "2": "fail", "3": "fail", "4": "unknown", "5": "pass",
	"6": "fail", "7": "fail", "8": "fail", "9": "unknown", "10": "not-checked",
	"11": "not-checked", "12": "pass", "13": "not-checked", "14": "unknown", "15": "not-checked",
}

// TestJSONScorecardIndexes reads the scorecard back as a consumer would and
// follows every index: each must land on a record of the same practice, in
// the right state, so that the indexes and the arrays cannot drift apart.
func TestJSONScorecardIndexes(t *testing.T) {
	var doc struct {
		Findings []struct {
			Practice   int
			Severity   string
			Suppressed *struct{ Kind string }
		}
		Evidence  []struct{ Practice int }
		Scorecard struct {
			Counts    map[string]int
			Practices []struct {
				Number                                int
				Grade                                 string
				Findings, Notes, Suppressed, Evidence []int
			}
		}
	}
	if err := json.Unmarshal(render(t, "json", report.Options{}, fixture(t)), &doc); err != nil {
		t.Fatal(err)
	}
	grades := map[string]string{}
	counts := map[string]int{}
	for i, p := range doc.Scorecard.Practices {
		if p.Number != i+1 {
			t.Fatalf("practice %d at position %d", p.Number, i)
		}
		grades[strconv.Itoa(p.Number)] = p.Grade
		counts[p.Grade]++
		check := func(kind string, idx []int, ok func(i int) bool) {
			for _, i := range idx {
				if i < 0 || i >= len(doc.Findings) || doc.Findings[i].Practice != p.Number || !ok(i) {
					t.Errorf("practice %d: %s index %d points at the wrong finding", p.Number, kind, i)
				}
			}
		}
		check("findings", p.Findings, func(i int) bool {
			return doc.Findings[i].Suppressed == nil && doc.Findings[i].Severity != "info"
		})
		check("notes", p.Notes, func(i int) bool {
			return doc.Findings[i].Suppressed == nil && doc.Findings[i].Severity == "info"
		})
		check("suppressed", p.Suppressed, func(i int) bool { return doc.Findings[i].Suppressed != nil })
		for _, i := range p.Evidence {
			if i < 0 || i >= len(doc.Evidence) || doc.Evidence[i].Practice != p.Number {
				t.Errorf("practice %d: evidence index %d points at the wrong record", p.Number, i)
			}
		}
	}
	if !maps.Equal(grades, fixtureGrades) {
		t.Errorf("grades = %v\nwant %v", grades, fixtureGrades)
	}
	if !maps.Equal(counts, doc.Scorecard.Counts) {
		t.Errorf("counts = %v, but the practices tally %v", doc.Scorecard.Counts, counts)
	}
}

// TestJSONSchemaRejectsScorecardDrift: the schema pins the scorecard's shape
// as strictly as the rest of the document.
func TestJSONSchemaRejectsScorecardDrift(t *testing.T) {
	schema := jsonReportSchema(t)
	base := render(t, "json", report.Options{}, fixture(t))
	type obj = map[string]any
	card := func(d obj) obj { return d["scorecard"].(obj) }
	practice := func(d obj, i int) obj { return card(d)["practices"].([]any)[i].(obj) }
	for name, mutate := range map[string]func(obj){
		"unknown grade":      func(d obj) { practice(d, 0)["grade"] = "partial" },
		"fourteen practices": func(d obj) { c := card(d); c["practices"] = c["practices"].([]any)[1:] },
		"practice 16":        func(d obj) { practice(d, 14)["number"] = 16 },
		"fingerprint as ref": func(d obj) { practice(d, 0)["findings"] = []any{"f4b25aac"} },
		"null notes":         func(d obj) { practice(d, 0)["notes"] = nil },
		"no evidence array":  func(d obj) { delete(d, "evidence") },
		"grade count key":    func(d obj) { card(d)["counts"].(obj)["partial"] = 0 },
	} {
		var doc obj
		if err := json.Unmarshal(base, &doc); err != nil {
			t.Fatal(err)
		}
		mutate(doc)
		broken, err := json.Marshal(doc)
		if err != nil {
			t.Fatal(err)
		}
		if errs := schemaErrors(schema, broken); len(errs) == 0 {
			t.Errorf("%s: accepted", name)
		}
	}
}

// TestSARIFScorecard pins the run's property bag: every practice, by
// number, with the grade the JSON report gives it.
func TestSARIFScorecard(t *testing.T) {
	var log struct {
		Runs []struct {
			Properties struct {
				Scorecard map[string]string
			}
		}
	}
	if err := json.Unmarshal(render(t, "sarif", report.Options{}, fixture(t)), &log); err != nil {
		t.Fatal(err)
	}
	if got := log.Runs[0].Properties.Scorecard; !maps.Equal(got, fixtureGrades) {
		t.Errorf("runs[0].properties.scorecard = %v\nwant %v", got, fixtureGrades)
	}
	if err := json.Unmarshal(render(t, "sarif", report.Options{}, emptyFixture()), &log); err != nil {
		t.Fatal(err)
	}
	grades := slices.Sorted(maps.Values(log.Runs[0].Properties.Scorecard))
	if len(grades) != 15 || grades[0] != "not-checked" || grades[13] != "not-checked" || grades[14] != "unknown" {
		t.Errorf("empty result grades = %v, want 14 not-checked and practice 3 unknown", grades)
	}
}

// TestScorecardDetailLines pins how findings and evidence are cut to one
// line under a row: the first line of the message, neutralised, at most 100
// characters cut at a word boundary, at most three items and a count of the
// rest; a location without a file reads "(no file)".
func TestScorecardDetailLines(t *testing.T) {
	long := strings.Repeat("abcdefghi ", 12) // 120 characters
	f := func(line int, sev finding.Severity, msg string) finding.Finding {
		return finding.Finding{RuleID: "FG0301", Practice: 3, Severity: sev, Message: msg,
			Location: finding.Location{Path: "app.py", StartLine: line, StartCol: 1}}
	}
	r := &finding.Result{
		Findings: []finding.Finding{
			f(1, finding.Low, "first line\nsecond line"),
			f(2, finding.High, long),
			f(3, finding.Medium, "escape \x1b[2J here"),
			f(4, finding.Low, "not shown"),
			f(5, finding.Low, "not shown either"),
		},
		Evidence: []finding.Evidence{{Practice: 9, Message: "seen by probe: bcrypt hashes in the login flow"}},
	}
	got := string(render(t, "scorecard", report.Options{}, r))
	want := `   3  DEBUG off in production            fail         fails: 5 findings, highest high
        app.py:2:1  high  ` + strings.TrimSpace(long[:90]) + `…
        app.py:3:1  medium  escape �[2J here
        app.py:1:1  low  first line
        +2 more findings
`
	if !strings.Contains(got, want) {
		t.Errorf("practice 3 rows:\n%s\nwant them to contain:\n%s", got, want)
	}
	want = `   9  Password hashing                   pass         passes: seen by probe: bcrypt hashes in the login flow
        (no file)  seen by probe: bcrypt hashes in the login flow
`
	if !strings.Contains(got, want) {
		t.Errorf("practice 9 rows:\n%s\nwant them to contain:\n%s", got, want)
	}
}
