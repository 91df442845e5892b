package spec

// clears makes one sanitizer per callee.
func clears(class Class, callees ...string) []Sanitizer {
	out := make([]Sanitizer, 0, len(callees))
	for _, c := range callees {
		out = append(out, Sanitizer{Callee: c, Clears: class})
	}
	return out
}

// encoded is what an encoding into letters, digits and a few symbols
// protects: every class whose attacks need quotes, brackets, spaces,
// angle brackets or line breaks.
const encoded = SQL | Command | Code | Template | HTML | LDAP | XPath | Header | Log | XML | Deserialize

// encoding makes sanitizers that are reversible encodings.
func encoding(class Class, callees ...string) []Sanitizer {
	out := clears(class, callees...)
	for i := range out {
		out[i].Encodes = true
	}
	return out
}

// defaultDecoders undo base64, hex, URL and HTML encodings.
func defaultDecoders() []string {
	return []string{"base64.b64decode", "base64.standard_b64decode", "base64.urlsafe_b64decode",
		"base64.b32decode", "base64.b16decode", "base64.decodebytes", "binascii.unhexlify",
		"binascii.a2b_hex", "binascii.a2b_base64", "bytes.fromhex", "urllib.parse.unquote",
		"urllib.parse.unquote_plus", "urllib.unquote", "html.unescape", "json.loads", "ast.literal_eval"}
}

// defaultTemplateCtors: Jinja templates made from strings. jinja2.Template
// does not escape unless told to; Flask's app.jinja_env does for string
// templates.
func defaultTemplateCtors() []TemplateCtor {
	return []TemplateCtor{
		{Callee: "jinja2.Template", Source: 0},
		{Callee: "jinja2.environment.Template", Source: 0},
		{Callee: "jinja2.*.from_string", Source: 0},
		{Callee: "*.jinja_env.from_string", Source: 0, Autoescape: true},
	}
}

// quoting makes sanitizers that protect by quoting.
func quoting(class Class, callees ...string) []Sanitizer {
	out := clears(class, callees...)
	for i := range out {
		out[i].Quotes = true
	}
	return out
}

// quoted is what URL-quoting protects: every metacharacter of HTML, SQL,
// shells, templates, LDAP and XPath becomes %XX. Slashes and dots stay,
// so a quoted value is still a path or a redirect target.
const quoted = HTML | SQL | Command | Code | Template | LDAP | XPath | Header | Log

