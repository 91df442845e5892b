package tls

import (
	"net/netip"
	"strings"

	"github.com/flaskguard/flaskguard/internal/project"
	"github.com/flaskguard/flaskguard/internal/python"
	"github.com/flaskguard/flaskguard/internal/rules/internal/ruleutil"
	"github.com/flaskguard/flaskguard/internal/rules/rule"
)

// hostReach tells how exposed the network path to a host is.
type hostReach uint8

const (
	// unknownHost: the host is not literal (f"http://{host}/api").
	unknownHost hostReach = iota
	// localHost: this machine, the link-local metadata service, an mDNS
	// name, or a name without dots (a compose or Kubernetes service,
	// reached over the container network).
	localHost
	// privateHost: an RFC 1918 address or an internal DNS zone.
	privateHost
	// publicHost: anything else.
	publicHost
)

// httpURL is a literal http:// URL, or the literal start of one.
type httpURL struct {
	host, rest string
	reach      hostReach
}

// parseHTTP reads a URL (or its known prefix, when complete is false)
// and reports whether it is plain http://.
func parseHTTP(text string, complete bool) (httpURL, bool) {
	if len(text) < 7 || !strings.EqualFold(text[:7], "http://") {
		return httpURL{}, false
	}
	rest := text[7:]
	end := strings.IndexAny(rest, "/?#")
	if end < 0 {
		if !complete {
			return httpURL{reach: unknownHost}, true // the host itself is interpolated
		}
		end = len(rest)
	}
	u := httpURL{host: rest[:end], rest: rest[end:]}
	if u.host == "" || strings.ContainsAny(u.host, "{}%$") {
		u.reach = unknownHost
		return u, true
	}
	u.reach = classifyHost(u.host)
	return u, true
}

// classifyHost places a host (with optional user information and port).
func classifyHost(hostport string) hostReach {
	h := hostport[strings.LastIndexByte(hostport, '@')+1:]
	if strings.HasPrefix(h, "[") {
		if i := strings.IndexByte(h, ']'); i > 0 {
			h = h[1:i]
		}
	} else if i := strings.LastIndexByte(h, ':'); i >= 0 && strings.Count(h, ":") == 1 {
		h = h[:i]
	}
	h = strings.ToLower(strings.TrimSuffix(h, "."))
	if addr, err := netip.ParseAddr(h); err == nil {
		switch {
		case addr.IsLoopback(), addr.IsUnspecified(), addr.IsLinkLocalUnicast():
			return localHost
		case addr.IsPrivate():
			return privateHost
		}
		return publicHost
	}
	switch {
	case h == "localhost", strings.HasSuffix(h, ".localhost"), strings.HasSuffix(h, ".local"),
		h == "host.docker.internal", !strings.Contains(h, "."):
		return localHost
	case strings.HasSuffix(h, ".internal"), strings.HasSuffix(h, ".lan"), strings.HasSuffix(h, ".intranet"),
		strings.HasSuffix(h, ".svc"), strings.HasSuffix(h, ".home.arpa"):
		return privateHost
	}
	return publicHost
}

// apiWords in a host label or path segment say that the URL is an API or
// an authentication endpoint, whose requests usually carry credentials.
var apiWords = [...]string{"auth", "login", "signin", "token", "sso", "graphql", "webhook", "account"}

// looksLikeAPI reports whether a URL's host or path suggests an API or an
// authentication endpoint: a label or segment that is or starts with
// "api" (api, api2, apis), or one containing auth, login, token, oauth...
func looksLikeAPI(host, rest string) bool {
	for _, part := range strings.FieldsFunc(strings.ToLower(host+"/"+rest), func(r rune) bool {
		return r == '.' || r == '/' || r == '?' || r == '&' || r == '=' || r == '#' || r == ':'
	}) {
		if strings.HasPrefix(part, "api") || part == "rest" {
			return true
		}
		for _, w := range apiWords {
			if strings.Contains(part, w) {
				return true
			}
		}
	}
	return false
}

// keyQualifiers, before "key", make a parameter an API key (api_key,
// X-API-Key, access_key); a bare "key" is one too (Google's ?key=).
var keyQualifiers = map[string]bool{"api": true, "access": true, "secret": true, "private": true,
	"auth": true, "app": true, "client": true, "subscription": true, "license": true, "x": true}

// isCredentialKey reports whether a header or parameter name carries a
// credential (Authorization, X-API-Key, access_token, password, Cookie).
func isCredentialKey(k string) bool {
	ws := ruleutil.Words(k)
	for i, w := range ws {
		switch {
		case strings.Contains(w, "token"), strings.Contains(w, "secret"), strings.Contains(w, "password"),
			strings.HasPrefix(w, "credential"), strings.HasPrefix(w, "session"), strings.HasPrefix(w, "cookie"),
			strings.HasPrefix(w, "signature"), strings.HasPrefix(w, "oauth"),
			w == "passwd", w == "pwd", w == "sig", w == "apikey", w == "auth", w == "authorization":
			return true
		case w == "key":
			if i == 0 || keyQualifiers[ws[i-1]] {
				return true
			}
		}
	}
	return false
}

