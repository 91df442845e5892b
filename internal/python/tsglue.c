#include "tsglue.h"

#include <stdatomic.h>
#include <stdlib.h>
#include <time.h>

// The subset of tree_sitter/api.h (go-tree-sitter v0.25.0) used here,
// declared by hand because that header is not on this package's include
// path; the symbols are linked from the go-tree-sitter package. Re-check
// these declarations when upgrading go-tree-sitter.
typedef struct TSLanguage TSLanguage;
typedef struct {
  uint32_t row;
  uint32_t column;
} TSPoint;
typedef struct {
  uint32_t context[4];
  const void *id;
  const TSTree *tree;
} TSNode;
typedef struct {
  const void *tree;
  const void *id;
  uint32_t context[3];
} TSTreeCursor;
typedef enum {
  TSInputEncodingUTF8,
  TSInputEncodingUTF16LE,
  TSInputEncodingUTF16BE,
  TSInputEncodingCustom
} TSInputEncoding;
typedef uint32_t (*DecodeFunction)(const uint8_t *string, uint32_t length, int32_t *code_point);
typedef struct {
  void *payload;
  const char *(*read)(void *payload, uint32_t byte_index, TSPoint position, uint32_t *bytes_read);
  TSInputEncoding encoding;
  DecodeFunction decode;
} TSInput;
typedef struct {
  void *payload;
  uint32_t current_byte_offset;
  bool has_error;
} TSParseState;
typedef struct {
  void *payload;
  bool (*progress_callback)(TSParseState *state);
} TSParseOptions;

TSParser *ts_parser_new(void);
void ts_parser_delete(TSParser *self);
bool ts_parser_set_language(TSParser *self, const TSLanguage *language);
void ts_parser_reset(TSParser *self);
TSTree *ts_parser_parse_with_options(TSParser *self, const TSTree *old_tree, TSInput input,
                                     TSParseOptions parse_options);
void ts_tree_delete(TSTree *self);
TSNode ts_tree_root_node(const TSTree *self);
uint16_t ts_node_symbol(TSNode self);
uint32_t ts_node_start_byte(TSNode self);
uint32_t ts_node_end_byte(TSNode self);
TSPoint ts_node_start_point(TSNode self);
TSPoint ts_node_end_point(TSNode self);
bool ts_node_is_named(TSNode self);
bool ts_node_is_missing(TSNode self);
bool ts_node_is_extra(TSNode self);
bool ts_node_has_error(TSNode self);
bool ts_node_is_error(TSNode self);
void ts_set_allocator(void *(*new_malloc)(size_t), void *(*new_calloc)(size_t, size_t),
                      void *(*new_realloc)(void *, size_t), void (*new_free)(void *));
uint32_t ts_node_descendant_count(TSNode self);
TSTreeCursor ts_tree_cursor_new(TSNode node);
void ts_tree_cursor_delete(TSTreeCursor *self);
TSNode ts_tree_cursor_current_node(const TSTreeCursor *self);
uint16_t ts_tree_cursor_current_field_id(const TSTreeCursor *self);
bool ts_tree_cursor_goto_first_child(TSTreeCursor *self);
bool ts_tree_cursor_goto_next_sibling(TSTreeCursor *self);
bool ts_tree_cursor_goto_parent(TSTreeCursor *self);

// fg_allocator_restored makes the allocator switch below happen once per
// process rather than racing on every parser creation.
static atomic_flag fg_allocator_restored = ATOMIC_FLAG_INIT;

TSParser *fg_parser_new(const void *language) {
  // go-tree-sitter's init routes every tree-sitter allocation through a
  // C->Go->C callback that ends in malloc or free, which makes parsing
  // about 1.5 times slower. Restore tree-sitter's own allocator, which
  // calls malloc and free directly: memory either one allocated can be
  // freed by the other, so the switch is safe at any time. It is
  // process-wide; nothing in flaskguard installs a custom allocator.
  if (!atomic_flag_test_and_set(&fg_allocator_restored)) {
    ts_set_allocator(NULL, NULL, NULL, NULL);
  }
  TSParser *p = ts_parser_new();
  if (!ts_parser_set_language(p, (const TSLanguage *)language)) {
    ts_parser_delete(p);
    return NULL;
  }
  return p;
}

