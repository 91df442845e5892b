package python

import (
	"maps"
	"os"
	"path/filepath"
	"testing"
)

// countKinds counts the nodes of each kind that Walk reaches.
func countKinds(n Node) map[Kind]int {
	counts := map[Kind]int{}
	Walk(n, func(n Node) bool {
		counts[n.Kind()]++
		return true
	})
	return counts
}

// TestPython312Fixtures parses modern syntax that must convert without a
// single syntax error, and checks that Walk reaches the nodes counted by
// hand in each fixture (kinds not listed are not checked).
func TestPython312Fixtures(t *testing.T) {
	want := map[string]map[Kind]int{
		"fstrings.py": {
			KindCall: 3, KindString: 14, KindAssign: 10, KindBinOp: 1, KindFunctionDef: 0,
		},
		"match.py": {
			KindFunctionDef: 1, KindMatch: 1, KindReturn: 10, KindCall: 3, KindString: 8,
			KindNamedExpr: 1, KindStarred: 1, KindDict: 1, KindBinOp: 11, KindUnaryOp: 2,
			KindCompare: 1, KindList: 1, KindTuple: 1,
		},
		"typeparams.py": {
			KindTypeAlias: 2, KindFunctionDef: 3, KindClassDef: 1, KindCall: 0,
			KindSubscript: 5, KindStarred: 2, KindAssign: 1,
		},
		"exceptions.py": {
			KindFunctionDef: 1, KindTry: 2, KindCall: 6, KindRaise: 2, KindTuple: 1,
		},
		"comprehensions.py": {
			KindComprehension: 6, KindNamedExpr: 2, KindAwait: 1, KindCall: 5,
			KindFunctionDef: 1, KindCompare: 1,
		},
		"definitions.py": {
			KindFunctionDef: 3, KindClassDef: 1, KindCall: 2, KindLambda: 1, KindStarred: 2,
			KindSubscript: 2, KindReturn: 3,
		},
		"flask_app.py": {
			KindCall: 8, KindFunctionDef: 1, KindImport: 1, KindImportFrom: 1, KindIf: 1,
			KindString: 9, KindAssign: 3,
		},
	}
	files, err := filepath.Glob("testdata/py312/*.py")
	if err != nil {
		t.Fatal(err)
	}
	if len(files) != len(want) {
		t.Fatalf("found %d fixtures, want %d: %v", len(files), len(want), files)
	}
	p := NewParser()
	defer p.Close()
	for _, path := range files {
		t.Run(filepath.Base(path), func(t *testing.T) {
			src, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			f, err := p.Parse(path, src)
			if err != nil {
				t.Fatal(err)
			}
			if len(f.Errors) != 0 {
				t.Fatalf("syntax errors: %v", f.Errors)
			}
			counts := countKinds(f.Module)
			for k, n := range want[filepath.Base(path)] {
				if counts[k] != n {
					t.Errorf("Walk reached %d nodes of kind %d, want %d", counts[k], k, n)
				}
			}
			if got := len(countBad(f.Module)); got != 0 {
				t.Errorf("%d Bad nodes: %v", got, countBad(f.Module))
			}
		})
	}
}

// countBad lists the BadExpr and BadStmt nodes in a tree.
func countBad(n Node) []string {
	var bad []string
	Walk(n, func(n Node) bool {
		switch x := n.(type) {
		case *BadExpr:
			bad = append(bad, dump(x))
		case *BadStmt:
			bad = append(bad, "badstmt "+x.Text)
		}
		return true
	})
	return bad
}

// TestFixtureDetails checks facts in the fixtures that counts cannot show.
func TestFixtureDetails(t *testing.T) {
	read := func(name string) *File {
		t.Helper()
		src, err := os.ReadFile(filepath.Join("testdata/py312", name))
		if err != nil {
			t.Fatal(err)
		}
		return mustParse(t, string(src))
	}

	f := read("flask_app.py")
	if want := map[int]string{5: "# flaskguard: ignore[FG0201]"}; !maps.Equal(f.Comments, want) {
		t.Errorf("comments %v, want %v", f.Comments, want)
	}
	var run *Call
	Walk(f.Module, func(n Node) bool {
		if c, ok := n.(*Call); ok {
			if name, _ := DottedName(c.Func); name == "app.run" {
				run = c
			}
		}
		return true
	})
	if run == nil {
		t.Fatal("app.run call not found")
	}
	if debug, ok := run.Keyword("debug"); !ok || !IsTrue(debug) {
		t.Errorf("app.run debug = %v, %v; want True", debug, ok)
	}
	if got := f.Text(run.Span()); got != `app.run(host="0.0.0.0", port=int(os.environ.get("PORT", 5000)), debug=True)` {
		t.Errorf("app.run text %q", got)
	}

	f = read("definitions.py")
	handler := f.Module.Body[0].(*FunctionDef)
	var posOnly []bool
	for _, p := range handler.Params {
		posOnly = append(posOnly, p.PositionalOnly)
	}
	if got, want := dump(handler), "(def handler @(. (. (sub buttons 0) clicked) connect) @(lambda (f) f) "+
		`@(call (call (. registry get) "name" default) strict=True) (a/ b/ c d=1 *args e f=2 **kwargs) {(return (tuple *args a))})`; got != want {
		t.Errorf("handler:\n got %s\nwant %s", got, want)
	}
	if got := handler.Span().Start; got != (Pos{Line: 5, Col: 1, Offset: 147}) {
		t.Errorf("handler starts at %+v, want the def line", got)
	}
}
