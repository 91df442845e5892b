package sarif

import (
	"net/url"
	"strings"

	"github.com/owenrumney/go-sarif/v3/pkg/report/v210/sarif"

	"github.com/flaskguard/flaskguard/internal/finding"
	"github.com/flaskguard/flaskguard/internal/report/internal/view"
)

// physical converts a finding location, or returns nil for a location that
// names no file (a diagnostic about the run as a whole).
func (b *builder) physical(loc finding.Location) *sarif.PhysicalLocation {
	if loc.Path == "" {
		return nil
	}
	pl := sarif.NewPhysicalLocation().
		WithArtifactLocation(sarif.NewSimpleArtifactLocation(relativeURI(loc.Path)).WithURIBaseID(srcRoot))
	if rg := b.region(loc); rg != nil {
		pl.WithRegion(rg)
	}
	return pl
}

// region converts a span to a SARIF region. Unknown parts (zero) are left
// out rather than guessed: no start line means no region at all (the whole
// file), no start column means whole lines. Columns become UTF-16 columns
// when the line can be read, and the region carries the exact source text it
// covers as its snippet.
func (b *builder) region(loc finding.Location) *sarif.Region {
	if loc.StartLine < 1 {
		return nil
	}
	rg := sarif.NewRegion().WithStartLine(loc.StartLine)
	if loc.StartCol >= 1 {
		rg.WithStartColumn(b.column(loc.Path, loc.StartLine, loc.StartCol))
	}
	if loc.EndLine >= loc.StartLine {
		rg.WithEndLine(loc.EndLine)
		if loc.EndCol >= 1 {
			rg.WithEndColumn(b.column(loc.Path, loc.EndLine, loc.EndCol))
		}
	}
	if text, ok := b.src.Span(loc); ok {
		rg.WithSnippet(sarif.NewArtifactContent().WithText(text))
	}
	return rg
}

// column converts a byte column to the UTF-16 column that the run's
// columnKind declares, falling back to the byte column when the line is not
// available (equal for ASCII, which Python source nearly always is).
func (b *builder) column(path string, line, byteCol int) int {
	if text, ok := b.src.Line(path, line); ok {
		return view.UTF16Col(text, byteCol)
	}
	return byteCol
}

// relativeURI escapes a slash-separated relative path as a URI reference, so
// that a file named "a b.py" or "x#1.py" stays one path.
func relativeURI(path string) string {
	return (&url.URL{Path: path}).String()
}

// rootURI returns the file URI of an absolute scan root, with the trailing
// slash that SARIF requires of a base URI, or "" for a relative root: a
// relative base would resolve against the reader's directory, not the
// scanner's, and leaving %SRCROOT% unbound lets the consumer bind it.
func rootURI(root string) string {
	p := root
	switch {
	case strings.HasPrefix(p, "/"):
	case len(p) >= 3 && p[1] == ':' && (p[2] == '\\' || p[2] == '/'): // a Windows drive path
		p = "/" + strings.ReplaceAll(p, `\`, "/")
	default:
		return ""
	}
	if !strings.HasSuffix(p, "/") {
		p += "/"
	}
	return (&url.URL{Scheme: "file", Path: p}).String()
}
