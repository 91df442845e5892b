package secrets

import (
	"path"
	"strings"

	"github.com/flaskguard/flaskguard/internal/confsrc"
	"github.com/flaskguard/flaskguard/internal/finding"
	"github.com/flaskguard/flaskguard/internal/rules/internal/ruleutil"
	"github.com/flaskguard/flaskguard/internal/rules/rule"
)

// CommittedEnvFileSecret flags secrets in .env files that are part of the
// repository.
//
// # What it does
//
// Reports each line of a .env file (.env, .env.production, .flaskenv,
// prod.env) that holds a secret: a non-empty value under a name that says
// it is a credential (DB_PASSWORD, MAIL_PASSWORD, API_KEY, STRIPE_SECRET_KEY,
// GITHUB_TOKEN, CLIENT_SECRET), or a value in a known credential format
// (AKIA..., ghp_..., sk_live_..., a private key) under any name. flaskguard
// never reads files that .gitignore excludes, so a .env file that reaches
// the scan is committed, or will be with the next `git add .`.
//
// One finding per line, and one rule per line: SECRET_KEY and the other
// Flask signing keys are reported by FG0201, and connection strings with a
// password (DATABASE_URL=postgresql://user:password@host/db) by FG0202.
// Empty values, interpolations (${DB_PASSWORD}), placeholders (changeme,
// your-api-key, <token>, xxxx) and values that are not secrets (URLs
// without a password, file paths, names) are not reported, so an example
// file that lists the variables to set stays silent.
//
// Severity is High. Files named for development or tests
// (.env.development, .env.test, .env.local) are Medium: their credentials
// are often real accounts too. Example files (.env.example, .env.sample,
// .env.template) that hold real-looking values are Low, as are Stripe
// test-mode keys.
//
// # Why is this bad
//
// .env files exist to keep secrets out of the code; committed, they put
// them back, in a form that every clone, fork, CI cache and container
// build context (COPY . .) carries along, and that stays in the history
// after the file is deleted (CWE-538, insertion of sensitive information
// into an externally accessible file).
//
// # Example
//
//	# .env (committed)
//	FLASK_APP=app.py
//	MAIL_PASSWORD=Winter2024!
//	STRIPE_API_KEY=sk_live_51H8...
//
// # Use instead
//
// Keep .env out of the repository and commit an example with empty values;
// in production, set the variables in the platform's secret store:
//
//	# .gitignore
//	.env
//	.env.*
//	!.env.example
//
//	# .env.example (committed)
//	FLASK_APP=app.py
//	MAIL_PASSWORD=
//	STRIPE_API_KEY=
//
// Then rotate every credential the committed file held: removing the file
// does not remove it from the history.
//
// # References
//
//   - https://flask.palletsprojects.com/en/stable/cli/#environment-variables-from-dotenv
//   - https://github.com/theskumar/python-dotenv#getting-started
//   - https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html
//   - https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/removing-sensitive-data-from-a-repository
//   - https://cwe.mitre.org/data/definitions/538.html
var CommittedEnvFileSecret = rule.Rule{
	ID:          "FG0204",
	Name:        "committed-env-file-secret",
	Practice:    2,
	CWE:         538,
	Severity:    finding.High,
	Confidence:  finding.HighConfidence,
	Summary:     "Password, token or API key in a .env file that is committed to the repository",
	Fix:         "Remove the .env file from the repository (git rm --cached .env), add it to .gitignore, commit a .env.example with empty values, and rotate every credential it held.",
	CheckConfig: checkEnvFileSecret,
}

func checkEnvFileSecret(c *rule.Ctx, f *confsrc.File) {
	if f.Kind != confsrc.Env {
		return
	}
	where := path.Base(f.Path)
	for _, s := range f.Settings {
		if isKeyName(strings.ToUpper(s.Key)) {
			continue // FG0201
		}
		value, _ := literalValue(s.Value)
		if value == "" || strings.Contains(value, "://") {
			continue // nothing, or a URL: FG0202 judges its password
		}
		sev := finding.High
		var what string
		if m, ok := findToken(value); ok {
			sev, what = m.sev, m.what
		} else if kind, ok := credentialName(s.Key); ok && credentialValue(kind, value) {
			what = withArticle(kind)
		} else {
			continue
		}
		msg := s.Key + " in " + where + " holds " + what + " in clear text, and the file is not ignored by git: " +
			"everyone with a clone of the repository has it"
		switch {
		case ruleutil.IsExampleFile(f.Path):
			sev = finding.Low
			msg += "; this is an example file, but its value looks real: leave it empty"
		case ruleutil.IsDevName(where) && sev > finding.Medium:
			sev = finding.Medium
			msg += "; the file is named for development or tests, but such credentials are often real accounts"
		}
		c.ReportAt(s.Loc, sev, msg)
	}
}
