package confsrc

import (
	"bytes"
	"errors"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"

	"github.com/flaskguard/flaskguard/internal/confsrc/tomlpos"
	"github.com/flaskguard/flaskguard/internal/finding"
)

// maxYAMLNodes bounds how many nodes a YAML read visits once aliases are
// expanded: a "billion laughs" file of a few lines would otherwise expand
// to gigabytes. Real configuration files stay far below it.
const maxYAMLNodes = 200_000

// maxYAMLDepth bounds how deep settings nest. A mapping that merges an
// alias of itself (a: &x {b: {<<: *x}}) nests without end, and each level
// lengthens the setting's dotted name, so the node budget alone would
// still let it cost seconds; real configuration nests a few levels.
const maxYAMLDepth = 64

// yamlDoc is a parsed YAML source with what is needed to place its nodes.
type yamlDoc struct {
	f      *File
	ls     lines
	docs   []*yaml.Node
	budget int
	depth  int
}

var (
	errYAMLTooLarge = errors.New("document expands to too many values (recursive or exploding aliases?)")
	errYAMLTooDeep  = errors.New("settings nest too deeply (a recursive alias?)")
)

// parseYAML decodes every document of a YAML source and records its
// comments.
func parseYAML(f *File) (*yamlDoc, error) {
	y := &yamlDoc{f: f, ls: indexLines(f.Source), budget: maxYAMLNodes}
	dec := yaml.NewDecoder(bytes.NewReader(f.Source))
	for {
		var n yaml.Node
		err := dec.Decode(&n)
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, yamlError(f.Path, err, len(y.ls))
		}
		y.docs = append(y.docs, &n)
	}
	hashComments(f, y.ls)
	return y, nil
}

// yamlParserProblems are the endings of the parser's (not the
// scanner's) "did not find expected ..." messages.
var yamlParserProblems = map[string]bool{
	"<document start>": true, "node content": true, "key": true, "'-' indicator": true,
	"',' or ']'": true, "',' or '}'": true,
}

// yamlError turns "yaml: line 7: did not find expected key" into a
// ParseError on line 7.
func yamlError(path string, err error, nlines int) error {
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	line := 0
	if rest, ok := strings.CutPrefix(msg, "line "); ok {
		if num, after, ok := strings.Cut(rest, ": "); ok {
			if n, convErr := strconv.Atoi(num); convErr == nil {
				line, msg = n, after
				// yaml v3 reports parser errors (as opposed to scanner
				// errors) with a 0-based line.
				if yamlParserProblems[strings.TrimPrefix(msg, "did not find expected ")] {
					line++
				}
			}
		}
	}
	// yaml also counts a lone '\r' as a line break; stay within the
	// lines a reader (and our locations) count.
	return &ParseError{Path: path, Line: min(line, nlines), Msg: msg, Err: err}
}

// resolve follows aliases, spending the node budget.
func (y *yamlDoc) resolve(n *yaml.Node) (*yaml.Node, error) {
	for hops := 0; n != nil && n.Kind == yaml.AliasNode; hops++ {
		if hops > 100 {
			return nil, errYAMLTooLarge
		}
		n = n.Alias
	}
	y.budget--
	if y.budget < 0 {
		return nil, errYAMLTooLarge
	}
	return n, nil
}

// pairs returns the key/value pairs of a mapping with merge keys ("<<:
// *defaults") expanded; keys written in the mapping win over merged ones.
func (y *yamlDoc) pairs(m *yaml.Node) ([][2]*yaml.Node, error) {
	var own, merged [][2]*yaml.Node
	for i := 0; i+1 < len(m.Content); i += 2 {
		k, v := m.Content[i], m.Content[i+1]
		if k.Kind == yaml.ScalarNode && k.Value == "<<" && k.Tag == "!!merge" {
			srcs := []*yaml.Node{v}
			if rv, err := y.resolve(v); err != nil {
				return nil, err
			} else if rv.Kind == yaml.SequenceNode {
				srcs = rv.Content
			}
			for _, s := range srcs {
				rs, err := y.resolve(s)
				if err != nil {
					return nil, err
				}
				if rs.Kind == yaml.MappingNode {
					ps, err := y.pairs(rs)
					if err != nil {
						return nil, err
					}
					merged = append(merged, ps...)
				}
			}
			continue
		}
		own = append(own, [2]*yaml.Node{k, v})
	}
	seen := map[string]bool{}
	for _, p := range own {
		seen[p[0].Value] = true
	}
	for _, p := range merged {
		if !seen[p[0].Value] {
			own = append(own, p)
			seen[p[0].Value] = true
		}
	}
	return own, nil
}

// start returns the byte offset of a node. yaml counts columns in
// characters, so the line is walked rune by rune.
func (y *yamlDoc) start(n *yaml.Node) int {
	if n.Line < 1 || n.Line > len(y.ls) {
		// YAML also breaks lines at a lone CR, which the line index does
		// not: a line past the index is on its last line, at its end.
		return lineEnd(y.f.Source, y.ls[len(y.ls)-1])
	}
	off, end := y.ls[n.Line-1], lineEnd(y.f.Source, y.ls[n.Line-1])
	for col := 1; col < n.Column && off < end; col++ {
		_, size := utf8.DecodeRune(y.f.Source[off:end])
		off += size
	}
	return off
}

