package confsrc

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/flaskguard/flaskguard/internal/finding"
)

// dockerInstructions are the instructions Docker knows; any other word at
// the start of a line is an error, as it is for `docker build`.
var dockerInstructions = map[string]bool{
	"FROM": true, "RUN": true, "CMD": true, "LABEL": true, "MAINTAINER": true, "EXPOSE": true,
	"ENV": true, "ADD": true, "COPY": true, "ENTRYPOINT": true, "VOLUME": true, "USER": true,
	"WORKDIR": true, "ARG": true, "ONBUILD": true, "STOPSIGNAL": true, "HEALTHCHECK": true, "SHELL": true,
}

// instruction is one logical line of a Dockerfile: continuation lines
// joined, comment lines inside the continuation dropped.
type instruction struct {
	text string
	// pieces map offsets of text back to the source: pieces[i].at is
	// where in text a physical line's content starts, pieces[i].src
	// where that content is in the source.
	pieces   []piece
	from, to int // source span of the whole instruction
}

type piece struct{ at, src int }

// srcOff maps an offset in the joined text to an offset in the source.
// An end offset that falls where two physical lines meet belongs to the
// first of them, a start offset to the second.
func (in *instruction) srcOff(i int, isEnd bool) int {
	p := in.pieces[0]
	for _, q := range in.pieces[1:] {
		if q.at > i || (isEnd && q.at == i) {
			break
		}
		p = q
	}
	return p.src + i - p.at
}

// loc returns the source location of the text span [from, to). An empty
// span where two physical lines meet stays on the first of them, so that
// it cannot end before it starts.
func (r *dockerReader) loc(in *instruction, from, to int) finding.Location {
	end := in.srcOff(to, true)
	if from >= to {
		return r.ls.Loc(r.f.Path, end, end)
	}
	return r.ls.Loc(r.f.Path, in.srcOff(from, false), end)
}

// dockerReader holds the state of one Dockerfile read.
type dockerReader struct {
	f      *File
	ls     lines
	errs   errorList
	escape byte
	stage  string
	stages int
}

// readDockerfile reads ENV and ARG settings and RUN, CMD and ENTRYPOINT
// commands, stage by stage. It honours the `escape` parser directive and
// skips the bodies of heredocs (RUN <<EOF ... EOF).
func readDockerfile(f *File) error {
	r := &dockerReader{f: f, ls: indexLines(f.Source), escape: '\\'}
	src := f.Source
	directives := true
	for off := 0; off < len(src); {
		i, end := skipBlanks(src, off), lineEnd(src, off)
		line, _ := r.ls.Pos(off)
		if i < end && src[i] == '#' {
			text := string(src[i:end])
			f.Comments[line] = text
			if directives {
				r.directive(text)
			}
			off = nextLine(src, off)
			continue
		}
		directives = false
		if i >= end {
			off = nextLine(src, off)
			continue
		}
		in, next := r.logical(i)
		off = r.instruction(in, next)
	}
	return r.errs.first
}

// directive applies a parser directive line ("# escape=`").
func (r *dockerReader) directive(text string) {
	name, value, ok := strings.Cut(strings.TrimSpace(strings.TrimPrefix(text, "#")), "=")
	if ok && strings.EqualFold(strings.TrimSpace(name), "escape") {
		if v := strings.TrimSpace(value); v == "`" || v == "\\" {
			r.escape = v[0]
		}
	}
}

// logical joins the physical lines of the instruction starting at off and
// returns it with the offset of the line after it.
func (r *dockerReader) logical(off int) (*instruction, int) {
	src := r.f.Source
	in := &instruction{from: off}
	var b strings.Builder
	for first := true; off < len(src); first = false {
		i, end := off, lineEnd(src, off)
		if !first {
			i = skipBlanks(src, off)
			if i >= end {
				// Docker skips blank lines inside a continuation.
				off = nextLine(src, off)
				continue
			}
			if src[i] == '#' {
				// Comment lines inside a continuation are dropped.
				line, _ := r.ls.Pos(off)
				r.f.Comments[line] = string(src[i:end])
				off = nextLine(src, off)
				continue
			}
			i = off
		}
		content := trimBlanksRight(src, i, end)
		cont := content > i && src[content-1] == r.escape
		if cont {
			content--
		}
		in.pieces = append(in.pieces, piece{at: b.Len(), src: i})
		b.Write(src[i:content])
		in.to = end
		off = nextLine(src, off)
		if !cont {
			break
		}
	}
	in.text = b.String()
	return in, off
}

// instruction records what one instruction sets or runs and returns the
// offset where reading goes on (past any heredoc body).
func (r *dockerReader) instruction(in *instruction, next int) int {
	line, _ := r.ls.Pos(in.from)
	name, rest, restAt := in.text, "", len(in.text)
	if i := strings.IndexAny(in.text, " \t"); i >= 0 {
		name, rest, restAt = in.text[:i], in.text[i+1:], i+1
	}
	upper := strings.ToUpper(name)
	if !dockerInstructions[upper] {
		r.errs.add(r.f.Path, line, "unknown instruction %q", name)
		return next
	}
	if delim, strip, ok := heredoc(rest); ok && (upper == "RUN" || upper == "COPY" || upper == "ADD") {
		body, after := r.heredocBody(next, delim, strip)
		if upper == "RUN" {
			r.command(in, upper, restAt, rest, body)
		}
		return after
	}
	switch upper {
	case "FROM":
		r.from(rest)
	case "ENV", "ARG":
		r.settings(in, upper, restAt, rest)
	case "RUN", "CMD", "ENTRYPOINT":
		r.command(in, upper, restAt, rest, "")
	}
	return next
}

