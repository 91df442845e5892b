// Package tls holds the rules of practice 14, "TLS everywhere": certificate
// verification switched off in HTTP clients (FG1401), credentials and API
// calls sent over plain http:// (FG1402), the development server listening
// on every interface without TLS (FG1403), and external URLs generated
// with http (FG1404).
package tls

import (
	"strings"

	"github.com/flaskguard/flaskguard/internal/project"
	"github.com/flaskguard/flaskguard/internal/python"
	"github.com/flaskguard/flaskguard/internal/rules/internal/ruleutil"
	"github.com/flaskguard/flaskguard/internal/rules/rule"
)

// requestMethods are the HTTP verbs of requests, httpx and aiohttp, as
// module functions and as methods of their sessions and clients.
var requestMethods = map[string]bool{
	"get": true, "post": true, "put": true, "patch": true, "delete": true, "head": true,
	"options": true, "request": true, "stream": true,
}

// sessionClasses are the client objects whose methods send requests.
var sessionClasses = map[string]string{
	"requests.Session": "requests", "requests.sessions.Session": "requests", "requests.session": "requests",
	"httpx.Client": "httpx", "httpx.AsyncClient": "httpx", "aiohttp.ClientSession": "aiohttp",
}

// httpCall is a recognised outgoing HTTP request.
type httpCall struct {
	// lib is "requests", "httpx", "aiohttp" or "urllib".
	lib string
	// what names the call for messages ("requests.get").
	what string
	// urlPos is the position of the URL argument (-1: none).
	urlPos int
}

// clientCall recognises a call that sends an HTTP request:
// requests.get(...), requests.request("GET", url), Session().post(...),
// httpx.get(...), client.get(...) on an httpx.Client, aiohttp session
// methods, urllib.request.urlopen(...) and urllib.request.Request(...).
func clientCall(c *rule.Ctx, call *python.Call, scope project.Scope) (httpCall, bool) {
	method := ruleutil.CalleeName(c, call.Func)
	urlPos := 0
	if method == "request" || method == "stream" {
		urlPos = 1
	}
	switch {
	case requestMethods[method]:
		// requests.get or requests.api.get, httpx likewise; taken apart
		// rather than compared with built strings, since most calls come
		// here (dict.get) and none of them is one.
		q := c.Project.QualifyAt(c.Module, call.Func, scope)
		if lib, rest, _ := strings.Cut(q, "."); lib == "requests" || lib == "httpx" {
			if api, ok := strings.CutPrefix(rest, "api."); rest == method || ok && api == method {
				return httpCall{lib: lib, what: q, urlPos: urlPos}, true
			}
		}
		if fn, ok := call.Func.(*python.Attribute); ok {
			if lib, ok := sessionClasses[c.Project.ClassOfAt(c.Module, fn.Value, scope)]; ok {
				return httpCall{lib: lib, what: "session." + method, urlPos: urlPos}, true
			}
		}
	case method == "urlopen" || method == "Request":
		q := c.Project.QualifyAt(c.Module, call.Func, scope)
		if q == "urllib.request."+method || q == "urllib2."+method {
			return httpCall{lib: "urllib", what: q, urlPos: 0}, true
		}
	}
	return httpCall{}, false
}

// mayBeClientCall is the name test clientCall starts with: checks make it
// before they look up the scope of a call, which most calls never need.
func mayBeClientCall(c *rule.Ctx, call *python.Call) bool {
	method := ruleutil.CalleeName(c, call.Func)
	return requestMethods[method] || method == "urlopen" || method == "Request"
}

// assignedValue returns the value last assigned to a plain name in the
// function enclosing scope (or at module level), for following a local
// such as ctx = ssl.create_default_context() or headers = {...} to what
// it holds. It returns nil when the name is never assigned there.
func assignedValue(c *rule.Ctx, scope project.Scope, name string) python.Expr {
	body := c.File.Module.Body
	if fn := scope.Innermost(); fn != nil {
		body = fn.Body
	}
	var value python.Expr
	for _, s := range body {
		python.Walk(s, func(n python.Node) bool {
			switch n := n.(type) {
			case *python.FunctionDef, *python.ClassDef:
				return false
			case *python.Assign:
				for _, t := range n.Targets {
					if id, ok := t.(*python.Name); ok && id.ID == name && n.Op == "" && n.Value != nil {
						value = n.Value
					}
				}
			}
			return true
		})
	}
	return value
}

// enclosingClasses returns the names of the classes whose bodies contain
// a position, outermost first.
func enclosingClasses(m *python.Module, pos python.Pos) []string {
	var out []string
	list := m.Body
	for {
		var next []python.Stmt
		for _, s := range list {
			sp := s.Span()
			if pos.Offset < sp.Start.Offset || pos.Offset >= sp.End.Offset {
				continue
			}
			switch s := s.(type) {
			case *python.ClassDef:
				out = append(out, s.Name)
				next = s.Body
			case *python.If:
				next = append(append(next, s.Body...), s.Else...)
			}
			break
		}
		if next == nil {
			return out
		}
		list = next
	}
}
