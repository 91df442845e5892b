package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path"
	"slices"
	"strconv"
	"strings"
)

// expectedCase is one row of the expected results.
type expectedCase struct {
	Name     string
	Category string
	Real     bool
	CWE      int
}

// readExpectedFile reads an OWASP expected-results CSV.
func readExpectedFile(name string) ([]expectedCase, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, fmt.Errorf("open expected results: %w", err)
	}
	defer f.Close()
	cases, err := readExpected(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return cases, nil
}

// readExpected parses the CSV: "name, category, true|false, cwe" per line,
// '#' lines are comments. A name may appear only once.
func readExpected(r io.Reader) ([]expectedCase, error) {
	var cases []expectedCase
	seen := map[string]bool{}
	sc := bufio.NewScanner(r)
	for line := 1; sc.Scan(); line++ {
		text := strings.TrimSpace(sc.Text())
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		fields := strings.Split(text, ",")
		if len(fields) < 4 {
			return nil, fmt.Errorf("line %d: want 4 fields (name, category, real vulnerability, cwe), got %d", line, len(fields))
		}
		for i := range fields {
			fields[i] = strings.TrimSpace(fields[i])
		}
		real, err := strconv.ParseBool(fields[2])
		if err != nil {
			return nil, fmt.Errorf("line %d: real vulnerability %q: %w", line, fields[2], err)
		}
		cwe, err := strconv.Atoi(fields[3])
		if err != nil {
			return nil, fmt.Errorf("line %d: cwe %q: %w", line, fields[3], err)
		}
		if seen[fields[0]] {
			return nil, fmt.Errorf("line %d: test %s listed twice", line, fields[0])
		}
		seen[fields[0]] = true
		cases = append(cases, expectedCase{Name: fields[0], Category: fields[1], Real: real, CWE: cwe})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read: %w", err)
	}
	if len(cases) == 0 {
		return nil, fmt.Errorf("no test cases")
	}
	return cases, nil
}

// report is the part of flaskguard's JSON report (docs/json-schema.md)
// that scoring needs.
type report struct {
	SchemaVersion string    `json:"schema_version"`
	Findings      []finding `json:"findings"`
}

type finding struct {
	RuleID   string `json:"rule_id"`
	CWE      int    `json:"cwe"`
	Location struct {
		Path string `json:"path"`
	} `json:"location"`
	// Suppressed is null for an active finding; anything else means the
	// finding was suppressed and does not count.
	Suppressed json.RawMessage `json:"suppressed"`
}

func (f finding) active() bool {
	s := strings.TrimSpace(string(f.Suppressed))
	return s == "" || s == "null"
}

func readReportFile(name string) (report, error) {
	data, err := os.ReadFile(name)
	if err != nil {
		return report{}, fmt.Errorf("read report: %w", err)
	}
	rep, err := parseReport(data)
	if err != nil {
		return report{}, fmt.Errorf("%s: %w", name, err)
	}
	return rep, nil
}

func parseReport(data []byte) (report, error) {
	var rep report
	if err := json.Unmarshal(data, &rep); err != nil {
		return report{}, fmt.Errorf("decode report: %w", err)
	}
	// Version 1 may gain fields, which are ignored; another version may
	// change what findings mean, so it is refused rather than misread.
	if rep.SchemaVersion != "1" {
		return report{}, fmt.Errorf("report schema_version %q: only version 1 is understood", rep.SchemaVersion)
	}
	return rep, nil
}

// testName returns the test name of a case file's base name
// (BenchmarkTest00042.py gives BenchmarkTest00042), or "" for other files.
func testName(base string) string {
	name, ok := strings.CutSuffix(base, ".py")
	digits, ok2 := strings.CutPrefix(name, "BenchmarkTest")
	if !ok || !ok2 || digits == "" || strings.Trim(digits, "0123456789") != "" {
		return ""
	}
	return name
}

// categoryScore is one row of the scorecard.
type categoryScore struct {
	Category string  `json:"category"`
	CWE      int     `json:"cwe"`
	TP       int     `json:"tp"`
	FP       int     `json:"fp"`
	TN       int     `json:"tn"`
	FN       int     `json:"fn"`
	TPR      float64 `json:"tpr"`
	FPR      float64 `json:"fpr"`
	Score    float64 `json:"score"`
}

// scorecard is the whole result.
type scorecard struct {
	Categories []categoryScore `json:"categories"`
	// Average is the mean of the categories' TPR, FPR and score, as
	// OWASP averages; its counts are the sums over all cases.
	Average  categoryScore `json:"average"`
	Findings findingCounts `json:"findings"`
}

