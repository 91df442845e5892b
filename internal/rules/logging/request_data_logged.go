package logging

import (
	"github.com/flaskguard/flaskguard/internal/finding"
	"github.com/flaskguard/flaskguard/internal/python"
	"github.com/flaskguard/flaskguard/internal/rules/rule"
)

// RequestDataLoggedUnsanitized flags request data written into a log line
// with its line breaks intact.
//
// # What it does
//
// Reports a log call (the same calls as FG1101: logging.*, loggers from
// logging.getLogger, app.logger and current_app.logger, loguru, print)
// whose text includes a value taken from the request without neutralising
// CR and LF:
//
//   - fields: request.args, form, values, headers, cookies, view_args and
//     the JSON body, read with [key] or .get(key) (not with type=int);
//   - decoded request text: request.path, full_path, script_root,
//     user_agent, referrer, content_type, mimetype, origin, and an
//     upload's filename;
//   - a local variable assigned directly from one of these (one hop),
//     through string methods that keep line breaks (.strip(), .lower(),
//     slicing), str(), html.escape() and markupsafe.escape().
//
// The value counts as neutralised when it goes through repr(), a %r or
// %a directive, an f-string {x!r} or self-documenting {x=} field, int(),
// float(), json.dumps(), urllib.parse.quote(), re.sub(), a project helper
// (for_log(x)) or any other call the rule does not know, or a .replace
// chain that removes both "\r" and "\n". A variable that the function
// checked before the log call against a regular expression (RE.match(x),
// re.fullmatch(p, x)), an allow-list (x in ALLOWED) or a str.isalnum()
// style predicate counts as validated, whatever that branch does.
// Secrets are left to FG1101, and a whole container (request.form,
// request.headers) prints as a repr that escapes line breaks.
//
// request.url and request.base_url are not reported: Werkzeug
// percent-encodes control characters in them, while request.path is
// decoded (a request for /a%0ab gives "/a\nb").
//
// structlog loggers are not reported: they pass values as separate
// fields, and the JSON renderer escapes line breaks. A logging.Formatter
// or Filter that escapes the message, configured elsewhere, is not
// detected; suppress the rule for the project if you have one. The rule
// is intra-procedural by design: values passed between functions are
// the business of the taint engine (planned for practices 6 and 7),
// which will replace the one-hop variable following.
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
	ID:         "FG1102",
	Name:       "request-data-logged-unsanitized",
	Practice:   11,
	CWE:        117,
	Severity:   finding.Medium,
	Confidence: finding.MediumConfidence,
	Summary:    "Request data written into a log line without neutralising line breaks (log injection)",
	Fix:        "Log client values with %r / {value!r}, or through a helper that escapes CR, LF and other control characters; validate values with a known shape first.",
	Visits:     []python.Kind{python.KindCall},
	Check:      checkRequestDataLogged,
}

func checkRequestDataLogged(c *rule.Ctx, n python.Node) {
	call, ok := n.(*python.Call)
	if !ok {
		return
	}
	lc, ok := findLogCall(c, call)
	if !ok || lc.style == structuredStyle || len(lc.scope) == 0 {
		return // request data only exists inside functions
	}
	f := rawFinder{c: c, scope: lc.scope, at: call.Span().Start}
	if r, ok := f.logArgs(lc); ok {
		c.Report(r.at.Span(), lc.what+" writes "+r.describe(c)+" into the log line as it was sent: "+
			"a value with a line break (%0a) forges extra log entries")
	}
}

// logArgs checks the text a log call writes: the message, and the
// arguments as the call's style merges them into it.
func (f *rawFinder) logArgs(lc logCall) (rawInput, bool) {
	var msg python.Expr
	var args []python.Expr
	pos := 0
	for _, a := range lc.call.Args {
		switch {
		case a.Star != 0 || a.Name != "":
		case pos < lc.msg:
			pos++
		case pos == lc.msg && lc.style != printStyle:
			msg = a.Value
			pos++
		default:
			args = append(args, a.Value)
			pos++
		}
	}
	if msg != nil {
		if r, ok := f.find(msg, convStr, 0); ok {
			return r, true
		}
	}
	switch lc.style {
	case printStyle:
		return f.first(0, args...)
	case braceStyle:
		if msg == nil || len(args) == 0 && !hasKeywords(lc.call) {
			return rawInput{}, false // loguru formats only when given arguments
		}
		return f.braceArgs(msg, lc.call, lc.msg+1, 0)
	}
	if msg == nil {
		return rawInput{}, false
	}
	return f.percentArgs(msg, args, 0, false)
}

func hasKeywords(c *python.Call) bool {
	for _, a := range c.Args {
		if a.Name != "" && !nonMessageKeyword(a.Name) {
			return true
		}
	}
	return false
}

// validated reports whether fn, before pos, tests the variable name in an
// if, elif, while or assert condition against a regular expression
// (RE.match(name), re.fullmatch(p, name), .search), an allow-list
// (name in ALLOWED) or a character-class predicate (name.isalnum()).
func validated(fn *python.FunctionDef, name string, pos python.Pos) bool {
	if fn == nil {
		return false
	}
	isVar := func(e python.Expr) bool {
		n, ok := e.(*python.Name)
		return ok && n.ID == name
	}
	checks := func(test python.Expr) bool {
		found := false
		python.Walk(test, func(n python.Node) bool {
			switch x := n.(type) {
			case *python.Call:
				a, ok := x.Func.(*python.Attribute)
				if !ok {
					return true
				}
				switch a.Attr {
				case "match", "fullmatch", "search":
					for _, arg := range x.Args {
						found = found || isVar(arg.Value)
					}
				case "isalnum", "isalpha", "isdigit", "isdecimal", "isnumeric", "isidentifier", "isprintable":
					found = found || isVar(a.Value)
				}
			case *python.Compare:
				if len(x.Ops) > 0 && len(x.Operands) > 0 {
					found = found || isVar(x.Operands[0]) && (x.Ops[0] == "in" || x.Ops[0] == "not in")
				}
			}
			return !found
		})
		return found
	}
	found := false
	for _, s := range fn.Body {
		python.Walk(s, func(n python.Node) bool {
			if found || n.Span().Start.Offset >= pos.Offset {
				return false
			}
			switch x := n.(type) {
			case *python.FunctionDef, *python.ClassDef:
				return false
			case *python.If:
				found = checks(x.Test)
			case *python.While:
				found = checks(x.Test)
			case *python.Assert:
				found = checks(x.Test)
			}
			return !found
		})
	}
	return found
}
