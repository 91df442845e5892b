package main

func pathtraverSinks() []sink {
	osj := []string{"import os", "import helpers.utils"}
	pl := []string{"import pathlib", "import helpers.utils"}
	return withClass("pathtraver", []sink{
		{Name: "open-join", Doc: "`open(os.path.join(base, bar))`", Imports: osj,
			Code: `fileName = os.path.join(helpers.utils.TESTFILES_DIR, bar)
with open(fileName, "r") as fd:
    RESPONSE += "The beginning of file: '" + helpers.utils.escape_for_html(fileName) + "' is:\n\n"
    RESPONSE += helpers.utils.escape_for_html(fd.read(1000))`},
		{Name: "io-open-concat", Doc: "`io.open(base + \"/\" + bar)`", Imports: []string{"import io", "import helpers.utils"}, Tags: []string{"path-concat"},
			Code: `fileName = helpers.utils.TESTFILES_DIR + "/" + bar
with io.open(fileName, "rb") as fd:
    RESPONSE += f"Read {len(fd.read(1000))} bytes"`},
		{Name: "codecs-open-join", Doc: "`codecs.open(os.path.join(base, bar))`", Imports: append([]string{"import codecs"}, osj...),
			Code: `with codecs.open(os.path.join(helpers.utils.TESTFILES_DIR, bar), "r", "utf-8") as fd:
    RESPONSE += helpers.utils.escape_for_html(fd.read(1000))`},
		{Name: "pathlib-read-text", Doc: "`pathlib.Path(base, bar).read_text()`", Imports: pl,
			Code: `content = pathlib.Path(helpers.utils.TESTFILES_DIR, bar).read_text()
RESPONSE += helpers.utils.escape_for_html(content[:1000])`},
		{Name: "pathlib-div-open", Doc: "`(pathlib.Path(base) / bar).open()`", Imports: pl,
			Code: `with (pathlib.Path(helpers.utils.TESTFILES_DIR) / bar).open("rb") as fd:
    RESPONSE += f"Read {len(fd.read(1000))} bytes"`},
		{Name: "pathlib-write-text", Doc: "`pathlib.Path(base, bar).write_text(...)`", Imports: pl,
			Code: `pathlib.Path(helpers.utils.TESTFILES_DIR, bar).write_text("benchmark")
RESPONSE += "File written"`},
		{Name: "send-file", Doc: "`send_file(os.path.join(base, bar))`", Imports: append([]string{"from flask import send_file"}, osj...), Returns: true,
			Code: `return send_file(os.path.join(helpers.utils.TESTFILES_DIR, bar))`},
		{Name: "os-remove", Doc: "`os.remove(os.path.join(base, bar))`", Imports: osj,
			Code: `os.remove(os.path.join(helpers.utils.TESTFILES_DIR, bar))
RESPONSE += "File removed"`},
		{Name: "shutil-copy", Doc: "`shutil.copy(os.path.join(base, bar), ...)`", Imports: append([]string{"import shutil"}, osj...),
			Code: `shutil.copy(os.path.join(helpers.utils.TESTFILES_DIR, bar), os.path.join(helpers.utils.TESTFILES_DIR, "copy.txt"))
RESPONSE += "File copied"`},
		{Name: "filestorage-save", Doc: "`FileStorage.save(os.path.join(base, bar))` of the uploaded file", Imports: osj, Requires: "upload",
			Code: `upload.save(os.path.join(helpers.utils.TESTFILES_DIR, bar))
RESPONSE += "File saved"`},
		{Name: "send-from-directory", Doc: "`send_from_directory(base, bar)` (safe_join inside)", Safe: true, Returns: true,
			Imports: []string{"from flask import send_from_directory", "import helpers.utils"},
			Code:    `return send_from_directory(helpers.utils.TESTFILES_DIR, bar)`},
		{Name: "safe-join-open", Doc: "`werkzeug.security.safe_join(base, bar)`, 404 on None", Safe: true,
			Imports: []string{"from werkzeug.security import safe_join", "from flask import abort", "import helpers.utils"},
			Code: `fileName = safe_join(helpers.utils.TESTFILES_DIR, bar)
if fileName is None:
    abort(404)
with open(fileName, "r") as fd:
    RESPONSE += helpers.utils.escape_for_html(fd.read(1000))`},
	})
}

