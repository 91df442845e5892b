package ratelimit

import (
	"bytes"
	"path"
	"regexp"
	"strconv"

	"github.com/flaskguard/flaskguard/internal/confsrc"
	"github.com/flaskguard/flaskguard/internal/finding"
	"github.com/flaskguard/flaskguard/internal/flaskmodel"
	"github.com/flaskguard/flaskguard/internal/rules/internal/ruleutil"
	"github.com/flaskguard/flaskguard/internal/rules/rule"
)

// remoteAddressKeys are Flask-Limiter's key function under the names it
// is exported by.
var remoteAddressKeys = map[string]bool{
	"flask_limiter.util.get_remote_address": true,
	"flask_limiter.get_remote_address":      true,
}

// RateLimitKeyBehindProxy flags rate limits keyed on the client address
// of an app that sits behind a reverse proxy without ProxyFix.
//
// # What it does
//
// For each Flask app whose Flask-Limiter keys limits with
// get_remote_address, and that has no werkzeug ProxyFix around its WSGI
// app, reports the key function when the project shows a reverse proxy in
// front of the app:
//
//   - gunicorn started with --forwarded-allow-ips (or forwarded_allow_ips
//     in gunicorn.conf.py), which only matters behind a proxy;
//   - a compose service running an nginx, Traefik, Caddy, HAProxy or Envoy
//     image, or a command that starts nginx;
//   - code that reads the X-Forwarded-For header or request.access_route
//     itself.
//
// It is Low and conservative: many deployments have a proxy the
// repository does not show (a cloud load balancer), and some proxies
// rewrite REMOTE_ADDR themselves (uWSGI and mod_wsgi setups, gunicorn with
// forwarded-allow-ips only handles the scheme), so without such a sign the
// rule stays silent.
//
// # Why is this bad
//
// get_remote_address returns request.remote_addr, the address of the
// peer that opened the connection. Behind a reverse proxy that peer is the
// proxy: every client shares one key, so one attacker can lock everyone
// out of the login (denial of service), while the limits no longer slow
// that attacker down relative to anyone else (CWE-348, use of less
// trusted source, here the wrong one). ProxyFix makes remote_addr the
// client address taken from X-Forwarded-For, trusting only as many proxy
// hops as configured.
//
// # Example
//
//	limiter = Limiter(get_remote_address, app=app)
//
//	# docker-compose.yml: an nginx service proxies to the app
//
// # Use instead
//
//	from werkzeug.middleware.proxy_fix import ProxyFix
//
//	app.wsgi_app = ProxyFix(app.wsgi_app, x_for=1, x_proto=1)
//	limiter = Limiter(get_remote_address, app=app)
//
// # References
//
//   - https://flask.palletsprojects.com/en/stable/deploying/proxy_fix/
//   - https://werkzeug.palletsprojects.com/en/stable/middleware/proxy_fix/
//   - https://flask-limiter.readthedocs.io/en/stable/recipes.html#deploying-an-application-behind-a-proxy
//   - https://cwe.mitre.org/data/definitions/348.html
var RateLimitKeyBehindProxy = rule.Rule{
	ID:           "FG1004",
	Name:         "rate-limit-key-behind-proxy",
	Practice:     10,
	CWE:          348,
	Severity:     finding.Low,
	Confidence:   finding.MediumConfidence,
	Summary:      "Rate limits keyed on get_remote_address behind a reverse proxy without ProxyFix: all clients share the proxy's address",
	Fix:          "Wrap the app in werkzeug's ProxyFix (app.wsgi_app = ProxyFix(app.wsgi_app, x_for=1)) with the number of proxies in front of it.",
	CheckProject: checkProxyKey,
}

func checkProxyKey(c *rule.Ctx) {
	if c.Flask == nil {
		return
	}
	for _, e := range c.Flask.Extensions {
		if e.Kind == flaskmodel.ExtProxyFix && e.App == nil {
			return // a ProxyFix the scan cannot place: assume it is the app's
		}
	}
	var sign string
	for _, app := range c.Flask.Apps {
		lim := app.Extension(flaskmodel.ExtLimiter)
		if lim == nil || app.Extension(flaskmodel.ExtProxyFix) != nil {
			continue
		}
		key := lim.Setting("key_func")
		if key == nil || !remoteAddressKeys[key.Ref] {
			continue
		}
		if sign == "" {
			if sign = proxySign(c); sign == "" {
				return
			}
		}
		c.ReportAt(key.Loc, finding.Low, "Flask-Limiter keys "+app.Label+"'s limits on get_remote_address, but "+sign+
			" and no ProxyFix is applied: every client arrives from the proxy's address and shares one limit")
	}
}

// proxyImages are the image names (without registry and tag) of reverse
// proxies run as compose services.
var proxyImages = map[string]bool{"nginx": true, "traefik": true, "caddy": true, "haproxy": true, "envoy": true,
	"nginx-unprivileged": true, "openresty": true}

// imageRE reads a compose `image:` line.
var imageRE = regexp.MustCompile(`(?m)^\s*image:\s*["']?([^"'\s#]+)`)

// proxySign returns the first sign, in a stable order, that a reverse
// proxy stands in front of the app; "" when there is none.
func proxySign(c *rule.Ctx) string {
	for _, s := range c.Flask.Servers(c.Configs) {
		if s.ForwardedAllowIPs != "" {
			return "gunicorn trusts forwarded headers from " + strconv.Quote(s.ForwardedAllowIPs) + " (" + ruleutil.At(s.Loc) + ")"
		}
	}
	for _, f := range c.Configs {
		if f.Kind == confsrc.Compose {
			for _, m := range imageRE.FindAllSubmatchIndex(f.Source, -1) {
				img := string(f.Source[m[2]:m[3]])
				name := path.Base(img)
				if i := bytes.IndexByte([]byte(name), ':'); i >= 0 {
					name = name[:i]
				}
				if proxyImages[name] {
					line := bytes.Count(f.Source[:m[2]], []byte("\n")) + 1
					return "a " + name + " service proxies to it (" + f.Path + ":" + strconv.Itoa(line) + ")"
				}
			}
		}
		for _, cmd := range f.Commands {
			if len(cmd.Args) > 0 && path.Base(cmd.Args[0]) == "nginx" {
				return "nginx is started in front of it (" + ruleutil.At(cmd.Loc) + ")"
			}
		}
	}
	for _, m := range ruleutil.SortedModules(c.Project) {
		src := m.File.Source
		for _, needle := range [][]byte{[]byte("X-Forwarded-For"), []byte("x-forwarded-for"), []byte(".access_route")} {
			if i := bytes.Index(src, needle); i >= 0 {
				line := bytes.Count(src[:i], []byte("\n")) + 1
				return "the code reads the client address from forwarded headers (" + m.File.Path + ":" + strconv.Itoa(line) + ")"
			}
		}
	}
	return ""
}