// carriesCredentials reports whether a request call sends credentials:
// auth=, cookies=, a header, parameter or body field named like a
// credential (dict literals, directly or through a local name), or a
// credential in the URL's query string or user information.
func carriesCredentials(c *rule.Ctx, call *python.Call, scope project.Scope, u httpURL) bool {
	if strings.Contains(u.host, "@") {
		return true
	}
	if i := strings.IndexByte(u.rest, '?'); i >= 0 {
		for _, pair := range strings.Split(u.rest[i+1:], "&") {
			k, _, _ := strings.Cut(pair, "=")
			if isCredentialKey(k) {
				return true
			}
		}
	}
	for _, a := range call.Args {
		if a.Star != 0 || a.Name == "" {
			continue
		}
		switch a.Name {
		case "auth", "cookies":
			if cst, ok := a.Value.(*python.Constant); !ok || cst.Value != python.None {
				return true
			}
		case "headers", "params", "data", "json":
			if d := dictOf(c, scope, a.Value); d != nil {
				for _, k := range d.Keys {
					if key, ok := python.StringValue(k); ok && isCredentialKey(key) {
						return true
					}
				}
			}
		}
	}
	return false
}

// dictOf returns the dict literal an argument is, or the one a local name
// was assigned.
func dictOf(c *rule.Ctx, scope project.Scope, e python.Expr) *python.Dict {
	if n, ok := e.(*python.Name); ok {
		e = assignedValue(c, scope, n.ID)
	}
	d, _ := e.(*python.Dict)
	return d
}

// urlArg is what is known of a URL argument.
type urlArg struct {
	text     string
	complete bool
	// tail is the template text after the first unknown part
	// ("{user_id}/login"), for telling an API endpoint from its path.
	tail string
	// name is the module or class constant the URL was read from, if any.
	name string
}

// literalURL reads a URL argument: a literal, the literal start of an
// f-string, a + concatenation, a % or .format() template, or a constant
// (module, class or local) it names.
func literalURL(c *rule.Ctx, e python.Expr, scope project.Scope) (urlArg, bool) {
	switch e := e.(type) {
	case *python.String:
		if e.IsConstant() {
			return urlArg{text: e.Value, complete: true}, true
		}
		prefix, tail := fstringPrefix(c.File.Text(e.Span()))
		return urlArg{text: prefix, tail: tail}, true
	case *python.BinOp:
		left, ok := literalURL(c, e.Left, scope)
		if !ok {
			return urlArg{}, false
		}
		switch e.Op {
		case "+":
			if right, ok := literalURL(c, e.Right, scope); ok && left.complete {
				return urlArg{text: left.text + right.text, complete: right.complete, name: left.name}, true
			}
			left.complete = false
			return left, true
		case "%":
			left.text, left.tail, _ = strings.Cut(left.text, "%")
			left.complete = false
			return left, true
		}
	case *python.Call:
		if fn, ok := e.Func.(*python.Attribute); ok && fn.Attr == "format" {
			if s, ok := fn.Value.(*python.String); ok && s.IsConstant() {
				text, tail, _ := strings.Cut(s.Value, "{")
				return urlArg{text: text, tail: tail}, true
			}
		}
	case *python.Name, *python.Attribute:
		v, ok := c.Project.ConstAt(c.Module, e, scope)
		if !ok || v.Kind != project.StringValue {
			return urlArg{}, false
		}
		// Only module and class constants are reported where they are
		// defined; a local variable is the request's own.
		name := ""
		if n, ok := e.(*python.Name); ok {
			if len(scope) == 0 || assignedValue(c, scope, n.ID) == nil {
				name = n.ID
			}
		} else {
			name = e.(*python.Attribute).Attr
		}
		return urlArg{text: v.Str, complete: true, name: name}, true
	}
	return urlArg{}, false
}

// fstringPrefix returns the literal text an f-string starts with, up to
// its first replacement field, and the rest of its text, from its source
// ("f'http://x/{y}/login'" gives "http://x/" and "{y}/login").
func fstringPrefix(src string) (prefix, tail string) {
	i := strings.IndexAny(src, `"'`)
	if i < 0 {
		return "", ""
	}
	quote := src[i]
	body := strings.TrimLeft(src[i:], `"'`)
	body = strings.TrimRight(body, string(quote))
	for j := 0; j < len(body); j++ {
		if body[j] != '{' {
			continue
		}
		if j+1 < len(body) && body[j+1] == '{' {
			j++
			continue
		}
		return body[:j], body[j:]
	}
	return body, ""
}