// defaultSanitizers lists the built-in sanitizers. Escaping clears HTML
// only: an escaped value is still a dangerous path, URL or SQL fragment.
func defaultSanitizers() []Sanitizer {
	var out []Sanitizer
	for _, part := range [][]Sanitizer{
		encoding(HTML, "markupsafe.escape", "markupsafe.Markup.escape", "flask.escape", "jinja2.escape",
			"html.escape", "cgi.escape", "werkzeug.utils.escape"),
		clears(HTML, "bleach.clean", "bleach.linkify",
			"xml.sax.saxutils.escape", "xml.sax.saxutils.quoteattr", "markupsafe.escape_silent",
			// Markup's own methods escape their arguments.
			"markupsafe.Markup().format", "markupsafe.Markup().join", "flask.Markup().format"),
		// Conversions to numbers, booleans and UUIDs leave nothing of the text.
		clears(All, "int", "float", "bool", "complex", "uuid.UUID", "decimal.Decimal",
			"ipaddress.ip_address", "ipaddress.ip_network", "datetime.date.fromisoformat",
			"datetime.datetime.fromisoformat", "datetime.datetime.strptime"),
		quoting(Command, "shlex.quote", "pipes.quote", "shlex.join"),
		// secure_filename keeps only [A-Za-z0-9_.-] and never "..".
		clears(All, "werkzeug.utils.secure_filename", "werkzeug.secure_filename"),
		clears(Path, "werkzeug.utils.safe_join", "werkzeug.security.safe_join", "flask.safe_join",
			"flask.helpers.safe_join", "os.path.basename", "ntpath.basename", "posixpath.basename"),
		encoding(quoted, "urllib.parse.quote", "urllib.parse.quote_plus", "urllib.parse.urlencode",
			"urllib.quote", "urllib.quote_plus", "werkzeug.urls.url_quote"),
		clears(LDAP, "ldap3.utils.conv.escape_filter_chars", "ldap.filter.escape_filter_chars",
			"ldap.filter.filter_format", "ldap.dn.escape_dn_chars", "ldap3.utils.dn.escape_rdn"),
		clears(SQL, "pymysql.escape_string", "pymysql.converters.escape_string", "MySQLdb.escape_string",
			"psycopg2.sql.Literal", "psycopg2.sql.Identifier", "psycopg2.extensions.adapt", "*.escape_string"),
		// json.dumps escapes line breaks, splitlines() and re.sub (used to
		// strip control characters) remove them.
		encoding(Log|Header, "json.dumps"),
		clears(Log|Header, "*.splitlines", "re.sub", "regex.sub"),
		// repr() writes a Python string literal: escaped, and inert as code.
		clears(Log|Header|Code, "repr", "ascii"),
		// Base64 text is [A-Za-z0-9+/=]: no quote, bracket, space or line
		// break, but slashes.
		encoding(encoded, "base64.b64encode", "base64.standard_b64encode", "base64.encodebytes",
			"base64.b32encode", "binascii.b2a_base64"),
		// URL-safe base64 and hex have no slash or dot either.
		encoding(encoded|Path|Redirect, "base64.urlsafe_b64encode", "base64.b16encode",
			"binascii.hexlify", "binascii.b2a_hex", "*.hex"),
		// Parameters bound to a statement are data, not SQL.
		clears(SQL, "*.bindparams", "sqlalchemy.bindparam", "sqlalchemy.sql.bindparam"),
	} {
		out = append(out, part...)
	}
	for _, q := range []string{"urllib.parse.quote", "urllib.parse.quote_plus", "urllib.quote"} {
		// With safe="" the slash is encoded too: no path, no other host.
		out = append(out, Sanitizer{Callee: q, Clears: Path | Redirect | SSRF, Kw: "safe", KwPos: 1, KwIs: []string{""}})
	}
	out = append(out,
		Sanitizer{Callee: "*.encode", Clears: Log | Header, ArgIs: []string{"unicode_escape", "unicode-escape"}},
		Sanitizer{Callee: "*.replace", Clears: Log | Header, ArgIs: []string{"\r"}, Part: 1},
		Sanitizer{Callee: "*.replace", Clears: Log | Header, ArgIs: []string{"\n"}, Part: 2},
		Sanitizer{Callee: "*.hexdigest", Clears: All},
		Sanitizer{Callee: "*.digest", Clears: All},
	)
	return out
}

// defaultClean lists calls whose results never carry request data:
// predicates and measurements, identifiers made by the server, responses
// (a response object is checked where it is made) and URLs built by
// url_for, whose host is the app's own and whose arguments are quoted.
func defaultClean() []string {
	return []string{
		"len", "isinstance", "issubclass", "hasattr", "callable", "id", "hash", "type", "ord",
		"abs", "round", "divmod", "range", "print", "setattr", "delattr", "any", "all",
		"*.startswith", "*.endswith", "*.isdigit", "*.isalpha", "*.isalnum", "*.isnumeric",
		"*.isdecimal", "*.isspace", "*.isupper", "*.islower", "*.istitle", "*.isidentifier",
		"*.isprintable", "*.isascii", "*.count", "*.find", "*.rfind", "*.index", "*.rindex",
		"os.path.exists", "os.path.isfile", "os.path.isdir", "os.path.islink", "os.path.getsize",
		"os.path.getmtime", "os.getpid", "os.urandom", "time.time", "time.monotonic",
		"uuid.uuid1", "uuid.uuid4", "secrets.token_hex", "secrets.token_urlsafe", "secrets.token_bytes",
		"secrets.compare_digest", "hmac.compare_digest", "random.random", "random.randint",
		"random.randrange", "random.getrandbits", "random.uniform",
		"flask.url_for", "flask.helpers.url_for", "flask.jsonify", "flask.json.jsonify",
		"flask.render_template", "flask.templating.render_template", "flask.stream_template",
		"flask.abort", "flask.flash", "flask.get_flashed_messages",
		"werkzeug.security.generate_password_hash", "werkzeug.security.check_password_hash",
		"re.compile", "re.escape", "datetime.datetime.now", "datetime.datetime.utcnow", "datetime.date.today",
	}
}

