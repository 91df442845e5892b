package session

import (
	"strings"

	"github.com/flaskguard/flaskguard/internal/finding"
	"github.com/flaskguard/flaskguard/internal/flaskmodel"
	"github.com/flaskguard/flaskguard/internal/pep440"
	"github.com/flaskguard/flaskguard/internal/project"
	"github.com/flaskguard/flaskguard/internal/rules/internal/ruleutil"
	"github.com/flaskguard/flaskguard/internal/rules/rule"
)

// msgspecSession is the Flask-Session release (0.7.0) that replaced
// pickle with msgspec for new sessions.
const msgspecSession = "0.7.0"

// FlaskSessionPickleSerializer flags Flask-Session stores whose sessions
// are pickled.
//
// # What it does
//
// For each Flask app with Flask-Session (Session(app) or init_app), it
// looks at the installed Flask-Session and the deployed configuration and
// reports:
//
//   - Flask-Session pinned or locked below 0.7.0 (requirements.txt,
//     poetry.lock, ...): Medium. Those releases pickle every session into
//     the backend (redis, memcached, filesystem, mongodb, sqlalchemy) and
//     unpickle it on every request that carries the session id;
//   - SESSION_SERIALIZATION_FORMAT = "pickle": Medium, whatever the
//     version (0.7 and later only accept "msgpack" and "json");
//   - SESSION_TYPE = "filesystem" or "cachelib" on 0.7 or later (or an
//     unknown version): Low. The sessions are msgspec, but cachelib's
//     FileSystemCache pickles each file it writes and unpickles each file
//     it reads from SESSION_FILE_DIR.
//
// Flask-Session 0.7 and 0.8 still fall back to pickle when a stored value
// is not msgspec (to migrate old sessions, until 1.0); that is not
// reported, since the project can only wait for 1.0. Versions given as a
// range are not judged.
//
// # Why is this bad
//
// pickle.loads runs code chosen by whoever wrote the bytes. A server-side
// session store is rarely as private as it looks: a Redis or memcached
// reachable without a password from the network, a shared cache used by
// another service, a session folder an upload feature can write into. Any
// of them turns into remote code execution in every web worker
// (CWE-502, deserialization of untrusted data).
//
// # Example
//
//	# requirements.txt: Flask-Session==0.4.0
//	app.config["SESSION_TYPE"] = "redis"
//	Session(app)
//
// # Use instead
//
// Upgrade Flask-Session to 0.8 or later (msgspec serialization), keep
// SESSION_SERIALIZATION_FORMAT at "msgpack" or "json", prefer an
// authenticated Redis over the filesystem backend, and protect the store
// with a password and network rules.
//
// # References
//
//   - https://flask-session.readthedocs.io/en/latest/config.html
//   - https://flask-session.readthedocs.io/en/latest/changes.html
//   - https://cachelib.readthedocs.io/en/stable/file/
//   - https://docs.python.org/3/library/pickle.html
//   - https://cwe.mitre.org/data/definitions/502.html
var FlaskSessionPickleSerializer = rule.Rule{
	ID:           "FG0409",
	Name:         "flask-session-pickle-serializer",
	Practice:     4,
	CWE:          502,
	Severity:     finding.Medium,
	Confidence:   finding.HighConfidence,
	Summary:      "Flask-Session stores sessions with pickle: write access to the session store becomes code execution",
	Fix:          `Upgrade Flask-Session to 0.8+ (msgspec), keep SESSION_SERIALIZATION_FORMAT at "msgpack", and prefer an authenticated Redis to the filesystem backend.`,
	CheckProject: checkSessionPickle,
}

func checkSessionPickle(c *rule.Ctx) {
	r := ruleutil.NewReporter(c)
	version, reqLoc := flaskSessionVersion(c)
	old := false
	if version != "" {
		v, err := pep440.Parse(version)
		floor, _ := pep440.Parse(msgspecSession)
		old = err == nil && pep440.Compare(v, floor) < 0
	}
	for _, a := range deployedApps(c.Flask) {
		ext := a.app.Extension(flaskmodel.ExtSession)
		if ext == nil {
			continue
		}
		backend := "the session store"
		typ := a.cfg["SESSION_TYPE"]
		if v, kind := classify(c.Flask, typ); kind == literal && v.Kind == project.StringValue {
			backend = v.Str
		}
		format := a.cfg["SESSION_SERIALIZATION_FORMAT"]
		if v, kind := classify(c.Flask, format); kind != dynamic && kind != unset && strings.EqualFold(v.Str, "pickle") {
			r.Report(format.Loc, finding.Medium, `SESSION_SERIALIZATION_FORMAT is "pickle"`+ruleutil.InEnvironment(a.env)+
				": every session read from "+backend+" goes through pickle.loads, so whoever can write to the store runs code in the app")
			continue
		}
		switch {
		case old:
			r.Report(ext.InitLoc, finding.Medium, "Flask-Session "+version+" ("+ruleutil.At(reqLoc)+") pickles every session into "+backend+
				" and unpickles it on each request: whoever can write to the store runs code in the app; 0.7+ uses msgspec")
		case backend == "filesystem" || backend == "cachelib":
			r.Report(typ.Loc, finding.Low, `SESSION_TYPE is "`+backend+`"`+ruleutil.InEnvironment(a.env)+
				": cachelib's FileSystemCache unpickles every session file it reads, so whoever can write into SESSION_FILE_DIR runs code in the app")
		}
	}
}

// flaskSessionVersion returns the pinned or locked Flask-Session version
// and its requirement, "" when the scan has none.
func flaskSessionVersion(c *rule.Ctx) (string, finding.Location) {
	if c.Deps == nil {
		return "", finding.Location{}
	}
	for _, r := range c.Deps.Resolution.Effective {
		if r.Normalized == "flask-session" && r.Version != "" {
			return r.Version, r.Loc
		}
	}
	return "", finding.Location{}
}
