package advisories

import (
	"testing"

	"github.com/flaskguard/flaskguard/internal/pep440"
)

// BenchmarkLoad measures decoding the embedded index, which every scan that
// checks dependencies pays once.
func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		if _, err := Load(); err != nil {
			b.Fatal(err)
		}
	}
}

// benchLookups returns 1,000 (package, version) pairs spread over the
// database: every mentioned version of the first packages, cycled.
func benchLookups(b *testing.B, db *DB) ([]string, []pep440.Version) {
	b.Helper()
	var pkgs []string
	var vers []pep440.Version
	for len(pkgs) < 1000 {
		for _, p := range db.Packages() {
			for _, v := range db.KnownVersions(p) {
				pkgs, vers = append(pkgs, p), append(vers, v)
				break
			}
			if len(pkgs) == 1000 {
				break
			}
		}
	}
	return pkgs, vers
}

// BenchmarkMatch measures 1,000 lookups on a warm database (each package
// already compiled), the steady state of a scan.
func BenchmarkMatch(b *testing.B) {
	db := loadDB(b)
	pkgs, vers := benchLookups(b, db)
	for i := range pkgs {
		db.Match(pkgs[i], vers[i])
	}
	b.ResetTimer()
	for b.Loop() {
		for i := range pkgs {
			db.Match(pkgs[i], vers[i])
		}
	}
}

// BenchmarkMatchCold measures Load followed by 1,000 lookups, so each
// package's versions are parsed on first use inside the timing: the cost of
// a one-shot CLI run.
func BenchmarkMatchCold(b *testing.B) {
	db := loadDB(b)
	pkgs, vers := benchLookups(b, db)
	b.ResetTimer()
	for b.Loop() {
		db, err := Load()
		if err != nil {
			b.Fatal(err)
		}
		for i := range pkgs {
			db.Match(pkgs[i], vers[i])
		}
	}
}
