package headers

import (
	"strings"

	"github.com/flaskguard/flaskguard/internal/finding"
	"github.com/flaskguard/flaskguard/internal/flaskmodel"
	"github.com/flaskguard/flaskguard/internal/rules/rule"
)

// WeakSecurityHeaderValue flags security headers set to values that do
// not protect.
//
// # What it does
//
// Reports constant values that after-request hooks (of an app or a
// blueprint) give to security headers, including headers set in bulk from
// a dict (resp.headers.update(SECURITY_HEADERS)):
//
//   - X-Frame-Options ALLOW-FROM (ignored by current browsers), ALLOWALL
//     or anything but DENY and SAMEORIGIN (Medium), unless the app's CSP
//     restricts framing with frame-ancestors;
//   - Strict-Transport-Security with max-age=0 or no max-age (Medium) or
//     under a year (Low);
//   - X-Content-Type-Options other than nosniff (Low);
//   - Referrer-Policy unsafe-url or no-referrer-when-downgrade (Low);
//   - X-XSS-Protection: 1 (Info): the auditor it enables is gone from
//     current browsers and could be abused in older ones; send 0 or
//     nothing.
//
// Content-Security-Policy values are judged by FG1202 and FG1203, and
// CORS headers by FG0804. Hooks defined only for development or tests are
// not judged.
//
// # Why is this bad
//
// A header with a value browsers ignore gives no protection while looking
// like it does: framing stays open to clickjacking, HSTS expires or is
// cleared, files are MIME-sniffed, full URLs with tokens leak to other
// sites (CWE-693, protection mechanism failure).
//
// # Example
//
//	@app.after_request
//	def headers(resp):
//	    resp.headers["X-Frame-Options"] = "ALLOW-FROM https://partner.example.com"
//	    resp.headers["Strict-Transport-Security"] = "max-age=0"
//	    resp.headers["Referrer-Policy"] = "unsafe-url"
//	    return resp
//
// # Use instead
//
//	@app.after_request
//	def headers(resp):
//	    resp.headers["Content-Security-Policy"] = "frame-ancestors 'self' https://partner.example.com"
//	    resp.headers["Strict-Transport-Security"] = "max-age=31536000; includeSubDomains"
//	    resp.headers["Referrer-Policy"] = "strict-origin-when-cross-origin"
//	    return resp
//
// # References
//
//   - https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/X-Frame-Options
//   - https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/Strict-Transport-Security
//   - https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/X-XSS-Protection
//   - https://cheatsheetseries.owasp.org/cheatsheets/HTTP_Headers_Cheat_Sheet.html
//   - https://cwe.mitre.org/data/definitions/693.html
var WeakSecurityHeaderValue = rule.Rule{
	ID:           "FG0803",
	Name:         "weak-security-header-value",
	Practice:     8,
	CWE:          693,
	Severity:     finding.Medium,
	Confidence:   finding.HighConfidence,
	Summary:      "Security header set to a value browsers ignore or that does not protect (X-Frame-Options ALLOW-FROM, HSTS max-age=0, Referrer-Policy unsafe-url)",
	Fix:          "Use X-Frame-Options DENY/SAMEORIGIN (or CSP frame-ancestors), HSTS max-age of at least 31536000, X-Content-Type-Options nosniff and Referrer-Policy strict-origin-when-cross-origin.",
	CheckProject: checkWeakHeaderValues,
}

func checkWeakHeaderValues(c *rule.Ctx) {
	if c.Flask == nil {
		return
	}
	type key struct {
		at   finding.Location
		name string
	}
	seen := map[key]bool{}
	for _, h := range c.Flask.Hooks {
		if h.Kind != flaskmodel.AfterRequest && h.Kind != flaskmodel.AfterAppRequest || c.Flask.DevOnly(h.Loc) {
			continue
		}
		framed := false
		for _, app := range hookApps(h) {
			framed = framed || framingCovered(c.Flask.AppHeaders(app))
		}
		for _, hd := range h.Headers {
			k := key{hd.Loc, strings.ToLower(hd.Name)}
			if !hd.Known || seen[k] {
				continue
			}
			seen[k] = true
			if sev, msg, bad := weakValue(flaskmodel.CanonicalHeader(hd.Name), strings.TrimSpace(hd.Value), framed); bad {
				c.ReportAt(hd.Loc, sev, msg)
			}
		}
	}
}

// hookApps lists the apps a hook's responses come from.
func hookApps(h *flaskmodel.Hook) []*flaskmodel.App {
	if h.App != nil {
		return []*flaskmodel.App{h.App}
	}
	var out []*flaskmodel.App
	if h.Blueprint != nil {
		for _, m := range h.Blueprint.Mounts {
			out = append(out, m.App)
		}
	}
	return out
}

// weakValue judges one header value.
func weakValue(name, v string, framed bool) (finding.Severity, string, bool) {
	lower := strings.ToLower(v)
	switch name {
	case "X-Frame-Options":
		switch {
		case framed || lower == "deny" || lower == "sameorigin":
			return 0, "", false
		case strings.HasPrefix(lower, "allow-from"):
			return finding.Medium, "X-Frame-Options: " + v + ": current browsers ignore ALLOW-FROM, so any site can frame the pages (clickjacking); allow the partner with CSP frame-ancestors instead", true
		}
		return finding.Medium, "X-Frame-Options: " + v + " is not DENY or SAMEORIGIN, so browsers ignore it and any site can frame the pages (clickjacking)", true
	case "Strict-Transport-Security":
		age, ok := hstsMaxAge(v)
		if !ok {
			return finding.Medium, "Strict-Transport-Security: " + v + " has no valid max-age, so browsers ignore the header", true
		}
		if sev, why, bad := hstsProblem(age); bad {
			return sev, "Strict-Transport-Security: " + v + ": " + why, true
		}
	case "X-Content-Type-Options":
		if lower != "nosniff" {
			return finding.Low, "X-Content-Type-Options: " + v + " is not nosniff, so browsers ignore it and may sniff uploads into HTML or script", true
		}
	case "Referrer-Policy":
		if p, weak := weakReferrer(v); weak {
			return finding.Low, "Referrer-Policy: " + p + " sends full URLs (paths and query strings, where tokens live) to other sites; use strict-origin-when-cross-origin", true
		}
	case "X-XSS-Protection":
		if strings.HasPrefix(lower, "1") {
			return finding.Info, "X-XSS-Protection: " + v + " enables an XSS auditor that current browsers removed and older ones could be abused through; send 0 or nothing and rely on a CSP", true
		}
	}
	return 0, "", false
}
