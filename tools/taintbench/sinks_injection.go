package main

// Sink tags:
//
//	whole-command   bar is the whole command line or the program
//	shell-quoted    bar sits inside '...' in a shell command
//	sql-numeric     bar is an unquoted SQL number
//	xpath-numeric   bar is an unquoted XPath number
//	xpath-path      bar is an ElementTree path (or part of one)
//	codeinj-import  bar is a module name
//	url-host        bar is the host part of a URL
//	path-concat     bar is glued to the base directory with "/" (so an
//	                absolute path stays inside it)

// sinks returns every sink of every class.
func sinks() []sink {
	var all []sink
	for _, group := range [][]sink{cmdiSinks(), codeinjSinks(), deserializationSinks(), ldapiSinks(), sqliSinks(),
		xpathiSinks(), sstiSinks(), pathtraverSinks(), redirectSinks(), trustboundSinks(), xssSinks(), xxeSinks(),
		ssrfSinks(), headerinjSinks(), loginjSinks(), hashSinks(), weakrandSinks(), securecookieSinks()} {
		all = append(all, group...)
	}
	return all
}

// withClass sets the class of each sink, so that the tables stay short.
func withClass(key string, ss []sink) []sink {
	for i := range ss {
		ss[i].Class = key
	}
	return ss
}

func cmdiSinks() []sink {
	sub := []string{"import subprocess", "import helpers.utils"}
	return withClass("cmdi", []sink{
		{Name: "os-system", Doc: "`os.system(\"echo \" + bar)`", Imports: []string{"import os"},
			Code: `os.system("echo " + bar)
RESPONSE += "Command executed"`},
		{Name: "os-popen", Doc: "`os.popen(f\"ls -l {bar}\")`", Imports: []string{"import os", "import helpers.utils"},
			Code: `output = os.popen(f"ls -l {bar}").read()
RESPONSE += helpers.utils.escape_for_html(output)`},
		{Name: "run-shell", Doc: "`subprocess.run(f\"echo {bar}\", shell=True)`", Imports: sub,
			Code: `result = subprocess.run(f"echo {bar}", shell=True, capture_output=True, text=True)
RESPONSE += helpers.utils.escape_for_html(result.stdout)`},
		{Name: "call-shell", Doc: "`subprocess.call(\"echo \" + bar, shell=True)`", Imports: sub,
			Code: `returncode = subprocess.call("echo " + bar, shell=True)
RESPONSE += f"exit status {returncode}"`},
		{Name: "popen-sh-c", Doc: "`subprocess.Popen([\"/bin/sh\", \"-c\", \"echo \" + bar])`", Imports: sub,
			Code: `proc = subprocess.Popen(["/bin/sh", "-c", "echo " + bar], stdout=subprocess.PIPE)
out, _ = proc.communicate()
RESPONSE += helpers.utils.escape_for_html(out.decode("utf-8", "replace"))`},
		{Name: "check-output-quoted", Doc: "`subprocess.check_output(\"echo '\" + bar + \"'\", shell=True)`: shlex.quote does not help inside quotes",
			Imports: sub, Tags: []string{"shell-quoted"}, Defeats: []string{"shlex-quote"},
			Code: `out = subprocess.check_output("echo '" + bar + "'", shell=True)
RESPONSE += helpers.utils.escape_for_html(out.decode("utf-8", "replace"))`},
		{Name: "getoutput", Doc: "`subprocess.getoutput(\"echo \" + bar)`", Imports: sub,
			Code: `RESPONSE += helpers.utils.escape_for_html(subprocess.getoutput("echo " + bar))`},
		{Name: "os-execl", Doc: "`os.execl(\"/bin/sh\", \"sh\", \"-c\", \"echo \" + bar)`", Imports: []string{"import os"},
			Code: `os.execl("/bin/sh", "sh", "-c", "echo " + bar)`},
		{Name: "run-whole-command", Doc: "`subprocess.run(bar, shell=True)`", Imports: sub, Tags: []string{"whole-command"},
			Code: `subprocess.run(bar, shell=True)
RESPONSE += "Command executed"`},
		{Name: "run-tainted-program", Doc: "`subprocess.run([bar, \"--version\"], shell=False)`: the program itself is chosen",
			Imports: sub, Tags: []string{"whole-command"},
			Code: `subprocess.run([bar, "--version"], shell=False)
RESPONSE += "Command executed"`},
		{Name: "run-list-fixed", Doc: "`subprocess.run([\"echo\", bar], shell=False)`", Safe: true, Imports: sub,
			Code: `result = subprocess.run(["echo", bar], shell=False, capture_output=True, text=True)
RESPONSE += helpers.utils.escape_for_html(result.stdout)`},
		{Name: "call-list-fixed", Doc: "`subprocess.call([\"echo\", bar])`", Safe: true, Imports: sub,
			Code: `returncode = subprocess.call(["echo", bar])
RESPONSE += f"exit status {returncode}"`},
		{Name: "popen-grep-fixed", Doc: "`subprocess.Popen([\"grep\", \"-F\", \"--\", bar, file])`", Safe: true, Imports: sub,
			Code: `proc = subprocess.Popen(["grep", "-F", "--", bar, "/etc/hostname"], stdout=subprocess.PIPE)
out, _ = proc.communicate()
RESPONSE += helpers.utils.escape_for_html(out.decode("utf-8", "replace"))`},
	})
}