// findingCounts says what happened to the report's findings.
type findingCounts struct {
	Total      int `json:"total"`
	Suppressed int `json:"suppressed"`
	// Counted findings matched a test case file and the CWE of its
	// category (several findings can make one case flagged).
	Counted int `json:"counted"`
	// Ignored findings are active but in no test case file, in a file that
	// is not in the expected results, or of another CWE.
	Ignored int `json:"ignored"`
}

// score compares the findings with the expected results. If testcodeDir is
// set, only findings in a file directly inside a folder of that name count.
func score(cases []expectedCase, rep report, testcodeDir string) scorecard {
	byName := map[string]expectedCase{}
	for _, c := range cases {
		byName[c.Name] = c
	}
	flagged := map[string]bool{}
	var counts findingCounts
	for _, f := range rep.Findings {
		counts.Total++
		if !f.active() {
			counts.Suppressed++
			continue
		}
		p := strings.ReplaceAll(f.Location.Path, `\`, "/")
		c, ok := byName[testName(path.Base(p))]
		if !ok || f.CWE != c.CWE || testcodeDir != "" && path.Base(path.Dir(p)) != testcodeDir {
			counts.Ignored++
			continue
		}
		counts.Counted++
		flagged[c.Name] = true
	}

	rows := map[string]*categoryScore{}
	var all categoryScore
	for _, c := range cases {
		r := rows[c.Category]
		if r == nil {
			r = &categoryScore{Category: c.Category, CWE: c.CWE}
			rows[c.Category] = r
		}
		hit := flagged[c.Name]
		switch {
		case c.Real && hit:
			r.TP++
		case c.Real:
			r.FN++
		case hit:
			r.FP++
		default:
			r.TN++
		}
	}
	card := scorecard{Findings: counts}
	for _, r := range rows {
		r.TPR = ratio(r.TP, r.TP+r.FN)
		r.FPR = ratio(r.FP, r.FP+r.TN)
		r.Score = r.TPR - r.FPR
		card.Categories = append(card.Categories, *r)
		all.TP += r.TP
		all.FP += r.FP
		all.TN += r.TN
		all.FN += r.FN
		all.TPR += r.TPR
		all.FPR += r.FPR
	}
	slices.SortFunc(card.Categories, func(a, b categoryScore) int { return strings.Compare(a.Category, b.Category) })
	n := float64(len(card.Categories))
	all.Category = "average"
	all.TPR /= n
	all.FPR /= n
	all.Score = all.TPR - all.FPR
	card.Average = all
	return card
}

// ratio is a/b, and 0 for an empty category (no real vulnerabilities, or
// none that are not), so that such a category neither helps nor hurts.
func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func writeText(w io.Writer, card scorecard) error {
	var b strings.Builder
	fmt.Fprintf(&b, "%-16s %5s %5s %5s %5s %5s %8s %8s %8s\n", "category", "CWE", "TP", "FP", "TN", "FN", "TPR", "FPR", "score")
	row := func(r categoryScore, cwe string) {
		fmt.Fprintf(&b, "%-16s %5s %5d %5d %5d %5d %8s %8s %8s\n", r.Category, cwe, r.TP, r.FP, r.TN, r.FN,
			percent(r.TPR), percent(r.FPR), percent(r.Score))
	}
	for _, r := range card.Categories {
		row(r, strconv.Itoa(r.CWE))
	}
	row(card.Average, "")
	f := card.Findings
	fmt.Fprintf(&b, "\nscore = TPR - FPR (Youden's index); the average row averages the categories' rates and sums their counts.\n")
	fmt.Fprintf(&b, "findings: %d in the report, %d suppressed, %d counted, %d ignored (no test case file, or another CWE)\n",
		f.Total, f.Suppressed, f.Counted, f.Ignored)
	_, err := io.WriteString(w, b.String())
	if err != nil {
		return fmt.Errorf("write scorecard: %w", err)
	}
	return nil
}

func percent(v float64) string { return strconv.FormatFloat(v*100, 'f', 1, 64) + "%" }

func writeJSON(w io.Writer, card scorecard) error {
	data, err := json.MarshalIndent(card, "", "  ")
	if err != nil {
		return fmt.Errorf("encode scorecard: %w", err)
	}
	if _, err := w.Write(append(data, '\n')); err != nil {
		return fmt.Errorf("write scorecard: %w", err)
	}
	return nil
}