// end returns the offset just past a node as written: the closing quote of
// a quoted scalar, the last byte of a plain one. Block scalars (| and >)
// and collections end at the end of their first line, an approximation
// that keeps locations on the line a reader looks for.
func (y *yamlDoc) end(n *yaml.Node) int {
	src := y.f.Source
	s := y.start(n)
	switch {
	case n.Kind == yaml.ScalarNode && n.Style&yaml.DoubleQuotedStyle != 0:
		for i := s + 1; i < len(src); i++ {
			if src[i] == '\\' {
				i++
			} else if src[i] == '"' {
				return i + 1
			}
		}
	case n.Kind == yaml.ScalarNode && n.Style&yaml.SingleQuotedStyle != 0:
		for i := s + 1; i < len(src); i++ {
			if src[i] == '\'' {
				if i+1 < len(src) && src[i+1] == '\'' {
					i++
					continue
				}
				return i + 1
			}
		}
	case n.Kind == yaml.AliasNode:
		// "*name": the alias as written, not the anchored value.
		return min(s+1+len(n.Value), lineEnd(src, s))
	case n.Kind == yaml.ScalarNode && n.Style&(yaml.LiteralStyle|yaml.FoldedStyle) == 0:
		if bytes.HasPrefix(src[s:], []byte(n.Value)) {
			return s + len(n.Value)
		}
	}
	return max(s, lineEnd(src, s))
}

// loc returns the location from the start of one node to the end of
// another; if the second lies before the first (an anchored value defined
// earlier), the location covers the first node's line.
func (y *yamlDoc) loc(from, to *yaml.Node) finding.Location {
	s, e := y.start(from), y.end(to)
	if e < s {
		e = lineEnd(y.f.Source, s)
	}
	return y.ls.Loc(y.f.Path, s, e)
}

// settingLocs returns the location of a key (nil for sequence items) and
// its value, and of the value alone. v is the value as written: an alias
// points at the "*name", not at the anchored value far away. An empty
// null value ("key:") gets an empty span just after its key.
func (y *yamlDoc) settingLocs(key, v *yaml.Node) (loc, valueLoc finding.Location) {
	s, e := y.start(v), y.end(v)
	if key != nil && v.Kind == yaml.ScalarNode && v.Tag == "!!null" && v.Value == "" {
		s = y.end(key)
		e = s
	}
	e = max(s, e)
	valueLoc = y.ls.Loc(y.f.Path, s, e)
	if key != nil && y.start(key) <= s {
		s = y.start(key)
	}
	return y.ls.Loc(y.f.Path, s, e), valueLoc
}

// readYAML flattens every scalar of every document into a setting whose
// Scope is the dotted path of its parent and whose Key is its own key
// ("name[i]" for sequence items). Paths restart in each document of a
// multi-document file.
func readYAML(f *File) error {
	y, err := parseYAML(f)
	if err != nil {
		return err
	}
	for _, d := range y.docs {
		if len(d.Content) > 0 {
			if err := y.flatten(nil, d.Content[0], "", ""); err != nil {
				return &ParseError{Path: f.Path, Line: min(d.Line, len(y.ls)), Msg: err.Error(), Err: err}
			}
		}
	}
	return nil
}

func (y *yamlDoc) flatten(key, written *yaml.Node, scope, name string) error {
	if y.depth >= maxYAMLDepth {
		return errYAMLTooDeep
	}
	y.depth++
	defer func() { y.depth-- }()
	n, err := y.resolve(written)
	if err != nil {
		return err
	}
	path := name
	if scope != "" {
		path = scope + "." + name
	}
	switch n.Kind {
	case yaml.MappingNode:
		ps, err := y.pairs(n)
		if err != nil {
			return err
		}
		for _, p := range ps {
			if p[0].Kind != yaml.ScalarNode {
				continue // complex keys hold no settings we look for
			}
			if err := y.flatten(p[0], p[1], path, tomlpos.Join("", p[0].Value)); err != nil {
				return err
			}
		}
	case yaml.SequenceNode:
		for i, c := range n.Content {
			if err := y.flatten(nil, c, scope, name+"["+strconv.Itoa(i)+"]"); err != nil {
				return err
			}
		}
	case yaml.ScalarNode:
		if name == "" {
			return nil // a document that is a bare scalar sets nothing
		}
		loc, vl := y.settingLocs(key, written)
		y.f.Settings = append(y.f.Settings, Setting{Key: unquoteKey(name), Value: n.Value, Scope: scope,
			Loc: loc, ValueLoc: vl})
	}
	return nil
}

// unquoteKey undoes tomlpos.Join's quoting of a single key, keeping any
// "[i]" suffixes.
func unquoteKey(name string) string {
	if !strings.HasPrefix(name, `"`) {
		return name
	}
	end := strings.LastIndexByte(name, '"')
	if s, err := strconv.Unquote(name[:end+1]); err == nil {
		return s + name[end+1:]
	}
	return name
}

// hashComments records '#' comments: a '#' at the start of a line or after
// a blank, outside quotes on its line. Comments inside multi-line quoted
// scalars are the rare case this line-local view gets wrong.
func hashComments(f *File, ls lines) {
	src := f.Source
	for li, off := range ls {
		end := lineEnd(src, off)
		var quote byte
		for i := off; i < end; i++ {
			c := src[i]
			switch {
			case quote != 0:
				if c == '\\' && quote == '"' {
					i++
				} else if c == quote {
					quote = 0
				}
			case (c == '"' || c == '\'') && (i == off || strings.IndexByte(" \t[{,:-", src[i-1]) >= 0):
				quote = c
			case c == '#' && (i == off || src[i-1] == ' ' || src[i-1] == '\t'):
				f.Comments[li+1] = string(src[i:end])
				i = end
			}
		}
	}
}
