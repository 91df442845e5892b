package secrets

import (
	"path"
	"strings"

	"github.com/flaskguard/flaskguard/internal/confsrc"
	"github.com/flaskguard/flaskguard/internal/finding"
	"github.com/flaskguard/flaskguard/internal/python"
	"github.com/flaskguard/flaskguard/internal/rules/internal/ruleutil"
	"github.com/flaskguard/flaskguard/internal/rules/rule"
)

// HardcodedAPIToken flags API tokens, passwords and other credentials
// written as literals.
//
// # What it does
//
// Reports two kinds of literal:
//
//   - a string in a format that providers made recognisable, anywhere in
//     the code or in a configuration file: AWS access key IDs (AKIA...),
//     GitHub tokens (ghp_, gho_, github_pat_), GitLab tokens (glpat-), Slack
//     tokens (xoxb-...) and webhook URLs, Stripe secret keys (sk_live_),
//     Google API keys (AIza...), SendGrid, Twilio, OpenAI, Anthropic, npm and
//     PyPI tokens, private key blocks with key material after the
//     -----BEGIN ... PRIVATE KEY----- line, and JSON Web Tokens;
//   - a literal assigned to a name that says it is a credential, with the
//     credential word last: API_KEY, ACCESS_KEY, STRIPE_SECRET_KEY,
//     *_TOKEN, *_SECRET, *_PASSWORD, DB_PASS. The name may be a variable or
//     class attribute, an attribute (self.api_key), a key of a dict or of
//     app.config, os.environ["API_TOKEN"], a keyword argument
//     (password="..."), the literal fallback of an environment lookup
//     (os.environ.get("API_TOKEN", "...")), an auth=("user", "...") tuple
//     or HTTPBasicAuth("user", "...") password, an Authorization header
//     with a literal Bearer token, or a setting of a Dockerfile, compose
//     file, TOML, INI or YAML file.
//
// Not reported: values read from the environment or a secret store,
// empty values, placeholders (changeme, your-api-key, <token>, ${TOKEN},
// xxxx), names that describe a credential rather than hold one
// (TOKEN_HEADER = "X-Auth-Token", PASSWORD_FIELD = "password",
// PASSWORD_MIN_LENGTH, TOKEN_URL, PASSWORD_HASH), values that are file
// paths, environment variable names, field names, regular expressions (a
// lexer's token pattern) or sentences
// (INVALID_PASSWORD = "Invalid password"), AWS's documented example key
// (AKIAIOSFODNN7EXAMPLE), the jwt.io sample token, and docstrings. Flask's
// signing keys (SECRET_KEY and its family) are FG0201's; passwords inside
// URLs are FG0202's; .env files are FG0204's.
//
// Severity is High. Stripe test-mode keys (sk_test_) are Low: they cannot
// move money, but they read and change the test account. JSON Web Tokens
// are Medium: most expire, but a long-lived service token is a password.
// Literals in config classes, files and compose services named for
// development or tests are Medium, and in example files Low.
//
// # Why is this bad
//
// A credential in the code is known to everyone who can read the
// repository, its forks and clones, CI logs and container images, and it
// stays in the history after the line is changed. Automated scanners find
// tokens pushed to public repositories within minutes; cloud keys are
// used to mine cryptocurrency, API tokens to read customer data or send
// mail and SMS at the owner's expense (CWE-798, use of hard-coded
// credentials).
//
// # Example
//
//	class Config:
//	    BOOKS_API_TOKEN = "ob_4f9a1c7e2b8d4e06a3f5c9d1e7b2a8f4"
//	    MAIL_PASSWORD = "Winter2024!"
//
//	s3 = boto3.client("s3", aws_access_key_id="AKIA...", aws_secret_access_key="...")
//
// # Use instead
//
// Read credentials from the environment (without a literal fallback) or a
// secret manager, revoke the leaked token and issue a new one:
//
//	import os
//
//	class Config:
//	    BOOKS_API_TOKEN = os.environ["BOOKS_API_TOKEN"]
//	    MAIL_PASSWORD = os.environ["MAIL_PASSWORD"]
//
//	s3 = boto3.client("s3")  # credentials from the instance role or the environment
//
// # References
//
//   - https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html
//   - https://docs.github.com/en/code-security/secret-scanning/introduction/supported-secret-scanning-patterns
//   - https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html
//   - https://flask.palletsprojects.com/en/stable/config/#configuring-from-environment-variables
//   - https://cwe.mitre.org/data/definitions/798.html
var HardcodedAPIToken = rule.Rule{
	ID:          "FG0203",
	Name:        "hardcoded-api-token",
	Practice:    2,
	CWE:         798,
	Severity:    finding.High,
	Confidence:  finding.MediumConfidence,
	Summary:     "API token, access key, password or private key written as a literal",
	Fix:         `Read the credential from the environment without a default (os.environ["API_TOKEN"]) or from a secret manager, then revoke the leaked one and issue a new one.`,
	Visits:      []python.Kind{python.KindModule},
	Check:       checkAPIToken,
	CheckConfig: checkAPITokenConfig,
}

