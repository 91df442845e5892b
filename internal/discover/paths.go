package discover

import (
	"io/fs"
	"slices"
	"strconv"
	"strings"
)

// joinRel joins slash-separated relative paths where "" stands for the
// folder itself.
func joinRel(dir, name string) string {
	switch {
	case dir == "":
		return name
	case name == "":
		return dir
	}
	return dir + "/" + name
}

// parentRel is the folder of a root-relative path, "" for the root.
func parentRel(rel string) string {
	i := strings.LastIndexByte(rel, '/')
	if i < 0 {
		return ""
	}
	return rel[:i]
}

// displayRel names the root as "." in messages.
func displayRel(rel string) string {
	if rel == "" {
		return "."
	}
	return rel
}

// hasEntry reports whether a folder listing (sorted by name, as os.ReadDir
// returns it) holds name.
func hasEntry(entries []fs.DirEntry, name string) bool {
	_, found := slices.BinarySearchFunc(entries, name, func(e fs.DirEntry, n string) int {
		return strings.Compare(e.Name(), n)
	})
	return found
}

// humanSize writes a byte count the way users set the limit: "2 MiB",
// "1.5 KiB", "812 B".
func humanSize(n int64) string {
	units := []string{"B", "KiB", "MiB", "GiB", "TiB"}
	v, i := float64(n), 0
	for v >= 1024 && i < len(units)-1 {
		v /= 1024
		i++
	}
	if i == 0 {
		return strconv.FormatInt(n, 10) + " B"
	}
	return strings.TrimSuffix(strconv.FormatFloat(v, 'f', 1, 64), ".0") + " " + units[i]
}

// compareBool orders false before true.
func compareBool(a, b bool) int {
	switch {
	case a == b:
		return 0
	case !a:
		return -1
	}
	return 1
}
