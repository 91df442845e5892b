package manifest

import (
	"bytes"
	"sort"
	"strings"

	"github.com/flaskguard/flaskguard/internal/finding"
	"github.com/flaskguard/flaskguard/internal/pep440"
)

// readRequirements reads a pip requirements file (requirements.txt,
// pip-tools' .in files, constraints files) the way pip reads it: lines
// ending in a backslash continue on the next line, a comment starts at a
// '#' at the start of a line or after a blank (so "#egg=" in a URL stays),
// options after a requirement (--hash) belong to it, and option lines
// other than -r, -c and -e only configure pip. Local projects ("-e .",
// "./pkg") are skipped: they are the code under audit, not a dependency.
func readRequirements(f *File, src []byte) (*File, error) {
	r := &reqReader{f: f, src: src, ls: indexLines(src)}
	for off := 0; off < len(src); {
		off = r.logicalLine(off)
		r.line()
	}
	return f, r.errs.err()
}

type reqReader struct {
	f    *File
	src  []byte
	ls   lines
	errs errorList
	// buf is the current logical line; segs map its bytes back to the
	// source, one segment per physical line. Both are reused across lines.
	buf  []byte
	segs []segment
}

// segment says that the logical line from byte at on was read from the
// source at offset src.
type segment struct{ at, src int }

// logicalLine collects the physical lines from off that continue each
// other into r.buf and returns where the next logical line starts. As in
// pip, a comment line never continues and ends a continued line.
func (r *reqReader) logicalLine(off int) int {
	r.buf, r.segs = r.buf[:0], r.segs[:0]
	for off < len(r.src) {
		text := r.src[off:lineEnd(r.src, off)]
		next := nextLine(r.src, off)
		if isCommentLine(text) {
			return next
		}
		cont := len(text) > 0 && text[len(text)-1] == '\\'
		if cont {
			text = bytes.TrimRight(text, "\\")
		}
		r.segs = append(r.segs, segment{at: len(r.buf), src: off})
		r.buf = append(r.buf, text...)
		off = next
		if !cont {
			break
		}
	}
	return off
}

// line reads the logical line in r.buf.
func (r *reqReader) line() {
	s := string(r.buf)
	for i := 0; i < len(s); i++ {
		if s[i] == '#' && (i == 0 || isBlank(s[i-1])) {
			s = s[:i]
			break
		}
	}
	toks := tokenize(s)
	if len(toks) == 0 {
		return
	}
	if toks[0].text[0] == '-' {
		r.options(toks)
		return
	}
	// The requirement runs up to the first option (--hash=..., as pip's
	// break_args_options splits it).
	n := 0
	for n < len(toks) && toks[n].text[0] != '-' {
		n++
	}
	start, end := toks[0].start, toks[n-1].end
	r.requirement(s[start:end], start, end, false)
}

// options reads an option line; only -r, -c and -e matter to an audit.
func (r *reqReader) options(toks []token) {
	for k := 0; k < len(toks); k++ {
		t := toks[k]
		name, val, valStart, has := splitOption(t)
		if !has && optionTakesValue(name) && k+1 < len(toks) {
			k++
			val, valStart, has = toks[k].text, toks[k].start, true
		}
		end := toks[k].end
		switch name {
		case "-r", "--requirement", "-c", "--constraint":
			if !has {
				r.errs.add(r.f.Path, r.loc(t.start, end).StartLine, "option %s needs a file name", name)
				continue
			}
			r.f.Includes = append(r.f.Includes, Include{Path: unquote(val),
				Constraint: name == "-c" || name == "--constraint", Loc: r.loc(t.start, end)})
		case "-e", "--editable":
			if !has {
				r.errs.add(r.f.Path, r.loc(t.start, end).StartLine, "option %s needs a path or URL", name)
				continue
			}
			r.requirement(val, valStart, end, true)
		}
	}
}

// requirement records the requirement text s, which spans [start, end) of
// the logical line.
func (r *reqReader) requirement(s string, start, end int, editable bool) {
	loc := r.loc(start, end)
	req, ok, err := parseRequirementLine(s)
	if err != nil {
		r.errs.add(r.f.Path, loc.StartLine, "invalid requirement %q: %v", s, err)
		return
	}
	if ok {
		req.Editable, req.Loc = editable, loc
		r.f.Requirements = append(r.f.Requirements, req)
	}
}

