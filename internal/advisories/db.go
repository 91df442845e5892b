// Package advisories answers "which known vulnerabilities affect this Python
// package at this version?" for practices 1 (current Flask and dependencies)
// and 15 (dependency vulnerability checks).
//
// The data is the PyPA advisory database in OSV form, reduced to facts and
// embedded as index.json.gz (built by tools/genadvisories), plus curated
// Flask, Werkzeug and Jinja2 advisories newer than that snapshot. A fresher
// OSV export can replace it: LoadPath reads one given with --db, and Update
// downloads one into the user's cache, which LoadDefault then prefers.
// Nothing here touches the network except Update.
//
// Matching follows the OSV schema exactly (see Match), comparing versions
// with internal/pep440.
package advisories

import (
	"bytes"
	_ "embed" // the index and curated facts are compiled in
	"fmt"
	"slices"
	"sync"
	"time"

	"github.com/flaskguard/flaskguard/internal/advisories/osv"
	"github.com/flaskguard/flaskguard/internal/pep440"
)

//go:generate go run ../../tools/genadvisories -zip ../../../shared/advisories/osv-offline/osv-scalibr/PyPI/all.zip -curated curated.json -out index.json.gz

//go:embed index.json.gz
var embeddedIndex []byte

//go:embed curated.json
var embeddedCurated []byte

// Advisory is one advisory's facts for one package; see osv.Advisory.
type Advisory = osv.Advisory

// Range is one ECOSYSTEM version range of an advisory.
type Range = osv.Range

// Event is one event of a Range.
type Event = osv.Event

// Where the data in use comes from.
const (
	SourceEmbedded = "embedded"
	SourcePath     = "path"
	SourceCache    = "cache"
)

// Info describes the advisory data a DB holds, for `flaskguard db status`
// and for reports that must say how current their verdicts are.
type Info struct {
	// Source is SourceEmbedded, SourcePath or SourceCache.
	Source string `json:"source"`
	// Path is the file or folder read; empty for the embedded index.
	Path string `json:"path,omitempty"`
	// Origin describes what the data is, e.g. which export it came from.
	Origin string `json:"origin"`
	// Records counts the OSV records read (withdrawn ones included).
	Records int `json:"records"`
	// Advisories counts the (advisory, package) entries indexed,
	// curated ones included; Curated counts those added from curated.json.
	Advisories int `json:"advisories"`
	Curated    int `json:"curated"`
	// Newest is the newest modified timestamp in the data.
	Newest string `json:"newest"`
	// Fetched is when Update downloaded the cached data; zero otherwise.
	Fetched time.Time `json:"fetched,omitzero"`
	// Attribution is the licence notice that output built from the data
	// must carry.
	Attribution string `json:"attribution"`
}

// Age returns how old the data is at now: since it was fetched for a cache,
// else since its newest record was modified. It is zero when neither is
// known.
func (i Info) Age(now time.Time) time.Duration {
	if !i.Fetched.IsZero() {
		return now.Sub(i.Fetched)
	}
	if t, err := time.Parse(time.RFC3339Nano, i.Newest); err == nil {
		return now.Sub(t)
	}
	return 0
}

// DB is a loaded advisory database. It is safe for concurrent use: each
// package's versions are parsed once, on its first lookup, because a scan
// asks about a few dozen of the database's thousand packages.
type DB struct {
	info Info
	pkgs map[string]*pkgEntry
}

// pkgEntry holds one package's advisories and, once compiled, their parsed
// form.
type pkgEntry struct {
	advs     []Advisory
	once     sync.Once
	compiled *compiledPkg
}

// Load returns the database embedded in the binary.
func Load() (*DB, error) {
	idx, err := osv.ReadIndex(bytes.NewReader(embeddedIndex))
	if err != nil {
		return nil, fmt.Errorf("load embedded advisories: %w", err)
	}
	return newDB(idx.Advisories, Info{
		Source:      SourceEmbedded,
		Origin:      idx.Source,
		Records:     idx.Records,
		Curated:     idx.Curated,
		Newest:      idx.Newest,
		Attribution: idx.Attribution,
	}), nil
}

// LoadPath reads OSV records from path, a folder of *.json records (searched
// recursively) or a .zip of them in the OSV export format, and adds the
// curated advisories it lacks.
func LoadPath(path string) (*DB, error) {
	return loadPath(path, SourcePath)
}

func loadPath(path, source string) (*DB, error) {
	coll, err := osv.ReadPath(path)
	if err != nil {
		return nil, fmt.Errorf("load advisories: %w", err)
	}
	if len(coll.Advisories) == 0 {
		return nil, fmt.Errorf("load advisories: %s holds no PyPI advisory records", path)
	}
	curated, err := osv.ParseCurated(embeddedCurated)
	if err != nil {
		return nil, fmt.Errorf("load advisories: %w", err)
	}
	// Annotations that match nothing are fine here: the user's data need
	// not contain the records they annotate.
	advs, added, _ := osv.Apply(coll.Advisories, curated)
	return newDB(advs, Info{
		Source:      source,
		Path:        path,
		Origin:      "OSV records from " + path + " + curated.json",
		Records:     coll.Records,
		Curated:     added,
		Newest:      osv.Newest(advs),
		Attribution: osv.Attribution,
	}), nil
}

func newDB(advs []Advisory, info Info) *DB {
	db := &DB{info: info, pkgs: make(map[string]*pkgEntry)}
	for _, a := range advs {
		e := db.pkgs[a.Package]
		if e == nil {
			e = &pkgEntry{}
			db.pkgs[a.Package] = e
		}
		e.advs = append(e.advs, a)
	}
	db.info.Advisories = len(advs)
	return db
}

// Info describes the data the database holds.
func (db *DB) Info() Info { return db.info }

// Advisories returns the advisories recorded for a package (any spelling;
// withdrawn ones included), sorted by ID.
func (db *DB) Advisories(pkg string) []Advisory {
	e := db.pkgs[pep440.NormalizeName(pkg)]
	if e == nil {
		return nil
	}
	return append([]Advisory(nil), e.advs...)
}

// Packages returns the normalised names of every package with advisories,
// sorted.
func (db *DB) Packages() []string {
	names := make([]string, 0, len(db.pkgs))
	for name := range db.pkgs {
		names = append(names, name)
	}
	slices.Sort(names)
	return names
}

// KnownVersions returns every valid version the package's advisories mention
// (range events and versions[] entries, "0" excluded), sorted and without
// PEP 440 duplicates. MatchRange judges requirements against these.
func (db *DB) KnownVersions(pkg string) []pep440.Version {
	c := db.compiled(pkg)
	if c == nil {
		return nil
	}
	return append([]pep440.Version(nil), c.known...)
}

// compiled returns the package's parsed advisories, parsing on first use.
func (db *DB) compiled(pkg string) *compiledPkg {
	e := db.pkgs[pep440.NormalizeName(pkg)]
	if e == nil {
		return nil
	}
	e.once.Do(func() { e.compiled = compilePkg(e.advs) })
	return e.compiled
}