func redirectSinks() []sink {
	rd := []string{"from flask import redirect"}
	return withClass("redirect", []sink{
		{Name: "redirect", Doc: "`redirect(bar)`", Imports: rd, Returns: true, Code: `return redirect(bar)`},
		{Name: "redirect-code", Doc: "`redirect(bar, code=302)`", Imports: rd, Returns: true, Code: `return redirect(bar, code=302)`},
		{Name: "redirect-fstring-suffix", Doc: "`redirect(f\"{bar}?from=benchmark\")`", Imports: rd, Returns: true,
			Code: `return redirect(f"{bar}?from=benchmark")`},
		{Name: "redirect-root-concat", Doc: "`redirect(\"/\" + bar)` (\"//host\" is another site)", Imports: rd, Returns: true,
			Code: `return redirect("/" + bar)`},
		{Name: "location-header", Doc: "`response.headers[\"Location\"] = bar`", Imports: []string{"from flask import make_response"}, Returns: true,
			Code: `resp = make_response("", 302)
resp.headers["Location"] = bar
return resp`},
		{Name: "response-location", Doc: "`Response(status=302, headers={\"Location\": bar})`", Imports: []string{"from flask import Response"}, Returns: true,
			Code: `return Response("Moved", status=302, headers={"Location": bar})`},
		{Name: "redirect-url-for", Doc: "`redirect(url_for(\"index\", next=bar))`", Safe: true, Returns: true,
			Imports: []string{"from flask import redirect, url_for"},
			Code:    `return redirect(url_for("index", next=bar))`},
		{Name: "redirect-path-prefix", Doc: "`redirect(\"/profile/\" + bar)` (stays on the site)", Safe: true, Imports: rd, Returns: true,
			Code: `return redirect("/profile/" + bar)`},
		{Name: "redirect-quoted-param", Doc: "`redirect(\"/login?next=\" + quote(bar, safe=\"\"))`", Safe: true, Returns: true,
			Imports: []string{"from flask import redirect", "import urllib.parse"},
			Code:    `return redirect("/login?next=" + urllib.parse.quote(bar, safe=""))`},
	})
}

func trustboundSinks() []sink {
	se := []string{"from flask import session", "import helpers.utils"}
	const saved = `RESPONSE += "Item saved in session: " + helpers.utils.escape_for_html(bar)`
	return withClass("trustbound", []sink{
		{Name: "session-value", Doc: "`session[\"userid\"] = bar`", Imports: se, Code: "session[\"userid\"] = bar\n" + saved},
		{Name: "session-key", Doc: "`session[bar] = \"benchmark\"`", Imports: se, Code: "session[bar] = \"benchmark\"\n" + saved},
		{Name: "session-update", Doc: "`session.update({\"userid\": bar})`", Imports: se, Code: "session.update({\"userid\": bar})\n" + saved},
		{Name: "session-setdefault", Doc: "`session.setdefault(\"userid\", bar)`", Imports: se, Code: "session.setdefault(\"userid\", bar)\n" + saved},
		{Name: "session-nested", Doc: "`session[\"profile\"] = {\"name\": bar, ...}`", Imports: se,
			Code: "session[\"profile\"] = {\"name\": bar, \"role\": \"user\"}\n" + saved},
		{Name: "session-list", Doc: "`session[\"history\"] = [bar]`", Imports: se, Code: "session[\"history\"] = [bar]\n" + saved},
		{Name: "flask-session", Doc: "`flask.session[\"userid\"] = bar`", Imports: []string{"import flask", "import helpers.utils"},
			Code: "flask.session[\"userid\"] = bar\n" + saved},
		{Name: "session-read", Doc: "`session.get(bar)` (reading is no boundary crossing)", Safe: true, Imports: se,
			Code: `value = session.get(bar, "none")
RESPONSE += "Session value: " + helpers.utils.escape_for_html(str(value))`},
	})
}

