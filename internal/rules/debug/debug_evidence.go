package debug

import (
	"strconv"

	"github.com/flaskguard/flaskguard/internal/flaskmodel"
	"github.com/flaskguard/flaskguard/internal/rules/rule"
)

// debugEvidence records, for the scorecard, that no Flask app of the
// project turns debug mode on where it is deployed: no DEBUG entry with a
// true constant (in code, config objects, env files, app.run) applies to
// the app's deployed configuration, and no debugger middleware or debug
// toolbar is bound to it. The production server the deployment files
// start, if any, is named as well. It reports nothing; the findings are
// the other checks'.
func debugEvidence(c *rule.Ctx) {
	if c.Flask == nil || len(c.Flask.Apps) == 0 {
		return
	}
	for _, app := range c.Flask.Apps {
		if debugOn(app) {
			return
		}
	}
	msg := "debug is never switched on in code or config"
	loc := c.Flask.Apps[0].Loc
	if servers := c.Flask.Servers(c.Configs); len(servers) > 0 {
		s := servers[0]
		msg += "; the app is served by " + s.Name + " (" + s.Loc.Path + ":" + strconv.Itoa(s.Loc.StartLine) + ")"
		loc = s.Loc
	}
	c.Evidence(loc, msg)
}

// debugOn reports whether an app may run with debug mode on when
// deployed: a DEBUG entry of its deployed environment (or of all
// environments) with a true value that is not only the text default of an
// environment lookup, or the Werkzeug debugger or the debug toolbar bound
// to it.
func debugOn(app *flaskmodel.App) bool {
	if app.Extension(flaskmodel.ExtDebugger) != nil || app.Extension(flaskmodel.ExtDebugToolbar) != nil {
		return true
	}
	env := app.DeployedEnvironment()
	for _, e := range app.Config {
		if e.Key != "DEBUG" || e.Env != flaskmodel.AnyEnv && e.Env != env {
			continue
		}
		if e.Known && e.Value.Truthy() && !(e.Value.EnvFallback && e.Value.IsText()) {
			return true
		}
	}
	return false
}
