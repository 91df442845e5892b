// Command taintbench writes flaskguard's taint analysis benchmark: a Flask
// application of small test cases in the style of the OWASP Benchmark
// (Python edition), each one vulnerable or a safe look-alike, with the
// expected results in OWASP's CSV format.
//
//	go run ./tools/taintbench -out testdata/taintbench [-manifest cases.json]
//
// Each case combines four ingredients taken from data tables: a source of
// request data, a propagation (copies, string operations, containers,
// constant conditions, closures...), a sanitizer and a sink. The tables
// say, for each ingredient, whether it keeps the taint, which classes it
// neutralises and which combinations would make the truth debatable; the
// label of a case is computed from those flags. A fixed pseudo-random
// schedule picks the combinations, so the output is the same on every run.
//
// The suite was written without looking at the analysis engine, so that
// its scores measure the engine rather than echo it. The manifest (-manifest)
// lists each case's ingredients and how to deliver a payload to it; the
// ground-truth verifier in tools/taintbench/verify reads it.
package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

// csvHeader is the first line of expectedresults.csv; it also identifies a
// directory the generator may overwrite.
const csvHeader = "# test name, category, real vulnerability, cwe, flaskguard taintbench version: 1"

func main() {
	if err := run(os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "taintbench:", err)
		os.Exit(1)
	}
}

func run(args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("taintbench", flag.ContinueOnError)
	out := fs.String("out", "", "directory to write the suite into (absent, empty, or a previous suite)")
	manifest := fs.String("manifest", "", "also write the per-case ingredients and payload delivery as JSON to this file")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *out == "" {
		return errors.New("-out is required")
	}
	cases, err := plan()
	if err != nil {
		return fmt.Errorf("plan the suite: %w", err)
	}
	if err := write(*out, cases); err != nil {
		return err
	}
	if *manifest != "" {
		if err := writeManifest(*manifest, cases); err != nil {
			return err
		}
	}
	vuln := 0
	for _, c := range cases {
		if c.vulnerable() {
			vuln++
		}
	}
	_, err = fmt.Fprintf(stdout, "wrote %d test cases (%d vulnerable, %d safe) in %d classes into %s\n",
		len(cases), vuln, len(cases)-vuln, len(classes()), *out)
	return err
}

// checkOut refuses a directory that holds anything but a previous suite,
// since write removes the generated folders before writing them again.
func checkOut(dir string) error {
	entries, err := os.ReadDir(dir)
	switch {
	case errors.Is(err, os.ErrNotExist):
		return nil
	case err != nil:
		return fmt.Errorf("check output directory: %w", err)
	case len(entries) == 0:
		return nil
	}
	f, err := os.Open(filepath.Join(dir, "expectedresults.csv"))
	if err != nil {
		return fmt.Errorf("%s is not empty and holds no taintbench suite: %w", dir, err)
	}
	defer f.Close()
	line, err := bufio.NewReader(f).ReadString('\n')
	if err != nil || !strings.HasPrefix(line, "# test name, category, real vulnerability, cwe, flaskguard taintbench") {
		return fmt.Errorf("%s is not empty and its expectedresults.csv is not a taintbench one", dir)
	}
	return nil
}

// write lays out the whole suite under dir.
func write(dir string, cases []testCase) error {
	if err := checkOut(dir); err != nil {
		return err
	}
	// Stale cases from an older schedule must not survive.
	for _, sub := range []string{"testcode", "helpers", "testfiles"} {
		if err := os.RemoveAll(filepath.Join(dir, sub)); err != nil {
			return fmt.Errorf("clear %s: %w", sub, err)
		}
	}
	files := helperFiles()
	perClass := map[string]int{}
	var csv strings.Builder
	csv.WriteString(csvHeader + "\n")
	for _, c := range cases {
		rt := route(c, perClass[c.Class.Key])
		perClass[c.Class.Key]++
		files["testcode/"+c.Name()+".py"] = renderCase(c, rt)
		fmt.Fprintf(&csv, "%s,%s,%t,%d\n", c.Name(), c.Class.Key, c.vulnerable(), c.Class.CWE)
	}
	files["app.py"] = appFile(cases)
	files["expectedresults.csv"] = csv.String()
	files["README.md"] = readme(cases)
	for rel, content := range files {
		p := filepath.Join(dir, filepath.FromSlash(rel))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return fmt.Errorf("create folder for %s: %w", rel, err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			return fmt.Errorf("write %s: %w", rel, err)
		}
	}
	return nil
}

// manifestCase is one entry of the manifest.
type manifestCase struct {
	Name        string `json:"name"`
	Class       string `json:"class"`
	CWE         int    `json:"cwe"`
	Vulnerable  bool   `json:"vulnerable"`
	Role        string `json:"role"`
	Route       string `json:"route"`
	Inject      string `json:"inject"`
	Source      string `json:"source"`
	Propagation string `json:"propagation"`
	Sanitizer   string `json:"sanitizer"`
	Sink        string `json:"sink"`
}

func writeManifest(path string, cases []testCase) error {
	perClass := map[string]int{}
	var list []manifestCase
	for _, c := range cases {
		rt := route(c, perClass[c.Class.Key])
		perClass[c.Class.Key]++
		list = append(list, manifestCase{
			Name: c.Name(), Class: c.Class.Key, CWE: c.Class.CWE, Vulnerable: c.vulnerable(), Role: c.Role,
			Route: rt, Inject: c.Src.Inject, Source: c.Src.Name, Propagation: c.Prop.Name, Sanitizer: c.San.Name, Sink: c.Sink.Name,
		})
	}
	data, err := json.MarshalIndent(list, "", "  ")
	if err != nil {
		return fmt.Errorf("encode manifest: %w", err)
	}
	if err := os.WriteFile(path, append(data, '\n'), 0o644); err != nil {
		return fmt.Errorf("write manifest: %w", err)
	}
	return nil
}
