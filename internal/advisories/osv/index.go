package osv

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
)

// IndexFormat is the version of the index layout. Readers refuse other
// versions rather than misread them.
const IndexFormat = 1

// Attribution is the notice CC BY 4.0 asks anything built from the PyPA
// advisory data to carry: source, licence, link and what was changed.
const Attribution = "Advisory data: Python Packaging Advisory Database " +
	"(https://github.com/pypa/advisory-database), (c) its contributors and the " +
	"Python Packaging Authority, CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/). " +
	"Changed: reduced to identifiers, package names, version ranges, severities and " +
	"dates (no advisory text); Flask, Werkzeug and Jinja2 advisories newer than the " +
	"snapshot added from their published facts."

// Index is the embedded advisory database.
type Index struct {
	Format int `json:"format"`
	// Source describes the data the index was built from.
	Source      string `json:"source"`
	Attribution string `json:"attribution"`
	// Records counts OSV records read; Curated counts curated advisories
	// added on top.
	Records int `json:"records"`
	Curated int `json:"curated"`
	// Newest is the newest modified timestamp in the data.
	Newest     string     `json:"newest"`
	Advisories []Advisory `json:"advisories"`
}

// WriteIndex writes idx as gzip-compressed JSON. The bytes depend only on
// idx: the gzip header carries no name and no modification time, and the
// caller sorts the advisories, so regenerating from the same data gives the
// same file and `go generate && git diff --exit-code` stays quiet.
func WriteIndex(w io.Writer, idx Index) error {
	head, err := json.Marshal(indexHead{idx.Format, idx.Source, idx.Attribution, idx.Records, idx.Curated, idx.Newest})
	if err != nil {
		return fmt.Errorf("write advisory index: %w", err)
	}
	// One advisory per line keeps a decompressed index readable and
	// diffable.
	var buf bytes.Buffer
	buf.Write(head[:len(head)-1])
	buf.WriteString(",\"advisories\":[\n")
	for i := range idx.Advisories {
		b, err := json.Marshal(&idx.Advisories[i])
		if err != nil {
			return fmt.Errorf("write advisory index: %w", err)
		}
		buf.Write(b)
		if i < len(idx.Advisories)-1 {
			buf.WriteByte(',')
		}
		buf.WriteByte('\n')
	}
	buf.WriteString("]}\n")
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return fmt.Errorf("write advisory index: %w", err)
	}
	if _, err := zw.Write(buf.Bytes()); err != nil {
		return fmt.Errorf("write advisory index: %w", err)
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("write advisory index: %w", err)
	}
	return nil
}

// indexHead is Index without its advisories, in the same field order.
type indexHead struct {
	Format      int    `json:"format"`
	Source      string `json:"source"`
	Attribution string `json:"attribution"`
	Records     int    `json:"records"`
	Curated     int    `json:"curated"`
	Newest      string `json:"newest"`
}

// ReadIndex reads an index written by WriteIndex.
func ReadIndex(r io.Reader) (Index, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return Index{}, fmt.Errorf("read advisory index: %w", err)
	}
	defer zr.Close()
	var idx Index
	if err := json.NewDecoder(zr).Decode(&idx); err != nil {
		return Index{}, fmt.Errorf("read advisory index: %w", err)
	}
	if idx.Format != IndexFormat {
		return Index{}, fmt.Errorf("read advisory index: format %d, want %d", idx.Format, IndexFormat)
	}
	return idx, nil
}
