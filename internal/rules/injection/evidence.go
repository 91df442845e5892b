package injection

import (
	"strconv"
	"strings"

	"github.com/flaskguard/flaskguard/internal/rules/rule"
	"github.com/flaskguard/flaskguard/internal/taint"
	"github.com/flaskguard/flaskguard/internal/taint/spec"
)

// practiceClasses are the sink classes of practice 6's rules: everything
// but SQL (practice 7) and log lines (practice 11).
const practiceClasses = spec.Command | spec.Code | spec.Template | spec.HTML | spec.Path | spec.Redirect |
	spec.Deserialize | spec.XML | spec.XPath | spec.LDAP | spec.SSRF | spec.Session | spec.Header

// sinkKinds name the classes for people, in the order messages list them.
var sinkKinds = [...]struct {
	class spec.Class
	name  string
}{
	{spec.HTML, "HTML"}, {spec.Command, "shell"}, {spec.Path, "file"}, {spec.Redirect, "redirect"},
	{spec.Deserialize, "deserialization"}, {spec.Code, "code"}, {spec.Template, "template"},
	{spec.SSRF, "outgoing request"}, {spec.Header, "header"}, {spec.Session, "session"},
	{spec.XML, "XML"}, {spec.XPath, "XPath"}, {spec.LDAP, "LDAP"},
}

// maxEvidencePlaces is how many sink places a message names; the rest are
// counted.
const maxEvidencePlaces = 3

// practiceEvidence records, once per scan (it runs with FG0604), the proof
// the scorecard passes practice 6 on: the engine followed request data
// from the views into sinks of the practice and none received it
// unchecked. With no view, or no such sink reached, there is nothing to
// show and the practice stays unknown; with a flow, its finding fails it.
func practiceEvidence(c *rule.Ctx) {
	res := c.Taint()
	if res == nil || res.Views == 0 || len(res.Flows(practiceClasses)) > 0 {
		return
	}
	sites := res.SinkSites(practiceClasses)
	if len(sites) == 0 {
		return
	}
	var seen spec.Class
	for _, s := range sites {
		seen |= s.Class
	}
	var kinds []string
	for _, k := range sinkKinds {
		if seen&k.class != 0 {
			kinds = append(kinds, k.name)
		}
	}
	c.Evidence(sites[0].Location, "request data from "+count(res.Views, "view")+" reaches no "+orList(kinds)+
		" sink unescaped ("+count(len(sites), "sink")+" followed: "+places(sites, maxEvidencePlaces)+")")
}

// places lists the first n sink places as path:line, and how many more.
func places(sites []taint.SinkSite, n int) string {
	var parts []string
	for i, s := range sites {
		if i == n {
			parts = append(parts, "...")
			break
		}
		parts = append(parts, s.Location.Path+":"+strconv.Itoa(s.Location.StartLine))
	}
	return strings.Join(parts, ", ")
}

// count is "1 view", "3 views".
func count(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return strconv.Itoa(n) + " " + noun + "s"
}

// orList joins names as "a, b or c".
func orList(names []string) string {
	if len(names) < 2 {
		return strings.Join(names, "")
	}
	return strings.Join(names[:len(names)-1], ", ") + " or " + names[len(names)-1]
}
