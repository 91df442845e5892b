package flaskmodel

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
)

// finish sorts the routes, files them under their apps and blueprints,
// and labels the apps.
func (b *builder) finish() {
	slices.SortStableFunc(b.md.Routes, compareRoutes)
	for _, r := range b.md.Routes {
		if r.App != nil {
			r.App.Routes = append(r.App.Routes, r)
		}
		if r.Blueprint != nil {
			r.Blueprint.Routes = append(r.Blueprint.Routes, r)
		}
	}
	labelApps(b.md.Apps)
}

// compareRoutes orders routes by rule, methods, view location, app label
// and declaration place, so that the order never depends on map order.
func compareRoutes(x, y *Route) int {
	return cmp.Or(
		strings.Compare(x.Rule, y.Rule),
		strings.Compare(strings.Join(x.Methods, ","), strings.Join(y.Methods, ",")),
		strings.Compare(x.View.Loc.Path, y.View.Loc.Path),
		cmp.Compare(x.View.Loc.StartLine, y.View.Loc.StartLine),
		strings.Compare(x.Loc.Path, y.Loc.Path),
		cmp.Compare(x.Loc.StartLine, y.Loc.StartLine),
		cmp.Compare(appOrder(x.App), appOrder(y.App)),
	)
}

// appOrder orders routes of different apps by where the app is made.
func appOrder(a *App) int {
	if a == nil {
		return -1
	}
	return a.Loc.StartLine*4096 + a.Loc.StartCol
}

// labelApps names apps: the factory as "create_app()" or the variable,
// with the module in front when two apps would share a label.
func labelApps(apps []*App) {
	base := func(a *App) string {
		switch {
		case a.Factory != nil:
			return a.Factory.Name + "()"
		case a.Var != "":
			return a.Var
		}
		return "app@" + a.Loc.Path + ":" + itoa(a.Loc.StartLine)
	}
	count := map[string]int{}
	for _, a := range apps {
		count[base(a)]++
	}
	for _, a := range apps {
		a.Label = base(a)
		if count[a.Label] > 1 {
			mod := a.Module.Name
			if mod == "" {
				mod = a.Loc.Path
			}
			a.Label = mod + ":" + a.Label
		}
	}
}

// itoa formats an int.
func itoa(n int) string { return strconv.Itoa(n) }
