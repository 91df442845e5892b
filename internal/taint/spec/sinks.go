package spec

// at is shorthand for the positions a sink checks.
func at(pos ...int) []int { return pos }

// each makes one sink per callee with the same arguments and class.
func each(class Class, args []int, kwargs []string, callees ...string) []Sink {
	out := make([]Sink, 0, len(callees))
	for _, c := range callees {
		out = append(out, Sink{Callee: c, Class: class, Args: args, Kwargs: kwargs})
	}
	return out
}

// with sets a condition on sinks made by each.
func with(sinks []Sink, cond Cond, arg int, kw string) []Sink {
	for i := range sinks {
		sinks[i].When, sinks[i].CondArg, sinks[i].CondKw = cond, arg, kw
	}
	return sinks
}

// defaultSinks lists the built-in sinks by class, following FLASK-FACTS.md
// ("Key sinks") and the issue that introduced the taint rules.
func defaultSinks() []Sink {
	var out []Sink
	for _, part := range [][]Sink{
		sqlSinks(), commandSinks(), codeSinks(), templateSinks(), htmlSinks(),
		pathSinks(), redirectSinks(), deserializeSinks(), xmlSinks(), xpathSinks(),
		ldapSinks(), ssrfSinks(), sessionSinks(), headerSinks(), logSinks(),
	} {
		out = append(out, part...)
	}
	return out
}

// sqlSinks: DB-API cursors and connections, SQLAlchemy, pandas. Only the
// statement is checked: parameters passed beside it are bound by the
// driver, which is the fix.
func sqlSinks() []Sink {
	out := each(SQL, at(0), []string{"sql", "statement", "operation", "query"},
		"*.execute", "*.executemany", "*.exec_driver_sql")
	out = append(out, each(SQL, at(0), []string{"sql_script"}, "*.executescript")...)
	out = append(out, each(SQL, at(0), []string{"text"},
		"sqlalchemy.text", "sqlalchemy.sql.text", "sqlalchemy.sql.expression.text", "flask_sqlalchemy.*.text")...)
	out = append(out, each(SQL, at(0), []string{"sql"},
		"pandas.read_sql", "pandas.read_sql_query", "pandas.io.sql.read_sql", "pandas.io.sql.read_sql_query")...)
	// SQLAlchemy before 2.0 turned a plain string given to these methods
	// into raw SQL; an expression object (User.name == x) binds its value.
	out = append(out, with(each(SQL, at(0), nil, "*.filter", "*.order_by", "*.group_by", "*.having", "*.where"),
		StringArg, 0, "")...)
	return out
}

// commandSinks: the os and subprocess families.
func commandSinks() []Sink {
	out := each(Command, at(0), []string{"command", "cmd"},
		"os.system", "os.popen", "os.popen2", "os.popen3", "os.popen4",
		"subprocess.getoutput", "subprocess.getstatusoutput",
		"commands.getoutput", "commands.getstatusoutput", "asyncio.create_subprocess_shell")
	out = append(out, with(each(Command, at(0), []string{"args"},
		"subprocess.call", "subprocess.run", "subprocess.Popen", "subprocess.check_call", "subprocess.check_output"),
		Shell, 0, "shell")...)
	out = append(out, with(each(Command, at(0), []string{"path", "file"},
		"os.execl", "os.execle", "os.execlp", "os.execlpe", "os.execv", "os.execve", "os.execvp", "os.execvpe",
		"os.posix_spawn", "os.posix_spawnp", "asyncio.create_subprocess_exec", "pty.spawn"), Program, 0, "")...)
	out = append(out, with(each(Command, at(1), []string{"path", "file"},
		"os.spawnl", "os.spawnle", "os.spawnlp", "os.spawnlpe", "os.spawnv", "os.spawnve", "os.spawnvp", "os.spawnvpe"),
		Program, 1, "")...)
	return out
}

