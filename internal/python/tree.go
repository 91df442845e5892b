package python

// #include "tsglue.h"
import "C"

import (
	"errors"
	"fmt"
	"math"
	"time"
	"unsafe"
)

// tsNode mirrors C's fg_node: one tree-sitter node in pre-order, with the
// index just past its subtree, so that the converter can iterate children
// as `for j := i + 1; j < n[i].next; j = n[j].next` without calling into C.
type tsNode struct {
	start, end uint32
	srow, scol uint32
	erow, ecol uint32
	next       uint32
	sym        uint16
	field      uint16
	flags      uint8
	_          [3]uint8
}

// Both array lengths must be non-negative, so the sizes are equal; a
// mismatch between tsNode and fg_node fails the build, not a scan.
type (
	_ [unsafe.Sizeof(tsNode{}) - C.sizeof_fg_node]byte
	_ [C.sizeof_fg_node - unsafe.Sizeof(tsNode{})]byte
)

// The fg_node flag bits.
const (
	flagNamed    = C.FG_NAMED
	flagExtra    = C.FG_EXTRA
	flagMissing  = C.FG_MISSING
	flagError    = C.FG_ERROR
	flagHasError = C.FG_HAS_ERROR
)

// ErrTimeout is returned by Parse when tree-sitter gives up on a file that
// takes longer than the parser's timeout, which only pathological input does.
var ErrTimeout = errors.New("parse timed out")

// tsParser owns a C tree-sitter parser.
type tsParser struct {
	p *C.TSParser
}

func newTSParser(language unsafe.Pointer) (*tsParser, error) {
	p := C.fg_parser_new(language)
	if p == nil {
		return nil, errors.New("tree-sitter rejected the python grammar (ABI version mismatch)")
	}
	return &tsParser{p: p}, nil
}

func (t *tsParser) close() {
	if t.p != nil {
		C.fg_parser_delete(t.p)
		t.p = nil
	}
}

// parse parses src and returns its nodes in pre-order, reusing buf. The
// tree-sitter tree is deleted before parse returns, so no C memory
// outlives the call.
func (t *tsParser) parse(src []byte, timeout time.Duration, buf []tsNode) ([]tsNode, error) {
	if t.p == nil {
		return nil, errors.New("parser is closed")
	}
	// tree-sitter offsets are uint32 and the converter indexes nodes with
	// int32, so cap the size well below both.
	if len(src) >= math.MaxInt32 {
		return nil, fmt.Errorf("source is %d bytes, more than tree-sitter supports", len(src))
	}
	var us C.uint64_t
	if timeout > 0 {
		us = C.uint64_t(max(timeout.Microseconds(), 1))
	}
	var ptr *C.char
	if len(src) > 0 {
		// The C side reads src only during this call and keeps no copy.
		ptr = (*C.char)(unsafe.Pointer(unsafe.SliceData(src)))
	}
	tree := C.fg_parse(t.p, ptr, C.uint32_t(len(src)), us)
	if tree == nil {
		return nil, ErrTimeout
	}
	defer C.fg_tree_delete(tree)
	count := int(C.fg_node_count(tree))
	if count >= math.MaxInt32 {
		return nil, fmt.Errorf("tree has %d nodes, more than the converter supports", count)
	}
	if cap(buf) < count {
		buf = make([]tsNode, count)
	}
	buf = buf[:count]
	n := C.fg_flatten(tree, (*C.fg_node)(unsafe.Pointer(unsafe.SliceData(buf))), C.uint32_t(count))
	if n == math.MaxUint32 || int(n) > count {
		return nil, fmt.Errorf("tree has more than the %d nodes tree-sitter counted", count)
	}
	return buf[:n], nil
}
