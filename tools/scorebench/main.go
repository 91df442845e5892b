// Command scorebench scores a flaskguard JSON report against a benchmark's
// expected results, the way the OWASP Benchmark's scorecards do:
//
//	go run ./tools/scorebench -expected testdata/taintbench/expectedresults.csv \
//	    -results report.json [-testcode-dir testcode] [-format text|json]
//
// The expected results are OWASP's CSV format (test name, category, real
// vulnerability, CWE; lines starting with '#' are comments). A test case
// counts as flagged when an active (unsuppressed) finding sits in its file,
// BenchmarkTestNNNNN.py matched by base name, with the CWE of its category.
// Per category the scorer prints TP, FP, TN and FN, the true positive rate,
// the false positive rate and their difference (Youden's index, OWASP's
// score), then the averages over categories.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
)

func main() {
	if err := run(os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "scorebench:", err)
		os.Exit(2)
	}
}

func run(args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("scorebench", flag.ContinueOnError)
	expected := fs.String("expected", "", "expected results CSV (OWASP format)")
	results := fs.String("results", "", "flaskguard JSON report (flaskguard scan --format json)")
	testcodeDir := fs.String("testcode-dir", "", "only count findings whose file is directly in a folder of this name (e.g. testcode)")
	format := fs.String("format", "text", "output format: text or json")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *expected == "" || *results == "" {
		return errors.New("-expected and -results are required")
	}
	if *format != "text" && *format != "json" {
		return fmt.Errorf("-format must be text or json, got %q", *format)
	}
	cases, err := readExpectedFile(*expected)
	if err != nil {
		return err
	}
	rep, err := readReportFile(*results)
	if err != nil {
		return err
	}
	card := score(cases, rep, *testcodeDir)
	if *format == "json" {
		return writeJSON(stdout, card)
	}
	return writeText(stdout, card)
}
