package ruleutil

import (
	"testing"

	"github.com/flaskguard/flaskguard/internal/finding"
	"github.com/flaskguard/flaskguard/internal/flaskmodel"
)

func TestRouteNames(t *testing.T) {
	login := &flaskmodel.Route{Rule: "/login", Methods: []string{"GET", "POST"}, MethodsKnown: true}
	page := &flaskmodel.Route{Rule: "/about", Methods: []string{"GET", "HEAD", "OPTIONS", "TRACE"}, MethodsKnown: true}
	dynamic := &flaskmodel.Route{Rule: "/api"}
	edit := &flaskmodel.Route{Rule: "/note", Methods: []string{"PUT", "DELETE"}, MethodsKnown: true}
	for _, tc := range []struct {
		r    *flaskmodel.Route
		want string
	}{{login, "POST /login"}, {page, "/about"}, {dynamic, "/api"}, {edit, "PUT,DELETE /note"}} {
		if got := RouteName(tc.r); got != tc.want {
			t.Errorf("RouteName(%s) = %q, want %q", tc.r.Rule, got, tc.want)
		}
	}
	rs := []*flaskmodel.Route{login, page, dynamic, edit}
	if got, want := RouteExamples(rs, 2), "POST /login, /about, and 2 more"; got != want {
		t.Errorf("RouteExamples(4 routes, 2) = %q, want %q", got, want)
	}
	if got, want := RouteExamples(rs[:2], 2), "POST /login, /about"; got != want {
		t.Errorf("RouteExamples(2 routes, 2) = %q, want %q", got, want)
	}
}

func TestAt(t *testing.T) {
	if got := At(finding.Location{Path: "app/config.py", StartLine: 12, StartCol: 5}); got != "app/config.py:12" {
		t.Errorf("At = %q", got)
	}
}
