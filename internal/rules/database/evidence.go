package database

import (
	"strconv"
	"strings"

	"github.com/flaskguard/flaskguard/internal/rules/rule"
	"github.com/flaskguard/flaskguard/internal/taint/spec"
)

// maxEvidencePlaces is how many SQL calls the message names.
const maxEvidencePlaces = 3

// sqlEvidence records, once per scan, the proof the scorecard passes
// practice 7 on: the engine followed request data from the views into SQL
// calls and none received it in its statement, so whatever reached them
// went in as a parameter. With no view, or no SQL call reached, there is
// nothing to show and the practice stays unknown; with a flow, FG0701's
// finding fails it.
func sqlEvidence(c *rule.Ctx) {
	res := c.Taint()
	if res == nil || res.Views == 0 || len(res.Flows(spec.SQL)) > 0 {
		return
	}
	sites := res.SinkSites(spec.SQL)
	if len(sites) == 0 {
		return
	}
	var at []string
	for i, s := range sites {
		if i == maxEvidencePlaces {
			at = append(at, "...")
			break
		}
		at = append(at, s.Location.Path+":"+strconv.Itoa(s.Location.StartLine))
	}
	c.Evidence(sites[0].Location, "request data from "+count(res.Views, "view")+" followed into "+
		count(len(sites), "SQL call")+", all parameterized ("+strings.Join(at, ", ")+")")
}

// count is "1 view", "3 views".
func count(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return strconv.Itoa(n) + " " + noun + "s"
}