void fg_parser_delete(TSParser *parser) { ts_parser_delete(parser); }

// fg_input is the read payload: the whole source is one contiguous buffer,
// so every read hands out the rest of it without copying.
typedef struct {
  const char *src;
  uint32_t len;
  uint64_t deadline_ns;
} fg_input;

static const char *fg_read(void *payload, uint32_t byte, TSPoint pos, uint32_t *bytes_read) {
  (void)pos;
  fg_input *in = payload;
  if (byte >= in->len) {
    *bytes_read = 0;
    return "";
  }
  *bytes_read = in->len - byte;
  return in->src + byte;
}

static uint64_t fg_now_ns(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

// fg_progress cancels the parse once the deadline has passed. tree-sitter
// calls it every hundred or so parse operations, so a clock read is cheap
// enough, and it keeps the check in C rather than calling back into Go.
static bool fg_progress(TSParseState *state) {
  fg_input *in = state->payload;
  return in->deadline_ns != 0 && fg_now_ns() > in->deadline_ns;
}

TSTree *fg_parse(TSParser *parser, const char *src, uint32_t len, uint64_t timeout_us) {
  fg_input in = {src, len, 0};
  if (timeout_us != 0) {
    in.deadline_ns = fg_now_ns() + timeout_us * 1000u;
  }
  TSInput input = {&in, fg_read, TSInputEncodingUTF8, NULL};
  TSParseOptions opts = {&in, fg_progress};
  TSTree *tree = ts_parser_parse_with_options(parser, NULL, input, opts);
  if (tree == NULL) {
    // A cancelled parse would otherwise resume on the next call.
    ts_parser_reset(parser);
  }
  return tree;
}

void fg_tree_delete(TSTree *tree) { ts_tree_delete(tree); }

uint32_t fg_node_count(const TSTree *tree) { return ts_node_descendant_count(ts_tree_root_node(tree)); }

static void fg_fill(fg_node *out, TSNode n, uint16_t field, uint32_t parent) {
  TSPoint s = ts_node_start_point(n), e = ts_node_end_point(n);
  out->start = ts_node_start_byte(n);
  out->end = ts_node_end_byte(n);
  out->srow = s.row;
  out->scol = s.column;
  out->erow = e.row;
  out->ecol = e.column;
  // While the node is open, next holds its parent's index.
  out->next = parent;
  out->sym = ts_node_symbol(n);
  out->field = field;
  uint8_t f = 0;
  if (ts_node_is_named(n)) f |= FG_NAMED;
  if (ts_node_is_extra(n)) f |= FG_EXTRA;
  if (ts_node_is_missing(n)) f |= FG_MISSING;
  if (ts_node_is_error(n)) f |= FG_ERROR;
  if (ts_node_has_error(n)) f |= FG_HAS_ERROR;
  out->flags = f;
  out->pad[0] = out->pad[1] = out->pad[2] = 0;
}

uint32_t fg_flatten(const TSTree *tree, fg_node *out, uint32_t cap) {
  if (cap == 0) return UINT32_MAX;
  TSTreeCursor c = ts_tree_cursor_new(ts_tree_root_node(tree));
  uint32_t n = 0, cur = 0;
  fg_fill(&out[n++], ts_tree_cursor_current_node(&c), 0, UINT32_MAX);
  // Iterative pre-order walk: deep nesting cannot overflow the C stack.
  for (;;) {
    if (ts_tree_cursor_goto_first_child(&c)) {
      if (n == cap) goto overflow;
      fg_fill(&out[n], ts_tree_cursor_current_node(&c), ts_tree_cursor_current_field_id(&c), cur);
      cur = n++;
      continue;
    }
    for (;;) {
      uint32_t parent = out[cur].next;
      out[cur].next = n;
      if (ts_tree_cursor_goto_next_sibling(&c)) {
        if (n == cap) goto overflow;
        fg_fill(&out[n], ts_tree_cursor_current_node(&c), ts_tree_cursor_current_field_id(&c), parent);
        cur = n++;
        break;
      }
      if (!ts_tree_cursor_goto_parent(&c)) {
        ts_tree_cursor_delete(&c);
        return n;
      }
      cur = parent;
    }
  }
overflow:
  ts_tree_cursor_delete(&c);
  return UINT32_MAX;
}
