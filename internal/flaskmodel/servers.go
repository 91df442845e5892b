package flaskmodel

import (
	"path"
	"strconv"
	"strings"

	"github.com/flaskguard/flaskguard/internal/confsrc"
	"github.com/flaskguard/flaskguard/internal/finding"
	"github.com/flaskguard/flaskguard/internal/project"
)

// Server is a production WSGI/ASGI server the deployment files start:
// a gunicorn, uWSGI, Waitress, Hypercorn or Uvicorn command in a
// Dockerfile CMD or ENTRYPOINT, a Procfile process or a compose command,
// or a [uwsgi] section of an INI file. Rules use it to tell how the app
// is served (several worker processes each keep their own in-memory
// state; a proxy in front changes what remote_addr is).
type Server struct {
	// Name is "gunicorn", "uwsgi", "waitress", "hypercorn" or "uvicorn".
	Name string
	// Text is the command as written (or "[uwsgi]" for an INI section).
	Text string
	Loc  finding.Location
	// Workers is the number of worker processes when it is a literal
	// (-w 4, --workers=4, workers = 4 in gunicorn.conf.py, processes = 4
	// in uwsgi.ini, WEB_CONCURRENCY=4 for gunicorn and uvicorn); 0 when
	// not set, which means one process for every server listed.
	// WorkersComputed is set instead when a config file computes it
	// (multiprocessing.cpu_count() * 2 + 1): more than one on any real
	// machine. WorkersLoc is where the count is set.
	Workers         int
	WorkersComputed bool
	WorkersText     string
	WorkersLoc      finding.Location
	// ForwardedAllowIPs is gunicorn's --forwarded-allow-ips (or
	// forwarded_allow_ips in its config file), "" when not set: setting
	// it says a proxy in front passes X-Forwarded-* headers.
	ForwardedAllowIPs string
}

// MultiProcess reports whether the server runs more than one worker
// process.
func (s Server) MultiProcess() bool { return s.Workers > 1 || s.WorkersComputed }

// serverNames are the servers recognised as the command word (or as the
// module of `python -m`); waitress is started as waitress-serve.
var serverNames = map[string]string{
	"gunicorn": "gunicorn", "uwsgi": "uwsgi", "waitress-serve": "waitress", "waitress": "waitress",
	"hypercorn": "hypercorn", "uvicorn": "uvicorn",
}

// workerFlags are each server's flags for the number of processes. uWSGI's
// -w is --module and -p is --processes, so the flags differ per server.
var workerFlags = map[string][]string{
	"gunicorn":  {"-w", "--workers"},
	"uwsgi":     {"-p", "--processes", "--workers"},
	"hypercorn": {"-w", "--workers"},
	"uvicorn":   {"--workers"},
}

// Servers lists the production servers the deployment files start, in
// file and line order. Dockerfile RUN lines only run at build time and
// are left out.
func (md *Model) Servers(configs []*confsrc.File) []Server {
	var out []Server
	for _, f := range configs {
		for _, cmd := range f.Commands {
			if f.Kind == confsrc.Dockerfile && cmd.Directive == "RUN" {
				continue
			}
			if s, ok := md.server(cmd); ok {
				out = append(out, s)
			}
		}
		if f.Kind == confsrc.INI {
			if s, ok := uwsgiINI(f); ok {
				out = append(out, s)
			}
		}
	}
	return out
}