func checkAPIToken(c *rule.Ctx, n python.Node) {
	walkInClasses(n, nil, func(x python.Node, classes []string) {
		switch x := x.(type) {
		case *python.String:
			if m, ok := findToken(literalText(c.File, x)); ok {
				c.ReportSeverity(x.Span(), m.sev, tokenMessage(m))
			}
		case *python.Assign:
			if x.Value == nil || x.Op != "" {
				return
			}
			for _, t := range x.Targets {
				if name := ruleutil.TargetName(t); name != "" {
					checkNamedLiteral(c, name, x.Value, classes)
				}
			}
		case *python.Dict:
			for i, k := range x.Keys {
				if key, ok := python.StringValue(k); ok && i < len(x.Values) {
					checkNamedLiteral(c, key, x.Values[i], classes)
				}
			}
		case *python.Call:
			checkTokenCall(c, x, classes)
		case *python.BoolOp:
			// os.environ.get("API_TOKEN") or "literal"; when the left
			// side has a known value the Call reports its default.
			switch x.Left.(type) {
			case *python.Call, *python.Subscript:
				if x.Op != "or" {
					return
				}
				if _, known := c.Project.Const(c.Module, x.Left); !known {
					checkTokenFallback(c, x)
				}
			}
		}
	})
}

// basicAuthClasses take (username, password) positionally.
var basicAuthClasses = map[string]bool{
	"requests.auth.HTTPBasicAuth": true, "requests.auth.HTTPDigestAuth": true, "requests.HTTPBasicAuth": true,
	"httpx.BasicAuth": true, "httpx.DigestAuth": true, "aiohttp.BasicAuth": true,
}

// checkTokenCall handles keyword arguments (password="..."), auth=
// tuples, HTTPBasicAuth("user", "...") and environment fallbacks.
func checkTokenCall(c *rule.Ctx, call *python.Call, classes []string) {
	for _, a := range call.Args {
		if a.Star != 0 || a.Name == "" {
			continue
		}
		if a.Name == "auth" {
			if t, ok := a.Value.(*python.Tuple); ok && len(t.Elts) == 2 {
				checkNamedLiteral(c, "auth password", t.Elts[1], classes)
			}
			continue
		}
		checkNamedLiteral(c, a.Name, a.Value, classes)
	}
	if pw, ok := call.Positional(1); ok && mayBeBasicAuth(call.Func) &&
		basicAuthClasses[c.Project.Qualify(c.Module, call.Func)] {
		checkNamedLiteral(c, "basic auth password", pw, classes)
	}
	if isEnvGetterName(call.Func) && hasFallbackArg(call) && credentialVar(call) {
		checkTokenFallback(c, call)
	}
}

// credentialVar screens an environment lookup call by the variable it
// reads before the costlier evaluation: checkTokenFallback reports only
// the fallbacks of credential variables, and most calls of that shape are
// dict.get("key", default).
func credentialVar(call *python.Call) bool {
	name := envVarLiteral(call)
	if isKeyEnvVar(name) {
		return false
	}
	_, ok := credentialName(name)
	return ok
}

func mayBeBasicAuth(callee python.Expr) bool {
	var last string
	switch e := callee.(type) {
	case *python.Name:
		last = e.ID
	case *python.Attribute:
		last = e.Attr
	}
	return strings.HasSuffix(last, "Auth")
}

