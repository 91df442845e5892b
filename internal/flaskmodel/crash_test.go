package flaskmodel

import (
	"strings"
	"testing"

	"github.com/flaskguard/flaskguard/internal/finding"
	"github.com/flaskguard/flaskguard/internal/project"
	"github.com/flaskguard/flaskguard/internal/python"
)

// A module whose walk panics (here: a file with no syntax tree, which the
// loader never produces) is left out and named, and the panic does not
// escape the worker goroutine.
func TestCollectModuleContainsCrash(t *testing.T) {
	m := &project.Module{Name: "broken", File: &python.File{Path: "broken.py"}}
	out := collectModule(nil, nil, m)
	if len(out.crashes) != 1 {
		t.Fatalf("crashes = %v, want one", out.crashes)
	}
	c := out.crashes[0]
	if c.Kind != finding.InternalError || c.Location.Path != "broken.py" || !strings.Contains(c.Message, "crash") {
		t.Errorf("crash diagnostic = %+v", c)
	}
}
