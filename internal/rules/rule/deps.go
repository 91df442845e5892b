package rule

import (
	"github.com/flaskguard/flaskguard/internal/advisories"
	"github.com/flaskguard/flaskguard/internal/finding"
	"github.com/flaskguard/flaskguard/internal/manifest"
)

// Deps is what a scan knows about the project's dependencies, for the
// CheckProject rules of practices 1 and 15. The scan sets Ctx.Deps only when
// it read at least one manifest or lockfile; rules return early on nil.
type Deps struct {
	// Files are the manifests and lockfiles read, in path order, followed
	// by the files they pull in with -r, -c or "file:" that the walk did
	// not find by name. Files that did not parse at all are absent.
	Files []*manifest.File
	// Resolution says which requirements describe what is installed
	// (lockfiles over pins over ranges, per folder) and which of them stand
	// in for which manifest lines.
	Resolution manifest.Resolution
	// Advisories returns the advisory database. The scan loads it on the
	// first call and returns the same result to every later call, so a
	// project without requirements never pays for decoding it. An error
	// means the data could not be read; the scan reports it, and rules
	// that need the data skip their check.
	Advisories func() (*advisories.DB, error)
}

// ReportConfidence records a finding at loc with a chosen severity and
// confidence, for rules whose certainty depends on what they see: a
// dependency pinned to one version is known to be affected, one allowed a
// range of versions only may be.
func (c *Ctx) ReportConfidence(loc finding.Location, sev finding.Severity, conf finding.Confidence, message string) {
	c.emit(finding.Finding{
		RuleID:     c.rule.ID,
		RuleName:   c.rule.Name,
		Practice:   c.rule.Practice,
		CWE:        c.rule.CWE,
		Severity:   sev,
		Confidence: conf,
		Location:   loc,
		Message:    message,
		Fix:        c.rule.Fix,
	})
}
