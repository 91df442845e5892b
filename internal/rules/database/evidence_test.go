package database

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

// FG0701 records, once, that request data from the views reached SQL
// calls only as parameters; not when a flow reaches a statement, nor
// without views or SQL calls to show.
func TestSQLEvidence(t *testing.T) {
	const db = `
import sqlite3

conn = sqlite3.connect("app.db")

def find(name):
    return conn.execute("SELECT * FROM users WHERE name = ?", (name,)).fetchone()

def purge():
    conn.execute("DELETE FROM sessions")
`
	for name, tc := range map[string]struct {
		files map[string]string
		want  []string
	}{
		"parameterized": {map[string]string{"db.py": db, "app.py": `
from flask import Flask, request
from db import find

app = Flask(__name__)

@app.get("/user")
def user():
    return str(find(request.args["name"]))

@app.get("/me")
def me():
    return str(find(request.cookies.get("name")))
`}, []string{"db.py:6 request data from 2 views followed into 1 SQL call, all parameterized (db.py:6)"}},
		"formatted": {map[string]string{"db.py": db, "app.py": `
from flask import Flask, request
from db import conn, find

app = Flask(__name__)

@app.get("/user")
def user():
    find(request.args["id"])
    return str(conn.execute(f"SELECT * FROM users WHERE id = {request.args['id']}").fetchone())
`}, nil},
		"no views": {map[string]string{"db.py": db, "jobs.py": `
from db import purge

if __name__ == "__main__":
    purge()
`}, nil},
	} {
		t.Run(name, func(t *testing.T) {
			if got := evidence(t, tc.files, &SQLInjection); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("evidence %q, want %q", got, tc.want)
			}
		})
	}
}

// evidence scans a project of the given files with one rule and returns
// its evidence as "path:line message".
func evidence(t *testing.T, files map[string]string, r *rule.Rule) []string {
	t.Helper()
	dir := t.TempDir()
	for name, src := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(src[1:]), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	res, err := scan.Run(context.Background(), scan.Options{Root: dir, Config: config.Default(), Rules: []*rule.Rule{r}})
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range res.Evidence {
		out = append(out, e.Location.Path+":"+strconv.Itoa(e.Location.StartLine)+" "+e.Message)
	}
	return out
}