func xssSinks() []sink {
	mr := []string{"from flask import make_response"}
	rts := []string{"from flask import render_template_string"}
	return withClass("xss", []sink{
		{Name: "response-string", Doc: "`RESPONSE += bar` returned from the view", Code: `RESPONSE += bar`},
		{Name: "response-percent", Doc: "`RESPONSE += \"<li>%s</li>\" % bar`", Code: `RESPONSE += "<li>%s</li>" % bar`},
		{Name: "make-response-fstring", Doc: "`make_response(f\"<p>Hello {bar}</p>\")`", Imports: mr, Returns: true,
			Code: `return make_response(f"<p>Hello {bar}</p>")`},
		{Name: "response-class", Doc: "`Response(\"<div>\" + bar + \"</div>\", mimetype=\"text/html\")`", Imports: []string{"from flask import Response"}, Returns: true,
			Code: `return Response("<div>" + bar + "</div>", mimetype="text/html")`},
		{Name: "response-set-data", Doc: "`make_response().set_data(...)`", Imports: mr, Returns: true,
			Code: `resp = make_response()
resp.set_data("<p>" + bar + "</p>")
return resp`},
		{Name: "markup-return", Doc: "`markupsafe.Markup(f\"<b>{bar}</b>\")` returned", Imports: []string{"import markupsafe"}, Returns: true,
			Code: `return markupsafe.Markup(f"<b>{bar}</b>")`},
		{Name: "template-safe-filter", Doc: "`render_template_string(\"{{ x|safe }}\", x=bar)`", Imports: rts, Returns: true,
			Code: `return render_template_string("<p>{{ x|safe }}</p>", x=bar)`},
		{Name: "template-markup-arg", Doc: "`render_template_string(\"{{ x }}\", x=Markup(bar))`", Imports: append([]string{"import markupsafe"}, rts...), Returns: true,
			Code: `return render_template_string("<p>{{ x }}</p>", x=markupsafe.Markup(bar))`},
		{Name: "jinja2-template-no-autoescape", Doc: "`jinja2.Template(constant).render(x=bar)` (no autoescaping by default)", Imports: []string{"import jinja2"}, Returns: true,
			Code: `return jinja2.Template("<p>{{ x }}</p>").render(x=bar)`},
		{Name: "template-autoescape", Doc: "`render_template_string(\"{{ x }}\", x=bar)` (Flask autoescapes)", Safe: true, Imports: rts, Returns: true,
			Code: `return render_template_string("<p>{{ x }}</p>", x=bar)`},
		{Name: "jinja2-env-autoescape", Doc: "`Environment(autoescape=True).from_string(constant).render(x=bar)`", Safe: true, Imports: []string{"import jinja2"}, Returns: true,
			Code: `env = jinja2.Environment(autoescape=True)
return env.from_string("<p>{{ x }}</p>").render(x=bar)`},
		{Name: "jinja2-escape-filter", Doc: "`jinja2.Template(\"{{ x|e }}\").render(x=bar)`", Safe: true, Imports: []string{"import jinja2"}, Returns: true,
			Code: `return jinja2.Template("<p>{{ x|e }}</p>").render(x=bar)`},
		{Name: "markup-format", Doc: "`Markup(\"<p>{}</p>\").format(bar)` (escapes its arguments)", Safe: true, Imports: []string{"import markupsafe"}, Returns: true,
			Code: `return markupsafe.Markup("<p>{}</p>").format(bar)`},
		{Name: "markup-percent", Doc: "`Markup(\"<p>%s</p>\") % bar` (escapes its argument)", Safe: true, Imports: []string{"import markupsafe"}, Returns: true,
			Code: `return markupsafe.Markup("<p>%s</p>") % bar`},
	})
}

