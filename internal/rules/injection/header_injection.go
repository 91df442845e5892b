package injection

import (
	"strings"

	"github.com/flaskguard/flaskguard/internal/finding"
	"github.com/flaskguard/flaskguard/internal/pep440"
	"github.com/flaskguard/flaskguard/internal/rules/rule"
	"github.com/flaskguard/flaskguard/internal/taint"
	"github.com/flaskguard/flaskguard/internal/taint/spec"
)

// HeaderInjection flags request data written into response headers.
//
// # What it does
//
// Reports request data that becomes the name or value of a response
// header: resp.headers[name] = value, headers.add/set/extend,
// Response(headers=...), make_response(body, status, headers) and the
// headers of a (body, status, headers) tuple returned by a view. A
// Location header is an open redirect instead (FG0606). Values with line
// breaks removed (.replace("\n", "")), URL-quoted or converted to numbers
// are safe.
//
// Werkzeug has refused CR and LF in header values since 0.8 (2011: "Headers
// datastructure no longer allows newlines in values to avoid header
// injection attacks"), so on any current Flask stack a value cannot split
// the response: such findings are Low, kept because the value still
// reaches the client's headers unchecked and another server or proxy in
// front may be laxer. They are Medium when the project's requirements
// allow only Werkzeug releases before 0.8. Header names are not checked
// by Werkzeug (as of 2.2) nor by the http.server module its development
// server writes them with, so request data in a header name, or in a
// collection of headers whose names are not known, is Medium whatever the
// version. Medium findings are reported without their trace; the message
// names the source.
//
// # Why is this bad
//
// A CR LF in a header starts a new header or the body: the client sets
// cookies, splits the response or poisons caches (CWE-113).
//
// # Example
//
//	resp = make_response("ok")
//	resp.headers["X-Request-Name"] = request.args["name"]
//
// # Use instead
//
//	resp.headers["X-Request-Name"] = quote(request.args["name"])
//
// # References
//
//   - https://owasp.org/www-community/attacks/HTTP_Response_Splitting
//   - https://cwe.mitre.org/data/definitions/113.html
//   - https://werkzeug.palletsprojects.com/en/stable/changes/#version-0-8
var HeaderInjection = rule.Rule{
	ID:           "FG0613",
	Name:         "http-header-injection",
	Practice:     6,
	CWE:          113,
	Severity:     finding.Low,
	Confidence:   finding.MediumConfidence,
	Summary:      "request data written into a response header",
	Fix:          "Do not copy request data into response headers, or strip CR and LF (or URL-quote it) first.",
	CheckProject: checkHeaderInjection,
}

// checkHeaderInjection reports one finding per header sink: Medium for
// data in a header name or on a Werkzeug that lets newlines through, Low
// otherwise (see the rule's doc).
func checkHeaderInjection(c *rule.Ctx) {
	res := c.Taint()
	if res == nil {
		return
	}
	names := map[finding.Location]taint.Flow{}
	for _, f := range res.FlowsFunc(spec.Header, func(f taint.Flow) bool { return f.Name }) {
		names[f.Call] = f
	}
	old := lineBreaksAllowed(c.Deps)
	for _, f := range res.Flows(spec.Header) {
		switch n, isName := names[f.Call]; {
		case isName:
			c.ReportConfidence(n.Sink, finding.Medium, c.Rule().Confidence,
				n.Message+": a line break in a header name starts a header of the client's choosing")
		case old:
			c.ReportConfidence(f.Sink, finding.Medium, c.Rule().Confidence,
				f.Message+": the required Werkzeug (before "+newlineCheckedSince+") lets line breaks through header values")
		default:
			c.ReportTrace(f.Sink, f.Message, f.Trace)
		}
	}
}

// newlineCheckedSince is the first Werkzeug release whose Headers refuse
// CR and LF in values (CHANGES, version 0.8).
const newlineCheckedSince = "0.8"

// lineBreaksAllowed reports whether the project's runtime requirements
// allow only Werkzeug releases older than newlineCheckedSince: a pin or
// lock below it, or a range that excludes it and every later release.
func lineBreaksAllowed(d *rule.Deps) bool {
	if d == nil {
		return false
	}
	since, _ := pep440.Parse(newlineCheckedSince)
	for _, r := range d.Resolution.Effective {
		if r.Normalized != "werkzeug" || r.URL != "" || r.Group != "" && !strings.HasPrefix(r.Group, "optional:") {
			continue
		}
		if r.Version != "" {
			if v, err := pep440.Parse(r.Version); err == nil && pep440.Compare(v, since) < 0 {
				return true
			}
			continue
		}
		if r.Specifier != "" && onlyBefore(r.Specifier, since) {
			return true
		}
	}
	return false
}

// onlyBefore reports whether a specifier (Poetry unions joined by "||")
// admits no release from since on: it is probed with since, later
// releases of each line and a far-future one.
func onlyBefore(specifier string, since pep440.Version) bool {
	probes := []string{since.String(), "0.9", "0.15", "1.0", "2.0", "2.2", "3.0", "3.1", "9999"}
	for part := range strings.SplitSeq(specifier, "||") {
		set, err := pep440.ParseSpecifierSet(part)
		if err != nil {
			return false
		}
		for _, p := range probes {
			if v, err := pep440.Parse(p); err == nil && set.Contains(v, true) {
				return false
			}
		}
	}
	return true
}
