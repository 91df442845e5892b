package python

import (
	"reflect"
	"testing"

	sitter "github.com/tree-sitter/go-tree-sitter"
	tspython "github.com/tree-sitter/tree-sitter-python/bindings/go"
)

// TestSymbolsExist guards against misspelt kind and field names, which
// would silently turn nodes into BadExpr: each must exist in the grammar.
func TestSymbolsExist(t *testing.T) {
	lang := sitter.NewLanguage(tspython.Language())
	for name := range namedKinds() {
		if name != "ERROR" && lang.IdForNodeKind(name, true) == 0 {
			t.Errorf("named kind %q is not in the grammar", name)
		}
	}
	for name := range anonKinds() {
		if lang.IdForNodeKind(name, false) == 0 {
			t.Errorf("token %q is not in the grammar", name)
		}
	}
	fields := reflect.ValueOf(newSymbols(lang).fields)
	for i := range fields.NumField() {
		if fields.Field(i).Uint() == 0 {
			t.Errorf("field %s is not in the grammar", fields.Type().Field(i).Name)
		}
	}
}
