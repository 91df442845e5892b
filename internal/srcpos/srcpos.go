// Package srcpos turns byte offsets in a source file into the 1-based
// lines and byte columns of finding.Location. The configuration and
// manifest readers share it; the Python front end gets positions from
// tree-sitter instead.
package srcpos

import (
	"sort"

	"github.com/flaskguard/flaskguard/internal/finding"
)

// Lines holds the offset at which each line of a source starts.
type Lines []int

// Index records where each line of src starts.
func Index(src []byte) Lines {
	ls := Lines{0}
	for i, c := range src {
		if c == '\n' {
			ls = append(ls, i+1)
		}
	}
	return ls
}

// Pos returns the 1-based line and column of a byte offset.
func (ls Lines) Pos(off int) (line, col int) {
	i := sort.Search(len(ls), func(i int) bool { return ls[i] > off }) - 1
	return i + 1, off - ls[i] + 1
}

// Loc returns the location of the bytes [from, to) of the source at path.
func (ls Lines) Loc(path string, from, to int) finding.Location {
	l1, c1 := ls.Pos(from)
	l2, c2 := ls.Pos(to)
	return finding.Location{Path: path, StartLine: l1, StartCol: c1, EndLine: l2, EndCol: c2}
}
