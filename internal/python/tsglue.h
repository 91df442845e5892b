// C glue between flaskguard's Python front end and the tree-sitter runtime
// that github.com/tree-sitter/go-tree-sitter compiles into the binary.
//
// Why C: walking the tree through the Go binding costs one cgo call per
// node property (about 400 ns per node, as much as parsing itself). Here one
// call parses and one call copies the whole tree into a flat array that Go
// then reads without crossing into C again.
#ifndef FLASKGUARD_TSGLUE_H
#define FLASKGUARD_TSGLUE_H

#include <stdbool.h>
#include <stdint.h>

// fg_node is one tree-sitter node in pre-order. It must stay in step with
// tsNode in tree.go, which a compile-time assertion checks.
typedef struct {
  uint32_t start, end;   // byte offsets
  uint32_t srow, scol;   // 0-based start row and byte column
  uint32_t erow, ecol;   // 0-based end row and byte column
  uint32_t next;         // index of the first node after this subtree
  uint16_t sym;          // public symbol (node kind) id
  uint16_t field;        // field id in the parent, 0 if none
  uint8_t flags;         // FG_* bits
  uint8_t pad[3];
} fg_node;

enum {
  FG_NAMED = 1,
  FG_EXTRA = 2,
  FG_MISSING = 4,
  FG_ERROR = 8,
  FG_HAS_ERROR = 16,
};

typedef struct TSParser TSParser;
typedef struct TSTree TSTree;

// fg_parser_new returns a parser for the language, or NULL if the
// language's ABI version is not supported by the runtime.
TSParser *fg_parser_new(const void *language);
void fg_parser_delete(TSParser *parser);

// fg_parse parses len bytes of UTF-8 at src, giving up after timeout_us
// microseconds (0 means no limit). It returns NULL on timeout.
TSTree *fg_parse(TSParser *parser, const char *src, uint32_t len, uint64_t timeout_us);
void fg_tree_delete(TSTree *tree);

// fg_node_count is the number of visible nodes in the tree, root included.
uint32_t fg_node_count(const TSTree *tree);

// fg_flatten writes the tree's visible nodes in pre-order into out, which
// has room for cap nodes, and returns how many it wrote; it returns
// UINT32_MAX if cap was too small.
uint32_t fg_flatten(const TSTree *tree, fg_node *out, uint32_t cap);

#endif