// server reads one command. Words with blanks in them (the script of
// `sh -c "gunicorn -w 4 app:app"`) are split again, roughly as the shell
// would; the server's flags run up to the next shell operator.
func (md *Model) server(cmd confsrc.Command) (Server, bool) {
	var args []string
	for _, a := range cmd.Args {
		args = append(args, strings.Fields(a)...)
	}
	start := -1
	name := ""
	for i, a := range args {
		if n := serverNames[path.Base(a)]; n != "" {
			name, start = n, i+1
			break
		}
		if a == "-m" && i+1 < len(args) && serverNames[args[i+1]] != "" {
			name, start = serverNames[args[i+1]], i+2
			break
		}
	}
	if name == "" {
		return Server{}, false
	}
	s := Server{Name: name, Text: cmd.Text, Loc: cmd.Loc}
	config := ""
	for i := start; i < len(args); i++ {
		a := args[i]
		if a == "&&" || a == ";" || a == "|" || a == "||" {
			break
		}
		flag, value, inline := strings.Cut(a, "=")
		if !inline && i+1 < len(args) {
			value = args[i+1]
		}
		switch {
		case isWorkerFlag(name, flag):
			s.setWorkers(value, cmd.Loc)
		case len(flag) > 2 && flag[0] == '-' && flag[1] != '-' && isWorkerFlag(name, flag[:2]):
			s.setWorkers(flag[2:], cmd.Loc) // -w4
		case name == "gunicorn" && flag == "--forwarded-allow-ips":
			s.ForwardedAllowIPs = value
		case name == "gunicorn" && (flag == "-c" || flag == "--config"):
			config = value
		}
	}
	if name == "gunicorn" {
		md.gunicornConfig(&s, config)
	}
	if s.Workers == 0 && !s.WorkersComputed && (name == "gunicorn" || name == "uvicorn") {
		// Both take their default worker count from WEB_CONCURRENCY.
		for _, e := range md.Env {
			if e.Key == "WEB_CONCURRENCY" && e.Env != Development && e.Env != Testing {
				s.setWorkers(e.Value, e.Loc)
			}
		}
	}
	return s, true
}

func isWorkerFlag(server, flag string) bool {
	for _, f := range workerFlags[server] {
		if f == flag {
			return true
		}
	}
	return false
}

// setWorkers records a literal worker count; text that is not a number
// (a $VARIABLE) leaves the count unknown.
func (s *Server) setWorkers(text string, at finding.Location) {
	n, err := strconv.Atoi(strings.Trim(text, `"'`))
	if err != nil {
		return
	}
	s.Workers, s.WorkersText, s.WorkersLoc = n, text, at
}

// gunicornConfig reads workers and forwarded_allow_ips from the config
// file: the one given with -c (a path, or python:module), else
// gunicorn.conf.py, which gunicorn loads from the working directory by
// default. Settings on the command line win over the file.
func (md *Model) gunicornConfig(s *Server, config string) {
	m := md.configModule(config)
	if m == nil {
		return
	}
	if bs := m.Bindings["workers"]; len(bs) > 0 && s.Workers == 0 {
		b := bs[len(bs)-1]
		if b.Kind == project.BindAssign && b.Value != nil {
			at, text := loc(m, b.Value.Span()), m.File.Text(b.Value.Span())
			switch v, ok := md.proj.ConstAt(m, b.Value, nil); {
			case ok && v.Kind == project.IntValue:
				s.Workers, s.WorkersText, s.WorkersLoc = int(v.Int), text, at
			case !ok:
				s.WorkersComputed, s.WorkersText, s.WorkersLoc = true, text, at
			}
		}
	}
	if bs := m.Bindings["forwarded_allow_ips"]; len(bs) > 0 && s.ForwardedAllowIPs == "" {
		if b := bs[len(bs)-1]; b.Kind == project.BindAssign && b.Value != nil {
			if v, ok := md.proj.ConstAt(m, b.Value, nil); ok && v.Kind == project.StringValue {
				s.ForwardedAllowIPs = v.Str
			}
		}
	}
}

// configModule finds gunicorn's config file among the scanned modules.
func (md *Model) configModule(config string) *project.Module {
	if mod, ok := strings.CutPrefix(config, "python:"); ok {
		return md.proj.LookupModule(mod)
	}
	want := "gunicorn.conf.py"
	if config != "" {
		want = path.Clean(strings.TrimPrefix(config, "./"))
	}
	// The command's path is relative to its working directory, which the
	// scan does not know: the exact path wins, else the same file name in
	// any folder (the first by path, for a stable answer).
	if m := md.proj.ModuleAt(want); m != nil {
		return m
	}
	var found *project.Module
	for _, m := range md.proj.Modules {
		if p := m.File.Path; path.Base(p) == path.Base(want) && (found == nil || p < found.File.Path) {
			found = m
		}
	}
	return found
}

// uwsgiINI reads the [uwsgi] section of an INI file: processes (or its
// alias workers) is the number of worker processes.
func uwsgiINI(f *confsrc.File) (Server, bool) {
	var s Server
	ok := false
	for _, st := range f.Settings {
		if st.Scope != "uwsgi" {
			continue
		}
		if !ok {
			s, ok = Server{Name: "uwsgi", Text: "[uwsgi]", Loc: st.Loc}, true
		}
		if st.Key == "processes" || st.Key == "workers" {
			s.setWorkers(st.Value, st.Loc)
		}
	}
	return s, ok
}
