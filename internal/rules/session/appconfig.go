package session

import (
	"bytes"
	"slices"
	"strconv"

	"github.com/flaskguard/flaskguard/internal/confsrc"
	"github.com/flaskguard/flaskguard/internal/flaskmodel"
	"github.com/flaskguard/flaskguard/internal/project"
	"github.com/flaskguard/flaskguard/internal/rules/internal/ruleutil"
	"github.com/flaskguard/flaskguard/internal/rules/rule"
)

// The configuration rules of this package (FG0403 to FG0409) judge each
// app by the configuration it is deployed with: its production config
// when it has one, else what is not marked for development or tests (see
// flaskmodel.App.DeployedEnvironment). A DevelopmentConfig or
// TestingConfig that relaxes cookie flags is how Flask projects are meant
// to be laid out, and is never reported.

// deployedApp is an app with its deployed configuration.
type deployedApp struct {
	app *flaskmodel.App
	env flaskmodel.Environment
	cfg map[string]*flaskmodel.ConfigEntry
}

// deployedApps returns every app of the model with its deployed
// configuration, in model order.
func deployedApps(md *flaskmodel.Model) []deployedApp {
	if md == nil {
		return nil
	}
	out := make([]deployedApp, 0, len(md.Apps))
	for _, a := range md.Apps {
		env := a.DeployedEnvironment()
		out = append(out, deployedApp{app: a, env: env, cfg: md.EffectiveConfig(a, env)})
	}
	return out
}

// valueKind says how much a config entry's value is known.
type valueKind int

const (
	unset    valueKind = iota // no entry: the library default applies
	literal                   // a constant written in code or a deployment file
	fallback                  // the default of an environment lookup that nothing sets
	dynamic                   // computed, or read from a variable the deployment sets
)

// classify tells what value a config entry gives its key. An environment
// lookup with a literal default is a fallback unless a deployment file
// (Dockerfile, compose, .env, Procfile) that is not for development or
// tests sets the variable, in which case the value is the deployment's.
func classify(md *flaskmodel.Model, e *flaskmodel.ConfigEntry) (project.Value, valueKind) {
	switch {
	case e == nil:
		return project.Value{}, unset
	case !e.Known:
		return e.Value, dynamic
	case e.Value.EnvFallback:
		for _, s := range md.EnvValues(e.EnvVar) {
			if s.Env != flaskmodel.Development && s.Env != flaskmodel.Testing {
				return e.Value, dynamic
			}
		}
		return e.Value, fallback
	}
	return e.Value, literal
}

// where says where a config entry is written, for messages: "in
// ProductionConfig (config.py:30)", "(app.py:12)".
func where(e *flaskmodel.ConfigEntry) string {
	if e.Object != nil && e.Object.Class != nil {
		return "in " + e.Object.Name + " (" + ruleutil.At(e.Loc) + ")"
	}
	return "(" + ruleutil.At(e.Loc) + ")"
}

// fallbackNote explains a value that only applies while a variable is
// unset.
func fallbackNote(e *flaskmodel.ConfigEntry) string {
	name := e.EnvVar
	if name == "" {
		name = "its environment variable"
	}
	return " whenever " + name + " is unset"
}

// talisman returns the app's Flask-Talisman when it sets a session cookie
// flag: its setting is left at its default (True) or is not a false
// constant.
func talisman(app *flaskmodel.App, setting string) *flaskmodel.Extension {
	ext := app.Extension(flaskmodel.ExtTalisman)
	if ext == nil {
		return nil
	}
	if s := ext.Setting(setting); s != nil && s.Known && !s.Value.Truthy() {
		return nil
	}
	return ext
}

// loadedAfter reports whether a config entry is loaded after an
// extension's init_app in the same file, so that it overrides what the
// extension wrote into app.config when it was initialised.
func loadedAfter(e *flaskmodel.ConfigEntry, ext *flaskmodel.Extension) bool {
	via := e.Via
	if via.Path == "" {
		via = e.Loc
	}
	return via.Path == ext.InitLoc.Path && via.StartLine > ext.InitLoc.StartLine
}

// sessionUsers are the extensions that keep state in Flask's session
// cookie: the logged-in user, CSRF tokens, a server-side session id.
var sessionUsers = []flaskmodel.ExtensionKind{flaskmodel.ExtLogin, flaskmodel.ExtSecurity, flaskmodel.ExtCSRF,
	flaskmodel.ExtSeaSurf, flaskmodel.ExtSession}

// sessionNames are the flask names whose use puts data in the session
// cookie (flash messages live there too).
var sessionNames = []string{"flask.session", "flask.flash", "flask.get_flashed_messages"}

// usesSession reports whether an app has a session cookie to protect: an
// extension that keeps state in it, a FlaskForm, or code that imports
// flask.session or flash.
func usesSession(md *flaskmodel.Model, app *flaskmodel.App) bool {
	for _, k := range sessionUsers {
		if app.Extension(k) != nil {
			return true
		}
	}
	if len(md.Forms) > 0 {
		return true
	}
	for _, m := range md.Project().Modules {
		for _, target := range m.Imports {
			if slices.Contains(sessionNames, target) {
				return true
			}
		}
		if m.Imports["flask"] == "flask" && (bytes.Contains(m.File.Source, []byte("flask.session")) ||
			bytes.Contains(m.File.Source, []byte("flask.flash("))) {
			return true
		}
	}
	return false
}

// deploySignal says why an app is clearly deployed somewhere other people
// reach it: a production configuration, a production server started by
// a deployment file, or a Dockerfile or Procfile. "" when nothing says so
// (a script or a tutorial app), where an unset flag is left alone.
func deploySignal(c *rule.Ctx, a deployedApp) string {
	if a.env == flaskmodel.Production {
		return "it has a production configuration"
	}
	if s := c.Flask.Servers(c.Configs); len(s) > 0 {
		return "it is served by " + s[0].Name + " (" + ruleutil.At(s[0].Loc) + ")"
	}
	for _, f := range c.Configs {
		if f.Kind == confsrc.Dockerfile || f.Kind == confsrc.Procfile {
			return "it is deployed with " + f.Path
		}
	}
	return ""
}

// pyText writes a constant as Python source would: False, None, "None",
// 3600.
func pyText(v project.Value) string {
	switch v.Kind {
	case project.BoolValue:
		if v.Bool {
			return "True"
		}
		return "False"
	case project.NoneValue:
		return "None"
	case project.StringValue, project.BytesValue:
		return strconv.Quote(v.Str)
	case project.IntValue:
		return strconv.FormatInt(v.Int, 10)
	case project.FloatValue:
		return strconv.FormatFloat(v.Float, 'g', -1, 64)
	}
	return "?"
}
