package cli

import (
	"bytes"
	"context"
	"strings"
	"testing"
)

// A panic that escapes every containment inside the scan still ends in the
// internal-error exit code with a message, not in Go's exit code 2 (which
// means a usage error here).
func TestPanicIsInternalError(t *testing.T) {
	var stdout, stderr bytes.Buffer
	e := testEnv(&stdout, &stderr)
	e.getenv = func(string) string { panic("boom") }
	code := run(context.Background(), []string{"scan", "../../examples/secure-app"}, e)
	if code != ExitInternal {
		t.Errorf("exit code %d, want %d", code, ExitInternal)
	}
	if !strings.Contains(stderr.String(), "flaskguard: internal error: boom") {
		t.Errorf("stderr does not name the panic:\n%s", stderr.String())
	}
}