// codeSinks: evaluation of code and imports of modules named by the client.
func codeSinks() []Sink {
	return append(each(Code, at(0), []string{"source", "expression", "object"}, "eval", "exec", "compile", "execfile"),
		each(Code, at(0), []string{"name"}, "__import__", "importlib.import_module", "importlib.__import__")...)
}

// templateSinks: template source compiled from a string. Context values
// passed beside the source are data, not template code.
func templateSinks() []Sink {
	return each(Template, at(0), []string{"source", "text"},
		"flask.render_template_string", "flask.templating.render_template_string",
		"flask.stream_template_string", "flask.templating.stream_template_string",
		"jinja2.Template", "jinja2.environment.Template",
		"jinja2.Environment().from_string", "jinja2.environment.Environment().from_string",
		"*.jinja_env.from_string", "mako.template.Template")
}

// htmlSinks: response bodies and markup marked safe. A view's own return
// value is checked by the engine (it is not a call).
func htmlSinks() []Sink {
	// Response(response, status, headers, mimetype, content_type).
	out := with(each(HTML, at(0), []string{"response"},
		"flask.Response", "flask.wrappers.Response", "werkzeug.Response",
		"werkzeug.wrappers.Response", "werkzeug.wrappers.response.Response"), HTMLBody, 2, "")
	// make_response(body, status, headers) or make_response(body, headers).
	out = append(out, with(each(HTML, at(0), nil, "flask.make_response", "flask.helpers.make_response"), HTMLBody, AnyArg, "")...)
	out = append(out, with(each(HTML, at(0), nil, "*.set_data"), HTMLBody, Receiver, "")...)
	// A constant template's context values printed with |safe.
	out = append(out, with(each(HTML, nil, nil, "flask.render_template_string", "flask.templating.render_template_string"),
		SafeContext, 0, "source")...)
	return append(out, each(HTML, at(0), []string{"base"}, "markupsafe.Markup", "flask.Markup", "jinja2.Markup")...)
}

// pathSinks: files opened, sent, written, moved and removed.
func pathSinks() []Sink {
	out := each(Path, at(0), []string{"file", "filename", "path"},
		"open", "io.open", "codecs.open", "os.open", "fileinput.input", "PIL.Image.open",
		"tarfile.open", "zipfile.ZipFile")
	out = append(out, each(Path, at(0), []string{"path_or_file", "filename_or_fp"},
		"flask.send_file", "flask.helpers.send_file", "werkzeug.utils.send_file")...)
	// send_from_directory joins the file name safely; only the folder is a sink.
	out = append(out, each(Path, at(0), []string{"directory"},
		"flask.send_from_directory", "flask.helpers.send_from_directory", "werkzeug.utils.send_from_directory")...)
	out = append(out, each(Path, at(0), []string{"path"},
		"os.remove", "os.unlink", "os.rmdir", "os.removedirs", "os.makedirs", "os.mkdir", "os.listdir",
		"os.scandir", "os.chmod", "os.chown", "os.truncate", "shutil.rmtree")...)
	out = append(out, each(Path, at(0, 1), []string{"src", "dst"},
		"os.rename", "os.renames", "os.replace", "os.symlink", "os.link",
		"shutil.copy", "shutil.copy2", "shutil.copyfile", "shutil.copytree", "shutil.move")...)
	out = append(out, each(Path, at(0), []string{"dst"}, FileStorage+".save")...)
	for _, m := range []string{"read_text", "read_bytes", "write_text", "write_bytes", "open", "unlink",
		"rmdir", "mkdir", "touch", "rename", "replace", "iterdir", "chmod", "symlink_to", "hardlink_to"} {
		out = append(out, Sink{Callee: "pathlib.*." + m, Class: Path, Args: at(Receiver)})
	}
	return out
}

// redirectSinks: redirect responses. A Location header is a subscript or
// header-map sink.
func redirectSinks() []Sink {
	return each(Redirect, at(0), []string{"location"},
		"flask.redirect", "flask.helpers.redirect", "werkzeug.redirect", "werkzeug.utils.redirect")
}