func codeinjSinks() []sink {
	return withClass("codeinj", []sink{
		{Name: "eval", Doc: "`eval(bar)`", Imports: []string{"import helpers.utils"},
			Code: `result = eval(bar)
RESPONSE += helpers.utils.escape_for_html(str(result))`},
		{Name: "exec", Doc: "`exec(bar)`",
			Code: `exec(bar)
RESPONSE += "Code executed"`},
		{Name: "compile-eval", Doc: "`eval(compile(bar, ...))`", Imports: []string{"import helpers.utils"},
			Code: `code = compile(bar, "<benchmark>", "eval")
RESPONSE += helpers.utils.escape_for_html(str(eval(code)))`},
		{Name: "exec-assign", Doc: "`exec(\"result = \" + bar, namespace)`", Imports: []string{"import helpers.utils"},
			Code: `namespace = {}
exec("result = " + bar, namespace)
RESPONSE += helpers.utils.escape_for_html(str(namespace.get("result")))`},
		{Name: "dunder-import", Doc: "`__import__(bar)`", Imports: []string{"import helpers.utils"}, Tags: []string{"codeinj-import"},
			Code: `module = __import__(bar)
RESPONSE += helpers.utils.escape_for_html(module.__name__)`},
		{Name: "import-module", Doc: "`importlib.import_module(bar)`", Imports: []string{"import importlib", "import helpers.utils"}, Tags: []string{"codeinj-import"},
			Code: `module = importlib.import_module(bar)
RESPONSE += helpers.utils.escape_for_html(module.__name__)`},
		{Name: "literal-eval", Doc: "`ast.literal_eval(bar)`", Safe: true, Imports: []string{"import ast", "import helpers.utils"},
			Code: `result = ast.literal_eval(bar)
RESPONSE += helpers.utils.escape_for_html(str(result))`},
		{Name: "eval-const-expr", Doc: "`eval(\"len(value)\", ..., {\"value\": bar})`: constant code, tainted data", Safe: true,
			Code: `result = eval("len(value)", {"__builtins__": {"len": len}}, {"value": bar})
RESPONSE += str(result)`},
		{Name: "eval-repr", Doc: "`eval(f\"len({bar!r})\")`: the value becomes a string literal", Safe: true,
			Code: `result = eval(f"len({bar!r})")
RESPONSE += str(result)`},
	})
}

