package osv

import (
	"archive/zip"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"
)

// maxRecordSize bounds one record's JSON. The largest record in the PyPI data
// is a few hundred KB; the bound keeps a hostile or corrupt zip from
// expanding into memory without limit.
const maxRecordSize = 16 << 20

// Collection is the result of reading a set of OSV records.
type Collection struct {
	Advisories []Advisory
	// Records counts the OSV records read; Skipped counts the well-formed
	// ones that name no PyPI package.
	Records, Skipped int
}

// ReadZip reads every *.json record in an OSV export zip (the format of
// https://osv-vulnerabilities.storage.googleapis.com/PyPI/all.zip).
func ReadZip(path string) (Collection, error) {
	zr, err := zip.OpenReader(path)
	if err != nil {
		return Collection{}, fmt.Errorf("open osv zip: %w", err)
	}
	defer zr.Close()
	return readZip(&zr.Reader, path)
}

// ReadZipReader is ReadZip for a zip already in memory or otherwise open.
func ReadZipReader(r io.ReaderAt, size int64, name string) (Collection, error) {
	zr, err := zip.NewReader(r, size)
	if err != nil {
		return Collection{}, fmt.Errorf("open osv zip %s: %w", name, err)
	}
	return readZip(zr, name)
}

func readZip(zr *zip.Reader, name string) (Collection, error) {
	files := slices.Clone(zr.File)
	slices.SortFunc(files, func(a, b *zip.File) int { return strings.Compare(a.Name, b.Name) })
	var c Collection
	for _, f := range files {
		if f.FileInfo().IsDir() || !strings.HasSuffix(f.Name, ".json") {
			continue
		}
		data, err := readZipFile(f)
		if err != nil {
			return Collection{}, fmt.Errorf("%s: %s: %w", name, f.Name, err)
		}
		if err := c.add(data); err != nil {
			return Collection{}, fmt.Errorf("%s: %s: %w", name, f.Name, err)
		}
	}
	return c, nil
}

func readZipFile(f *zip.File) ([]byte, error) {
	if f.UncompressedSize64 > maxRecordSize {
		return nil, fmt.Errorf("record larger than %d bytes", maxRecordSize)
	}
	rc, err := f.Open()
	if err != nil {
		return nil, fmt.Errorf("open entry: %w", err)
	}
	defer rc.Close()
	// The header's size can lie; the limit holds either way.
	data, err := io.ReadAll(io.LimitReader(rc, maxRecordSize+1))
	if err != nil {
		return nil, fmt.Errorf("read entry: %w", err)
	}
	if len(data) > maxRecordSize {
		return nil, fmt.Errorf("record larger than %d bytes", maxRecordSize)
	}
	return data, nil
}

// ReadDir reads every *.json record under root, recursively, in lexical
// path order.
func ReadDir(root string) (Collection, error) {
	var c Collection
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() || !strings.HasSuffix(d.Name(), ".json") {
			return nil
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		if info.Size() > maxRecordSize {
			return fmt.Errorf("%s: record larger than %d bytes", path, maxRecordSize)
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		if err := c.add(data); err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		return nil
	})
	if err != nil {
		return Collection{}, fmt.Errorf("read osv folder: %w", err)
	}
	return c, nil
}

// ReadPath reads a .zip export or a folder of records, whichever path is.
func ReadPath(path string) (Collection, error) {
	info, err := os.Stat(path)
	if err != nil {
		return Collection{}, fmt.Errorf("read osv data: %w", err)
	}
	if info.IsDir() {
		return ReadDir(path)
	}
	return ReadZip(path)
}

func (c *Collection) add(data []byte) error {
	advs, err := Decode(data)
	c.Records++
	switch {
	case errors.Is(err, ErrNotPyPI):
		c.Skipped++
		return nil
	case err != nil:
		return err
	}
	c.Advisories = append(c.Advisories, advs...)
	return nil
}

// Newest returns the latest modified timestamp among advisories, as
// written. Timestamps are compared as times, not strings, because fractional
// seconds ("05.5Z" against "05Z") sort wrongly as text; unparsable ones are
// ignored.
func Newest(advs []Advisory) string {
	var newest string
	var at time.Time
	for i := range advs {
		t, err := time.Parse(time.RFC3339Nano, advs[i].Modified)
		if err == nil && t.After(at) {
			newest, at = advs[i].Modified, t
		}
	}
	return newest
}
