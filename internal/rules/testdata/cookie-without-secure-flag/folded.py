"""Secure flags chosen through variables, branches and containers, which the
taint engine folds in the views it analyses, and raw Set-Cookie headers."""

from urllib.parse import quote

from flask import Flask, make_response, request

app = Flask(__name__)

DEV_COOKIES = False


@app.post("/folded")
def folded():
    value = request.form["v"]
    resp = make_response("ok")
    threshold = 86
    if (7 * 18) + threshold > 200:
        flag = False
    else:
        flag = True
    resp.set_cookie("prefs", value, secure=flag, httponly=True)  # want: FG0401[medium]
    table = {"on": True, "off": False}
    resp.set_cookie("theme", value, secure=table["off"], httponly=True)  # want: FG0401[medium]
    try:
        chosen = True
    except KeyError:
        chosen = True
    else:
        chosen = False
    resp.set_cookie("lang", value, secure=chosen)  # want: FG0401[medium]
    resp.set_cookie("layout", value, **{"secure": False, "httponly": True})  # want: FG0401[medium]
    return resp


@app.post("/raw")
def raw_headers():
    value = request.form["v"]
    resp = make_response("ok")
    resp.headers.add("Set-Cookie", "SomeCookie=" + quote(value) + "; Path=/; HttpOnly")  # want: FG0401[medium]
    resp.headers["Set-Cookie"] = f"session_id={value}; Path=/; Max-Age={3600}"  # want: FG0401[high]
    line = "prefs=%s; Path=/; SameSite=Lax" % quote(value)
    resp.headers.set("set-cookie", line)  # want: FG0401[medium]
    resp.headers.extend([("Set-Cookie", "theme=dark; Path=/")])  # want: FG0401[medium]
    return resp, 200, {"Set-Cookie": "seen=1; HttpOnly"}  # want: FG0401[medium]


# Safe look-alikes: flags that fold to True, cookies set in code that never
# runs, and Set-Cookie headers with Secure or whose attributes are not known.


@app.post("/safe")
def safe():
    value = request.form["v"]
    resp = make_response("ok")
    flag = False

    def harden():
        nonlocal flag
        flag = True

    harden()
    resp.set_cookie("prefs", value, secure=flag, httponly=True)
    resp.set_cookie("theme", value, secure=True if (7 * 18) - 106 < 100 else False)
    if DEV_COOKIES:
        resp.set_cookie("debug", value)
    resp.headers.add("Set-Cookie", "SomeCookie=" + quote(value) + "; Path=/; Secure; HttpOnly")
    resp.headers.add("Set-Cookie", f"a={value}; {request.args['attrs']}")
    resp.headers.add("Set-Cookie", "sid=" + value)
    resp.headers.add("Set-Cookie", request.args["cookie"])
    resp.headers.add("X-Set-Cookie-Note", "plain=1; Path=/")
    return resp, 200, {"Set-Cookie": "seen=1; Secure; HttpOnly"}
