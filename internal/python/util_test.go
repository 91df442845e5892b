package python

import "testing"

// mustParse parses src as app.py and fails the test on an internal error.
func mustParse(tb testing.TB, src string) *File {
	tb.Helper()
	f, err := Parse("app.py", []byte(src))
	if err != nil {
		tb.Fatalf("Parse: %v", err)
	}
	return f
}
