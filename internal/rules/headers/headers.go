// Package headers holds the rules of practice 8, "HTTP security headers":
// an app that sends none of them (FG0801), Flask-Talisman switched to weak
// settings (FG0802), after-request hooks that set weak values (FG0803),
// and CORS that lets any origin make credentialed requests (FG0804).
//
// The rules read the Flask model: the headers each app sends are worked
// out by flaskmodel.AppHeaders from Talisman's settings and defaults and
// from its after-request hooks. Settings made only for development or
// tests (flaskmodel.DevOnly) are not judged.
package headers

import (
	"strconv"
	"strings"

	"github.com/flaskguard/flaskguard/internal/finding"
	"github.com/flaskguard/flaskguard/internal/flaskmodel"
	"github.com/flaskguard/flaskguard/internal/project"
	"github.com/flaskguard/flaskguard/internal/rules/rule"
)

// oneYear is the HSTS max-age browsers' preload list and most guides ask
// for (365 days); Talisman's default is a little more (31556926).
const oneYear = 31536000

// hstsMaxAge reads the max-age of a Strict-Transport-Security value; ok is
// false when there is none, which makes browsers ignore the header.
func hstsMaxAge(v string) (age int64, ok bool) {
	for part := range strings.SplitSeq(v, ";") {
		k, val, found := strings.Cut(strings.TrimSpace(part), "=")
		if !found || !strings.EqualFold(strings.TrimSpace(k), "max-age") {
			continue
		}
		val = strings.Trim(strings.TrimSpace(val), `"`)
		var n int64
		for _, c := range val {
			if c < '0' || c > '9' {
				return 0, false
			}
			n = n*10 + int64(c-'0')
			if n > 1<<40 {
				break
			}
		}
		return n, val != ""
	}
	return 0, false
}

// hstsProblem judges an HSTS max-age: zero tells browsers to forget the
// HTTPS-only rule; less than a year leaves long windows for downgrades.
func hstsProblem(age int64) (finding.Severity, string, bool) {
	switch {
	case age == 0:
		return finding.Medium, "max-age=0 tells browsers to drop the site's HSTS entry, so the next visit can be downgraded to http://", true
	case age < oneYear:
		return finding.Low, "max-age is " + days(age) + ", so browsers forget the HTTPS-only rule quickly and a later first http:// request can be intercepted; use at least a year (31536000)", true
	}
	return 0, "", false
}

// days writes a duration in seconds for messages.
func days(secs int64) string {
	unit, n := "second", secs
	switch {
	case secs >= 2*86400:
		unit, n = "day", secs/86400
	case secs >= 3600:
		unit, n = "hour", secs/3600
	}
	if n != 1 {
		unit += "s"
	}
	return strconv.FormatInt(n, 10) + " " + unit
}

// weakReferrer reports whether a Referrer-Policy value sends full URLs
// (paths and query strings, where reset tokens and IDs live) to other
// sites. A comma-separated list falls back: the last policy the browser
// knows wins, so the last token decides.
func weakReferrer(v string) (string, bool) {
	parts := strings.Split(v, ",")
	last := strings.ToLower(strings.TrimSpace(parts[len(parts)-1]))
	return last, last == "unsafe-url" || last == "no-referrer-when-downgrade"
}

// framingCovered reports whether an app's responses restrict framing by a
// CSP frame-ancestors directive, which browsers obey over X-Frame-Options.
func framingCovered(hs []flaskmodel.ResponseHeader) bool {
	for _, h := range hs {
		if h.Name == "Content-Security-Policy" && h.Known && strings.Contains(strings.ToLower(h.Value), "frame-ancestors") {
			return true
		}
	}
	return false
}

// sameSiteNone reports whether an app's production session cookie is
// SameSite=None, which lets other sites' requests carry it.
func sameSiteNone(c *rule.Ctx, app *flaskmodel.App) bool {
	e := c.Flask.EffectiveConfig(app, flaskmodel.Production)["SESSION_COOKIE_SAMESITE"]
	return e != nil && e.Known && e.Value.Kind == project.StringValue && strings.EqualFold(e.Value.Str, "none")
}
