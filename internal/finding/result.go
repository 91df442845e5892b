package finding

import (
	"cmp"
	"slices"
)

// Practices names the fifteen practices that flaskguard checks, indexed by
// number (index 0 is unused).
var Practices = [16]string{
	"",
	"Current Flask and dependencies",
	"Secrets outside the code",
	"DEBUG off in production",
	"Secure sessions",
	"CSRF protection",
	"Input validation (XSS, injection)",
	"Parameterized database access",
	"HTTP security headers",
	"Password hashing",
	"Rate limiting",
	"Logging that leaks nothing",
	"Content Security Policy",
	"Monitoring and incident response",
	"TLS everywhere",
	"Dependency vulnerability checks",
}

// RuleInfo is what reports need to know about a rule, independent of how
// the rule is implemented.
type RuleInfo struct {
	ID         string     `json:"id"`
	Name       string     `json:"name"`
	Practice   int        `json:"practice"`
	CWE        int        `json:"cwe"`
	Severity   Severity   `json:"severity"`
	Confidence Confidence `json:"confidence"`
	Summary    string     `json:"summary"`
	// HelpURI points at the rule's documentation page.
	HelpURI string `json:"help_uri,omitempty"`
}

// Stats describes the work a scan did.
type Stats struct {
	Files        int   `json:"files"`
	PythonFiles  int   `json:"python_files"`
	Lines        int   `json:"lines"`
	Bytes        int64 `json:"bytes"`
	ReadNanos    int64 `json:"read_ns"`
	ParseNanos   int64 `json:"parse_ns"`
	AnalyzeNanos int64 `json:"analyze_ns"`
	TotalNanos   int64 `json:"total_ns"`
}

// Result is everything a run produced, ready for a report writer.
type Result struct {
	Tool        string       `json:"tool"`
	Version     string       `json:"version"`
	Root        string       `json:"root"`
	Rules       []RuleInfo   `json:"rules"`
	Findings    []Finding    `json:"findings"`
	Diagnostics []Diagnostic `json:"diagnostics"`
	Evidence    []Evidence   `json:"evidence"`
	Stats       Stats        `json:"stats"`
}

// Sort puts findings and diagnostics in a stable order (path, position,
// rule) so that output is identical from run to run whatever the scheduling.
func (r *Result) Sort() {
	slices.SortFunc(r.Findings, func(a, b Finding) int {
		return cmp.Or(compareLocation(a.Location, b.Location),
			cmp.Compare(a.RuleID, b.RuleID),
			cmp.Compare(a.Message, b.Message))
	})
	slices.SortFunc(r.Diagnostics, func(a, b Diagnostic) int {
		return cmp.Or(compareLocation(a.Location, b.Location),
			cmp.Compare(a.Kind, b.Kind),
			cmp.Compare(a.RuleID, b.RuleID),
			cmp.Compare(a.Message, b.Message))
	})
	slices.SortFunc(r.Rules, func(a, b RuleInfo) int { return cmp.Compare(a.ID, b.ID) })
	slices.SortFunc(r.Evidence, func(a, b Evidence) int {
		return cmp.Or(cmp.Compare(a.Practice, b.Practice), compareLocation(a.Location, b.Location),
			cmp.Compare(a.RuleID, b.RuleID), cmp.Compare(a.Message, b.Message))
	})
}

func compareLocation(a, b Location) int {
	return cmp.Or(cmp.Compare(a.Path, b.Path),
		cmp.Compare(a.StartLine, b.StartLine),
		cmp.Compare(a.StartCol, b.StartCol),
		cmp.Compare(a.EndLine, b.EndLine),
		cmp.Compare(a.EndCol, b.EndCol))
}

// Active returns the findings that are not suppressed.
func (r *Result) Active() []Finding {
	var out []Finding
	for _, f := range r.Findings {
		if f.Suppressed == nil {
			out = append(out, f)
		}
	}
	return out
}

// Fails reports whether any unsuppressed finding is at or above threshold.
func (r *Result) Fails(threshold Severity) bool {
	for _, f := range r.Findings {
		if f.Suppressed == nil && f.Severity >= threshold {
			return true
		}
	}
	return false
}
