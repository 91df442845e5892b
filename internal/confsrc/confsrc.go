// Package confsrc reads the non-Python files that configure a Flask app
// (.env and .flaskenv files, Dockerfiles, docker-compose files, Procfiles,
// and TOML, INI/CFG and YAML settings files) into one shape: settings
// (key = value, with where each was written) and commands (what a process
// line or RUN/CMD would execute). Rules look at that shape, not at the syntax.
package confsrc

import "github.com/flaskguard/flaskguard/internal/finding"

// Kind tells what sort of file a File came from.
type Kind string

// The file kinds confsrc reads.
const (
	Env        Kind = "env"        // .env, .flaskenv, *.env
	Dockerfile Kind = "dockerfile" // Dockerfile, *.dockerfile, Containerfile
	Compose    Kind = "compose"    // docker-compose*.yml, compose*.yaml
	Procfile   Kind = "procfile"   // Procfile
	TOML       Kind = "toml"
	INI        Kind = "ini" // .ini, .cfg
	YAML       Kind = "yaml"
)

// Setting is one key = value pair, such as `FLASK_DEBUG=1` in a .env file,
// `ENV FLASK_DEBUG=1` in a Dockerfile, or an `environment:` entry of a
// compose service. Value is unquoted and unescaped as the file's format says.
type Setting struct {
	// Key is the name as written. In TOML and YAML it is the last key of
	// the path, with "[i]" for array elements ("hosts[0]").
	Key   string
	Value string
	// Scope says where the setting applies: the compose service name, the
	// Dockerfile stage ("stage 0" when unnamed, "" for an ARG before the
	// first FROM), the Procfile process type, the TOML table, INI section
	// or YAML parent path ("tool.flaskguard", "server"); empty otherwise.
	Scope string
	Loc   finding.Location
	// ValueLoc is the span of the value alone, for precise reports. It
	// covers the value as written, quotes included.
	ValueLoc finding.Location
	// Directive is the statement that made the setting where a format has
	// several: "ENV" or "ARG" in a Dockerfile (an ARG is only a build-time
	// default and does not reach the running app), "environment" in a
	// compose file; empty otherwise.
	Directive string
}

// Command is a command line that the file would run: a Dockerfile RUN,
// CMD or ENTRYPOINT, a Procfile process, a compose `command:`.
type Command struct {
	// Args is the command split into words (exec form as given; shell form
	// split with shell quoting rules).
	Args []string
	// Text is the command as written, for messages.
	Text string
	// Scope is the Dockerfile stage name ("stage 0" when unnamed), the
	// compose service or the Procfile process type.
	Scope string
	Loc   finding.Location
	// Directive is "RUN", "CMD" or "ENTRYPOINT" in a Dockerfile, "command"
	// or "entrypoint" in a compose file, empty in a Procfile.
	Directive string
	// Exec is true for the JSON exec form (Dockerfile) or a list (compose),
	// which runs Args without a shell.
	Exec bool
}

// File is a configuration file read into settings and commands.
type File struct {
	Path     string
	Kind     Kind
	Source   []byte
	Settings []Setting
	Commands []Command
	// Comments maps a 1-based line to the comment text on it (from '#'),
	// for inline suppressions. Formats without '#' comments leave it empty.
	Comments map[int]string
}
