package secrets

import (
	"bytes"
	"path"
	"strings"

	"github.com/flaskguard/flaskguard/internal/confsrc"
	"github.com/flaskguard/flaskguard/internal/finding"
	"github.com/flaskguard/flaskguard/internal/python"
	"github.com/flaskguard/flaskguard/internal/rules/internal/ruleutil"
	"github.com/flaskguard/flaskguard/internal/rules/rule"
)

// HardcodedCredentialInURL flags connection strings that carry a literal
// password.
//
// # What it does
//
// Reports URLs with a password in their user information
// (scheme://user:password@host/...) written as literals: database URIs
// (postgresql://, mysql+pymysql://, mongodb+srv://), broker and cache
// URLs (redis://:password@, amqp://), and any other scheme, wherever they
// appear:
//
//   - in any Python string literal: SQLALCHEMY_DATABASE_URI and other
//     config values, create_engine() and connect() arguments, defaults of
//     os.environ.get, dictionary values, and f-strings whose password part
//     is literal text (f"postgresql://app:s3cret@{host}/db");
//   - in configuration files: Dockerfile ENV and ARG, compose environment
//     entries and commands, .env files, TOML, INI and YAML settings.
//
// A URL whose password is a template field is not a credential:
// ${DB_PASSWORD}, $DB_PASSWORD, {password} (a str.format template),
// %(password)s, %s, <password>, [user:passwd@] (help texts), *** and
// f-strings that interpolate it (f"postgresql://{user}:{pw}@{host}/db").
// URLs without a password
// (postgresql://localhost/db, sqlite:///app.db, redis://redis:6379/0) are
// not reported, nor are docstrings.
//
// Stand-in passwords (password, pass, changeme, SQLAlchemy's scott:tiger)
// are what documentation writes, and are ignored when the host is local
// (localhost, 127.0.0.1, host.docker.internal) or a documentation name
// (example.com, "host", host:port written out). For any other host they are reported like a real
// password: deployed as it is, the stand-in is the password, and an easily
// guessed one.
//
// Severity is High. It is Low for a real-looking password to a local or
// documentation host (a developer's own database, but it still teaches the
// pattern) and in example files (.env.example); Medium in config classes,
// files and compose services named for development or tests. In .env files
// this rule owns connection strings: FG0204 reports the other secrets of
// the file. A password in a known token format is FG0203's.
//
// # Why is this bad
//
// Everyone who can read the repository, a container image (docker history
// shows ENV values), a CI log or a backup learns the database password,
// and it stays in every past commit even after the line is changed. A
// database reachable from a compromised host or a misconfigured network
// rule can then be read and modified directly, bypassing the application
// (CWE-798, use of hard-coded credentials).
//
// # Example
//
//	class Config:
//	    SQLALCHEMY_DATABASE_URI = "postgresql://notes:Vn3x8q@db.internal:5432/notes"
//
//	engine = create_engine("mysql+pymysql://app:hunter2@10.0.3.7/shop")
//
// # Use instead
//
// Read the whole URL, or at least the password, from the environment or a
// secret store, without a literal fallback, and rotate the leaked password:
//
//	import os
//
//	class Config:
//	    SQLALCHEMY_DATABASE_URI = os.environ["DATABASE_URL"]
//
//	# or build it from parts, with the password from the environment:
//	engine = create_engine(URL.create(
//	    "postgresql", username="notes", password=os.environ["DB_PASSWORD"], host="db.internal"))
//
// # References
//
//   - https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html
//   - https://flask-sqlalchemy.readthedocs.io/en/stable/config/#connection-url-format
//   - https://docs.sqlalchemy.org/en/20/core/engines.html#creating-urls-programmatically
//   - https://docs.docker.com/compose/how-tos/use-secrets/
//   - https://cwe.mitre.org/data/definitions/798.html
var HardcodedCredentialInURL = rule.Rule{
	ID:          "FG0202",
	Name:        "hardcoded-credential-in-url",
	Practice:    2,
	CWE:         798,
	Severity:    finding.High,
	Confidence:  finding.HighConfidence,
	Summary:     "Database or service URL with a literal password (postgresql://user:password@host)",
	Fix:         `Read the connection URL (or its password) from the environment without a default (os.environ["DATABASE_URL"]) or a secret store, and change the leaked password.`,
	Visits:      []python.Kind{python.KindModule},
	Check:       checkCredentialURL,
	CheckConfig: checkCredentialURLConfig,
}

