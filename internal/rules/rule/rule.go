// Package rule defines what a flaskguard rule is and the context it runs in.
// A rule is a value: metadata (ID, name, practice, CWE, severity) plus the
// check functions that inspect Python syntax nodes, configuration files, or
// the whole project. Rules report through the context and never build
// findings themselves, so metadata and locations stay consistent.
package rule

import (
	"github.com/flaskguard/flaskguard/internal/confsrc"
	"github.com/flaskguard/flaskguard/internal/finding"
	"github.com/flaskguard/flaskguard/internal/jinja"
	"github.com/flaskguard/flaskguard/internal/python"
)

// Rule is one check. Its doc comment (on the variable that declares it)
// is its documentation page; tools/gendocs extracts it.
type Rule struct {
	// ID is stable forever: "FG" + practice (two digits) + serial (two digits).
	ID string
	// Name is kebab-case and names the bad pattern: "flask-debug-enabled".
	Name       string
	Practice   int
	CWE        int
	Severity   finding.Severity
	Confidence finding.Confidence
	// Summary is one line for `flaskguard rules` and SARIF's shortDescription.
	Summary string
	// Fix is the default advice attached to every finding of the rule.
	Fix string

	// Visits lists the Python node kinds Check wants to see.
	Visits []python.Kind
	// Check is called for every node of a kind in Visits, in every Python file.
	Check func(c *Ctx, n python.Node)
	// CheckConfig is called once for every configuration file (.env,
	// Dockerfile, compose, Procfile, TOML/INI/YAML).
	CheckConfig func(c *Ctx, f *confsrc.File)
	// CheckTemplate is called once for every Jinja template, parsed even
	// when it has syntax errors (what could be read is there).
	CheckTemplate func(c *Ctx, t *jinja.Template)
	// CheckProject is called once per scan, after the per-file checks, for
	// rules about the project as a whole: what is absent everywhere
	// ("no CSRF protection at all") or what spans several files. Its Ctx
	// has no File; Ctx.Configs lists the configuration files.
	CheckProject func(c *Ctx)
}

// Info returns the rule's metadata in the shared finding vocabulary.
func (r *Rule) Info() finding.RuleInfo {
	return finding.RuleInfo{
		ID: r.ID, Name: r.Name, Practice: r.Practice, CWE: r.CWE,
		Severity: r.Severity, Confidence: r.Confidence, Summary: r.Summary,
	}
}
