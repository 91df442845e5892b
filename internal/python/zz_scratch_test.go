package python

import (
	"os"
	"testing"
)

func TestScratch(t *testing.T) {
	src, err := os.ReadFile(os.Getenv("SCRATCH"))
	if err != nil {
		t.Skip()
	}
	f, err := Parse("x.py", src)
	if err != nil {
		t.Fatal(err)
	}
	t.Log("\n" + dumpBody(f.Module.Body))
	for _, e := range f.Errors {
		t.Logf("error %d:%d %s", e.Span.Start.Line, e.Span.Start.Col, e.Message)
	}
	t.Log(f.Comments)
}