// deserializeSinks: loaders that can run code chosen by the data.
func deserializeSinks() []Sink {
	out := each(Deserialize, at(0), []string{"data", "file", "string", "filename", "s"},
		"pickle.loads", "pickle.load", "pickle.Unpickler", "cPickle.loads", "cPickle.load",
		"_pickle.loads", "_pickle.load", "dill.loads", "dill.load", "shelve.open", "marshal.loads",
		"marshal.load", "jsonpickle.decode", "jsonpickle.unpickler.decode", "pandas.read_pickle",
		"torch.load", "joblib.load", "yaml.unsafe_load", "yaml.unsafe_load_all")
	return append(out, with(each(Deserialize, at(0), []string{"stream"}, "yaml.load", "yaml.load_all"),
		UnsafeYAML, 1, "Loader")...)
}

// xmlSinks: parsers that resolve external entities, on tainted documents.
func xmlSinks() []Sink {
	out := with(each(XML, at(0), []string{"text", "source", "stream", "string", "file"},
		"lxml.etree.fromstring", "lxml.etree.XML", "lxml.etree.parse", "lxml.etree.XMLID",
		"lxml.objectify.fromstring", "lxml.objectify.parse", "lxml.objectify.XML",
		"xml.dom.pulldom.parse", "xml.dom.pulldom.parseString",
		"xml.dom.minidom.parse", "xml.dom.minidom.parseString"), UnsafeParser, 1, "parser")
	return append(out, with(each(XML, at(0), []string{"source", "data"},
		"lxml.etree.XMLParser().feed", "xml.sax.*.parse", "xml.sax.*.feed"), UnsafeParser, Receiver, "")...)
}

// xpathSinks: XPath expressions. Values passed as XPath variables
// (root.xpath("//u[@n=$n]", n=name)) are keywords and stay unchecked.
func xpathSinks() []Sink {
	out := each(XPath, at(0), []string{"_path", "path"},
		"*.xpath", "lxml.etree.XPath", "lxml.etree.ETXPath",
		"lxml.etree.XPathEvaluator()", "lxml.etree.XPathDocumentEvaluator()", "lxml.etree.XPathElementEvaluator()")
	for _, lib := range []string{"xml.etree.*.", "lxml.*.", "defusedxml.*."} {
		out = append(out, each(XPath, at(0), []string{"path", "match"},
			lib+"find", lib+"findall", lib+"findtext", lib+"iterfind")...)
	}
	return out
}

// ldapSinks: search filters and distinguished names of ldap3 and
// python-ldap.
func ldapSinks() []Sink {
	out := each(LDAP, at(0, 1), []string{"search_base", "search_filter"}, "ldap3.*.search")
	out = append(out, each(LDAP, at(0), []string{"dn"},
		"ldap3.*.add", "ldap3.*.delete", "ldap3.*.modify", "ldap3.*.compare", "ldap3.*.modify_dn")...)
	out = append(out, each(LDAP, at(0, 2), []string{"base", "filterstr"},
		"*.search_s", "*.search_st", "*.search_ext", "*.search_ext_s", "ldap.*.search")...)
	return append(out, each(LDAP, at(0), []string{"dn"},
		"ldap.*.modify_s", "ldap.*.delete_s", "ldap.*.add_s", "ldap.*.compare_s", "ldap.*.rename_s")...)
}