// loc maps [start, end) of the logical line to a location in the source.
func (r *reqReader) loc(start, end int) finding.Location {
	from := r.srcOffset(start)
	to := from
	if end > start {
		// Map the last byte, not the end, so that a span ending where a
		// physical line ends stays on that line.
		to = r.srcOffset(end-1) + 1
	}
	return r.ls.Loc(r.f.Path, from, to)
}

func (r *reqReader) srcOffset(i int) int {
	k := sort.Search(len(r.segs), func(k int) bool { return r.segs[k].at > i }) - 1
	if k < 0 {
		return 0
	}
	return r.segs[k].src + i - r.segs[k].at
}

// parseRequirementLine reads a requirement of a requirements file: PEP 508,
// or a URL or path, which pip also accepts. It reports false for local
// projects and URLs whose project name cannot be told without building
// them.
func parseRequirementLine(s string) (Requirement, bool, error) {
	if !isDirectRef(s) {
		p, err := parsePEP508(s)
		if err != nil {
			return Requirement{}, false, err
		}
		return p.requirement("", finding.Location{}), true, nil
	}
	return parseDirectRef(s)
}

// isDirectRef tells a URL or path from a PEP 508 requirement: project
// names hold no ':', '/' or '\', nor start with '.' or '~', and an archive
// file name (flask-2.2.0.tar.gz) is a path even though it looks like a
// name. "name @ url" is PEP 508.
func isDirectRef(s string) bool {
	i := scanName(s, skipBlanks(s, 0))
	if j := skipBlanks(s, i); j < len(s) && s[j] == '[' {
		if k := strings.IndexByte(s[j:], ']'); k >= 0 {
			i = j + k + 1
		}
	}
	if j := skipBlanks(s, i); i > 0 && j < len(s) && s[j] == '@' {
		return false
	}
	first := strings.TrimSpace(s)
	if k := strings.IndexAny(first, " \t;"); k >= 0 {
		first = first[:k]
	}
	if first == "" {
		return false
	}
	if strings.ContainsAny(first, ":/\\") || first[0] == '.' || first[0] == '~' {
		return true
	}
	_, ok := archiveStem(first)
	return ok
}

// parseDirectRef reads "URL-or-path[extras] ; marker". The project name
// comes from an "#egg=name" fragment or from a wheel or sdist file name,
// which also gives the one version it installs.
func parseDirectRef(s string) (Requirement, bool, error) {
	url, marker := strings.TrimSpace(s), ""
	// pip only splits a marker off a URL at a ';' next to a blank, since
	// ';' may appear in URLs.
	for i := 0; i < len(url); i++ {
		if url[i] == ';' && (i > 0 && isBlank(url[i-1]) || i+1 < len(url) && isBlank(url[i+1])) {
			url, marker = strings.TrimSpace(url[:i]), strings.TrimSpace(url[i+1:])
			break
		}
	}
	req := Requirement{URL: url, Marker: marker}
	name := ""
	if i := strings.IndexByte(url, '#'); i >= 0 {
		for _, kv := range strings.Split(url[i+1:], "&") {
			if v, ok := strings.CutPrefix(kv, "egg="); ok {
				name = v
			}
		}
	} else if i := strings.LastIndexByte(url, '['); i > 0 && strings.HasSuffix(url, "]") && !strings.Contains(url, "://") {
		// A local path with extras: ./pkg[dev].
		extras, err := parseExtras(url[i+1 : len(url)-1])
		if err != nil {
			return Requirement{}, false, err
		}
		req.Extras, req.URL = extras, url[:i]
	}
	if i := strings.IndexByte(name, '['); i > 0 && strings.HasSuffix(name, "]") {
		extras, err := parseExtras(name[i+1 : len(name)-1])
		if err != nil {
			return Requirement{}, false, err
		}
		req.Extras, name = extras, name[:i]
	}
	if name == "" {
		name, req.Version = nameFromArchive(req.URL)
	}
	if end := scanName(name, 0); name == "" || end != len(name) || isNameSep(name[end-1]) {
		return Requirement{}, false, nil
	}
	req.Name, req.Normalized = name, pep440.NormalizeName(name)
	return req, true, nil
}

