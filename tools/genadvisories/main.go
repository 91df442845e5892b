// Command genadvisories builds internal/advisories/index.json.gz, the advisory
// index embedded in flaskguard, from the OSV export of the PyPA advisory
// database (a zip of JSON records) and the hand-curated additions in
// internal/advisories/curated.json.
//
// It runs from internal/advisories through `go generate`; the default paths
// are relative to that folder, with the checkout sitting beside shared/.
// The output is byte-for-byte reproducible, so CI can regenerate it and check
// `git diff --exit-code`.
//
// Usage: go run ../../tools/genadvisories [-zip PATH] [-curated PATH] [-out PATH]
package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/flaskguard/flaskguard/internal/advisories/osv"
)

// defaultZip is where the shared advisory snapshot sits relative to
// internal/advisories.
const defaultZip = "../../../shared/advisories/osv-offline/osv-scalibr/PyPI/all.zip"

func main() {
	if err := run(os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "genadvisories:", err)
		os.Exit(1)
	}
}

func run(args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("genadvisories", flag.ContinueOnError)
	zipPath := fs.String("zip", defaultZip, "OSV export zip of PyPI records")
	curatedPath := fs.String("curated", "curated.json", "curated advisories and notes")
	outPath := fs.String("out", "index.json.gz", "index to write")
	if err := fs.Parse(args); err != nil {
		return fmt.Errorf("parse flags: %w", err)
	}
	idx, err := build(*zipPath, *curatedPath)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	if err := osv.WriteIndex(&buf, idx); err != nil {
		return err
	}
	if err := writeAtomic(*outPath, buf.Bytes()); err != nil {
		return err
	}
	_, err = fmt.Fprintf(stdout, "genadvisories: %d records, %d advisories (%d curated), newest %s, %d bytes -> %s\n",
		idx.Records, len(idx.Advisories), idx.Curated, idx.Newest, buf.Len(), *outPath)
	return err
}

// build reads both inputs and assembles the index.
func build(zipPath, curatedPath string) (osv.Index, error) {
	data, err := os.ReadFile(zipPath)
	if err != nil {
		return osv.Index{}, fmt.Errorf("read osv export: %w", err)
	}
	coll, err := osv.ReadZipReader(bytes.NewReader(data), int64(len(data)), zipPath)
	if err != nil {
		return osv.Index{}, err
	}
	if len(coll.Advisories) == 0 {
		return osv.Index{}, fmt.Errorf("%s holds no PyPI advisories", zipPath)
	}
	curatedData, err := os.ReadFile(curatedPath)
	if err != nil {
		return osv.Index{}, fmt.Errorf("read curated advisories: %w", err)
	}
	curated, err := osv.ParseCurated(curatedData)
	if err != nil {
		return osv.Index{}, err
	}
	advs, added, unmatched := osv.Apply(coll.Advisories, curated)
	if unmatched > 0 {
		// Annotations name advisories the snapshot has; missing ones mean
		// a typo in curated.json or data that changed under it.
		return osv.Index{}, fmt.Errorf("%d curated annotations match no advisory in %s", unmatched, zipPath)
	}
	sum := sha256.Sum256(data)
	return osv.Index{
		Format: osv.IndexFormat,
		Source: fmt.Sprintf("pypa/advisory-database OSV export %s (sha256 %s) + %s",
			filepath.Base(zipPath), hex.EncodeToString(sum[:8]), filepath.Base(curatedPath)),
		Attribution: osv.Attribution,
		Records:     coll.Records,
		Curated:     added,
		Newest:      osv.Newest(advs),
		Advisories:  advs,
	}, nil
}

// writeAtomic replaces path with data through a temporary file in the same
// folder, so an interrupted run never leaves a truncated index behind.
func writeAtomic(path string, data []byte) (err error) {
	tmp, err := os.CreateTemp(filepath.Dir(path), ".index-*.tmp")
	if err != nil {
		return fmt.Errorf("write index: %w", err)
	}
	defer func() {
		if err != nil {
			err = errors.Join(err, os.Remove(tmp.Name()))
		}
	}()
	if _, err := tmp.Write(data); err != nil {
		_ = tmp.Close()
		return fmt.Errorf("write index: %w", err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("write index: %w", err)
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		return fmt.Errorf("write index: %w", err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("write index: %w", err)
	}
	return nil
}