// ssrfSinks: outgoing requests whose URL or host the client controls.
func ssrfSinks() []Sink {
	var out []Sink
	for _, m := range []string{"get", "post", "put", "patch", "delete", "head", "options", "stream"} {
		out = append(out, each(SSRF, at(0), []string{"url"}, "requests."+m, "httpx."+m,
			"requests.Session()."+m, "requests.sessions.Session()."+m, "requests.session()."+m,
			"httpx.Client()."+m, "httpx.AsyncClient()."+m, "aiohttp.ClientSession()."+m)...)
	}
	out = append(out, each(SSRF, at(1), []string{"url"}, "requests.request", "httpx.request",
		"requests.Session().request", "httpx.Client().request", "urllib3.PoolManager().request",
		"urllib3.PoolManager().urlopen", "aiohttp.ClientSession().request")...)
	return append(out, each(SSRF, at(0), []string{"url", "host"}, "urllib.request.urlopen",
		"urllib.request.urlretrieve", "urllib.urlopen", "urllib2.urlopen",
		"http.client.HTTPConnection", "http.client.HTTPSConnection")...)
}

// sessionSinks: request data written into the session by method; item
// assignment is a SubscriptSink.
func sessionSinks() []Sink {
	var out []Sink
	for _, s := range []string{"flask.session", "flask.globals.session"} {
		out = append(out, Sink{Callee: s + ".update", Class: Session, AllArgs: true},
			Sink{Callee: s + ".setdefault", Class: Session, Args: at(0, 1)})
	}
	return out
}

// headerSinks: header values and names set on responses. A header map
// may carry a Location, which is a redirect.
func headerSinks() []Sink {
	out := names(each(Header, at(0, 1), []string{"key", "value", "_key", "_value"},
		"*.headers.add", "*.headers.set", "*.headers.add_header", "*.headers.setdefault",
		"*.Headers().add", "*.Headers().set", "*.Headers().add_header"), at(0), "key", "_key")
	// Collections of headers: the names of a dict with constant keys are
	// known, those of any other collection may be the client's.
	out = append(out, names(each(Header, at(0), nil, "*.headers.extend", "*.headers.update"), at(0))...)
	out = append(out, names(with(each(Header, nil, []string{"headers"},
		"flask.Response", "flask.wrappers.Response", "werkzeug.wrappers.Response", "werkzeug.Response"),
		Always, 0, ""), nil, "headers")...)
	return append(out, names(each(Header, at(2), []string{"headers"}, "flask.make_response"), at(2), "headers")...)
}

// names marks the arguments of sinks made by each that become names.
func names(sinks []Sink, args []int, kwargs ...string) []Sink {
	for i := range sinks {
		sinks[i].NameArgs, sinks[i].NameKwargs = args, kwargs
	}
	return sinks
}

// logSinks: log calls of the logging module (module functions, loggers
// from getLogger, app.logger), loguru's logger and print, which ends up in
// the server's log under gunicorn and uWSGI. structlog keeps values as
// separate fields and is not a sink.
func logSinks() []Sink {
	var out []Sink
	for _, m := range []string{"debug", "info", "warning", "warn", "error", "exception", "critical", "fatal", "log"} {
		msg := 0
		if m == "log" {
			msg = 1 // log(level, msg, *args)
		}
		for _, c := range []string{"logging." + m, "logging.*." + m, "*.logger." + m, "*.getLogger()." + m} {
			out = append(out, Sink{Callee: c, Class: Log, When: LogFormat, CondArg: msg})
		}
		out = append(out, Sink{Callee: "loguru.logger." + m, Class: Log, When: LogBrace, CondArg: msg})
	}
	for _, m := range []string{"success", "trace"} {
		out = append(out, Sink{Callee: "loguru.logger." + m, Class: Log, When: LogBrace})
	}
	return append(out, Sink{Callee: "print", Class: Log, When: LogFormat, CondArg: NoMessage})
}

// defaultSubscriptSinks: session items and response header items.
func defaultSubscriptSinks() []SubscriptSink {
	return []SubscriptSink{
		{Base: "flask.session", Class: Session, Label: "session[...]"},
		{Base: "flask.globals.session", Class: Session, Label: "session[...]"},
		{Base: "*.headers", Class: Header, RedirectKey: "location", Label: "headers[...]"},
	}
}
