package main

// Source tags:
//
//	no-crlf      the value cannot carry CR or LF over real HTTP (header
//	             values, cookies, file names), so log and header injection
//	             cannot be exploited through it
//	header-name  only HTTP token characters survive, title-cased
//	no-slash     a <string:s> URL part: no '/'
//	path-prefix  the value starts with the fixed route path
//	upload       an uploaded file was read (the FileStorage.save sink needs it)
//	no-leading-slash  a <path:p> URL part cannot start with '/'
//
// crlfClasses are the classes a no-crlf source cannot feed.
func crlfClasses() []string { return []string{"loginj", "headerinj"} }

// sources are the ways a view reads request data into `param`.
func sources() []source {
	return []source{
		{
			Name: "args-get", Doc: "`request.args.get(name)` with a None check", Tainted: true, Inject: "query",
			Code: `param = request.args.get("@NAME@")
if not param:
    param = ""`,
		},
		{
			Name: "args-index", Doc: "`request.args[name]`", Tainted: true, Inject: "query",
			Code: `param = request.args["@NAME@"]`,
		},
		{
			Name: "args-getlist", Doc: "`request.args.getlist(name)[0]`", Tainted: true, Inject: "query",
			Code: `values = request.args.getlist("@NAME@")
param = values[0] if values else ""`,
		},
		{
			Name: "form-get", Doc: "`request.form.get(name, default)`", Tainted: true, Inject: "form",
			Code: `param = request.form.get("@NAME@", "")`,
		},
		{
			Name: "values-get", Doc: "`request.values.get(name)` (query or form)", Tainted: true, Inject: "query",
			Code: `param = request.values.get("@NAME@", "")`,
		},
		{
			Name: "header-get", Doc: "`request.headers.get(name)`", Tainted: true, Inject: "header",
			Code: `param = request.headers.get("@NAME@", "")`,
			Tags: []string{"no-crlf"}, Skip: crlfClasses(),
		},
		{
			Name: "header-unquoted", Doc: "a header value percent-decoded with `urllib.parse.unquote` (CR/LF possible again)", Tainted: true, Inject: "header-quoted",
			Imports: []string{"import urllib.parse"},
			Code: `param = request.headers.get("@NAME@", "")
param = urllib.parse.unquote(param)`,
		},
		{
			Name: "header-names", Doc: "the first uncommon header *name*, via iteration over `request.headers.keys()`", Tainted: true, Inject: "header-name",
			Imports: []string{"import helpers.utils"},
			Code: `param = ""
for name in request.headers.keys():
    if name.lower() in helpers.utils.COMMON_HEADERS:
        continue
    param = name
    break`,
			Tags: []string{"no-crlf", "header-name"},
			Only: []string{"sqli", "cmdi", "trustbound"},
			Skip: []string{"sql-numeric", "shell-quoted"},
		},
		{
			Name: "cookie-get", Doc: "`request.cookies.get(name)`", Tainted: true, Inject: "cookie",
			Code: `param = request.cookies.get("@NAME@", "noCookieValueSupplied")`,
			Tags: []string{"no-crlf"}, Skip: crlfClasses(),
		},
		{
			Name: "json-index", Doc: "`request.get_json()[name]`", Tainted: true, Inject: "json",
			Code: `param = request.get_json()["@NAME@"]`,
		},
		{
			Name: "json-get", Doc: "`request.json.get(name)`", Tainted: true, Inject: "json",
			Code: `param = request.json.get("@NAME@", "")`,
		},
		{
			Name: "get-data", Doc: "`request.get_data(as_text=True)` (the whole body)", Tainted: true, Inject: "body",
			Code: `param = request.get_data(as_text=True)`,
		},
		{
			Name: "data-decode", Doc: "`request.data.decode()`", Tainted: true, Inject: "body",
			Code: `param = request.data.decode("utf-8")`,
		},
		{
			Name: "query-parse-qs", Doc: "`request.query_string` through `urllib.parse.parse_qs`", Tainted: true, Inject: "query",
			Imports: []string{"import urllib.parse"},
			Code: `parsed = urllib.parse.parse_qs(request.query_string.decode("utf-8"))
param = parsed.get("@NAME@", [""])[0]`,
		},
		{
			Name: "query-manual", Doc: "`request.query_string` searched by hand and `unquote_plus`-decoded, as OWASP does", Tainted: true, Inject: "query",
			Imports: []string{"import urllib.parse"},
			Code: `query_string = request.query_string.decode("utf-8")
paramLoc = query_string.find("@NAME@" + "=")
if paramLoc == -1:
    return "request.query_string did not contain expected parameter '@NAME@'."
param = query_string[paramLoc + len("@NAME@") + 1:]
ampLoc = param.find("&")
if ampLoc != -1:
    param = param[:ampLoc]
param = urllib.parse.unquote_plus(param)`,
		},
		{
			Name: "upload-filename", Doc: "`request.files[...].filename`", Tainted: true, Inject: "upload",
			Code: `upload = request.files["upload"]
param = upload.filename or ""`,
			Tags: []string{"no-crlf", "upload"}, Skip: append(crlfClasses(), "xxe"),
		},
		{
			Name: "request-path", Doc: "`request.path` of a route ending in `<path:p>`", Tainted: true, Inject: "path",
			Route: "/<path:p>", Arg: "p",
			Code: `param = request.path`,
			Tags: []string{"no-crlf", "path-prefix"},
			Skip: []string{"loginj", "headerinj", "redirect", "ssrf", "codeinj", "xxe", "deserialization", "xpath-path"},
		},
		{
			Name: "request-full-path", Doc: "`request.full_path` of a route ending in `<path:p>`", Tainted: true, Inject: "path",
			Route: "/<path:p>", Arg: "p",
			Code: `param = request.full_path`,
			Tags: []string{"no-crlf", "path-prefix"},
			Skip: []string{"loginj", "headerinj", "redirect", "ssrf", "codeinj", "xxe", "deserialization", "xpath-path"},
		},
		{
			Name: "referrer", Doc: "`request.referrer`", Tainted: true, Inject: "referer",
			Code: `param = request.referrer or ""`,
			Tags: []string{"no-crlf"}, Skip: crlfClasses(),
		},
		{
			Name: "user-agent", Doc: "`request.user_agent.string`", Tainted: true, Inject: "user-agent",
			Code: `param = request.user_agent.string`,
			Tags: []string{"no-crlf"}, Skip: crlfClasses(),
		},
		{
			Name: "url-path", Doc: "a `<path:p>` URL part", Tainted: true, Inject: "path",
			Route: "/<path:p>", Arg: "p",
			Code: `param = p`,
			Tags: []string{"no-crlf", "no-leading-slash"}, Skip: crlfClasses(),
		},
		{
			Name: "url-string", Doc: "a `<string:s>` URL part", Tainted: true, Inject: "path",
			Route: "/<string:s>", Arg: "s",
			Code: `param = s`,
			Tags: []string{"no-slash"},
			Skip: []string{"pathtraver", "redirect", "ssrf", "xxe"},
		},
		{
			Name: "wrapper-value", Doc: "`helpers.separate_request.request_wrapper(request).get_value(name)`", Tainted: true, Inject: "query",
			Imports: []string{"import helpers.separate_request"},
			Code: `wrapped = helpers.separate_request.request_wrapper(request)
param = wrapped.get_value("@NAME@")`,
		},
		{
			Name: "url-int", Doc: "an `<int:n>` URL part (safe: digits only)", Tainted: false, Inject: "path-int",
			Route: "/<int:n>", Arg: "n",
			Code: `param = str(n)`,
		},
		{
			Name: "url-uuid", Doc: "a `<uuid:u>` URL part (safe: a UUID)", Tainted: false, Inject: "path-uuid",
			Route: "/<uuid:u>", Arg: "u",
			Code: `param = str(u)`,
		},
		{
			Name: "args-type-int", Doc: "`request.args.get(name, type=int)` (safe: an int or the default)", Tainted: false, Inject: "query",
			Code: `param = str(request.args.get("@NAME@", default=0, type=int))`,
		},
		{
			Name: "wrapper-safe-value", Doc: "`request_wrapper(request).get_safe_value(name)` (safe: returns a constant)", Tainted: false, Inject: "query",
			Imports: []string{"import helpers.separate_request"},
			Code: `wrapped = helpers.separate_request.request_wrapper(request)
param = wrapped.get_safe_value("@NAME@")`,
		},
	}
}
