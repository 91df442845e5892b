// Package finding is the shared vocabulary of flaskguard: what a finding is,
// how severe and how certain it is, where it points, and the diagnostics a
// run produces besides findings. Scan, probe and guard all speak it, so it
// imports nothing from the rest of the project.
package finding

// Location is a span in a file. Path is relative to the scan root and uses
// forward slashes; lines and columns are 1-based, columns count bytes, and
// the end is exclusive (EndCol points just past the last byte).
type Location struct {
	Path      string `json:"path"`
	StartLine int    `json:"start_line"`
	StartCol  int    `json:"start_col"`
	EndLine   int    `json:"end_line"`
	EndCol    int    `json:"end_col"`
}

// Step is one hop of a taint trace: where the value was and what happened.
type Step struct {
	Location Location `json:"location"`
	Note     string   `json:"note"`
}

// Suppression records why a finding is not counted. Suppressed findings stay
// in the result so that JSON and SARIF consumers can audit them.
type Suppression struct {
	// Kind is "inline" (# flaskguard: ignore[...]), "nosec" or "config".
	Kind   string `json:"kind"`
	Reason string `json:"reason,omitempty"`
}

// Finding is one problem found in one place.
type Finding struct {
	RuleID     string     `json:"rule_id"`
	RuleName   string     `json:"rule_name"`
	Practice   int        `json:"practice"`
	CWE        int        `json:"cwe"`
	Severity   Severity   `json:"severity"`
	Confidence Confidence `json:"confidence"`
	Location   Location   `json:"location"`
	Message    string     `json:"message"`
	Fix        string     `json:"fix,omitempty"`
	// Fingerprint identifies the finding across runs even when lines move:
	// it hashes the rule, the file and the normalised source of the span,
	// not the line number. Baselines and SARIF partialFingerprints key on it.
	Fingerprint string       `json:"fingerprint"`
	Trace       []Step       `json:"trace,omitempty"`
	Suppressed  *Suppression `json:"suppressed,omitempty"`
}

// Diagnostic is something the run wants the user to know that is not a
// finding about the code: a file that did not parse, a file skipped for its
// size, a rule that crashed, a suppression that matched nothing.
type Diagnostic struct {
	Kind     DiagnosticKind `json:"kind"`
	Location Location       `json:"location"`
	Message  string         `json:"message"`
	// RuleID names the rule involved, for internal errors and suppressions.
	RuleID string `json:"rule_id,omitempty"`
}

// DiagnosticKind classifies diagnostics.
type DiagnosticKind string

// The diagnostic kinds. Their string values are part of the JSON schema.
const (
	ParseError         DiagnosticKind = "parse-error"
	ReadError          DiagnosticKind = "read-error"
	SkippedFile        DiagnosticKind = "skipped-file"
	InternalError      DiagnosticKind = "internal-error"
	UnusedSuppression  DiagnosticKind = "unused-suppression"
	ExpiredSuppression DiagnosticKind = "expired-suppression"
	ConfigWarning      DiagnosticKind = "config-warning"
)

// IsError reports whether the diagnostic means the run itself failed somewhere
// (exit code 3) rather than that the input had a problem.
func (k DiagnosticKind) IsError() bool { return k == InternalError }

// Evidence is a fact that bears on a practice without being a problem: the
// scorecard shows it to explain a grade ("CSRFProtect(app) in app.py:12
// covers 14 of 15 POST routes"). Positive evidence makes a practice pass
// when nothing fails it; without any evidence a practice is unknown.
type Evidence struct {
	Practice int      `json:"practice"`
	Location Location `json:"location"`
	Message  string   `json:"message"`
	// RuleID names the rule or analysis that observed it.
	RuleID string `json:"rule_id,omitempty"`
}
