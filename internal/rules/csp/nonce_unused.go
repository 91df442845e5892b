package csp

import (
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/flaskguard/flaskguard/internal/finding"
	"github.com/flaskguard/flaskguard/internal/flaskmodel"
	"github.com/flaskguard/flaskguard/internal/jinja"
	"github.com/flaskguard/flaskguard/internal/rules/rule"
)

// TalismanNonceUnused flags a Flask-Talisman CSP nonce that no template
// uses while templates hold inline scripts or styles.
//
// # What it does
//
// Reports content_security_policy_nonce_in on a Flask-Talisman instance
// bound to an app when no template calls csp_nonce() (and no Python code
// reads it) although some template has an inline <script> (for a nonce in
// script-src or default-src) or <style> (for style-src) without a nonce
// attribute. It names the first such element.
//
// Templates without inline scripts need no nonce, so an unused nonce is
// not reported on its own; nor are nonces configured only for development
// or tests.
//
// # Why is this bad
//
// With a nonce in script-src, CSP2+ browsers ignore 'unsafe-inline', so
// inline scripts without the nonce are blocked: the pages break, and the
// usual "fix" under pressure is to drop the policy or the nonce, leaving
// the site with no protection against injected script. A nonce that is
// configured but never rendered also shows the policy is not the one its
// authors think they ship (CWE-693, protection mechanism failure).
//
// # Example
//
//	Talisman(app, content_security_policy_nonce_in=["script-src"])
//
//	<!-- templates/base.html -->
//	<script>initMenu();</script>
//
// # Use instead
//
//	<script nonce="{{ csp_nonce() }}">initMenu();</script>
//
// # References
//
//   - https://github.com/wntrblm/flask-talisman#content-security-policy
//   - https://developer.mozilla.org/en-US/docs/Web/HTML/Global_attributes/nonce
//   - https://cwe.mitre.org/data/definitions/693.html
var TalismanNonceUnused = rule.Rule{
	ID:           "FG1204",
	Name:         "talisman-nonce-unused",
	Practice:     12,
	CWE:          693,
	Severity:     finding.Low,
	Confidence:   finding.MediumConfidence,
	Summary:      "Talisman adds a CSP nonce but no template renders csp_nonce(), while templates have inline scripts without it",
	Fix:          "Render the nonce on inline elements: <script nonce=\"{{ csp_nonce() }}\">, or move the code to static files.",
	CheckProject: checkNonceUnused,
}

var (
	inlineRE = regexp.MustCompile(`(?is)<(script|style)\b([^>]*)>`)
	srcRE    = regexp.MustCompile(`(?i)(^|\s)(src|nonce)\s*=`)
	typeRE   = regexp.MustCompile(`(?i)(?:^|\s)type\s*=\s*["']?([^"'\s>]+)`)
)

func checkNonceUnused(c *rule.Ctx) {
	if c.Flask == nil {
		return
	}
	for _, t := range c.Templates.All() {
		if strings.Contains(string(t.Source), "csp_nonce") {
			return
		}
	}
	if _, ok := c.Flask.Mentions("csp_nonce"); ok {
		return
	}
	seen := map[finding.Location]bool{}
	for _, e := range c.Flask.Extensions {
		if e.Kind != flaskmodel.ExtTalisman || e.App == nil || c.Flask.DevOnly(e.InitLoc) {
			continue
		}
		s := e.Setting("content_security_policy_nonce_in")
		if s == nil || len(s.Items) == 0 || seen[s.Loc] || c.Flask.DevOnly(s.Loc) {
			continue
		}
		var tags []string
		if slices.Contains(s.Items, "script-src") || slices.Contains(s.Items, "default-src") || slices.Contains(s.Items, "script-src-elem") {
			tags = append(tags, "script")
		}
		if slices.Contains(s.Items, "style-src") || slices.Contains(s.Items, "default-src") || slices.Contains(s.Items, "style-src-elem") {
			tags = append(tags, "style")
		}
		if where, tag, ok := inlineElement(c.Templates.All(), tags); ok {
			seen[s.Loc] = true
			c.ReportAt(s.Loc, finding.Low, "Talisman adds a nonce to "+strings.Join(s.Items, ", ")+" but no template renders csp_nonce(): the inline <"+tag+"> at "+
				where+" has no nonce, so browsers block it (the nonce makes them ignore 'unsafe-inline')")
		}
	}
}

// inlineElement finds the first inline element of the given tags without
// a nonce, among templates that produce HTML: a <script> without src (of
// a JavaScript type) or a <style>.
func inlineElement(ts []*jinja.Template, tags []string) (string, string, bool) {
	for _, t := range ts {
		if !t.HasHTML {
			continue
		}
		for _, m := range inlineRE.FindAllSubmatchIndex(t.Source, -1) {
			tag := strings.ToLower(string(t.Source[m[2]:m[3]]))
			attrs := string(t.Source[m[4]:m[5]])
			if !slices.Contains(tags, tag) || srcRE.MatchString(attrs) || tag == "script" && !isJSType(attrs) {
				continue
			}
			line := strings.Count(string(t.Source[:m[0]]), "\n") + 1
			return t.Path + ":" + strconv.Itoa(line), tag, true
		}
	}
	return "", "", false
}

// isJSType reports whether a script's type attribute makes it run: absent,
// "module", or a JavaScript MIME type. Data blocks (application/ld+json,
// text/template) do not run and need no nonce.
func isJSType(attrs string) bool {
	m := typeRE.FindStringSubmatch(attrs)
	if m == nil {
		return true
	}
	switch t := strings.ToLower(m[1]); {
	case t == "module", strings.Contains(t, "javascript"), strings.Contains(t, "ecmascript"):
		return true
	}
	return false
}
