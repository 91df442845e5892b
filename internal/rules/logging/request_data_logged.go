package logging

import (
	"strings"

	"github.com/flaskguard/flaskguard/internal/finding"
	"github.com/flaskguard/flaskguard/internal/rules/rule"
	"github.com/flaskguard/flaskguard/internal/taint"
	"github.com/flaskguard/flaskguard/internal/taint/spec"
)

// RequestDataLoggedUnsanitized flags request data written into a log line
// with its line breaks intact.
//
// # What it does
//
// Reports a log call (logging.*, loggers from logging.getLogger,
// app.logger and current_app.logger, loguru, print) whose text includes a
// value taken from the request without neutralising CR and LF. The value
// is followed by the taint engine (internal/taint), across assignments,
// string building, containers and function calls in any module, from any
// request source: fields of request.args, form, values, headers, cookies,
// view_args and the JSON body; decoded request text such as request.path,
// full_path, user_agent and referrer; an upload's filename; URL
// parameters of string and path converters.
//
// The value counts as neutralised when it goes through repr(), a %r or
// %a directive, an f-string {x!r} or self-documenting {x=} field, a
// {!r} field of str.format, int(), float(), type=int, json.dumps(),
// urllib.parse.quote(), re.sub(), .splitlines(), .encode() (bytes print
// as their repr), a .replace chain that removes both "\r" and "\n", or a
// project helper that does one of these (for_log(x)). A value checked
// against a regular expression that cannot match a line break
// (RE.match(x) before a return or abort), an allow-list (x in ALLOWED) or
// a str.isalnum() style predicate is validated on the path that goes on.
// html.escape() and markupsafe.escape() do not count: they leave line
// breaks alone. Secrets are left to FG1101, and a whole container prints
// as a repr that escapes line breaks: request.form and request.headers, a
// dict or list the view built or got from dict(...) or
// request.form.to_dict(), whether it is the message itself
// (logger.debug(options)), an argument, or put into the message with
// str(), %s, {} or an f-string field. Arguments of a %-style call beyond the message's fields, and
// keywords such as extra=, are never written into the line.
//
// request.url and request.base_url are not reported: Werkzeug
// percent-encodes control characters in them, while request.path is
// decoded (a request for /a%0ab gives "/a\nb").
//
// structlog loggers are not reported: they pass values as separate
// fields, and the JSON renderer escapes line breaks. A logging.Formatter
// or Filter that escapes the message, configured elsewhere, is not
// detected; suppress the rule for the project if you have one.
//
// # Why is this bad
//
// A log line is trusted to be one event written by the application. A
// client who puts "%0a" or "\r\n" in a parameter, a header or the path can
// end the real line and append a forged one ("2025-01-01 INFO user admin
// logged in"), hide an attack among fake entries, or break parsers that
// feed alerting (CWE-117, improper output neutralization for logs).
// Terminal escape sequences in the same values can also rewrite what an
// operator sees in a console.
//
// # Example
//
//	@app.post("/login")
//	def login():
//	    username = request.form["username"]
//	    if not check_login(username, request.form["password"]):
//	        app.logger.warning("failed login for " + username)
//
// # Use instead
//
// Log the value with %r (or {x!r}), which escapes line breaks, or pass it
// through a helper that escapes control characters; validate it first
// where it has a known shape:
//
//	def for_log(value, limit=64):
//	    return value[:limit].encode("unicode_escape").decode("ascii")
//
//	@app.post("/login")
//	def login():
//	    username = request.form["username"]
//	    if not check_login(username, request.form["password"]):
//	        app.logger.warning("failed login for %r", username)
//	        app.logger.warning("failed login for %s", for_log(username))
//
// # References
//
//   - https://cheatsheetseries.owasp.org/cheatsheets/Logging_Cheat_Sheet.html#event-collection
//   - https://owasp.org/www-community/attacks/Log_Injection
//   - https://cwe.mitre.org/data/definitions/117.html
//   - https://flask.palletsprojects.com/en/stable/logging/
//   - https://werkzeug.palletsprojects.com/en/stable/wrappers/#werkzeug.wrappers.Request.path
var RequestDataLoggedUnsanitized = rule.Rule{
	ID:           "FG1102",
	Name:         "request-data-logged-unsanitized",
	Practice:     11,
	CWE:          117,
	Severity:     finding.Medium,
	Confidence:   finding.MediumConfidence,
	Summary:      "Request data written into a log line without neutralising line breaks (log injection)",
	Fix:          "Log client values with %r / {value!r}, or through a helper that escapes CR, LF and other control characters; validate values with a known shape first.",
	CheckProject: checkRequestDataLogged,
}

// checkRequestDataLogged reports the taint engine's flows into log calls,
// except those whose value is a secret: logging a password is FG1101's
// finding, whether or not it also has line breaks.
func checkRequestDataLogged(c *rule.Ctx) {
	res := c.Taint()
	if res == nil {
		return
	}
	for _, f := range res.FlowsFunc(spec.Log, notSecret) {
		c.ReportTrace(f.Sink, f.Message+": a value with a line break (%0a) forges extra log entries", f.Trace)
	}
}

// notSecret keeps flows whose source field and intermediate variables are
// not named like a credential (request.form["password"], or a variable
// called token on the way).
func notSecret(f taint.Flow) bool {
	if _, ok := secretName(sourceKey(f.SourceLabel), true); ok {
		return false
	}
	for _, s := range f.Trace {
		if name, ok := strings.CutPrefix(s.Note, "assigned to "); ok {
			if _, secret := secretName(name, false); secret {
				return false
			}
		}
	}
	return true
}

// sourceKey is the field a source label names: "password" for
// request.form["password"], the parameter for "URL parameter token".
func sourceKey(label string) string {
	if i := strings.Index(label, `["`); i >= 0 {
		return strings.TrimSuffix(label[i+2:], `"]`)
	}
	if name, ok := strings.CutPrefix(label, "URL parameter "); ok {
		return name
	}
	return ""
}
