package ruletest

import (
	"slices"
	"strings"
	"testing"

	"github.com/flaskguard/flaskguard/internal/confsrc"
	"github.com/flaskguard/flaskguard/internal/finding"
	"github.com/flaskguard/flaskguard/internal/python"
	"github.com/flaskguard/flaskguard/internal/rules/rule"
)

// badRule flags every call of bad() and every BAD setting, so that the
// sample fixtures can exercise each way a comparison can fail.
var badRule = rule.Rule{
	ID: "FG9901", Name: "bad-call", Practice: 99, Severity: finding.High,
	Visits: []python.Kind{python.KindCall},
	Check: func(c *rule.Ctx, n python.Node) {
		call := n.(*python.Call)
		if fn, ok := call.Func.(*python.Name); ok && fn.ID == "bad" {
			c.Report(call.Span(), "bad called")
		}
	},
	CheckConfig: func(c *rule.Ctx, f *confsrc.File) {
		for _, s := range f.Settings {
			if s.Key == "BAD" {
				c.ReportAt(s.Loc, finding.High, "BAD set")
			}
		}
	},
}

func TestCompareReportsEveryDiscrepancy(t *testing.T) {
	fx := Load(t, "testdata/sample")
	got := fx.Compare(fx.Findings(t, &badRule), &badRule)
	want := []string{
		"code.py:5: FG9901 has severity high, want low: bad called",
		"code.py:7: unexpected FG9901 (want 0, got 1): [high] bad called",
		"code.py:8: unexpected FG9901 (want 0, got 1): [high] bad called",
		"sub/.env:4: unexpected FG9901 (want 0, got 1): [high] BAD set",
		"sub/.env:6: missing FG9901 (want 1, got 0)",
	}
	if !slices.Equal(got, want) {
		t.Errorf("Compare:\n got  %s\n want %s", strings.Join(got, "\n      "), strings.Join(want, "\n      "))
	}
}

func TestCompareNeedsAnExpectation(t *testing.T) {
	fx := Load(t, "testdata/sample")
	other := rule.Rule{ID: "FG9903"}
	got := fx.Compare(nil, &other)
	want := []string{"no `# want:` expectation for any of the rules run: a fixture folder must show each rule firing"}
	if !slices.Equal(got, want) {
		t.Errorf("Compare = %v, want %v", got, want)
	}
}

func TestFindingsMergesDuplicates(t *testing.T) {
	twice := badRule
	twice.Check = func(c *rule.Ctx, n python.Node) {
		badRule.Check(c, n)
		badRule.Check(c, n)
	}
	fx := Load(t, "testdata/sample")
	if n := len(fx.Findings(t, &twice)); n != 9 {
		t.Errorf("Findings with every report doubled = %d, want the 9 distinct ones", n)
	}
}