func checkCredentialURL(c *rule.Ctx, n python.Node) {
	src := c.File.Source
	if !bytes.Contains(src, []byte("://")) || !bytes.Contains(src, []byte("@")) {
		return
	}
	walkLiterals(n, nil, func(s *python.String, classes []string) {
		if !strings.Contains(s.Value, "@") || !strings.Contains(s.Value, "://") {
			return // both are literal text even in an f-string
		}
		for _, u := range findCredentialURLs(literalText(c.File, s)) {
			sev, ok := urlSeverity(u)
			if !ok {
				continue
			}
			msg := urlMessage(u)
			if inDevClass(classes) && sev > finding.Medium {
				sev = finding.Medium
				msg += "; it is in a development or test config class, but such passwords tend to be reused"
			}
			c.ReportSeverity(s.Span(), sev, msg)
			return // one finding per literal
		}
	})
}

// checkCredentialURLConfig looks at every setting value and command of a
// configuration file.
func checkCredentialURLConfig(c *rule.Ctx, f *confsrc.File) {
	where := path.Base(f.Path)
	note := fileNote(f)
	for _, s := range f.Settings {
		u, sev, ok := firstCredentialURL(s.Value)
		if !ok {
			continue
		}
		loc := s.ValueLoc
		if loc.StartLine == 0 {
			loc = s.Loc
		}
		sev, extra := gradeConfig(f, s.Scope, sev)
		msg := urlMessage(u) + " (" + s.Key + " in " + where + ")" + note + extra
		c.ReportAt(loc, sev, msg)
	}
	for _, cmd := range f.Commands {
		u, sev, ok := firstCredentialURL(cmd.Text)
		if !ok {
			continue
		}
		sev, extra := gradeConfig(f, cmd.Scope, sev)
		c.ReportAt(cmd.Loc, sev, urlMessage(u)+" (in a command of "+where+")"+note+extra)
	}
}

// firstCredentialURL returns the first URL of a text whose password is to
// be reported, with its severity before file-based grading.
func firstCredentialURL(text string) (credURL, finding.Severity, bool) {
	if !strings.Contains(text, "@") {
		return credURL{}, 0, false
	}
	for _, u := range findCredentialURLs(text) {
		if sev, ok := urlSeverity(u); ok {
			return u, sev, true
		}
	}
	return credURL{}, 0, false
}

// urlSeverity grades a credential URL by its password and host.
func urlSeverity(u credURL) (finding.Severity, bool) {
	switch judgePassword(u) {
	case reportPassword:
		return finding.High, true
	case lowPassword:
		return finding.Low, true
	}
	return 0, false
}

// gradeConfig lowers the severity of a finding in an example file (Low)
// or in a file or compose service named for development (at most Medium),
// and says why.
func gradeConfig(f *confsrc.File, scope string, sev finding.Severity) (finding.Severity, string) {
	switch {
	case ruleutil.IsExampleFile(f.Path):
		return finding.Low, "; this is an example file, not deployed, but deployments that copy it run with this credential"
	case sev > finding.Medium && ruleutil.IsDevConfig(f, scope):
		return finding.Medium, "; the file or service is named for development, but such credentials tend to be real and reused"
	}
	return sev, ""
}

// fileNote adds what makes a file kind worse: a .env file that reached the
// scan is committed (discovery skips ignored files), and Dockerfile
// values stay in every image.
func fileNote(f *confsrc.File) string {
	switch f.Kind {
	case confsrc.Env:
		if !ruleutil.IsExampleFile(f.Path) {
			return "; the .env file is not ignored by git, so it is committed with the code"
		}
	case confsrc.Dockerfile:
		return "; docker history shows ENV and ARG values in every image built from this file"
	}
	return ""
}

// urlMessage describes a credential URL without repeating the password.
func urlMessage(u credURL) string {
	who := ""
	if u.user != "" && !isPlaceholderPassword(u.user) {
		who = ` for user "` + u.user + `"`
	}
	host := u.host
	switch {
	case host == "":
		host = "the default host"
	case strings.ContainsAny(host, "{}"):
		host = "a host set at run time"
	}
	msg := u.scheme + ":// URL with a literal password" + who + " at " + host +
		": anyone with the code or the file can connect with it"
	if classifyHost(u.host) != remoteHost {
		msg += " (the host is local or a documentation name, so this is likely a development database)"
	} else if urlPlaceholderWords[squash(u.password)] {
		msg += ` (the password looks like a stand-in, but deployed as it is it is a guessable one)`
	}
	return msg
}
