package main

// taintClasses are the classes whose truth depends on data flow.
func taintClasses() []string {
	return []string{"cmdi", "codeinj", "deserialization", "ldapi", "pathtraver", "redirect", "sqli", "trustbound",
		"xpathi", "xss", "xxe", "ssti", "ssrf", "headerinj", "loginj"}
}

// HTML escaping also escapes quotes, which incidentally closes SQL and
// XPath string contexts, a quoted shell word and XML markup: combined with
// those, the label would depend on the exact context, so those
// combinations are left out. Where it is combined with another class, the
// exploit does not need any of & < > ' ", and the case stays vulnerable.
func htmlEscapeSkip() []string {
	return []string{"sqli", "xpathi", "codeinj", "deserialization", "xxe", "shell-quoted"}
}

// Number conversions neutralise everything except a trust boundary (an
// attacker-chosen number in the session is still attacker-chosen), a URL
// host (2130706433 is 127.0.0.1) and a whole command line.
func numberSkip() []string { return []string{"trustbound", "url-host", "whole-command"} }

// sanitizers are applied to bar after the propagation. Only the right one
// for a class makes a case safe; the others are the "wrong sanitizer"
// ingredient of vulnerable cases.
func sanitizers() []sanitizer {
	return []sanitizer{
		{Name: "none", Doc: "no sanitizer"},
		{Name: "html-escape", Doc: "`html.escape`", Neutralises: []string{"xss"},
			Imports: []string{"import html"}, Code: `bar = html.escape(bar)`, Skip: htmlEscapeSkip()},
		{Name: "markupsafe-escape", Doc: "`markupsafe.escape`", Neutralises: []string{"xss"},
			Imports: []string{"import markupsafe"}, Code: `bar = str(markupsafe.escape(bar))`, Skip: htmlEscapeSkip()},
		{Name: "escape-for-html", Doc: "`helpers.utils.escape_for_html` (wraps `html.escape`)", Neutralises: []string{"xss"},
			Imports: []string{"import helpers.utils"}, Code: `bar = helpers.utils.escape_for_html(bar)`, Skip: htmlEscapeSkip()},
		{Name: "int", Doc: "`str(int(bar))`", Neutralises: taintClasses(),
			Code: `bar = str(int(bar))`, Skip: numberSkip()},
		{Name: "float", Doc: "`str(float(bar))`", Neutralises: taintClasses(),
			Code: `bar = str(float(bar))`, Skip: numberSkip()},
		{Name: "uuid", Doc: "`str(uuid.UUID(bar))`", Neutralises: taintClasses(),
			Imports: []string{"import uuid"}, Code: `bar = str(uuid.UUID(bar))`, Skip: numberSkip()},
		{Name: "shlex-quote", Doc: "`shlex.quote` (right only for a shell word outside quotes)", Neutralises: []string{"cmdi"},
			Imports: []string{"import shlex"}, Code: `bar = shlex.quote(bar)`,
			Only: []string{"cmdi", "xss", "loginj"}, Skip: []string{"whole-command"}},
		{Name: "secure-filename", Doc: "`werkzeug.utils.secure_filename`", Neutralises: []string{"pathtraver"},
			Imports: []string{"from werkzeug.utils import secure_filename"}, Code: `bar = secure_filename(bar)`,
			Only: []string{"pathtraver"}},
		{Name: "basename", Doc: "`os.path.basename`", Neutralises: []string{"pathtraver"},
			Imports: []string{"import os"}, Code: `bar = os.path.basename(bar)`,
			Only: []string{"pathtraver"}},
		{Name: "allow-list", Doc: "`if bar not in ALLOWED_VALUES: return ...` (a module-level tuple)", Neutralises: taintClasses(),
			Module: `ALLOWED_VALUES = ("summary", "details", "history")`,
			Code: `if bar not in ALLOWED_VALUES:
    return "Invalid value"`,
			Skip: []string{"trustbound"}},
		{Name: "regex-guard", Doc: "`re.fullmatch(r\"[A-Za-z0-9_]+\", bar)` or `abort(400)`", Neutralises: taintClasses(),
			Imports: []string{"import re", "from flask import abort"},
			Code: `if not re.fullmatch(r"[A-Za-z0-9_]+", bar):
    abort(400)`,
			Skip: []string{"trustbound", "codeinj", "deserialization", "url-host", "whole-command", "sql-numeric", "xpath-numeric", "xpath-path"}},
		{Name: "dotdot-only", Doc: "`if \"..\" in bar: abort(400)` (not enough: absolute paths pass)", Neutralises: nil,
			Imports: []string{"from flask import abort"},
			Code: `if ".." in bar:
    abort(400)`,
			Only: []string{"pathtraver", "xss", "sqli", "cmdi"}, Skip: []string{"path-concat", "path-prefix", "no-leading-slash"}},
		{Name: "dotdot-absolute", Doc: "`\"..\"` and leading `/` rejected", Neutralises: []string{"pathtraver"},
			Imports: []string{"from flask import abort"},
			Code: `if ".." in bar or bar.startswith("/"):
    abort(400)`,
			Only: []string{"pathtraver"}},
		{Name: "resolve-relative", Doc: "`Path.resolve()` then `is_relative_to(base)` or `abort(403)`", Neutralises: []string{"pathtraver"},
			Imports: []string{"import pathlib", "import helpers.utils", "from flask import abort"},
			Code: `base = pathlib.Path(helpers.utils.TESTFILES_DIR).resolve()
target = (base / bar).resolve()
if not target.is_relative_to(base):
    abort(403)
bar = str(target)`,
			Only: []string{"pathtraver"}},
		{Name: "url-allow-host", Doc: "`urlparse`: scheme https and netloc exactly www.example.com, else `abort(400)`", Neutralises: []string{"redirect", "ssrf"},
			Imports: []string{"import urllib.parse", "from flask import abort"},
			Code: `parsed = urllib.parse.urlparse(bar)
if parsed.scheme != "https" or parsed.netloc != "www.example.com":
    abort(400)`,
			Only: []string{"redirect", "ssrf"}, Skip: []string{"url-host"}},
		{Name: "crlf-strip", Doc: "`.replace(\"\\r\", \"\").replace(\"\\n\", \"\")`", Neutralises: []string{"headerinj", "loginj"},
			Code: `bar = bar.replace("\r", "").replace("\n", "")`,
			Only: []string{"headerinj", "loginj", "xss", "redirect", "sqli"}},
		{Name: "url-quote", Doc: "`urllib.parse.quote(bar, safe=\"\")`", Neutralises: []string{"headerinj", "loginj", "xss", "redirect", "sqli"},
			Imports: []string{"import urllib.parse"}, Code: `bar = urllib.parse.quote(bar, safe="")`,
			Only: []string{"headerinj", "loginj", "xss", "redirect", "sqli"}, Skip: []string{"sql-numeric"}},
		{Name: "ldap-escape", Doc: "`ldap3.utils.conv.escape_filter_chars`", Neutralises: []string{"ldapi"},
			Imports: []string{"from ldap3.utils.conv import escape_filter_chars"}, Code: `bar = escape_filter_chars(bar)`,
			Only: []string{"ldapi"}},
	}
}