func deserializationSinks() []sink {
	pk := []string{"import pickle"}
	ym := []string{"import yaml"}
	return withClass("deserialization", []sink{
		{Name: "pickle-loads-b64", Doc: "`pickle.loads(base64.b64decode(bar))`", Imports: []string{"import base64", "import pickle"},
			Code: `obj = pickle.loads(base64.b64decode(bar))
RESPONSE += "Deserialized a " + type(obj).__name__`},
		{Name: "pickle-loads", Doc: "`pickle.loads(bar.encode(\"latin-1\"))`", Imports: pk,
			Code: `obj = pickle.loads(bar.encode("latin-1"))
RESPONSE += "Deserialized a " + type(obj).__name__`},
		{Name: "pickle-unpickler", Doc: "`pickle.Unpickler(io.BytesIO(...)).load()`", Imports: []string{"import io", "import pickle"},
			Code: `obj = pickle.Unpickler(io.BytesIO(bar.encode("latin-1"))).load()
RESPONSE += "Deserialized a " + type(obj).__name__`},
		{Name: "yaml-load-loader", Doc: "`yaml.load(bar, Loader=yaml.Loader)`", Imports: ym,
			Code: `obj = yaml.load(bar, Loader=yaml.Loader)
RESPONSE += "Deserialized a " + type(obj).__name__`},
		{Name: "yaml-load-unsafe-loader", Doc: "`yaml.load(bar, Loader=yaml.UnsafeLoader)`", Imports: ym,
			Code: `obj = yaml.load(bar, Loader=yaml.UnsafeLoader)
RESPONSE += "Deserialized a " + type(obj).__name__`},
		{Name: "yaml-unsafe-load", Doc: "`yaml.unsafe_load(bar)`", Imports: ym,
			Code: `obj = yaml.unsafe_load(bar)
RESPONSE += "Deserialized a " + type(obj).__name__`},
		{Name: "marshal-loads", Doc: "`marshal.loads(bar.encode(\"latin-1\"))`", Imports: []string{"import marshal"},
			Code: `obj = marshal.loads(bar.encode("latin-1"))
RESPONSE += "Deserialized a " + type(obj).__name__`},
		{Name: "jsonpickle-decode", Doc: "`jsonpickle.decode(bar)`", Imports: []string{"import jsonpickle"},
			Code: `obj = jsonpickle.decode(bar)
RESPONSE += "Deserialized a " + type(obj).__name__`},
		{Name: "json-loads", Doc: "`json.loads(bar)`", Safe: true, Imports: []string{"import json"},
			Code: `obj = json.loads(bar)
RESPONSE += "Deserialized a " + type(obj).__name__`},
		{Name: "yaml-safe-load", Doc: "`yaml.safe_load(bar)`", Safe: true, Imports: ym,
			Code: `obj = yaml.safe_load(bar)
RESPONSE += "Deserialized a " + type(obj).__name__`},
		{Name: "yaml-load-safeloader", Doc: "`yaml.load(bar, Loader=yaml.SafeLoader)`", Safe: true, Imports: ym,
			Code: `obj = yaml.load(bar, Loader=yaml.SafeLoader)
RESPONSE += "Deserialized a " + type(obj).__name__`},
		{Name: "pickle-dumps", Doc: "`pickle.dumps(bar)` (serialising is harmless)", Safe: true, Imports: pk,
			Code: `data = pickle.dumps(bar)
RESPONSE += f"Serialized {len(data)} bytes"`},
	})
}