// checkTokenFallback reports the literal default of an environment lookup
// of a credential: os.environ.get("API_TOKEN", "..."), ... or "...".
func checkTokenFallback(c *rule.Ctx, e python.Expr) {
	v, ok := c.Project.Const(c.Module, e)
	if !ok || !v.EnvFallback || !v.IsText() || isKeyEnvVar(v.EnvVar) {
		return
	}
	kind, ok := credentialName(v.EnvVar)
	if !ok || !credentialValue(kind, v.Str) {
		return
	}
	c.Report(fallbackLiteral(e).Span(), v.EnvVar+" falls back to "+hardcoded(kind)+
		" whenever the variable is unset: the literal is in the code for everyone to read, "+
		"and a deployment that forgets the variable runs with it")
}

// checkNamedLiteral reports value when it is a literal credential stored
// under a credential name.
func checkNamedLiteral(c *rule.Ctx, name string, value python.Expr, classes []string) {
	// Most values are not literals; that test is cheaper than splitting
	// the name into words.
	s, ok := value.(*python.String)
	if !ok || !s.IsConstant() {
		return
	}
	var kind string
	switch name {
	case "auth password", "basic auth password":
		kind = "password"
	default:
		k, ok := credentialName(name)
		if !ok {
			return
		}
		kind = k
	}
	if !credentialValue(kind, s.Value) {
		return
	}
	sev := finding.High
	msg := name + " holds " + hardcoded(kind) + ": anyone with the code, a clone or an image can use it"
	if inDevClass(classes) {
		sev = finding.Medium
		msg += "; it is in a development or test config class, but real credentials there get used and reused"
	}
	c.ReportSeverity(s.Span(), sev, msg)
}

// credentialValue reports whether a literal under a credential name is
// itself the credential, and not one that another check reports: known
// token formats are reported wherever they are, by format.
func credentialValue(kind, v string) bool {
	if _, ok := findToken(v); ok {
		return false
	}
	if kind == "authorization header" {
		return authorizationSecret(v)
	}
	return isSecretValue(v)
}

// tokenMessage describes a literal in a known credential format.
func tokenMessage(m tokenMatch) string {
	switch m.sev {
	case finding.Low:
		return m.what + " is written as a literal: it cannot reach live data, but it reads and changes the test account; keep it out of the code too"
	case finding.Medium:
		return m.what + " is written as a literal: if it has not expired, anyone with the code can use it as a bearer credential"
	}
	return m.what + " is written as a literal: anyone with the code, a clone or an image can use it; revoke it and issue a new one"
}

// checkAPITokenConfig looks at the settings and commands of configuration
// files other than .env files, which FG0204 covers.
func checkAPITokenConfig(c *rule.Ctx, f *confsrc.File) {
	if f.Kind == confsrc.Env {
		return
	}
	where := path.Base(f.Path)
	note := fileNote(f)
	for _, s := range f.Settings {
		if isKeyName(strings.ToUpper(s.Key)) {
			continue // FG0201
		}
		value, fallback := literalValue(s.Value)
		if value == "" {
			continue
		}
		loc := s.ValueLoc
		if loc.StartLine == 0 {
			loc = s.Loc
		}
		if m, ok := findToken(value); ok {
			sev, extra := gradeConfig(f, s.Scope, m.sev)
			c.ReportAt(loc, sev, tokenMessage(m)+" ("+s.Key+" in "+where+")"+note+extra)
			continue
		}
		kind, ok := credentialName(s.Key)
		if !ok || !credentialValue(kind, value) {
			continue
		}
		msg := s.Key + " in " + where + " is " + hardcoded(kind) + ": anyone with the repository can use it"
		if fallback {
			msg = s.Key + " in " + where + " falls back to " + hardcoded(kind) + " whenever the variable is unset"
		}
		sev, extra := gradeConfig(f, s.Scope, finding.High)
		c.ReportAt(loc, sev, msg+note+extra)
	}
	for _, cmd := range f.Commands {
		if m, ok := findToken(cmd.Text); ok {
			sev, extra := gradeConfig(f, cmd.Scope, m.sev)
			c.ReportAt(cmd.Loc, sev, tokenMessage(m)+" (in a command of "+where+")"+note+extra)
		}
	}
}

// hardcoded says "a hard-coded <kind>" for messages.
func hardcoded(kind string) string { return "a hard-coded " + kind }

// withArticle puts "a" or "an" before a credential kind ("an API key").
func withArticle(kind string) string {
	if kind != "" && strings.ContainsRune("aeiouAEIOU", rune(kind[0])) {
		return "an " + kind
	}
	return "a " + kind
}
