package report_test

import (
	"bytes"
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/flaskguard/flaskguard/internal/finding"
	"github.com/flaskguard/flaskguard/internal/report"
)

// goldenCase is one snapshot of what a user or a tool sees.
type goldenCase struct {
	name   string
	format string
	opt    report.Options
	result *finding.Result
}

func goldenCases(t *testing.T) []goldenCase {
	src := report.Options{Source: readSource}
	frames, framesSrc := framesFixture()
	return []goldenCase{
		{"text", "text", src, fixture(t)},
		{"text-color", "text", report.Options{Source: readSource, Color: true}, fixture(t)},
		{"text-verbose", "text", report.Options{Source: readSource, Verbose: true}, fixture(t)},
		{"text-nosource", "text", report.Options{}, fixture(t)},
		{"text-empty", "text", src, emptyFixture()},
		{"text-frames", "text", report.Options{Source: framesSrc}, frames},
		{"json", "json", src, fixture(t)},
		{"json-empty", "json", src, emptyFixture()},
		{"sarif", "sarif", src, fixture(t)},
		{"sarif-nosource", "sarif", report.Options{}, fixture(t)},
		{"sarif-empty", "sarif", src, emptyFixture()},
		{"scorecard", "scorecard", src, fixture(t)},
		{"scorecard-color", "scorecard", report.Options{Color: true}, fixture(t)},
		{"scorecard-empty", "scorecard", src, emptyFixture()},
	}
}

// render writes r in format and fails the test on any error.
func render(t *testing.T, format string, opt report.Options, r *finding.Result) []byte {
	t.Helper()
	w, err := report.New(format, opt)
	if err != nil {
		t.Fatalf("New(%q): %v", format, err)
	}
	var buf bytes.Buffer
	if err := w.Write(&buf, r); err != nil {
		t.Fatalf("Write(%s): %v", format, err)
	}
	return buf.Bytes()
}

func TestGolden(t *testing.T) {
	for _, c := range goldenCases(t) {
		t.Run(c.name, func(t *testing.T) {
			got := render(t, c.format, c.opt, c.result)
			checkGolden(t, c.name, got)
			// Deterministic means byte-identical on a second run, too.
			if again := render(t, c.format, c.opt, c.result); !bytes.Equal(got, again) {
				t.Error("two renders of the same result differ")
			}
		})
	}
}

func TestNewRejectsUnknownFormat(t *testing.T) {
	_, err := report.New("xml", report.Options{})
	if err == nil {
		t.Fatal("New(xml) succeeded")
	}
	for _, f := range report.Formats() {
		if !strings.Contains(err.Error(), f) {
			t.Errorf("error %q does not list format %q", err, f)
		}
	}
	for _, f := range report.Formats() {
		if _, err := report.New(f, report.Options{}); err != nil {
			t.Errorf("New(%q): %v", f, err)
		}
	}
}

// TestWritersDoNotMutate checks the promise that writers only read the
// Result: the fixture's findings are out of order, and every writer sorts,
// so a writer sorting in place would show here.
func TestWritersDoNotMutate(t *testing.T) {
	for _, format := range report.Formats() {
		r, pristine := fixture(t), fixture(t)
		render(t, format, report.Options{Source: readSource, Verbose: true}, r)
		if !reflect.DeepEqual(r, pristine) {
			t.Errorf("%s writer modified the Result", format)
		}
	}
}

type failingWriter struct{ err error }

func (f failingWriter) Write([]byte) (int, error) { return 0, f.err }

func TestWriteErrorsAreWrapped(t *testing.T) {
	cause := errors.New("disk full")
	for _, format := range report.Formats() {
		w, err := report.New(format, report.Options{})
		if err != nil {
			t.Fatal(err)
		}
		err = w.Write(failingWriter{cause}, emptyFixture())
		if !errors.Is(err, cause) {
			t.Errorf("%s: Write error %v does not wrap the cause", format, err)
		}
	}
}
