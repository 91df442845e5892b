package taint

import (
	"cmp"
	"slices"

	"github.com/flaskguard/flaskguard/internal/finding"
	"github.com/flaskguard/flaskguard/internal/taint/spec"
)

// SinkSite is a sink the engine followed request data to from an entry
// point, whether or not tainted data arrived there: a SQL execute whose
// statement stayed constant is one, and so is a redirect to url_for(). A
// scan whose views reach sinks but no flow is evidence that the data was
// handled safely, which the scorecard shows.
type SinkSite struct {
	Location finding.Location
	// Class holds the classes of the sinks at this place.
	Class spec.Class
}

// recordSink notes a sink reached by an analysis that reports.
func (e *engine) recordSink(class spec.Class, loc finding.Location) {
	if e.inQuiet {
		return
	}
	e.sinks[loc] |= class
}

// sinkSites lists the recorded sinks by location.
func sinkSites(m map[finding.Location]spec.Class) []SinkSite {
	out := make([]SinkSite, 0, len(m))
	for loc, c := range m {
		out = append(out, SinkSite{Location: loc, Class: c})
	}
	slices.SortFunc(out, func(a, b SinkSite) int {
		x, y := a.Location, b.Location
		return cmp.Or(cmp.Compare(x.Path, y.Path), cmp.Compare(x.StartLine, y.StartLine), cmp.Compare(x.StartCol, y.StartCol),
			cmp.Compare(x.EndLine, y.EndLine), cmp.Compare(x.EndCol, y.EndCol))
	})
	return out
}

// SinkSites returns the sinks of the given classes that the analysis of
// entry points reached, sorted by location.
func (r *Result) SinkSites(classes spec.Class) []SinkSite {
	var out []SinkSite
	for _, s := range r.sinks {
		if s.Class&classes != 0 {
			out = append(out, s)
		}
	}
	return out
}
