package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"time"

	"github.com/flaskguard/flaskguard/internal/advisories"
	"github.com/flaskguard/flaskguard/internal/rules/deps"
)

const dbUsage = `Usage: flaskguard db update [--url URL]
       flaskguard db status

update downloads the OSV export of every PyPI advisory into the user cache
(FLASKGUARD_CACHE_DIR, else flaskguard in the user cache folder); scans use it
from then on instead of the data embedded in the binary. It is the only
flaskguard command that contacts the network.
status says which advisory data scans use and how old it is.
`

// cacheEnv names the variable that overrides the advisory cache folder,
// for CI caches and for tests.
const cacheEnv = "FLASKGUARD_CACHE_DIR"

// downloadTimeout bounds a whole `db update`. The export is tens of MB;
// ten minutes covers a slow link without letting a stalled server hang a
// CI job forever.
const downloadTimeout = 10 * time.Minute

func runDB(ctx context.Context, args []string, e env) (int, error) {
	if len(args) == 0 {
		return ExitUsage, usagef("db needs a subcommand: update or status\n\n%s", dbUsage)
	}
	switch args[0] {
	case "update":
		return runDBUpdate(ctx, args[1:], e)
	case "status":
		return runDBStatus(args[1:], e)
	case "help", "-h", "--help":
		fmt.Fprint(e.stdout, dbUsage)
		return ExitOK, nil
	}
	return ExitUsage, usagef("unknown db subcommand %q\n\n%s", args[0], dbUsage)
}

func runDBUpdate(ctx context.Context, args []string, e env) (int, error) {
	fs := newFlagSet("db update", dbUsage+"\nFlags:\n", e)
	src := fs.String("url", advisories.DefaultURL, "download the OSV export (a zip of PyPI records) from this URL")
	rest, err := parseInterspersed(fs, args)
	if err != nil {
		return ExitUsage, err
	}
	if len(rest) > 0 {
		return ExitUsage, usagef("db update takes no arguments, got %q", rest)
	}
	if u, err := url.Parse(*src); err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" {
		return ExitUsage, usagef("--url %q: want an http or https URL", *src)
	}
	dir, err := cacheDir(e)
	if err != nil {
		return ExitInternal, err
	}
	ctx, cancel := context.WithTimeout(ctx, downloadTimeout)
	defer cancel()
	fmt.Fprintf(e.stderr, "downloading %s\n", *src)
	info, err := advisories.Update(ctx, &http.Client{}, *src, dir)
	if err != nil {
		return ExitInternal, err
	}
	fmt.Fprintf(e.stdout, "advisories: %s\n", deps.DataLabel(info))
	fmt.Fprintf(e.stdout, "  saved to %s: %d records, %d advisories (%d curated added)\n",
		info.Path, info.Records, info.Advisories, info.Curated)
	return ExitOK, nil
}

func runDBStatus(args []string, e env) (int, error) {
	fs := newFlagSet("db status", dbUsage+"\nFlags:\n", e)
	rest, err := parseInterspersed(fs, args)
	if err != nil {
		return ExitUsage, err
	}
	if len(rest) > 0 {
		return ExitUsage, usagef("db status takes no arguments, got %q", rest)
	}
	dir, err := cacheDir(e)
	if err != nil {
		return ExitInternal, err
	}
	info, err := advisories.Status(dir)
	if err != nil {
		return ExitInternal, fmt.Errorf("db status: %w", err)
	}
	writeStatus(e.stdout, info, filepath.Join(dir, advisories.CacheFile), time.Now())
	return ExitOK, nil
}

// writeStatus prints which data scans use, what it holds and how old it
// is, with the attribution the data's licence asks for.
func writeStatus(w io.Writer, info advisories.Info, cacheFile string, now time.Time) {
	fmt.Fprintf(w, "advisories: %s\n", deps.DataLabel(info))
	switch info.Source {
	case advisories.SourceEmbedded:
		fmt.Fprintf(w, "  source: embedded in the binary (no cache at %s; run flaskguard db update for current data)\n", cacheFile)
	default:
		fmt.Fprintf(w, "  source: %s, fetched %s\n", info.Path, info.Fetched.UTC().Format(time.RFC3339))
	}
	fmt.Fprintf(w, "  origin: %s\n", info.Origin)
	fmt.Fprintf(w, "  holds: %d OSV records, %d advisories indexed (%d curated)\n", info.Records, info.Advisories, info.Curated)
	fmt.Fprintf(w, "  newest record: %s\n", info.Newest)
	age := "unknown"
	if d := info.Age(now); d > 0 {
		age = strconv.Itoa(int(d.Hours()/24)) + " days"
	}
	fmt.Fprintf(w, "  age: %s\n", age)
	fmt.Fprintf(w, "  %s\n", info.Attribution)
}

// cacheDir returns the folder `db update` writes and scans read:
// FLASKGUARD_CACHE_DIR when set, else flaskguard in the user cache folder.
func cacheDir(e env) (string, error) {
	if d := e.getenv(cacheEnv); d != "" {
		return d, nil
	}
	d, err := advisories.CacheDir()
	if err != nil {
		return "", fmt.Errorf("advisory cache: %w (set %s)", err, cacheEnv)
	}
	return d, nil
}

// advisoryLoader returns how scan loads advisory data. --db is read at
// once, so that a wrong path or a folder without OSV records is a usage
// error (exit 2) before any scanning; the default (the `db update` cache if
// there is one, else the embedded data) is loaded only if the scan finds a
// manifest, so that scans of projects without one never pay for it.
func advisoryLoader(dbPath string, e env) (func() (*advisories.DB, error), error) {
	if dbPath != "" {
		if _, err := os.Stat(dbPath); err != nil {
			if errors.Is(err, fs.ErrNotExist) {
				return nil, usagef("--db %s: no such file or directory", dbPath)
			}
			return nil, usagef("--db: %w", err)
		}
		db, err := advisories.LoadPath(dbPath)
		if err != nil {
			return nil, usagef("--db: %w", err)
		}
		return func() (*advisories.DB, error) { return db, nil }, nil
	}
	dir, err := cacheDir(e)
	if err != nil {
		// No cache folder at all (no home directory): the embedded data
		// is still there.
		return advisories.Load, nil
	}
	return func() (*advisories.DB, error) { return advisories.LoadDefault(dir) }, nil
}
