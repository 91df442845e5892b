package suppress

import (
	"errors"
	"path"
	"testing"
)

func TestPathPattern(t *testing.T) {
	tests := []struct {
		pattern, file string
		want          bool
	}{
		{"", "app.py", true},
		{"", "a/b/c.py", true},
		{"tests/**", "tests/test_a.py", true},
		{"tests/**", "tests/unit/test_a.py", true},
		{"tests/**", "app/tests/test_a.py", false}, // a slash anchors the pattern
		{"tests/**", "tests_old/a.py", false},
		{"tests", "app/tests/test_a.py", true}, // no slash: any depth, and a directory covers its contents
		{"tests/", "tests/x.py", true},
		{"tests/", "app/tests/x.py", true},
		{"legacy/*.py", "legacy/old.py", true},
		{"legacy/*.py", "legacy/sub/old.py", false}, // '*' stays within a segment
		{"legacy/*.py", "app/legacy/old.py", false},
		{"*.py", "a/b/c.py", true},
		{"*_test.py", "pkg/views_test.py", true},
		{"conftest.py", "conftest.py", true},
		{"conftest.py", "pkg/sub/conftest.py", true},
		{"conftest.py", "conftest_py.py", false},
		{"/app.py", "app.py", true},
		{"/app.py", "sub/app.py", false},
		{"**/migrations/**", "db/migrations/0001.py", true},
		{"**/migrations/**", "migrations/0001.py", true},
		{"app/**/views.py", "app/views.py", true},
		{"app/**/views.py", "app/a/b/views.py", true},
		{"app/**/views.py", "app/a/b/models.py", false},
		{"src/app?.py", "src/app1.py", true},
		{"src/app?.py", "src/app12.py", false},
		{"src/[ab].py", "src/a.py", true},
		{"src/[ab].py", "src/c.py", false},
		{"a//b.py", "a/b.py", true},
		{"tests/**", "./tests/x.py", true},
	}
	for _, tt := range tests {
		p, err := compilePattern(tt.pattern)
		if err != nil {
			t.Fatalf("compilePattern(%q): %v", tt.pattern, err)
		}
		if got := p.match(tt.file); got != tt.want {
			t.Errorf("pattern %q on %q = %v, want %v", tt.pattern, tt.file, got, tt.want)
		}
	}
}

func TestPathPatternInvalid(t *testing.T) {
	_, err := compilePattern("src/[.py")
	if !errors.Is(err, path.ErrBadPattern) {
		t.Fatalf("compilePattern(%q) error = %v, want path.ErrBadPattern", "src/[.py", err)
	}
	if got, want := err.Error(), `path pattern "src/[.py": syntax error in pattern`; got != want {
		t.Errorf("error = %q, want %q", got, want)
	}
}