func ldapiSinks() []sink {
	l3 := []string{"import helpers.ldap_conn", "import helpers.utils"}
	pl := []string{"import ldap"}
	return withClass("ldapi", []sink{
		{Name: "ldap3-search-fstring", Doc: "ldap3 `Connection.search` with an f-string filter", Imports: l3,
			Code: `conn = helpers.ldap_conn.get_connection()
conn.search("ou=users,dc=example,dc=com", f"(uid={bar})", attributes=["cn", "mail"])
RESPONSE += helpers.utils.escape_for_html(str(conn.entries))`},
		{Name: "ldap3-search-concat", Doc: "ldap3 `Connection.search` with a concatenated filter", Imports: l3,
			Code: `conn = helpers.ldap_conn.get_connection()
search_filter = "(&(objectClass=person)(cn=" + bar + "))"
conn.search("dc=example,dc=com", search_filter, attributes=["cn"])
RESPONSE += helpers.utils.escape_for_html(str(conn.entries))`},
		{Name: "python-ldap-search-s", Doc: "python-ldap `search_s` with a `%` filter", Imports: pl,
			Code: `directory = ldap.initialize("ldap://localhost:389")
results = directory.search_s("dc=example,dc=com", ldap.SCOPE_SUBTREE, "(uid=%s)" % bar, ["cn"])
RESPONSE += f"{len(results)} entries found"`},
		{Name: "python-ldap-search", Doc: "python-ldap `search` with a `.format` filter", Imports: pl,
			Code: `directory = ldap.initialize("ldap://localhost:389")
msgid = directory.search("ou=users,dc=example,dc=com", ldap.SCOPE_ONELEVEL, "(mail={})".format(bar))
RESPONSE += f"search {msgid} started"`},
		{Name: "python-ldap-filter-format", Doc: "python-ldap `ldap.filter.filter_format`", Safe: true, Imports: []string{"import ldap", "import ldap.filter"},
			Code: `directory = ldap.initialize("ldap://localhost:389")
search_filter = ldap.filter.filter_format("(uid=%s)", [bar])
results = directory.search_s("dc=example,dc=com", ldap.SCOPE_SUBTREE, search_filter, ["cn"])
RESPONSE += f"{len(results)} entries found"`},
		{Name: "python-ldap-escape-inline", Doc: "python-ldap `ldap.filter.escape_filter_chars` inside the filter", Safe: true, Imports: []string{"import ldap", "import ldap.filter"},
			Code: `directory = ldap.initialize("ldap://localhost:389")
search_filter = "(uid=" + ldap.filter.escape_filter_chars(bar) + ")"
results = directory.search_s("dc=example,dc=com", ldap.SCOPE_SUBTREE, search_filter, ["cn"])
RESPONSE += f"{len(results)} entries found"`},
		{Name: "ldap3-escape-inline", Doc: "ldap3 `escape_filter_chars` inside the f-string", Safe: true,
			Imports: []string{"import helpers.ldap_conn", "import helpers.utils", "from ldap3.utils.conv import escape_filter_chars"},
			Code: `conn = helpers.ldap_conn.get_connection()
conn.search("ou=users,dc=example,dc=com", f"(uid={escape_filter_chars(bar)})", attributes=["cn"])
RESPONSE += helpers.utils.escape_for_html(str(conn.entries))`},
	})
}

