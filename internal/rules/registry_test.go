package rules_test

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/flaskguard/flaskguard/internal/rules"
	"github.com/flaskguard/flaskguard/internal/rules/ruletest"
)

var (
	idRE   = regexp.MustCompile(`^FG(\d\d)\d\d$`)
	nameRE = regexp.MustCompile(`^[a-z][a-z0-9]*(-[a-z0-9]+)+$`)
)

// docSections are the fixed sections every rule page must have, in order.
var docSections = []string{"## What it does", "## Why is this bad", "## Example", "## Use instead", "## References"}

// TestRegistry holds every registered rule to the contract in README "How to
// add a rule": a unique well-formed ID and name, metadata, a complete doc
// page, and fixtures that show it both firing and staying silent.
func TestRegistry(t *testing.T) {
	all := rules.All()
	if len(all) == 0 {
		t.Fatal("no rules registered")
	}
	ids, names := map[string]bool{}, map[string]bool{}
	for _, r := range all {
		t.Run(r.ID, func(t *testing.T) {
			if ids[r.ID] {
				t.Errorf("duplicate ID %s", r.ID)
			}
			ids[r.ID] = true
			if names[r.Name] {
				t.Errorf("duplicate name %s", r.Name)
			}
			names[r.Name] = true
			m := idRE.FindStringSubmatch(r.ID)
			if m == nil {
				t.Errorf("ID %q is not FG + practice (2 digits) + serial (2 digits)", r.ID)
			} else if m[1] != fmt.Sprintf("%02d", r.Practice) {
				t.Errorf("ID %s does not carry its practice %d", r.ID, r.Practice)
			}
			if !nameRE.MatchString(r.Name) {
				t.Errorf("name %q is not kebab-case with at least two words", r.Name)
			}
			if r.Practice < 1 || r.Practice > 15 {
				t.Errorf("practice %d is not one of the fifteen", r.Practice)
			}
			if r.CWE <= 0 {
				t.Error("missing CWE")
			}
			if r.Summary == "" || r.Fix == "" {
				t.Error("missing Summary or Fix")
			}
			if (r.Check == nil) != (len(r.Visits) == 0) {
				t.Error("Check and Visits must come together")
			}
			if r.Check == nil && r.CheckConfig == nil && r.CheckTemplate == nil && r.CheckProject == nil {
				t.Error("rule checks nothing")
			}
			checkDoc(t, r.ID)
			checkFixtures(t, r.ID, filepath.Join("testdata", r.Name))
		})
	}
}

func checkDoc(t *testing.T, id string) {
	page, err := rules.Doc(id)
	if err != nil {
		t.Errorf("no doc page: %v", err)
		return
	}
	at := 0
	for _, s := range docSections {
		i := strings.Index(page[at:], "\n"+s+"\n")
		if i < 0 {
			t.Errorf("doc page lacks section %q (or it is out of order)", s)
			return
		}
		at += i + 1
	}
}

// checkFixtures requires a fixture folder named after the rule with at
// least one line expecting the rule and at least one safe look-alike file.
func checkFixtures(t *testing.T, id, dir string) {
	var wants, safe int
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		if regexp.MustCompile(`want(-next)?:[^\n]*\b` + id + `\b`).Match(b) {
			wants++
		}
		if strings.Contains(strings.ToLower(path), "safe") {
			safe++
		}
		return nil
	})
	if err != nil {
		t.Errorf("fixtures: %v (want a folder %s)", err, dir)
		return
	}
	if wants == 0 {
		t.Errorf("no fixture in %s expects %s", dir, id)
	}
	if safe == 0 {
		t.Errorf("no safe look-alike fixture (a path containing \"safe\") in %s", dir)
	}
}

// TestFixtures is the one table test over every rule's fixtures: for each
// rule, the exact set of (file, line, ID) it reports on its folder must be
// the set the fixtures' want comments name.
func TestFixtures(t *testing.T) {
	for _, r := range rules.All() {
		t.Run(r.Name, func(t *testing.T) {
			ruletest.Run(t, filepath.Join("testdata", r.Name), r)
		})
	}
}
