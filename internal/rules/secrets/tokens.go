package secrets

import (
	"regexp"
	"strings"

	"github.com/flaskguard/flaskguard/internal/finding"
)

// tokenFormat is a credential format that providers made recognisable on
// purpose (a fixed prefix, a length, a checksum alphabet), so that a match
// is a credential whatever name it is assigned to.
type tokenFormat struct {
	// what names the format with its article, for messages.
	what string
	re   *regexp.Regexp
	// sev is the severity of a match: High for live credentials, Medium
	// for tokens that usually expire (JWTs), Low for test-mode keys.
	sev finding.Severity
	// marker is a substring every match contains, checked before the
	// regular expression so that most literals cost one search.
	marker string
}

// tokenFormats lists the formats, from the providers' documentation and
// the rules of secret scanners (gitleaks, GitHub secret scanning). It is a
// constant table, never written after initialisation.
var tokenFormats = [...]tokenFormat{
	{"an AWS access key ID", regexp.MustCompile(`\b(?:AKIA|ASIA)[0-9A-Z]{16}\b`), finding.High, "IA"},
	{"a GitHub token", regexp.MustCompile(`\bgh[pousr]_[0-9A-Za-z]{36}\b`), finding.High, "gh"},
	{"a GitHub fine-grained token", regexp.MustCompile(`\bgithub_pat_[0-9A-Za-z]{22}_[0-9A-Za-z]{59}\b`), finding.High, "github_pat_"},
	{"a GitLab personal access token", regexp.MustCompile(`\bglpat-[0-9A-Za-z_-]{20,}`), finding.High, "glpat-"},
	{"a Slack token", regexp.MustCompile(`\bxox[abposr]-[0-9A-Za-z-]{10,}`), finding.High, "xox"},
	{"a Slack webhook URL", regexp.MustCompile(`https://hooks\.slack\.com/services/T[0-9A-Z]{8,}/B[0-9A-Z]{8,}/[0-9A-Za-z]{24}`), finding.High, "hooks.slack.com"},
	{"a Stripe live secret key", regexp.MustCompile(`\b[sr]k_live_[0-9A-Za-z]{24,}\b`), finding.High, "_live_"},
	{"a Stripe test-mode key", regexp.MustCompile(`\b[sr]k_test_[0-9A-Za-z]{24,}\b`), finding.Low, "_test_"},
	{"a Google API key", regexp.MustCompile(`\bAIza[0-9A-Za-z_-]{35}`), finding.High, "AIza"},
	{"a SendGrid API key", regexp.MustCompile(`\bSG\.[0-9A-Za-z_-]{22}\.[0-9A-Za-z_-]{43}`), finding.High, "SG."},
	{"a Twilio API key", regexp.MustCompile(`\bSK[0-9a-f]{32}\b`), finding.High, "SK"},
	{"an OpenAI API key", regexp.MustCompile(`\bsk-(?:proj-|svcacct-|admin-)?[0-9A-Za-z_-]{20,}T3BlbkFJ[0-9A-Za-z_-]{20,}`), finding.High, "T3BlbkFJ"},
	{"an OpenAI project key", regexp.MustCompile(`\bsk-proj-[0-9A-Za-z_-]{40,}`), finding.High, "sk-proj-"},
	{"an Anthropic API key", regexp.MustCompile(`\bsk-ant-(?:api|admin)\d\d-[0-9A-Za-z_-]{80,}`), finding.High, "sk-ant-"},
	{"an npm access token", regexp.MustCompile(`\bnpm_[0-9A-Za-z]{36}\b`), finding.High, "npm_"},
	{"a PyPI API token", regexp.MustCompile(`\bpypi-AgEIcHlwaS5vcmc[0-9A-Za-z_-]{50,}`), finding.High, "pypi-"},
	{"a private key", regexp.MustCompile(`-----BEGIN[A-Z ]*PRIVATE KEY(?: BLOCK)?-----`), finding.High, "PRIVATE KEY"},
	{"a JSON Web Token", regexp.MustCompile(`\beyJ[0-9A-Za-z_-]{8,}\.eyJ[0-9A-Za-z_-]{8,}\.[0-9A-Za-z_-]{16,}`), finding.Medium, "eyJ"},
}

// jwtIOSample is the signature of the example token on jwt.io ("John
// Doe"), pasted into countless tutorials; it authenticates nothing.
const jwtIOSample = "SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"

// tokenMatch is a known credential format found in a text.
type tokenMatch struct {
	what string
	sev  finding.Severity
}

// findToken returns the first known credential format in s. Documented
// examples do not count: AWS's AKIA...EXAMPLE keys, the jwt.io sample,
// and private key headers without a key after them (code that parses PEM
// files compares against the header alone).
func findToken(s string) (tokenMatch, bool) {
	for i := range tokenFormats {
		tf := &tokenFormats[i]
		if !strings.Contains(s, tf.marker) {
			continue
		}
		for _, loc := range tf.re.FindAllStringIndex(s, -1) {
			m := s[loc[0]:loc[1]]
			switch {
			case strings.HasSuffix(m, "EXAMPLE"), strings.Contains(m, jwtIOSample):
				continue
			case tf.what == "a private key" && !pemBodyFollows(s[loc[1]:]):
				continue
			}
			return tokenMatch{what: tf.what, sev: tf.sev}, true
		}
	}
	return tokenMatch{}, false
}

// pemBodyFollows reports whether a PEM header is followed by key material:
// at least 40 base64 characters (after optional Proc-Type and DEK-Info
// lines of an encrypted key) before the END line or the end of the text.
func pemBodyFollows(rest string) bool {
	if end := strings.Index(rest, "-----END"); end >= 0 {
		rest = rest[:end]
	}
	n := 0
	for _, line := range strings.Split(strings.ReplaceAll(rest, `\n`, "\n"), "\n") {
		line = strings.TrimSpace(line)
		if strings.Contains(line, ":") {
			continue // Proc-Type: / DEK-Info: headers
		}
		for _, r := range line {
			switch {
			case r >= 'A' && r <= 'Z', r >= 'a' && r <= 'z', r >= '0' && r <= '9', r == '+', r == '/', r == '=':
				n++
			default:
				return n >= 40
			}
		}
	}
	return n >= 40
}
