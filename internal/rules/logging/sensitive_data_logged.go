package logging

import (
	"github.com/flaskguard/flaskguard/internal/finding"
	"github.com/flaskguard/flaskguard/internal/python"
	"github.com/flaskguard/flaskguard/internal/rules/rule"
)

// SensitiveDataLogged flags passwords, tokens, keys and whole request
// bodies written to logs.
//
// # What it does
//
// Reports a log call that writes a credential or a container full of them.
// Log calls are logging.info/debug/warning/error/exception/critical/log,
// the same methods on a logger from logging.getLogger(...), on app.logger
// or current_app.logger of a Flask app, on loguru's logger or a structlog
// logger (directly or through a variable), and print(...) in modules of
// the Flask app. What is written includes the message, its arguments,
// f-string fields, %-formatting, .format, concatenation, str()/json.dumps
// wrappers, keyword arguments and extra={...}.
//
// A value is sensitive when:
//
//   - its name says so: a variable, attribute, keyword, dictionary key or
//     header containing password, passwd, pwd, secret, token, jwt,
//     api_key/apikey, private/access/signing key, authorization,
//     credentials, credit card/card number, cvv or ssn, as in password,
//     user.password, form.password.data, request.form["password"],
//     data.get("api_key"), app.config["SECRET_KEY"],
//     request.headers.get("Authorization"), request.cookies["session"],
//     extra={"token": t};
//   - it is a whole container of such things: request.form,
//     request.json, request.get_json(), request.data, request.get_data(),
//     request.values, request.headers, request.cookies,
//     request.authorization, request.environ, app.config or os.environ
//     (Medium severity, except cookies and authorization: they always hold
//     a credential);
//   - it is a local variable assigned one of the above (one hop:
//     pw = request.form["pw"]; log.info("%s", pw)).
//
// Names that describe a secret rather than hold one stay silent:
// password_policy, PASSWORD_FIELD, min_password_length, token_expires_at,
// has_password, masked_token, and so does the word in the message text
// ("password changed for %s"). Any call other than a formatting or
// serialising one ends the search, so len(password), bool(password),
// mask(token) and hash_password(pw) are fine, as is a short constant
// slice that identifies a token without disclosing it (token[:4]).
// print in a CLI command, under `if __name__ == "__main__"` or in a
// script that does not import Flask talks to an operator, not to a log,
// and is not reported.
//
// A log call guarded by `if app.debug:` is still reported: debug
// logging is switched on in production to chase a bug, and the log keeps
// the secret long after.
//
// # Why is this bad
//
// Logs are copied to files, log shippers, SaaS aggregators, backups and
// support tickets, and read by far more people than the database the
// password was meant for. A password in a log is a plain-text password
// store without access control or expiry; a session cookie, API token or
// Authorization header in a log lets anyone who reads it act as the user
// (CWE-532, insertion of sensitive information into a log file). Card
// numbers and national identifiers in logs also break PCI DSS and
// data-protection rules.
//
// # Example
//
//	@app.post("/login")
//	def login():
//	    app.logger.info("login attempt: %s", request.form)
//	    password = request.form["password"]
//	    app.logger.debug("checking password %s", password)
//
// # Use instead
//
// Log who did what, never the credential or the raw body:
//
//	@app.post("/login")
//	def login():
//	    username = request.form["username"]
//	    app.logger.info("login attempt for user id %s", user_id_for(username))
//	    app.logger.debug("password supplied: %s", bool(request.form.get("password")))
//
// # References
//
//   - https://cheatsheetseries.owasp.org/cheatsheets/Logging_Cheat_Sheet.html#data-to-exclude
//   - https://cwe.mitre.org/data/definitions/532.html
//   - https://flask.palletsprojects.com/en/stable/logging/
//   - https://docs.python.org/3/howto/logging.html
var SensitiveDataLogged = rule.Rule{
	ID:         "FG1101",
	Name:       "sensitive-data-logged",
	Practice:   11,
	CWE:        532,
	Severity:   finding.High,
	Confidence: finding.MediumConfidence,
	Summary:    "Password, token, key, cookie or whole request body written to a log",
	Fix:        "Log an identifier or the fact of the event instead of the value (user id, bool(password), token[:4]); never log request.form, request.json, headers or cookies whole.",
	Visits:     []python.Kind{python.KindCall},
	Check:      checkSensitiveDataLogged,
}

func checkSensitiveDataLogged(c *rule.Ctx, n python.Node) {
	call, ok := n.(*python.Call)
	if !ok {
		return
	}
	lc, ok := findLogCall(c, call)
	if !ok {
		return
	}
	f := secretFinder{c: c, scope: lc.scope}
	for _, a := range lc.messageArgs() {
		s, found := f.find(a.Value, 0)
		if !found && a.Name != "" {
			s, found = f.namedValue(a.Name, a.Value)
		}
		if found {
			where := "the log"
			if lc.style == printStyle {
				where = "standard output, which servers and containers collect as the log"
			}
			c.ReportSeverity(s.at.Span(), s.sev, lc.what+" writes `"+s.code+"` ("+s.label+") to "+where+
				": everyone with access to log files, log shippers and backups can read it")
			return // one finding per log call
		}
	}
}
