from flask import render_template_string, request

DEFAULT = "wörld"


def greet():
	name = request.args.get("name", DEFAULT)
	return render_template_string(
		"<h1>Hello " + name + "</h1>"
	)


def banner():
	msg = "👋 héllo"; return render_template_string(msg + request.args["x"])