func xxeSinks() []sink {
	lx := []string{"from lxml import etree", "import helpers.utils"}
	const showDoc = `RESPONSE += helpers.utils.escape_for_html(etree.tostring(doc).decode("utf-8"))`
	sax := []string{"import io", "import xml.sax", "import xml.sax.handler"}
	pd := []string{"import xml.dom.pulldom", "import xml.sax", "import xml.sax.handler", "import helpers.utils"}
	const pulldomLoop = `for event, node in events:
    if event == xml.dom.pulldom.START_ELEMENT:
        RESPONSE += helpers.utils.escape_for_html(node.tagName) + " "`
	return withClass("xxe", []sink{
		{Name: "lxml-fromstring-resolve", Doc: "lxml `fromstring` with `XMLParser(resolve_entities=True)`", Imports: lx,
			Code: `parser = etree.XMLParser(resolve_entities=True)
doc = etree.fromstring(bar.encode("utf-8"), parser)
` + showDoc},
		{Name: "lxml-xml-network", Doc: "lxml `XML` with `XMLParser(resolve_entities=True, no_network=False)`", Imports: lx,
			Code: `doc = etree.XML(bar.encode("utf-8"), parser=etree.XMLParser(resolve_entities=True, no_network=False))
` + showDoc},
		{Name: "lxml-parse-dtd", Doc: "lxml `parse` with `XMLParser(load_dtd=True, resolve_entities=True)`", Imports: append([]string{"import io"}, lx...),
			Code: `tree = etree.parse(io.BytesIO(bar.encode("utf-8")), etree.XMLParser(load_dtd=True, resolve_entities=True))
doc = tree.getroot()
` + showDoc},
		{Name: "sax-external-ges", Doc: "`xml.sax` parser with `feature_external_ges` turned on", Imports: sax,
			Code: `parser = xml.sax.make_parser()
parser.setFeature(xml.sax.handler.feature_external_ges, True)
parser.setContentHandler(xml.sax.handler.ContentHandler())
parser.parse(io.StringIO(bar))
RESPONSE += "Parsed the document"`},
		{Name: "pulldom-external-ges", Doc: "`xml.dom.pulldom.parseString` with a SAX parser that resolves external entities", Imports: pd,
			Code: `sax_parser = xml.sax.make_parser()
sax_parser.setFeature(xml.sax.handler.feature_external_ges, True)
events = xml.dom.pulldom.parseString(bar, parser=sax_parser)
` + pulldomLoop},
		{Name: "lxml-no-resolve", Doc: "lxml `XMLParser(resolve_entities=False)`", Safe: true, Imports: lx,
			Code: `parser = etree.XMLParser(resolve_entities=False)
doc = etree.fromstring(bar.encode("utf-8"), parser)
` + showDoc},
		{Name: "lxml-hardened", Doc: "lxml `XMLParser(resolve_entities=False, no_network=True, load_dtd=False)`", Safe: true, Imports: lx,
			Code: `parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
doc = etree.XML(bar.encode("utf-8"), parser)
` + showDoc},
		{Name: "sax-default", Doc: "`xml.sax` with default features (external entities off since 3.7.1)", Safe: true, Imports: sax,
			Code: `parser = xml.sax.make_parser()
parser.setContentHandler(xml.sax.handler.ContentHandler())
parser.parse(io.StringIO(bar))
RESPONSE += "Parsed the document"`},
		{Name: "sax-external-ges-off", Doc: "`xml.sax` with `feature_external_ges` explicitly off", Safe: true, Imports: sax,
			Code: `parser = xml.sax.make_parser()
parser.setFeature(xml.sax.handler.feature_external_ges, False)
parser.setContentHandler(xml.sax.handler.ContentHandler())
parser.parse(io.StringIO(bar))
RESPONSE += "Parsed the document"`},
		{Name: "pulldom-default", Doc: "`xml.dom.pulldom.parseString(bar)` with its default parser", Safe: true,
			Imports: []string{"import xml.dom.pulldom", "import helpers.utils"},
			Code: `events = xml.dom.pulldom.parseString(bar)
` + pulldomLoop},
		{Name: "etree-fromstring", Doc: "`xml.etree.ElementTree.fromstring(bar)` (expat, no external entities)", Safe: true,
			Imports: []string{"import xml.etree.ElementTree as ET", "import helpers.utils"},
			Code: `root = ET.fromstring(bar)
RESPONSE += helpers.utils.escape_for_html(root.tag)`},
	})
}

