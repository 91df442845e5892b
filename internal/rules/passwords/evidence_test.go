package passwords

import (
	"reflect"
	"testing"

	"github.com/flaskguard/flaskguard/internal/rules/ruletest"
)

// FG0902 records where passwords are hashed well; the weak call in the
// werkzeug project is still reported, and is not cited as evidence.
func TestHashingEvidence(t *testing.T) {
	for dir, want := range map[string][]string{
		"testdata/werkzeug": {"auth.py:13 passwords hashed with werkzeug generate_password_hash (auth.py:13)"},
		"testdata/bcrypt":   {"app.py:5 passwords hashed with Flask-Bcrypt (app.py:5)"},
	} {
		_, evidence := ruletest.ScanDir(t, dir, &WeakPasswordHashSettings)
		if !reflect.DeepEqual(evidence, want) {
			t.Errorf("%s: evidence %q, want %q", dir, evidence, want)
		}
	}
}
