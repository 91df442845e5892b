package advisories

import (
	"encoding/json"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/flaskguard/flaskguard/internal/pep440"
)

// loadDB loads the embedded index once per test.
func loadDB(t testing.TB) *DB {
	t.Helper()
	db, err := Load()
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	return db
}

// ids flattens matches into their sorted advisory IDs, split into those
// from the OSV snapshot and those added from curated.json.
func ids(db *DB, pkg string, ms []Match) (snapshot, curated []string) {
	isCurated := make(map[string]bool)
	for _, a := range db.Advisories(pkg) {
		isCurated[a.ID] = a.Curated
	}
	for _, m := range ms {
		for _, id := range m.IDs {
			if isCurated[id] {
				curated = append(curated, id)
			} else {
				snapshot = append(snapshot, id)
			}
		}
	}
	slices.Sort(snapshot)
	slices.Sort(curated)
	return snapshot, curated
}

// curatedFor lists what curated.json adds, by hand from FLASK-FACTS.md's
// ranges, for each package and version the conformance vectors use. The
// vectors themselves describe the 2024-10 snapshot alone.
var curatedFor = map[string][]string{
	"Flask 2.2.0":      {"GHSA-68rp-wp8r-4726"},
	"Flask 2.2":        {"GHSA-68rp-wp8r-4726"},
	"Flask 2.2.5":      {"GHSA-68rp-wp8r-4726"},
	"Flask 2.3.1":      {"GHSA-68rp-wp8r-4726"},
	"Flask 0.12.2":     {"GHSA-68rp-wp8r-4726"},
	"Werkzeug 2.2.0a1": werkzeugAll,
	"Werkzeug 3.0.0":   werkzeugAll,
	"Werkzeug 3.0.1":   werkzeugAll,
	"Jinja2 2.10.1":    jinjaBefore3,
	"Jinja2 2.11.3":    jinjaBefore3,
}

// werkzeugAll is every curated Werkzeug advisory: all are fixed in 3.0.3 or
// later and q34m starts at 2.0.0rc1, below 2.2.0a1.
var werkzeugAll = []string{"GHSA-29vq-49wr-vm6x", "GHSA-2g68-c3qc-8985", "GHSA-87hc-h4r5-73f7",
	"GHSA-f9vj-2wh5-fj8j", "GHSA-hgf8-39gv-g3f2", "GHSA-q34m-jh98-gwm2"}

// jinjaBefore3 is every curated Jinja2 advisory except gmj6, which starts
// at 3.0.0.
var jinjaBefore3 = []string{"GHSA-cpwx-vrp4-4pq7", "GHSA-h5c8-rqwp-cp95", "GHSA-h75v-3vvj-5mfj", "GHSA-q2x7-8rv6-6q7h"}

type vector struct {
	Package   string   `json:"package"`
	Version   string   `json:"version"`
	Expected  []string `json:"expected"`
	Withdrawn []string `json:"withdrawn_not_reported"`
	Why       string   `json:"why"`
}

// TestConformanceVectors runs the 30 vectors shipped with the advisory data
// against the embedded index.
func TestConformanceVectors(t *testing.T) {
	data, err := os.ReadFile("testdata/test_vectors.json")
	if err != nil {
		t.Fatal(err)
	}
	var vectors []vector
	if err := json.Unmarshal(data, &vectors); err != nil {
		t.Fatal(err)
	}
	if len(vectors) != 30 {
		t.Fatalf("%d vectors, want 30", len(vectors))
	}
	db := loadDB(t)
	for _, vec := range vectors {
		name := vec.Package + " " + vec.Version
		t.Run(strings.ReplaceAll(name, " ", "@"), func(t *testing.T) {
			v, err := pep440.Parse(vec.Version)
			if err != nil {
				t.Fatal(err)
			}
			snapshot, curated := ids(db, vec.Package, db.Match(vec.Package, v))
			want := vec.Expected
			if len(want) == 0 {
				want = nil
			}
			if !slices.Equal(snapshot, want) {
				t.Errorf("%s (%s): snapshot IDs %v, want %v", name, vec.Why, snapshot, want)
			}
			if !slices.Equal(curated, curatedFor[name]) {
				t.Errorf("%s: curated IDs %v, want %v", name, curated, curatedFor[name])
			}
			for _, w := range vec.Withdrawn {
				if slices.Contains(snapshot, w) {
					t.Errorf("%s: withdrawn %s reported", name, w)
				}
			}
		})
	}
}