func sqliSinks() []sink {
	db := []string{"import helpers.db_sqlite"}
	sa := []string{"import sqlalchemy", "import helpers.db_sqlalchemy"}
	return withClass("sqli", []sink{
		{Name: "execute-fstring", Doc: "`cursor.execute` of an f-string", Imports: db,
			Code: `sql = f"SELECT * FROM USERS WHERE USERNAME='foo' AND PASSWORD='{bar}'"
cur = helpers.db_sqlite.get_connection().cursor()
cur.execute(sql)
RESPONSE += helpers.db_sqlite.results(cur, sql)`},
		{Name: "execute-concat", Doc: "`cursor.execute` of a concatenation", Imports: db,
			Code: `sql = "SELECT * FROM USERS WHERE USERNAME='foo' AND PASSWORD='" + bar + "'"
cur = helpers.db_sqlite.get_connection().cursor()
cur.execute(sql)
RESPONSE += helpers.db_sqlite.results(cur, sql)`},
		{Name: "execute-percent", Doc: "`cursor.execute` of a `%` string", Imports: db,
			Code: `sql = "SELECT * FROM USERS WHERE USERNAME='foo' AND PASSWORD='%s'" % bar
cur = helpers.db_sqlite.get_connection().cursor()
cur.execute(sql)
RESPONSE += helpers.db_sqlite.results(cur, sql)`},
		{Name: "execute-format", Doc: "`cursor.execute` of a `.format` string", Imports: db,
			Code: `sql = "SELECT * FROM USERS WHERE USERNAME='{}'".format(bar)
cur = helpers.db_sqlite.get_connection().cursor()
cur.execute(sql)
RESPONSE += helpers.db_sqlite.results(cur, sql)`},
		{Name: "execute-mixed", Doc: "a `?` placeholder for one value, concatenation for the other", Imports: db,
			Code: `sql = "SELECT * FROM USERS WHERE USERNAME=? AND PASSWORD='" + bar + "'"
cur = helpers.db_sqlite.get_connection().cursor()
cur.execute(sql, ("foo",))
RESPONSE += helpers.db_sqlite.results(cur, sql)`},
		{Name: "execute-numeric", Doc: "an unquoted number in an f-string", Imports: db, Tags: []string{"sql-numeric"},
			Code: `sql = f"SELECT * FROM USERS WHERE ID = {bar}"
cur = helpers.db_sqlite.get_connection().cursor()
cur.execute(sql)
RESPONSE += helpers.db_sqlite.results(cur, sql)`},
		{Name: "executemany-concat", Doc: "`cursor.executemany` with the value in the statement", Imports: db,
			Code: `cur = helpers.db_sqlite.get_connection().cursor()
cur.executemany("UPDATE USERS SET PASSWORD='" + bar + "' WHERE USERNAME=?", [("foo",), ("bar",)])
RESPONSE += f"{cur.rowcount} rows updated"`},
		{Name: "executescript", Doc: "`cursor.executescript`", Imports: db,
			Code: `cur = helpers.db_sqlite.get_connection().cursor()
cur.executescript("UPDATE USERS SET PASSWORD='" + bar + "' WHERE USERNAME='foo';")
RESPONSE += "Script executed"`},
		{Name: "connection-execute", Doc: "`sqlite3.Connection.execute`", Imports: db,
			Code: `conn = helpers.db_sqlite.get_connection()
sql = "SELECT * FROM USERS WHERE USERNAME='" + bar + "'"
cur = conn.execute(sql)
RESPONSE += helpers.db_sqlite.results(cur, sql)`},
		{Name: "sqlalchemy-text", Doc: "SQLAlchemy `conn.execute(text(f\"...\"))`", Imports: sa,
			Code: `engine = helpers.db_sqlalchemy.get_engine()
with engine.connect() as conn:
    rows = conn.execute(sqlalchemy.text(f"SELECT * FROM USERS WHERE USERNAME='{bar}'")).fetchall()
RESPONSE += f"{len(rows)} rows"`},
		{Name: "sqlalchemy-session-text", Doc: "SQLAlchemy `session.execute(text(... + bar + ...))`",
			Imports: []string{"from sqlalchemy import text", "import helpers.db_sqlalchemy"},
			Code: `session = helpers.db_sqlalchemy.get_session()
rows = session.execute(text("SELECT * FROM USERS WHERE USERNAME='" + bar + "'")).fetchall()
RESPONSE += f"{len(rows)} rows"`},
		{Name: "sqlalchemy-exec-driver-sql", Doc: "SQLAlchemy `conn.exec_driver_sql` of a `%` string", Imports: []string{"import helpers.db_sqlalchemy"},
			Code: `engine = helpers.db_sqlalchemy.get_engine()
with engine.connect() as conn:
    rows = conn.exec_driver_sql("SELECT * FROM USERS WHERE USERNAME='%s'" % bar).fetchall()
RESPONSE += f"{len(rows)} rows"`},
		{Name: "pandas-read-sql", Doc: "`pandas.read_sql` of an f-string", Imports: []string{"import pandas", "import helpers.db_sqlite"},
			Code: `frame = pandas.read_sql(f"SELECT * FROM USERS WHERE USERNAME='{bar}'", helpers.db_sqlite.get_connection())
RESPONSE += f"{len(frame)} rows"`},
		{Name: "execute-qmark", Doc: "`cursor.execute(sql, (bar,))` with a `?` placeholder", Safe: true, Imports: db,
			Code: `sql = "SELECT * FROM USERS WHERE USERNAME='foo' AND PASSWORD=?"
cur = helpers.db_sqlite.get_connection().cursor()
cur.execute(sql, (bar,))
RESPONSE += helpers.db_sqlite.results(cur, sql)`},
		{Name: "execute-named", Doc: "`cursor.execute` with a `:name` placeholder", Safe: true, Imports: db,
			Code: `sql = "SELECT * FROM USERS WHERE USERNAME=:name"
cur = helpers.db_sqlite.get_connection().cursor()
cur.execute(sql, {"name": bar})
RESPONSE += helpers.db_sqlite.results(cur, sql)`},
		{Name: "executemany-params", Doc: "`cursor.executemany` with parameters", Safe: true, Imports: db,
			Code: `cur = helpers.db_sqlite.get_connection().cursor()
cur.executemany("UPDATE USERS SET PASSWORD=? WHERE USERNAME=?", [(bar, "foo"), (bar, "bar")])
RESPONSE += f"{cur.rowcount} rows updated"`},
		{Name: "sqlalchemy-bind", Doc: "SQLAlchemy `text(\"... :name\")` with a parameter dict", Safe: true, Imports: sa,
			Code: `engine = helpers.db_sqlalchemy.get_engine()
with engine.connect() as conn:
    rows = conn.execute(sqlalchemy.text("SELECT * FROM USERS WHERE USERNAME=:name"), {"name": bar}).fetchall()
RESPONSE += f"{len(rows)} rows"`},
		{Name: "sqlalchemy-bindparams", Doc: "SQLAlchemy `text(...).bindparams(name=bar)`", Safe: true,
			Imports: []string{"from sqlalchemy import text", "import helpers.db_sqlalchemy"},
			Code: `session = helpers.db_sqlalchemy.get_session()
statement = text("SELECT * FROM USERS WHERE USERNAME=:name").bindparams(name=bar)
rows = session.execute(statement).fetchall()
RESPONSE += f"{len(rows)} rows"`},
		{Name: "pandas-params", Doc: "`pandas.read_sql(..., params=(bar,))`", Safe: true, Imports: []string{"import pandas", "import helpers.db_sqlite"},
			Code: `frame = pandas.read_sql("SELECT * FROM USERS WHERE USERNAME=?", helpers.db_sqlite.get_connection(), params=(bar,))
RESPONSE += f"{len(frame)} rows"`},
	})
}