func ssrfSinks() []sink {
	rq := []string{"import requests"}
	ul := []string{"import urllib.request"}
	return withClass("ssrf", []sink{
		{Name: "requests-get", Doc: "`requests.get(bar)`", Imports: rq,
			Code: `resp = requests.get(bar, timeout=5)
RESPONSE += f"Fetched with status {resp.status_code}"`},
		{Name: "requests-post", Doc: "`requests.post(bar, data=...)`", Imports: rq,
			Code: `resp = requests.post(bar, data={"q": "benchmark"}, timeout=5)
RESPONSE += f"Fetched with status {resp.status_code}"`},
		{Name: "requests-request", Doc: "`requests.request(\"GET\", bar)`", Imports: rq,
			Code: `resp = requests.request("GET", bar, timeout=5)
RESPONSE += f"Fetched with status {resp.status_code}"`},
		{Name: "httpx-get", Doc: "`httpx.get(bar)`", Imports: []string{"import httpx"},
			Code: `resp = httpx.get(bar, timeout=5)
RESPONSE += f"Fetched with status {resp.status_code}"`},
		{Name: "urlopen", Doc: "`urllib.request.urlopen(bar)`", Imports: ul,
			Code: `with urllib.request.urlopen(bar, timeout=5) as resp:
    RESPONSE += f"Fetched with status {resp.status}"`},
		{Name: "urlopen-request", Doc: "`urllib.request.urlopen(urllib.request.Request(bar))`", Imports: ul,
			Code: `req = urllib.request.Request(bar, headers={"User-Agent": "benchmark"})
with urllib.request.urlopen(req, timeout=5) as resp:
    RESPONSE += f"Fetched with status {resp.status}"`},
		{Name: "requests-host-fstring", Doc: "`requests.get(f\"https://{bar}/api/status\")`", Imports: rq, Tags: []string{"url-host"},
			Code: `resp = requests.get(f"https://{bar}/api/status", timeout=5)
RESPONSE += f"Fetched with status {resp.status_code}"`},
		{Name: "requests-params", Doc: "`requests.get(fixed_url, params={\"q\": bar})`", Safe: true, Imports: rq,
			Code: `resp = requests.get("https://api.example.com/search", params={"q": bar}, timeout=5)
RESPONSE += f"Fetched with status {resp.status_code}"`},
		{Name: "httpx-params", Doc: "`httpx.get(fixed_url, params={\"q\": bar})`", Safe: true, Imports: []string{"import httpx"},
			Code: `resp = httpx.get("https://api.example.com/search", params={"q": bar}, timeout=5)
RESPONSE += f"Fetched with status {resp.status_code}"`},
		{Name: "requests-json-body", Doc: "`requests.post(fixed_url, json={\"value\": bar})`", Safe: true, Imports: rq,
			Code: `resp = requests.post("https://api.example.com/submit", json={"value": bar}, timeout=5)
RESPONSE += f"Fetched with status {resp.status_code}"`},
		{Name: "urlopen-urlencode", Doc: "`urlopen(fixed_url + \"?\" + urlencode({\"q\": bar}))`", Safe: true,
			Imports: []string{"import urllib.parse", "import urllib.request"},
			Code: `with urllib.request.urlopen("https://api.example.com/search?" + urllib.parse.urlencode({"q": bar}), timeout=5) as resp:
    RESPONSE += f"Fetched with status {resp.status}"`},
	})
}

