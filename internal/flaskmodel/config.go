package flaskmodel

import (
	"strings"
	"unicode"

	"github.com/flaskguard/flaskguard/internal/finding"
	"github.com/flaskguard/flaskguard/internal/project"
	"github.com/flaskguard/flaskguard/internal/python"
)

// Environment is the deployment environment a configuration applies to.
type Environment string

// The environments. Rules judge Production strictly and Development and
// Testing leniently; AnyEnv entries apply everywhere.
const (
	AnyEnv      Environment = ""
	Production  Environment = "production"
	Development Environment = "development"
	Testing     Environment = "testing"
	UnknownEnv  Environment = "unknown"
)

// EnvironmentOf classifies a config class name, dict key, file or service
// name by its words (split at punctuation and at lower-to-upper case
// changes): "prod"/"production" → Production; "dev"/"develop"/
// "development"/"local" → Development; "test"/"tests"/"testing" →
// Testing; anything else → UnknownEnv. Whole words only, so "device" and
// "latest" say nothing.
func EnvironmentOf(name string) Environment {
	for _, w := range words(name) {
		switch w {
		case "prod", "production":
			return Production
		case "dev", "develop", "development", "local":
			return Development
		case "test", "tests", "testing":
			return Testing
		}
	}
	return UnknownEnv
}

// words splits a name into lower-case words: "DevelopmentConfig" →
// development, config; ".env.production" → env, production.
func words(name string) []string {
	var out []string
	start := -1
	for i, r := range name {
		letter := unicode.IsLetter(r) || unicode.IsDigit(r)
		boundary := !letter || start >= 0 && unicode.IsUpper(r) && i > 0 && unicode.IsLower(rune(name[i-1]))
		if boundary && start >= 0 {
			out = append(out, strings.ToLower(name[start:i]))
			start = -1
		}
		if letter && start < 0 {
			start = i
		}
	}
	if start >= 0 {
		out = append(out, strings.ToLower(name[start:]))
	}
	return out
}

// Origin tells how a configuration entry was set.
type Origin string

// The origins of configuration entries.
const (
	OriginItem      Origin = "item"       // app.config["K"] = v
	OriginUpdate    Origin = "update"     // app.config.update(...), setdefault
	OriginMapping   Origin = "mapping"    // app.config.from_mapping(...)
	OriginObject    Origin = "object"     // app.config.from_object(X)
	OriginPyfile    Origin = "pyfile"     // app.config.from_pyfile("x.cfg")
	OriginAttribute Origin = "attribute"  // app.secret_key = v, app.debug = v
	OriginPrefixEnv Origin = "prefix_env" // from_prefixed_env, from an Env setting
	OriginEnvFile   Origin = "env"        // FLASK_DEBUG in .env, .flaskenv, Dockerfile, compose, Procfile
	OriginRun       Origin = "run"        // app.run(debug=...)
)

// ConfigEntry is one configuration key set on an app.
type ConfigEntry struct {
	Key string
	// Value is the constant value when Known. A value read from the
	// environment with a literal default is Known with
	// Value.EnvFallback set (the default is what runs when the variable
	// is unset).
	Value project.Value
	Known bool
	// FromEnv is true when the value is read from the environment at run
	// time (os.environ, from_prefixed_env, env files); EnvVar names the
	// variable when known.
	FromEnv bool
	EnvVar  string
	// Text is the value's source text (or the raw text from an env
	// file), for messages.
	Text   string
	Expr   python.Expr
	Origin Origin
	// Object is the config class or module the entry comes from, for
	// OriginObject and OriginPyfile.
	Object *ConfigObject
	// Env is the environment the entry applies to: AnyEnv unless it comes
	// from one of several alternative config objects (config[name]), from
	// a config object loaded conditionally, or from an env file named for
	// an environment (.env.production).
	Env Environment
	// Conditional is true when the entry is set inside an if, try, with,
	// loop or match block of the code that sets it.
	Conditional bool
	// Loc is where the value is written; Via is the call that loaded it
	// (the from_object call), equal to Loc for direct assignments.
	Loc finding.Location
	Via finding.Location
}

// ConfigLoad is one bulk configuration call on an app.
type ConfigLoad struct {
	// Method is the config method: "from_object", "from_pyfile",
	// "from_envvar", "from_prefixed_env", "from_file", "update",
	// "from_mapping", "setdefault".
	Method string
	// Objects are what from_object can load; several means the choice is
	// made at run time (config[name]).
	Objects []*ConfigObject
	// Path is the from_pyfile/from_file argument, EnvVar the from_envvar
	// variable or from_prefixed_env prefix ("FLASK" by default).
	Path   string
	EnvVar string
	// Found is false for a from_pyfile/from_file whose file is not in the
	// scan (an instance folder file, say): its entries are unknown.
	Found       bool
	Conditional bool
	Call        *python.Call
	Loc         finding.Location
}

// ConfigObject is a configuration class or module: what from_object
// loads, or a from_pyfile file.
type ConfigObject struct {
	// Name is the class name, the module name, or the file path.
	Name   string
	Class  *project.Class
	Module *project.Module
	// Env is the environment the object is for: from the key of the
	// config dict that maps to it, else from its name.
	Env Environment
	// Entries are the upper-case attributes it sets, inherited ones
	// included (overridden ones left out), in source order, base classes
	// first.
	Entries []*ConfigEntry
	// Loaded is false for a class that is never loaded itself but derives
	// from a loaded config class (a TestingConfig missing from the dict).
	Loaded bool
	Loc    finding.Location
}

// EnvSetting is an environment variable set outside Python.
type EnvSetting struct {
	Key, Value string
	// Kind is the file kind (env, dockerfile, compose, procfile).
	Kind string
	// Scope is the compose service, Dockerfile stage or Procfile process.
	Scope string
	// Env is the environment the file is for, from its name
	// (.env.production, docker-compose.dev.yml); AnyEnv otherwise.
	Env Environment
	Loc finding.Location
}

// EffectiveConfig returns the configuration of an app in an environment:
// for each key, the last entry set that applies to env (entries of AnyEnv
// apply to every environment). With env AnyEnv only the entries that
// apply to every environment count. Keys that are never set keep
// Flask's defaults and are absent from the map.
func (md *Model) EffectiveConfig(app *App, env Environment) map[string]*ConfigEntry {
	out := map[string]*ConfigEntry{}
	for _, e := range app.Config {
		if e.Env == AnyEnv || e.Env == env && env != AnyEnv {
			out[e.Key] = e
		}
	}
	return out
}

// Environments lists the environments an app's configuration
// distinguishes, in the order Production, Development, Testing,
// UnknownEnv; it is empty when all entries apply everywhere.
func (a *App) Environments() []Environment {
	seen := map[Environment]bool{}
	for _, e := range a.Config {
		seen[e.Env] = true
	}
	var out []Environment
	for _, env := range []Environment{Production, Development, Testing, UnknownEnv} {
		if seen[env] {
			out = append(out, env)
		}
	}
	return out
}

// EnvValues returns the settings of an environment variable made
// outside Python, for a config value read with os.environ.
func (md *Model) EnvValues(name string) []EnvSetting {
	var out []EnvSetting
	for _, s := range md.Env {
		if s.Key == name {
			out = append(out, s)
		}
	}
	return out
}