func xpathiSinks() []sink {
	lx := []string{"from lxml import etree", "import helpers.xml_data", "import helpers.utils"}
	et := []string{"import xml.etree.ElementTree as ET", "import helpers.xml_data", "import helpers.utils"}
	const show = `RESPONSE += "Your query results are: " + helpers.utils.escape_for_html(", ".join(str(r) for r in result))`
	return withClass("xpathi", []sink{
		{Name: "lxml-xpath-fstring", Doc: "lxml `element.xpath(f\"...'{bar}'...\")`", Imports: lx,
			Code: `root = etree.fromstring(helpers.xml_data.USERS_XML.encode("utf-8"))
result = root.xpath(f"//user[@name='{bar}']/email/text()")
` + show},
		{Name: "lxml-xpath-class-concat", Doc: "lxml `etree.XPath(\"...\" + bar + \"...\")`", Imports: lx,
			Code: `root = etree.fromstring(helpers.xml_data.USERS_XML.encode("utf-8"))
find = etree.XPath("//user[@name='" + bar + "']/email/text()")
result = find(root)
` + show},
		{Name: "lxml-xpath-numeric", Doc: "lxml `xpath(\"//user[@id=%s]\" % bar)`", Imports: lx, Tags: []string{"xpath-numeric"},
			Code: `root = etree.fromstring(helpers.xml_data.USERS_XML.encode("utf-8"))
result = root.xpath("//user[@id=%s]/email/text()" % bar)
` + show},
		{Name: "lxml-tree-xpath-format", Doc: "lxml `etree.parse(...).xpath(\"...\".format(bar))`", Imports: append([]string{"import io"}, lx...),
			Code: `tree = etree.parse(io.BytesIO(helpers.xml_data.USERS_XML.encode("utf-8")))
result = tree.xpath("//user[@name='{}']/email/text()".format(bar))
` + show},
		{Name: "etree-findall-path", Doc: "ElementTree `findall(bar)`", Imports: et, Tags: []string{"xpath-path"},
			Code: `root = ET.fromstring(helpers.xml_data.USERS_XML)
result = [el.text or "" for el in root.findall(bar)]
` + show},
		{Name: "etree-find-concat", Doc: "ElementTree `find(\"./user/\" + bar)`", Imports: et, Tags: []string{"xpath-path"},
			Code: `root = ET.fromstring(helpers.xml_data.USERS_XML)
node = root.find("./user/" + bar)
result = [] if node is None else [node.text or ""]
` + show},
		{Name: "etree-iterfind", Doc: "ElementTree `iterfind(bar)`", Imports: et, Tags: []string{"xpath-path"},
			Code: `root = ET.fromstring(helpers.xml_data.USERS_XML)
result = [el.text or "" for el in root.iterfind(bar)]
` + show},
		{Name: "lxml-xpath-variable", Doc: "lxml `xpath(\"//user[@name=$name]\", name=bar)`", Safe: true, Imports: lx,
			Code: `root = etree.fromstring(helpers.xml_data.USERS_XML.encode("utf-8"))
result = root.xpath("//user[@name=$name]/email/text()", name=bar)
` + show},
		{Name: "lxml-xpath-class-variable", Doc: "lxml `etree.XPath(\"...$n...\")(root, n=bar)`", Safe: true, Imports: lx,
			Code: `root = etree.fromstring(helpers.xml_data.USERS_XML.encode("utf-8"))
find = etree.XPath("//user[@name=$n]/email/text()")
result = find(root, n=bar)
` + show},
		{Name: "etree-iter-compare", Doc: "ElementTree constant path, value compared in Python", Safe: true, Imports: et,
			Code: `root = ET.fromstring(helpers.xml_data.USERS_XML)
result = [user.findtext("email", "") for user in root.iter("user") if user.get("name") == bar]
` + show},
	})
}

