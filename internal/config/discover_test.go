package config

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/flaskguard/flaskguard/internal/finding"
)

func write(t *testing.T, path, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestDiscover(t *testing.T) {
	outside := t.TempDir()
	write(t, filepath.Join(outside, ".flaskguard.toml"), `fail-on = "info"`)
	repo := filepath.Join(outside, "repo")
	write(t, filepath.Join(repo, ".git", "HEAD"), "ref: refs/heads/main\n")
	write(t, filepath.Join(repo, "pyproject.toml"), "[tool.flaskguard]\nfail-on = \"low\"\n")
	write(t, filepath.Join(repo, "svc", "pyproject.toml"), "[project]\nname = \"svc\"\n")
	write(t, filepath.Join(repo, "svc", "app", "views.py"), "")
	write(t, filepath.Join(repo, "own", ".flaskguard.toml"), `fail-on = "critical"`)
	write(t, filepath.Join(repo, "own", "pyproject.toml"), "[tool.flaskguard]\nfail-on = \"medium\"\n")
	write(t, filepath.Join(repo, "broken", "pyproject.toml"), "[tool.flaskguard\n")
	bare := filepath.Join(outside, "bare", "repo")
	write(t, filepath.Join(bare, ".git", "HEAD"), "")

	cases := []struct {
		start  string
		source string // "" = defaults
		failOn finding.Severity
	}{
		// The sub-project's pyproject.toml has no table: the search goes
		// on to the repository's top.
		{filepath.Join(repo, "svc", "app"), filepath.Join(repo, "pyproject.toml"), finding.Low},
		{filepath.Join(repo, "svc", "app", "views.py"), filepath.Join(repo, "pyproject.toml"), finding.Low},
		// .flaskguard.toml wins over pyproject.toml in the same folder.
		{filepath.Join(repo, "own"), filepath.Join(repo, "own", ".flaskguard.toml"), finding.Critical},
		// The search stops at the top of the repository: the file above
		// it is not used.
		{bare, "", finding.High},
	}
	for _, c := range cases {
		cfg, err := Discover(c.start)
		if err != nil {
			t.Errorf("Discover(%s): %v", c.start, err)
			continue
		}
		if cfg.Source != c.source || cfg.FailOn != c.failOn {
			t.Errorf("Discover(%s) = source %q fail-on %v; want %q %v", c.start, cfg.Source, cfg.FailOn, c.source, c.failOn)
		}
	}
	if _, err := Discover(filepath.Join(repo, "broken")); err == nil {
		t.Error("a malformed pyproject.toml on the way should be an error")
	}
	// Outside any repository the search goes up to the root and finds
	// the file above.
	cfg, err := Discover(filepath.Join(outside, "bare"))
	if err != nil || cfg.Source != filepath.Join(outside, ".flaskguard.toml") {
		t.Errorf("Discover outside a repository = %q, %v", cfg.Source, err)
	}
}