// from starts a new build stage.
func (r *dockerReader) from(rest string) {
	ws, _ := splitWords(rest, plainMode, r.escape)
	for len(ws) > 0 && strings.HasPrefix(ws[0].text, "--") {
		ws = ws[1:] // --platform=...
	}
	r.stage = fmt.Sprintf("stage %d", r.stages)
	if len(ws) >= 3 && strings.EqualFold(ws[1].text, "AS") {
		r.stage = ws[2].text
	}
	r.stages++
}

// settings reads ENV and ARG: "KEY=value KEY2=value" pairs, the legacy
// "ENV KEY value with spaces", and ARGs without a default (skipped: they
// set nothing).
func (r *dockerReader) settings(in *instruction, directive string, restAt int, rest string) {
	line, _ := r.ls.Pos(in.from)
	ws, err := splitWords(rest, plainMode, r.escape)
	if err != nil {
		r.errs.add(r.f.Path, line, "%s: %v", directive, err)
		return
	}
	if len(ws) == 0 {
		r.errs.add(r.f.Path, line, "%s needs at least one argument", directive)
		return
	}
	scope := r.stage
	raw := func(w word) string { return rest[w.start:w.end] }
	if directive == "ENV" && !strings.Contains(raw(ws[0]), "=") {
		if len(ws) < 2 {
			r.errs.add(r.f.Path, line, "ENV %s needs a value", ws[0].text)
			return
		}
		last := ws[len(ws)-1]
		r.f.Settings = append(r.f.Settings, Setting{Key: ws[0].text, Value: strings.Join(texts(ws[1:]), " "),
			Scope: scope, Directive: directive,
			Loc:      r.loc(in, restAt+ws[0].start, restAt+last.end),
			ValueLoc: r.loc(in, restAt+ws[1].start, restAt+last.end)})
		return
	}
	for _, w := range ws {
		eq := strings.IndexByte(raw(w), '=')
		if eq < 0 {
			if directive == "ENV" {
				r.errs.add(r.f.Path, line, "ENV %s has no '=': mixing KEY=value and legacy forms", w.text)
			}
			continue
		}
		key, value, _ := strings.Cut(w.text, "=")
		r.f.Settings = append(r.f.Settings, Setting{Key: key, Value: value, Scope: scope, Directive: directive,
			Loc:      r.loc(in, restAt+w.start, restAt+w.end),
			ValueLoc: r.loc(in, restAt+w.start+eq+1, restAt+w.end)})
	}
}

// command records RUN, CMD or ENTRYPOINT in exec form (a JSON array) or
// shell form. A RUN with a heredoc runs its body with the shell.
func (r *dockerReader) command(in *instruction, directive string, restAt int, rest, body string) {
	line, _ := r.ls.Pos(in.from)
	text := strings.TrimSpace(rest)
	cmd := Command{Text: text, Scope: r.stage, Directive: directive,
		Loc: r.ls.Loc(r.f.Path, in.from, in.to)}
	if body != "" {
		cmd.Args = []string{"/bin/sh", "-c", body}
		cmd.Text = text + "\n" + body
		r.f.Commands = append(r.f.Commands, cmd)
		return
	}
	var exec []string
	if strings.HasPrefix(text, "[") && json.Unmarshal([]byte(text), &exec) == nil {
		cmd.Args, cmd.Exec = exec, true
	} else {
		// Not valid JSON: Docker runs it with the shell, and so do we.
		ws, err := splitWords(rest, shellMode, '\\')
		if err != nil {
			r.errs.add(r.f.Path, line, "%s: %v", directive, err)
			return
		}
		cmd.Args = texts(ws)
		if j := commentStart(rest); j >= 0 {
			// The shell ignores it; inline suppressions read it.
			cline, _ := r.ls.Pos(in.srcOff(restAt+j, false))
			r.f.Comments[cline] = rest[j:]
		}
	}
	r.f.Commands = append(r.f.Commands, cmd)
}

// heredoc finds "<<WORD", "<<-WORD" or a quoted WORD in an instruction.
func heredoc(rest string) (delim string, stripTabs, ok bool) {
	i := strings.Index(rest, "<<")
	if i < 0 {
		return "", false, false
	}
	s := rest[i+2:]
	if strings.HasPrefix(s, "-") {
		stripTabs, s = true, s[1:]
	}
	s = strings.TrimLeft(s, "\"'")
	end := 0
	for end < len(s) && isEnvName(s[:end+1]) {
		end++
	}
	if end == 0 {
		return "", false, false
	}
	return s[:end], stripTabs, true
}

// heredocBody returns the lines from off up to the delimiter line and the
// offset after it. A body that never ends runs to the end of the file.
func (r *dockerReader) heredocBody(off int, delim string, stripTabs bool) (string, int) {
	src := r.f.Source
	var body []string
	for off < len(src) {
		line := string(src[off:lineEnd(src, off)])
		off = nextLine(src, off)
		if stripTabs {
			line = strings.TrimLeft(line, "\t")
		}
		if line == delim {
			break
		}
		body = append(body, line)
	}
	return strings.Join(body, "\n"), off
}