func headerinjSinks() []sink {
	mr := []string{"from flask import make_response"}
	return withClass("headerinj", []sink{
		{Name: "headers-setitem", Doc: "`response.headers[\"X-Custom-Header\"] = bar`", Imports: mr, Returns: true,
			Code: `resp = make_response("Header set")
resp.headers["X-Custom-Header"] = bar
return resp`},
		{Name: "headers-add", Doc: "`response.headers.add(\"X-Custom-Header\", bar)`", Imports: mr, Returns: true,
			Code: `resp = make_response("Header set")
resp.headers.add("X-Custom-Header", bar)
return resp`},
		{Name: "headers-set", Doc: "`response.headers.set(\"X-Trace-Id\", bar)`", Imports: mr, Returns: true,
			Code: `resp = make_response("Header set")
resp.headers.set("X-Trace-Id", bar)
return resp`},
		{Name: "make-response-headers", Doc: "`make_response(body, 200, {\"X-Custom-Header\": bar})`", Imports: mr, Returns: true,
			Code: `return make_response("Header set", 200, {"X-Custom-Header": bar})`},
		{Name: "response-headers-kw", Doc: "`Response(body, headers={\"X-Custom-Header\": bar})`", Imports: []string{"from flask import Response"}, Returns: true,
			Code: `return Response("Header set", headers={"X-Custom-Header": bar})`},
		{Name: "tuple-return-headers", Doc: "`return body, 200, {\"X-Custom-Header\": bar}`", Returns: true,
			Code: `return "Header set", 200, {"X-Custom-Header": bar}`},
		{Name: "headers-url-quote", Doc: "`headers[...] = urllib.parse.quote(bar)`", Safe: true, Imports: append([]string{"import urllib.parse"}, mr...), Returns: true,
			Code: `resp = make_response("Header set")
resp.headers["X-Custom-Header"] = urllib.parse.quote(bar)
return resp`},
		{Name: "headers-json-dumps", Doc: "`headers[...] = json.dumps(bar)` (escapes CR/LF)", Safe: true, Imports: append([]string{"import json"}, mr...), Returns: true,
			Code: `resp = make_response("Header set")
resp.headers["X-Custom-Header"] = json.dumps(bar)
return resp`},
		{Name: "headers-base64", Doc: "`headers[...] = base64.b64encode(...)`", Safe: true, Imports: append([]string{"import base64"}, mr...), Returns: true,
			Code: `resp = make_response("Header set")
resp.headers["X-Custom-Header"] = base64.b64encode(bar.encode("utf-8")).decode("ascii")
return resp`},
	})
}

func loginjSinks() []sink {
	lg := []string{"import logging"}
	return withClass("loginj", []sink{
		{Name: "logging-info-concat", Doc: "`logging.info(\"...\" + bar)`", Imports: lg,
			Code: `logging.info("User submitted: " + bar)
RESPONSE += "Logged"`},
		{Name: "app-logger-fstring", Doc: "`app.logger.warning(f\"...{bar}\")`",
			Code: `app.logger.warning(f"Login failed for user {bar}")
RESPONSE += "Logged"`},
		{Name: "getlogger-percent-arg", Doc: "`logging.getLogger(__name__).error(\"... %s\", bar)`", Imports: lg,
			Code: `logging.getLogger(__name__).error("Lookup failed for %s", bar)
RESPONSE += "Logged"`},
		{Name: "logging-warning-arg", Doc: "`logging.warning(\"%s\", bar)`", Imports: lg,
			Code: `logging.warning("%s", bar)
RESPONSE += "Logged"`},
		{Name: "logger-format", Doc: "`logger.info(\"...{}\".format(bar))`", Imports: lg,
			Code: `logger = logging.getLogger("benchmark")
logger.info("search: {}".format(bar))
RESPONSE += "Logged"`},
		{Name: "logging-repr", Doc: "`logging.info(\"... %r\", bar)` (repr escapes CR/LF)", Safe: true, Imports: lg,
			Code: `logging.info("User submitted: %r", bar)
RESPONSE += "Logged"`},
		{Name: "logging-json", Doc: "`app.logger.info(\"... %s\", json.dumps(bar))`", Safe: true, Imports: []string{"import json"},
			Code: `app.logger.info("User submitted: %s", json.dumps(bar))
RESPONSE += "Logged"`},
		{Name: "logging-unicode-escape", Doc: "`logging.info(\"...\" + bar.encode(\"unicode_escape\").decode(\"ascii\"))`", Safe: true, Imports: lg,
			Code: `logging.info("User submitted: " + bar.encode("unicode_escape").decode("ascii"))
RESPONSE += "Logged"`},
	})
}
