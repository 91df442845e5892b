package python

import (
	"fmt"
	"strings"
	"testing"

	sitter "github.com/tree-sitter/go-tree-sitter"
	tspython "github.com/tree-sitter/tree-sitter-python/bindings/go"
)

// flaskModule generates a realistic Flask module of about n lines: routes
// with decorators, queries, f-strings, comprehensions and error handling.
func flaskModule(n int) []byte {
	var b strings.Builder
	b.WriteString(`"""Generated Flask application for benchmarks."""
import os
from flask import Flask, request, render_template, jsonify, session
from .models import db, User

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ.get("SECRET_KEY", "dev")  # not for production
`)
	for i := 0; strings.Count(b.String(), "\n") < n-3; i++ {
		fmt.Fprintf(&b, `

@app.route("/items/<int:item_id>", methods=["GET", "POST"])
def item_%d(item_id: int) -> str:
    """Return item %d."""
    user = User.query.filter_by(id=session.get("uid")).first()
    if user is None or not user.active:
        return jsonify({"error": "forbidden", "code": 403}), 403
    name = request.args.get("name", "")
    rows = [r.to_dict() for r in db.session.execute(f"SELECT * FROM t WHERE id = {item_id}") if r]
    total = sum(x * 2 for x in range(10)) + len(rows) // 3
    try:
        result = render_template("item.html", name=name, rows=rows, total=total)
    except (ValueError, KeyError) as exc:
        app.logger.warning("bad item %%s: %%s", item_id, exc)
        raise
    finally:
        db.session.close()
    return result
`, i, i)
	}
	b.WriteString("\nif __name__ == \"__main__\":\n    app.run(host=\"0.0.0.0\", debug=True)\n")
	return []byte(b.String())
}

// BenchmarkTreeSitter is the baseline: tree-sitter alone, through the Go
// binding, building and freeing its tree. NewParser is called first so
// that tree-sitter uses its native allocator, as it does in a scan.
func BenchmarkTreeSitter(b *testing.B) {
	src := flaskModule(2000)
	NewParser().Close()
	p := sitter.NewParser()
	defer p.Close()
	if err := p.SetLanguage(sitter.NewLanguage(tspython.Language())); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(src)))
	for b.Loop() {
		p.Parse(src, nil).Close()
	}
	reportPerLine(b, src)
}

// BenchmarkParseFlatten is tree-sitter plus copying the tree into the flat
// node array, without building the typed tree.
func BenchmarkParseFlatten(b *testing.B) {
	src := flaskModule(2000)
	p := NewParser()
	defer p.Close()
	b.SetBytes(int64(len(src)))
	for b.Loop() {
		nodes, err := p.ts.parse(src, 0, p.nodes)
		if err != nil {
			b.Fatal(err)
		}
		p.nodes = nodes[:0]
	}
	reportPerLine(b, src)
}

// BenchmarkParse is the whole front end: parse, flatten and convert.
func BenchmarkParse(b *testing.B) {
	src := flaskModule(2000)
	p := NewParser()
	defer p.Close()
	b.SetBytes(int64(len(src)))
	for b.Loop() {
		if _, err := p.Parse("app.py", src); err != nil {
			b.Fatal(err)
		}
	}
	reportPerLine(b, src)
}

// BenchmarkConvert is the conversion alone, from an already flattened
// tree to the typed tree, comments and errors.
func BenchmarkConvert(b *testing.B) {
	src := flaskModule(2000)
	p := NewParser()
	defer p.Close()
	nodes, err := p.ts.parse(src, 0, nil)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(src)))
	for b.Loop() {
		f := &File{Source: src, Comments: map[int]string{}}
		c := newConverter(src, nodes, p.sym)
		f.Module = c.module()
		c.scanExtras(f)
	}
	reportPerLine(b, src)
}

// BenchmarkWalk measures a full Walk over the converted tree.
func BenchmarkWalk(b *testing.B) {
	f := mustParse(b, string(flaskModule(2000)))
	b.SetBytes(int64(len(f.Source)))
	for b.Loop() {
		n := 0
		Walk(f.Module, func(Node) bool { n++; return true })
	}
	reportPerLine(b, f.Source)
}

func reportPerLine(b *testing.B, src []byte) {
	lines := countLines(src)
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(lines), "ns/line")
}