func sstiSinks() []sink {
	rts := []string{"from flask import render_template_string"}
	return withClass("ssti", []sink{
		{Name: "render-template-string", Doc: "`render_template_string(bar)`", Imports: rts,
			Code: `RESPONSE += render_template_string(bar)`},
		{Name: "render-template-string-concat", Doc: "`render_template_string(\"<h1>\" + bar + \"</h1>\")`", Imports: rts,
			Code: `RESPONSE += render_template_string("<h1>" + bar + "</h1>")`},
		{Name: "render-template-string-fstring", Doc: "`render_template_string(f\"Hello {bar}!\")`", Imports: rts,
			Code: `RESPONSE += render_template_string(f"Hello {bar}!")`},
		{Name: "jinja2-template", Doc: "`jinja2.Template(bar).render()`", Imports: []string{"import jinja2"},
			Code: `RESPONSE += jinja2.Template(bar).render()`},
		{Name: "jinja2-env-from-string", Doc: "`jinja2.Environment().from_string(bar).render()`", Imports: []string{"import jinja2"},
			Code: `env = jinja2.Environment()
RESPONSE += env.from_string(bar).render()`},
		{Name: "app-jinja-env", Doc: "`app.jinja_env.from_string(bar).render()`",
			Code: `RESPONSE += app.jinja_env.from_string(bar).render()`},
		{Name: "render-context", Doc: "`render_template_string(\"Hello {{ name }}!\", name=bar)`", Safe: true, Imports: rts,
			Code: `RESPONSE += render_template_string("Hello {{ name }}!", name=bar)`},
		{Name: "jinja2-env-context", Doc: "`Environment(autoescape=True).from_string(constant).render(name=bar)`", Safe: true, Imports: []string{"import jinja2"},
			Code: `env = jinja2.Environment(autoescape=True)
RESPONSE += env.from_string("Hello {{ name }}!").render(name=bar)`},
		{Name: "string-template", Doc: "`string.Template(bar).safe_substitute(...)` (no expressions, no attribute access)", Safe: true,
			Imports: []string{"import string", "import helpers.utils"},
			Code:    `RESPONSE += helpers.utils.escape_for_html(string.Template(bar).safe_substitute(name="guest"))`},
	})
}
