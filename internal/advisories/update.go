package advisories

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"os"
	"path/filepath"
	"time"
)

// DefaultURL is the OSV export of every PyPI advisory, the file Update
// downloads when no other URL is given.
const DefaultURL = "https://osv-vulnerabilities.storage.googleapis.com/PyPI/all.zip"

// CacheFile is the name of the downloaded export inside the cache folder.
const CacheFile = "osv-pypi.zip"

// maxDownload bounds the export's size. The PyPI export is tens of MB; the
// bound stops a misbehaving server from filling the disk.
const maxDownload = 1 << 30

// CacheDir returns the folder Update writes to: flaskguard inside the user's
// cache folder (for example ~/.cache/flaskguard on Linux).
func CacheDir() (string, error) {
	dir, err := os.UserCacheDir()
	if err != nil {
		return "", fmt.Errorf("find cache folder: %w", err)
	}
	return filepath.Join(dir, "flaskguard"), nil
}

// Update downloads the OSV export at url (DefaultURL when empty) into
// cacheDir/osv-pypi.zip and returns what it holds. The download goes to a
// temporary file that replaces the cache only after it has opened as a zip
// and yielded at least one PyPI record, so a failed or garbled download
// leaves the previous cache untouched. The file's modification time records
// when it was fetched. A nil client means http.DefaultClient.
func Update(ctx context.Context, client *http.Client, url, cacheDir string) (Info, error) {
	if url == "" {
		url = DefaultURL
	}
	if client == nil {
		client = http.DefaultClient
	}
	if err := os.MkdirAll(cacheDir, 0o755); err != nil {
		return Info{}, fmt.Errorf("update advisories: %w", err)
	}
	tmp, err := download(ctx, client, url, cacheDir)
	if err != nil {
		return Info{}, fmt.Errorf("update advisories: %w", err)
	}
	info, err := install(tmp, filepath.Join(cacheDir, CacheFile))
	if err != nil {
		return Info{}, fmt.Errorf("update advisories from %s: %w", url, errors.Join(err, removeIfExists(tmp)))
	}
	return info, nil
}

// download writes the response body to a temporary file in dir and returns
// its path.
func download(ctx context.Context, client *http.Client, url, dir string) (path string, err error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return "", fmt.Errorf("build request: %w", err)
	}
	resp, err := client.Do(req)
	if err != nil {
		return "", fmt.Errorf("download: %w", err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return "", fmt.Errorf("download %s: HTTP %s", url, resp.Status)
	}
	f, err := os.CreateTemp(dir, ".osv-pypi-*.zip.tmp")
	if err != nil {
		return "", fmt.Errorf("create temporary file: %w", err)
	}
	defer func() {
		if err != nil {
			err = errors.Join(err, removeIfExists(f.Name()))
		}
	}()
	n, err := io.Copy(f, io.LimitReader(resp.Body, maxDownload+1))
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return "", fmt.Errorf("download %s: %w", url, err)
	}
	if n > maxDownload {
		return "", fmt.Errorf("download %s: larger than %d bytes", url, maxDownload)
	}
	return f.Name(), nil
}

// install validates the downloaded zip and moves it into place.
func install(tmp, dest string) (Info, error) {
	db, err := loadPath(tmp, SourceCache)
	if err != nil {
		return Info{}, fmt.Errorf("downloaded data is not a usable OSV export: %w", err)
	}
	now := time.Now()
	if err := os.Chtimes(tmp, now, now); err != nil {
		return Info{}, fmt.Errorf("stamp fetch time: %w", err)
	}
	if err := os.Rename(tmp, dest); err != nil {
		return Info{}, fmt.Errorf("replace cache: %w", err)
	}
	info := db.Info()
	info.Path = dest
	info.Origin = "OSV export cached at " + dest + " + curated.json"
	info.Fetched = now
	return info, nil
}

// LoadDefault returns the database flaskguard uses when no --db is given:
// the export Update cached in cacheDir if there is one, else the embedded
// index. A cache that exists but cannot be read is an error rather than a
// silent fallback, since the user asked for newer data than the embedded.
func LoadDefault(cacheDir string) (*DB, error) {
	path := filepath.Join(cacheDir, CacheFile)
	st, err := os.Stat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return Load()
	case err != nil:
		return nil, fmt.Errorf("load cached advisories: %w", err)
	}
	db, err := loadPath(path, SourceCache)
	if err != nil {
		return nil, fmt.Errorf("load cached advisories (run the update again or delete %s): %w", path, err)
	}
	db.info.Origin = "OSV export cached at " + path + " + curated.json"
	db.info.Fetched = st.ModTime()
	return db, nil
}

// Status reports which data LoadDefault would use and what it holds; the
// caller computes its age with Info.Age.
func Status(cacheDir string) (Info, error) {
	db, err := LoadDefault(cacheDir)
	if err != nil {
		return Info{}, err
	}
	return db.Info(), nil
}

func removeIfExists(path string) error {
	if err := os.Remove(path); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("remove temporary file: %w", err)
	}
	return nil
}
