// Package osv turns OSV advisory records for PyPI into the compact facts that
// flaskguard matches against (IDs, aliases, package, ECOSYSTEM version ranges,
// explicit versions, CVSS vector, dates) and reads and writes the gzip index
// that is embedded in the binary.
//
// It is a package of its own so that tools/genadvisories can build the index
// without importing internal/advisories, which embeds that very index and so
// would not compile before it exists.
package osv

import (
	"cmp"
	"slices"
)

// Advisory is the part of one OSV record that concerns one PyPI package.
// Human prose (summary, details) is deliberately absent: flaskguard embeds
// facts only and links to the advisory for the text.
type Advisory struct {
	ID      string   `json:"id"`
	Aliases []string `json:"aliases,omitempty"`
	// Package is the PEP 503 normalised project name.
	Package string `json:"package"`
	// Ranges holds only the ECOSYSTEM ranges, events in record order with
	// their version strings exactly as written.
	Ranges []Range `json:"ranges,omitempty"`
	// Versions lists explicitly affected versions as written; entries need
	// not be valid PEP 440.
	Versions []string `json:"versions,omitempty"`
	// Severity is a CVSS v3 vector string, or empty when the record has
	// none.
	Severity  string `json:"severity,omitempty"`
	Withdrawn bool   `json:"withdrawn,omitempty"`
	Modified  string `json:"modified,omitempty"`
	Published string `json:"published,omitempty"`
	// URL links to the advisory's page.
	URL string `json:"url"`
	// Notes are curated applicability facts ("windows-only",
	// "debugger-only", "sandbox-only", "dev-server-only").
	Notes []string `json:"notes,omitempty"`
	// Curated is true for advisories added from curated.json because the
	// OSV data lacked them.
	Curated bool `json:"curated,omitempty"`
}

// Range is one ECOSYSTEM range: events to be sorted by version and walked.
type Range struct {
	Events []Event `json:"events"`
}

// Event is one OSV range event; exactly one field is set.
type Event struct {
	Introduced   string `json:"introduced,omitempty"`
	Fixed        string `json:"fixed,omitempty"`
	LastAffected string `json:"last_affected,omitempty"`
	Limit        string `json:"limit,omitempty"`
}

// Keys returns the advisory's ID followed by its aliases: the identifiers
// under which two records describe the same issue.
func (a *Advisory) Keys() []string {
	return append([]string{a.ID}, a.Aliases...)
}

// URLFor returns the advisory page flaskguard links to for an ID. osv.dev
// serves PYSEC, GHSA and CVE identifiers alike.
func URLFor(id string) string { return "https://osv.dev/vulnerability/" + id }

// Sort orders advisories by package, then ID, so that the index and every
// listing built from it are deterministic.
func Sort(advs []Advisory) {
	slices.SortFunc(advs, func(a, b Advisory) int {
		if c := cmp.Compare(a.Package, b.Package); c != 0 {
			return c
		}
		return cmp.Compare(a.ID, b.ID)
	})
}