// nameFromArchive reads the project name and version from the file name at
// the end of a URL or path: name-version-tags.whl, or name-version.tar.gz
// and the other sdist extensions.
func nameFromArchive(url string) (name, version string) {
	if i := strings.IndexAny(url, "?#"); i >= 0 {
		url = url[:i]
	}
	base := url[strings.LastIndexAny(url, "/\\")+1:]
	if stem, ok := strings.CutSuffix(base, ".whl"); ok {
		// Wheel names escape '-' in the name and version as '_'.
		if parts := strings.Split(stem, "-"); len(parts) >= 5 {
			return parts[0], parts[1]
		}
		return "", ""
	}
	stem, ok := archiveStem(base)
	if !ok {
		return "", ""
	}
	for i := len(stem) - 2; i > 0; i-- {
		if stem[i] == '-' && stem[i+1] >= '0' && stem[i+1] <= '9' {
			return stem[:i], stem[i+1:]
		}
	}
	return "", ""
}

// archiveStem strips a wheel or sdist extension, in any case.
func archiveStem(base string) (string, bool) {
	for _, ext := range [...]string{".whl", ".tar.gz", ".tar.bz2", ".tar.xz", ".tgz", ".zip"} {
		if n := len(base) - len(ext); n >= 0 && strings.EqualFold(base[n:], ext) {
			return base[:n], true
		}
	}
	return "", false
}

// token is a blank-separated word of a logical line and where it is.
type token struct {
	text       string
	start, end int
}

func tokenize(s string) []token {
	var toks []token
	for i := 0; i < len(s); {
		i = skipBlanks(s, i)
		j := i
		for j < len(s) && !isBlank(s[j]) {
			j++
		}
		if j > i {
			toks = append(toks, token{text: s[i:j], start: i, end: j})
		}
		i = j
	}
	return toks
}

// splitOption splits "--opt=value" and the short forms pip allows glued to
// their value ("-rbase.txt", "-e.") into name and value.
func splitOption(t token) (name, val string, valStart int, has bool) {
	if strings.HasPrefix(t.text, "--") {
		if i := strings.IndexByte(t.text, '='); i >= 0 {
			return t.text[:i], t.text[i+1:], t.start + i + 1, true
		}
		return t.text, "", 0, false
	}
	if len(t.text) > 2 && strings.IndexByte("rcefi", t.text[1]) >= 0 {
		return t.text[:2], t.text[2:], t.start + 2, true
	}
	return t.text, "", 0, false
}

// optionTakesValue lists pip's requirements-file options that take an
// argument, so that the argument is not read as an option.
func optionTakesValue(name string) bool {
	switch name {
	case "-r", "--requirement", "-c", "--constraint", "-e", "--editable", "-i", "--index-url",
		"--extra-index-url", "-f", "--find-links", "--trusted-host", "--no-binary", "--only-binary",
		"--use-feature", "--hash", "--config-settings", "--global-option", "--install-option":
		return true
	}
	return false
}

// unquote strips the quotes pip's shell-like splitting would remove.
func unquote(s string) string {
	if len(s) >= 2 && (s[0] == '"' || s[0] == '\'') && s[len(s)-1] == s[0] {
		return s[1 : len(s)-1]
	}
	return s
}

// isCommentLine reports whether a line holds only a comment.
func isCommentLine(text []byte) bool {
	t := bytes.TrimLeft(text, " \t")
	return len(t) > 0 && t[0] == '#'
}

// lineEnd returns the offset of the end of the line holding off, before
// its "\n" or "\r\n".
func lineEnd(src []byte, off int) int {
	start := off
	for off < len(src) && src[off] != '\n' {
		off++
	}
	if off > start && src[off-1] == '\r' {
		off--
	}
	return off
}

// nextLine returns the offset of the start of the line after the one
// holding off (len(src) on the last line).
func nextLine(src []byte, off int) int {
	for off < len(src) && src[off] != '\n' {
		off++
	}
	return min(off+1, len(src))
}
