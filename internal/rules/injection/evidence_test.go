package injection

import (
	"context"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"testing"

	"github.com/flaskguard/flaskguard/internal/config"
	"github.com/flaskguard/flaskguard/internal/rules/rule"
	"github.com/flaskguard/flaskguard/internal/scan"
)

// FG0604 records, once, that request data from the views reached the
// practice's sinks only checked; not when a flow reaches one (of any
// practice-6 class), nor without views or sinks to show.
func TestPracticeEvidence(t *testing.T) {
	const safe = `
import subprocess
from flask import Flask, redirect, request, url_for

app = Flask(__name__)

@app.post("/export")
def export():
    fmt = request.form["format"]
    if fmt not in {"pdf", "html"}:
        fmt = "pdf"
    subprocess.run(["pandoc", "in.md", "-t", fmt], check=True)
    return redirect(url_for("done", fmt=fmt))
`
	for name, tc := range map[string]struct {
		src  string
		want []string
	}{
		"checked": {safe, []string{"app.py:11 request data from 1 view reaches no shell or redirect sink unescaped " +
			"(2 sinks followed: app.py:11, app.py:12)"}},
		"open redirect": {safe + `
@app.get("/next")
def next_page():
    return redirect(request.args["next"])
`, nil},
		"no sink": {`
from flask import Flask, request

app = Flask(__name__)

@app.get("/hello")
def hello():
    return {"name": request.args.get("name", "")}
`, nil},
	} {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			if err := os.WriteFile(filepath.Join(dir, "app.py"), []byte(tc.src[1:]), 0o644); err != nil {
				t.Fatal(err)
			}
			res, err := scan.Run(context.Background(), scan.Options{Root: dir, Config: config.Default(),
				Rules: []*rule.Rule{&CrossSiteScripting}})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, e := range res.Evidence {
				got = append(got, e.Location.Path+":"+strconv.Itoa(e.Location.StartLine)+" "+e.Message)
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("evidence %q, want %q", got, tc.want)
			}
		})
	}
}
