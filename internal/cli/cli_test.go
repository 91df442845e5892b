package cli

import (
	"bytes"
	"context"
	"flag"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// testEnv runs commands in-process with captured output and no terminal.
func testEnv(stdout, stderr *bytes.Buffer) env {
	return env{
		stdin: strings.NewReader(""), stdout: stdout, stderr: stderr,
		getenv:     func(string) string { return "" },
		isTerminal: func(io.Writer) bool { return false },
	}
}

// The command-line contract: arguments in, exit code and output out. Each
// case's standard output and error are kept as a golden file, so any change
// in what users see shows up in review.
func TestCLI(t *testing.T) {
	badConfig := filepath.Join(t.TempDir(), "bad.toml")
	if err := os.WriteFile(badConfig, []byte("fail_on = \"high\"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name     string
		args     []string
		wantExit int
	}{
		{"no-args", nil, ExitUsage},
		{"unknown-command", []string{"frobnicate"}, ExitUsage},
		{"version", []string{"version"}, ExitOK},
		{"scan-vulnerable", []string{"scan", "../../examples/vulnerable-app"}, ExitFindings},
		{"scan-flags-after-path", []string{"scan", "../../examples/vulnerable-app/wsgi.py", "--format", "json"}, ExitFindings},
		{"scan-sarif", []string{"scan", "--format", "sarif", "../../examples/vulnerable-app/wsgi.py"}, ExitFindings},
		{"scan-secure", []string{"scan", "../../examples/secure-app"}, ExitOK},
		{"scan-single-file", []string{"scan", "../../examples/vulnerable-app/wsgi.py"}, ExitFindings},
		{"fail-on-critical", []string{"scan", "--fail-on", "critical", "../../examples/vulnerable-app/config.py"}, ExitFindings},
		{"fail-on-critical-clean", []string{"scan", "--fail-on", "critical", "../../examples/vulnerable-app/app.py"}, ExitOK},
		{"fail-on-bad", []string{"scan", "--fail-on", "severe", "../../examples/secure-app"}, ExitUsage},
		{"bad-format", []string{"scan", "--format", "xml", "../../examples/secure-app"}, ExitUsage},
		{"missing-path", []string{"scan", "does/not/exist"}, ExitUsage},
		{"bad-config", []string{"scan", "--config", badConfig, "../../examples/secure-app"}, ExitUsage},
		{"unknown-flag", []string{"scan", "--frobnicate"}, ExitUsage},
		{"rules", []string{"rules"}, ExitOK},
		{"explain", []string{"explain", "FG0303"}, ExitOK},
		{"explain-unknown", []string{"explain", "FG9999"}, ExitUsage},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			code := run(context.Background(), c.args, testEnv(&stdout, &stderr))
			if code != c.wantExit {
				t.Errorf("exit code %d, want %d\nstderr: %s", code, c.wantExit, stderr.String())
			}
			got := "exit: " + itoa(code) + "\n-- stdout --\n" + stdout.String() + "-- stderr --\n" + stderr.String()
			golden(t, filepath.Join("testdata", c.name+".golden"), normalise(got, badConfig))
		})
	}
}

// normalise replaces what differs between machines: the absolute checkout
// path and temporary folders.
func normalise(s, badConfig string) string {
	wd, _ := os.Getwd()
	repo := filepath.Dir(filepath.Dir(wd))
	s = strings.ReplaceAll(s, badConfig, "<TMP>/bad.toml")
	s = strings.ReplaceAll(s, repo, "<REPO>")
	return regexp.MustCompile(`"(read|parse|analyze|total)_ns": \d+`).ReplaceAllString(s, `"${1}_ns": 0`)
}

func itoa(n int) string { return string(rune('0' + n)) }

func golden(t *testing.T, path, got string) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./internal/cli -update)", err)
	}
	if string(want) != got {
		t.Errorf("output differs from %s (run with -update if intended):\n%s", path, got)
	}
}

// A terminal gets colour unless NO_COLOR is set.
func TestColourOnlyOnTerminal(t *testing.T) {
	for _, c := range []struct {
		terminal bool
		noColor  string
		want     bool
	}{{true, "", true}, {true, "1", false}, {false, "", false}} {
		var stdout, stderr bytes.Buffer
		e := testEnv(&stdout, &stderr)
		e.isTerminal = func(io.Writer) bool { return c.terminal }
		e.getenv = func(k string) string {
			if k == "NO_COLOR" {
				return c.noColor
			}
			return ""
		}
		run(context.Background(), []string{"scan", "../../examples/vulnerable-app/wsgi.py"}, e)
		if got := strings.Contains(stdout.String(), "\x1b["); got != c.want {
			t.Errorf("terminal=%v NO_COLOR=%q: colour=%v, want %v", c.terminal, c.noColor, got, c.want)
		}
	}
}

// --output writes the report to a file and nothing to standard output.
func TestOutputFile(t *testing.T) {
	out := filepath.Join(t.TempDir(), "report.sarif")
	var stdout, stderr bytes.Buffer
	code := run(context.Background(), []string{"scan", "--format", "sarif", "--output", out, "../../examples/vulnerable-app"}, testEnv(&stdout, &stderr))
	if code != ExitFindings || stdout.Len() != 0 {
		t.Fatalf("exit %d, stdout %q, stderr %q", code, stdout.String(), stderr.String())
	}
	b, err := os.ReadFile(out)
	if err != nil || !bytes.Contains(b, []byte(`"ruleId": "FG0303"`)) {
		t.Errorf("report file lacks the FG0303 result (err %v)", err)
	}
}
