package python

import (
	"bytes"
	"fmt"
	"time"

	sitter "github.com/tree-sitter/go-tree-sitter"
	tspython "github.com/tree-sitter/tree-sitter-python/bindings/go"
)

// DefaultTimeout bounds how long tree-sitter may spend on one file. It
// parses real code at several MB/s even on slow machines, and hand-written
// modules are rarely over 1 MB, so only pathological input gets near it.
const DefaultTimeout = 10 * time.Second

// maxRetainedNodes caps the node buffer a Parser keeps between files
// (36 bytes a node), so one huge generated file does not pin its buffer
// for the rest of the scan.
const maxRetainedNodes = 1 << 20

// Parser parses Python source into Files. It owns a tree-sitter parser and
// scratch buffers, so it is not safe for concurrent use: give each worker
// its own, and Close it when done.
type Parser struct {
	ts      *tsParser
	err     error // why the grammar could not be loaded, reported by Parse
	sym     *symbols
	nodes   []tsNode
	timeout time.Duration
}

// NewParser returns a Parser for Python 3 with DefaultTimeout.
func NewParser() *Parser {
	lang := sitter.NewLanguage(tspython.Language())
	p := &Parser{sym: newSymbols(lang), timeout: DefaultTimeout}
	p.ts, p.err = newTSParser(tspython.Language())
	return p
}

// SetTimeout changes how long one Parse call may take; zero means no limit.
func (p *Parser) SetTimeout(d time.Duration) { p.timeout = d }

// Close frees the tree-sitter parser. The Parser must not be used afterwards.
func (p *Parser) Close() {
	if p.ts != nil {
		p.ts.close()
	}
	p.nodes = nil
}

// Parse parses src, the contents of the file at path, into a File.
//
// Syntax errors do not make Parse fail: they are listed in File.Errors and
// the rest of the tree is still converted. The error result is only for
// internal failures, such as a closed Parser or ErrTimeout.
func (p *Parser) Parse(path string, src []byte) (*File, error) {
	if p.err != nil {
		return nil, fmt.Errorf("parse %s: %w", path, p.err)
	}
	if p.ts == nil || p.ts.p == nil {
		return nil, fmt.Errorf("parse %s: parser is closed", path)
	}
	nodes, err := p.ts.parse(src, p.timeout, p.nodes)
	if err != nil {
		return nil, fmt.Errorf("parse %s: %w", path, err)
	}
	if cap(nodes) <= maxRetainedNodes {
		p.nodes = nodes[:0]
	} else {
		p.nodes = nil
	}
	f := &File{Path: path, Source: src, Lines: countLines(src), Comments: map[int]string{}}
	c := newConverter(src, nodes, p.sym)
	f.Module = c.module()
	c.scanExtras(f)
	f.Errors = append(f.Errors, c.deepErrs...)
	f.Errors = append(f.Errors, encodingErrors(src)...)
	sortErrors(f.Errors)
	return f, nil
}

// Parse parses one file with a fresh Parser. Prefer reusing a Parser when
// parsing many files.
func Parse(path string, src []byte) (*File, error) {
	p := NewParser()
	defer p.Close()
	return p.Parse(path, src)
}

// countLines counts lines the way editors number them: a final line
// without a newline still counts, an empty file has none.
func countLines(src []byte) int {
	n := bytes.Count(src, []byte{'\n'})
	if len(src) > 0 && src[len(src)-1] != '\n' {
		n++
	}
	return n
}