// defaultStrings lists calls that return a string built from their
// arguments.
func defaultStrings() []string {
	return []string{
		"str", "format", "os.path.join", "os.path.normpath", "os.path.realpath", "os.path.abspath",
		"os.path.dirname", "os.path.expanduser", "posixpath.join", "urllib.parse.unquote",
		"urllib.parse.unquote_plus", "urllib.parse.urljoin", "urllib.parse.urlunparse",
		"urllib.unquote", "html.unescape", "base64.b64decode", "base64.urlsafe_b64decode",
		"base64.b32decode", "base64.b16decode", "base64.decodebytes", "binascii.unhexlify",
		"binascii.a2b_base64", "codecs.decode", "bytes.fromhex", "bytes", "bytearray",
		"*.decode", "*.lower", "*.upper", "*.strip", "*.lstrip", "*.rstrip", "*.title",
		"*.capitalize", "*.casefold", "*.swapcase", "*.replace", "*.format", "*.join",
		"*.center", "*.ljust", "*.rjust", "*.zfill", "*.expandtabs", "*.removeprefix",
		"*.removesuffix", "*.translate", "*.format_map", "*.encode", "*.getvalue",
	}
}

// defaultNormalizers resolve "..", symbolic links and relative paths.
func defaultNormalizers() []string {
	return []string{"os.path.realpath", "os.path.abspath", "os.path.normpath", "posixpath.realpath",
		"posixpath.abspath", "posixpath.normpath", "pathlib.*.resolve", "pathlib.*.absolute", "*.resolve"}
}

// defaultRegex lists the re module's matching calls and the compiled
// pattern methods. A match proves the value safe only if the pattern is
// anchored for the way it is applied.
func defaultRegex() []RegexCall {
	var out []RegexCall
	for _, lib := range []string{"re", "regex"} {
		out = append(out,
			RegexCall{Callee: lib + ".fullmatch", Mode: FullMatch, Pattern: 0, Subject: 1},
			RegexCall{Callee: lib + ".match", Mode: PrefixMatch, Pattern: 0, Subject: 1},
			RegexCall{Callee: lib + ".search", Mode: Search, Pattern: 0, Subject: 1},
			RegexCall{Callee: lib + ".compile", Compile: true, Pattern: 0},
			RegexCall{Callee: lib + ".compile().fullmatch", Mode: FullMatch, Pattern: Receiver, Subject: 0},
			RegexCall{Callee: lib + ".compile().match", Mode: PrefixMatch, Pattern: Receiver, Subject: 0},
			RegexCall{Callee: lib + ".compile().search", Mode: Search, Pattern: Receiver, Subject: 0},
		)
	}
	return out
}

// defaultCharChecks: digits, letters and digits, and nothing else.
func defaultCharChecks() []CharCheck {
	var out []CharCheck
	for _, m := range []string{"isdigit", "isdecimal", "isnumeric", "isalnum", "isalpha"} {
		out = append(out, CharCheck{Method: m, Clears: All})
	}
	return out
}

// defaultUnsafeObjects: lxml parsers told to resolve entities or load
// DTDs (lxml 5 no longer resolves external entities by default).
func defaultUnsafeObjects() []UnsafeObject {
	kws := []string{"resolve_entities", "load_dtd", "dtd_validation"}
	return []UnsafeObject{
		{Callee: "lxml.etree.XMLParser", Kwargs: kws},
		{Callee: "lxml.etree.XMLPullParser", Kwargs: kws},
		{Callee: "lxml.objectify.makeparser", Kwargs: kws},
	}
}

// defaultFlagSetters: SAX parsers with external entities switched on.
func defaultFlagSetters() []FlagSetter {
	features := []string{"feature_external_ges", "feature_external_pes",
		"http://xml.org/sax/features/external-general-entities",
		"http://xml.org/sax/features/external-parameter-entities"}
	return []FlagSetter{{Callee: "xml.sax.*.setFeature", Features: features}}
}

// defaultStores: configparser sections and options, and key-value caches.
func defaultStores() []Store {
	var out []Store
	for _, c := range []string{"configparser.ConfigParser()", "configparser.RawConfigParser()",
		"configparser.SafeConfigParser()", "ConfigParser.ConfigParser()"} {
		out = append(out, Store{Object: c, Set: []string{"set"}, Get: []string{"get"},
			Clean: []string{"getint", "getfloat", "getboolean", "has_option", "has_section"}, Keys: 2})
	}
	for _, c := range []string{"flask_caching.Cache()", "redis.Redis()", "redis.StrictRedis()"} {
		out = append(out, Store{Object: c, Set: []string{"set", "add"}, Get: []string{"get"}, Keys: 1})
	}
	return out
}
