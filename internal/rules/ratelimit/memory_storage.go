package ratelimit

import (
	"strconv"
	"strings"

	"github.com/flaskguard/flaskguard/internal/finding"
	"github.com/flaskguard/flaskguard/internal/flaskmodel"
	"github.com/flaskguard/flaskguard/internal/rules/internal/ruleutil"
	"github.com/flaskguard/flaskguard/internal/rules/rule"
)

// RateLimitMemoryStorageMultiworker flags Flask-Limiter counting in
// process memory while the app runs several worker processes.
//
// # What it does
//
// For each Flask app with Flask-Limiter, works out the storage its limits
// are counted in: the Limiter's storage_uri argument (which wins), else
// RATELIMIT_STORAGE_URI (or the pre-3.0 RATELIMIT_STORAGE_URL) in the
// deployed configuration, else Flask-Limiter's default, memory://. It
// reports in-memory storage when a deployment file runs the app in more
// than one process: gunicorn -w/--workers (or workers in gunicorn.conf.py,
// or WEB_CONCURRENCY), uWSGI --processes (or processes in a [uwsgi]
// section), Hypercorn -w, Uvicorn --workers.
//
// A storage URI read from the environment that a deployment file sets (or
// that has no literal default) is the deployment's choice and is not
// reported; neither is memory storage with a single worker.
//
// # Why is this bad
//
// memory:// keeps the counters in a dictionary inside each process. With
// four gunicorn workers, "5 per minute" on the login becomes up to 20,
// spread at random over the workers, and a restart forgets every counter;
// with several containers it multiplies again. The limit the code states
// is not the limit an attacker meets (CWE-799, improper control of
// interaction frequency: the frequency is controlled, but not at the
// configured value). It is Low because some limit remains.
//
// # Example
//
//	limiter = Limiter(get_remote_address, app=app)  # memory:// by default
//
//	# Dockerfile
//	CMD ["gunicorn", "--workers", "4", "app:app"]
//
// # Use instead
//
//	limiter = Limiter(get_remote_address, app=app,
//	                  storage_uri=os.environ["RATELIMIT_STORAGE_URI"])  # redis://redis:6379/0
//
// # References
//
//   - https://flask-limiter.readthedocs.io/en/stable/#configuring-a-storage-backend
//   - https://limits.readthedocs.io/en/stable/storage.html
//   - https://docs.gunicorn.org/en/stable/settings.html#workers
//   - https://cwe.mitre.org/data/definitions/799.html
var RateLimitMemoryStorageMultiworker = rule.Rule{
	ID:           "FG1003",
	Name:         "rate-limit-memory-storage-multiworker",
	Practice:     10,
	CWE:          799,
	Severity:     finding.Low,
	Confidence:   finding.HighConfidence,
	Summary:      "Flask-Limiter counts in memory:// while the app runs several worker processes, so every worker has its own limit",
	Fix:          "Give Flask-Limiter shared storage (storage_uri or RATELIMIT_STORAGE_URI = redis://... or memcached://...) when running more than one worker.",
	CheckProject: checkMemoryStorage,
}

func checkMemoryStorage(c *rule.Ctx) {
	if c.Flask == nil {
		return
	}
	var multi *flaskmodel.Server
	for _, s := range c.Flask.Servers(c.Configs) {
		if s.MultiProcess() {
			multi = &s
			break
		}
	}
	if multi == nil {
		return
	}
	workers := strconv.Itoa(multi.Workers) + " worker processes"
	if multi.WorkersComputed {
		workers = "one worker process per " + multi.WorkersText
	}
	r := ruleutil.NewReporter(c)
	for _, app := range c.Flask.Apps {
		lim := app.Extension(flaskmodel.ExtLimiter)
		if lim == nil {
			continue
		}
		st := storageOf(c, app, lim)
		if st.kind != storageMemory {
			continue
		}
		r.Report(st.loc, finding.Low, "Flask-Limiter counts "+app.Label+"'s limits in memory ("+st.what+") while "+multi.Name+" runs "+
			workers+" ("+ruleutil.At(multi.WorkersLoc)+"): each worker keeps its own counters, so every limit is multiplied by the number of workers")
	}
}

// storageKind is where a limiter keeps its counters.
type storageKind int

const (
	storageUnknown storageKind = iota // computed or set by the deployment
	storageMemory                     // memory://, in each process
	storageShared                     // redis, memcached, mongodb, ...
)

// storage is a limiter's storage and where it is decided.
type storage struct {
	kind storageKind
	// scheme is the URI scheme ("redis"), what describes the setting for
	// messages ("memory://", "Flask-Limiter's default memory://").
	scheme, what string
	loc          finding.Location
}

// storageOf works out a limiter's storage: the constructor's or
// init_app's storage_uri, else the deployed RATELIMIT_STORAGE_URI (or
// RATELIMIT_STORAGE_URL), else memory://.
func storageOf(c *rule.Ctx, app *flaskmodel.App, lim *flaskmodel.Extension) storage {
	if s := lim.Setting("storage_uri"); s != nil {
		switch {
		case !s.Known:
			return storage{kind: storageUnknown, loc: s.Loc}
		case s.Value.EnvFallback && envSet(c.Flask, s.Value.EnvVar):
			return deployedURI(c.Flask, s.Value.EnvVar, s.Loc)
		}
		return classifyURI(s.Value.Str, "storage_uri="+s.Text, s.Loc)
	}
	cfg := deployedConfig(c.Flask, app)
	for _, key := range []string{"RATELIMIT_STORAGE_URI", "RATELIMIT_STORAGE_URL"} {
		if e := cfg[key]; e != nil {
			if e.Known && e.Value.EnvFallback && envSet(c.Flask, e.EnvVar) {
				return deployedURI(c.Flask, e.EnvVar, e.Loc)
			}
			v, ok := configValue(c.Flask, e)
			if !ok {
				return storage{kind: storageUnknown, loc: e.Loc}
			}
			return classifyURI(v, key+" = "+e.Text, e.Loc)
		}
	}
	loc := lim.InitLoc
	if loc.Path == "" {
		loc = lim.Loc
	}
	return storage{kind: storageMemory, scheme: "memory", what: "Flask-Limiter's default memory://, no storage_uri", loc: loc}
}

// deployedURI classifies a storage URI that deployment files set through
// an environment variable: known when every (non-development) file that
// sets it agrees on the kind of storage.
func deployedURI(md *flaskmodel.Model, name string, loc finding.Location) storage {
	var out storage
	for _, s := range md.EnvValues(name) {
		if s.Env == flaskmodel.Development || s.Env == flaskmodel.Testing {
			continue
		}
		st := classifyURI(s.Value, name+"="+s.Value+" in "+s.Loc.Path, loc)
		if out.what != "" && st.kind != out.kind {
			return storage{kind: storageUnknown, loc: loc}
		}
		out = st
	}
	return out
}

func classifyURI(uri, what string, loc finding.Location) storage {
	scheme, _, found := strings.Cut(uri, "://")
	switch {
	case !found || scheme == "":
		return storage{kind: storageUnknown, loc: loc}
	case scheme == "memory":
		return storage{kind: storageMemory, scheme: scheme, what: what, loc: loc}
	}
	// redis+sentinel, redis+cluster, async+redis: name the backend.
	scheme = scheme[strings.LastIndexByte(scheme, '+')+1:]
	if strings.HasPrefix(uri, "redis+") {
		scheme = "redis"
	}
	return storage{kind: storageShared, scheme: scheme, what: what, loc: loc}
}
