package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A tiny benchmark: two categories, seven cases.
const expectedCSV = `# test name, category, real vulnerability, cwe, flaskguard taintbench version: 1
BenchmarkTest00001,sqli,true,89
BenchmarkTest00002,sqli,true,89
BenchmarkTest00003,sqli,false,89
BenchmarkTest00004,sqli,false,89
BenchmarkTest00005,xss,true,79
BenchmarkTest00006,xss,false,79
BenchmarkTest00007, xss, false, 79
`

// The report exercises every rule: a duplicate finding, a suppressed one,
// one with another CWE, one outside the testcode folder, one in app.py and
// one in a file that is not a listed test.
const reportJSON = `{
  "schema_version": "1",
  "tool": {"name": "flaskguard", "version": ""},
  "root": "bench",
  "findings": [
    {"rule_id": "FG0701", "cwe": 89, "location": {"path": "testcode/BenchmarkTest00001.py", "start_line": 12}, "suppressed": null},
    {"rule_id": "FG0702", "cwe": 89, "location": {"path": "testcode/BenchmarkTest00001.py", "start_line": 14}, "suppressed": null},
    {"rule_id": "FG0701", "cwe": 89, "location": {"path": "testcode/BenchmarkTest00003.py", "start_line": 9}, "suppressed": {"kind": "inline", "reason": ""}},
    {"rule_id": "FG0601", "cwe": 79, "location": {"path": "testcode/BenchmarkTest00004.py", "start_line": 9}, "suppressed": null},
    {"rule_id": "FG0601", "cwe": 79, "location": {"path": "other/BenchmarkTest00006.py", "start_line": 9}, "suppressed": null},
    {"rule_id": "FG0301", "cwe": 94, "location": {"path": "app.py", "start_line": 3}, "suppressed": null},
    {"rule_id": "FG0601", "cwe": 79, "location": {"path": "testcode/BenchmarkTest00005.py", "start_line": 20}, "suppressed": null},
    {"rule_id": "FG0701", "cwe": 89, "location": {"path": "testcode/BenchmarkTest00099.py", "start_line": 1}, "suppressed": null}
  ],
  "diagnostics": [],
  "future_field": {"ignored": true}
}`

func files(t *testing.T) (csvPath, reportPath string) {
	t.Helper()
	dir := t.TempDir()
	csvPath = filepath.Join(dir, "expectedresults.csv")
	reportPath = filepath.Join(dir, "report.json")
	if err := os.WriteFile(csvPath, []byte(expectedCSV), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(reportPath, []byte(reportJSON), 0o644); err != nil {
		t.Fatal(err)
	}
	return csvPath, reportPath
}

func TestTextScorecard(t *testing.T) {
	csvPath, reportPath := files(t)
	var out bytes.Buffer
	if err := run([]string{"-expected", csvPath, "-results", reportPath}, &out); err != nil {
		t.Fatal(err)
	}
	want := `category           CWE    TP    FP    TN    FN      TPR      FPR    score
sqli                89     1     0     2     1    50.0%     0.0%    50.0%
xss                 79     1     1     1     0   100.0%    50.0%    50.0%
average                    2     1     3     1    75.0%    25.0%    50.0%

score = TPR - FPR (Youden's index); the average row averages the categories' rates and sums their counts.
findings: 8 in the report, 1 suppressed, 4 counted, 3 ignored (no test case file, or another CWE)
`
	if out.String() != want {
		t.Errorf("scorecard:\n%s\nwant:\n%s", out.String(), want)
	}
}

func TestTestcodeDirAndJSON(t *testing.T) {
	csvPath, reportPath := files(t)
	var out bytes.Buffer
	if err := run([]string{"-expected", csvPath, "-results", reportPath, "-testcode-dir", "testcode", "-format", "json"}, &out); err != nil {
		t.Fatal(err)
	}
	var card scorecard
	if err := json.Unmarshal(out.Bytes(), &card); err != nil {
		t.Fatalf("output is not JSON: %v\n%s", err, out.String())
	}
	want := []categoryScore{
		{Category: "sqli", CWE: 89, TP: 1, FP: 0, TN: 2, FN: 1, TPR: 0.5, FPR: 0, Score: 0.5},
		{Category: "xss", CWE: 79, TP: 1, FP: 0, TN: 2, FN: 0, TPR: 1, FPR: 0, Score: 1},
	}
	if len(card.Categories) != len(want) {
		t.Fatalf("categories = %+v", card.Categories)
	}
	for i, w := range want {
		if card.Categories[i] != w {
			t.Errorf("category %d = %+v, want %+v", i, card.Categories[i], w)
		}
	}
	avg := categoryScore{Category: "average", TP: 2, FP: 0, TN: 4, FN: 1, TPR: 0.75, FPR: 0, Score: 0.75}
	if card.Average != avg {
		t.Errorf("average = %+v, want %+v", card.Average, avg)
	}
	if f := (findingCounts{Total: 8, Suppressed: 1, Counted: 3, Ignored: 4}); card.Findings != f {
		t.Errorf("findings = %+v, want %+v", card.Findings, f)
	}
}

func TestErrors(t *testing.T) {
	csvPath, reportPath := files(t)
	dir := t.TempDir()
	write := func(name, content string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	for _, tc := range []struct {
		name string
		args []string
		want string
	}{
		{"missing flags", []string{"-expected", csvPath}, "-expected and -results are required"},
		{"bad format", []string{"-expected", csvPath, "-results", reportPath, "-format", "xml"}, "-format must be text or json"},
		{"short line", []string{"-expected", write("short.csv", "BenchmarkTest00001,sqli,true\n"), "-results", reportPath}, "line 1: want 4 fields"},
		{"bad bool", []string{"-expected", write("bool.csv", "# c\nBenchmarkTest00001,sqli,maybe,89\n"), "-results", reportPath}, "line 2: real vulnerability"},
		{"duplicate", []string{"-expected", write("dup.csv", "T1,sqli,true,89\nT1,sqli,true,89\n"), "-results", reportPath}, "listed twice"},
		{"empty", []string{"-expected", write("empty.csv", "# only a comment\n"), "-results", reportPath}, "no test cases"},
		{"schema", []string{"-expected", csvPath, "-results", write("v2.json", `{"schema_version": "2", "findings": []}`)}, `schema_version "2"`},
		{"not json", []string{"-expected", csvPath, "-results", write("bad.json", `{`)}, "decode report"},
		{"no file", []string{"-expected", filepath.Join(dir, "absent.csv"), "-results", reportPath}, "open expected results"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := run(tc.args, &bytes.Buffer{})
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error = %v, want one containing %q", err, tc.want)
			}
		})
	}
}

func TestTestName(t *testing.T) {
	for base, want := range map[string]string{
		"BenchmarkTest00042.py":  "BenchmarkTest00042",
		"BenchmarkTest1.py":      "BenchmarkTest1",
		"BenchmarkTest.py":       "",
		"BenchmarkTest00042.pyc": "",
		"BenchmarkTestab.py":     "",
		"helpers.py":             "",
	} {
		if got := testName(base); got != want {
			t.Errorf("testName(%q) = %q, want %q", base, got, want)
		}
	}
}
