// Package pep440 reads Python package versions and version specifiers as PEP 440
// defines them, and normalises project names the way PEP 503 does.
//
// The advisory matcher compares the versions a project pins against the version
// ranges in OSV advisories, and those ranges are written in PyPI's own version
// language. Getting the ordering right at the edges (pre-, post- and development
// releases, zero padding, epochs, local labels) decides whether a pin is reported
// as vulnerable, so the rules here follow the PEP and the reference
// implementation (pypa/packaging) rather than a looser semantic-version model.
package pep440

import (
	"strconv"
	"strings"
)

// preKind is the kind of a pre-release, ordered as PEP 440 orders them.
type preKind uint8

// The pre-release kinds. preNone must stay zero so that a Version's zero value
// has no pre-release.
const (
	preNone preKind = iota
	preAlpha
	preBeta
	preRC
)

// preNames are the canonical spellings, indexed by preKind.
var preNames = [...]string{"", "a", "b", "rc"}

// Version is a parsed PEP 440 version. Its fields are private so that every
// Version in circulation came from Parse and is therefore valid; the zero
// value is not a version (IsZero reports it).
type Version struct {
	epoch   uint64
	release []uint64
	pre     preKind
	preN    uint64
	post    uint64
	hasPost bool
	dev     uint64
	hasDev  bool
	// local holds the normalised local label segments: lower case, and
	// numeric segments without leading zeros, so that equal labels have
	// equal segments.
	local []string
}

// IsZero reports whether v is the zero Version rather than a parsed one.
func (v Version) IsZero() bool { return len(v.release) == 0 }

// Epoch returns the version's epoch (0 when none was written).
func (v Version) Epoch() uint64 { return v.epoch }

// Release returns a copy of the release segment as written, without zero
// padding or trimming: "1.0" gives [1 0].
func (v Version) Release() []uint64 { return append([]uint64(nil), v.release...) }

// IsPrerelease reports whether v is a pre-release or a development release;
// PEP 440 treats both as pre-releases when deciding what specifiers admit.
func (v Version) IsPrerelease() bool { return v.pre != preNone || v.hasDev }

// IsPostrelease reports whether v has a post-release segment.
func (v Version) IsPostrelease() bool { return v.hasPost }

// IsDevrelease reports whether v has a development release segment.
func (v Version) IsDevrelease() bool { return v.hasDev }

// Local returns the normalised local version label ("ubuntu.1"), or "".
func (v Version) Local() string { return strings.Join(v.local, ".") }

// Public returns v without its local version label.
func (v Version) Public() Version {
	v.local = nil
	return v
}

// BaseVersion returns only the epoch and release segment of v, which is what
// the exclusive ordered comparisons use to decide whether a candidate is a
// pre-, post- or local release "of" the version a specifier names.
func (v Version) BaseVersion() Version {
	return Version{epoch: v.epoch, release: v.release}
}

// String returns the canonical (normalised) spelling of v: "1.0a1" for
// "1.0-ALPHA.1", "1.0.post2" for "1.0-2". The release segment keeps the length
// it was written with, as pypa/packaging does, so "1.0" and "1.0.0" compare
// equal but print differently.
func (v Version) String() string {
	if v.IsZero() {
		return ""
	}
	var b strings.Builder
	if v.epoch != 0 {
		b.WriteString(strconv.FormatUint(v.epoch, 10))
		b.WriteByte('!')
	}
	for i, n := range v.release {
		if i > 0 {
			b.WriteByte('.')
		}
		b.WriteString(strconv.FormatUint(n, 10))
	}
	if v.pre != preNone {
		b.WriteString(preNames[v.pre])
		b.WriteString(strconv.FormatUint(v.preN, 10))
	}
	if v.hasPost {
		b.WriteString(".post")
		b.WriteString(strconv.FormatUint(v.post, 10))
	}
	if v.hasDev {
		b.WriteString(".dev")
		b.WriteString(strconv.FormatUint(v.dev, 10))
	}
	if len(v.local) > 0 {
		b.WriteByte('+')
		b.WriteString(v.Local())
	}
	return b.String()
}

// Compare orders v against w as PEP 440 does and returns -1, 0 or +1.
func (v Version) Compare(w Version) int { return Compare(v, w) }

// Equal reports whether v and w are the same version under PEP 440 (1.0 ==
// 1.0.0, 1.8c1 == 1.8rc1).
func (v Version) Equal(w Version) bool { return Compare(v, w) == 0 }

// Compare orders two versions as PEP 440 does and returns -1, 0 or +1. Within
// one release the order is: development releases of the release, then its
// pre-releases (each followed by their own development releases), the final
// release, its post-releases; a version with a local label sorts just after
// the same version without one. It has the signature slices.SortFunc wants.
func Compare(a, b Version) int {
	if c := cmpUint(a.epoch, b.epoch); c != 0 {
		return c
	}
	if c := compareRelease(a.release, b.release); c != 0 {
		return c
	}
	if c := cmpInt(preRank(a), preRank(b)); c != 0 {
		return c
	}
	if a.pre != preNone {
		if c := cmpUint(a.preN, b.preN); c != 0 {
			return c
		}
	}
	// No post-release sorts before any post-release.
	if c := cmpBoolFirst(a.hasPost, b.hasPost); c != 0 {
		return c
	}
	if c := cmpUint(a.post, b.post); c != 0 {
		return c
	}
	// A development release sorts before the same version without one.
	if c := cmpBoolFirst(!a.hasDev, !b.hasDev); c != 0 {
		return c
	}
	if c := cmpUint(a.dev, b.dev); c != 0 {
		return c
	}
	return compareLocal(a.local, b.local)
}

// preRank places the pre-release part of a version on one axis. A plain
// development release of a final version (1.0.dev1) sorts before every
// pre-release of it (1.0a1), and a version with no pre-release sorts after all
// of them; post-releases without a pre-release count as having none, so that
// 1.0.post1.dev1 still sorts after 1.0.
func preRank(v Version) int {
	switch {
	case v.pre != preNone:
		return int(v.pre)
	case v.hasDev && !v.hasPost:
		return -1
	default:
		return int(preRC) + 1
	}
}

// compareRelease compares release segments as if the shorter were padded with
// zeros.
func compareRelease(a, b []uint64) int {
	for i := 0; i < len(a) || i < len(b); i++ {
		var x, y uint64
		if i < len(a) {
			x = a[i]
		}
		if i < len(b) {
			y = b[i]
		}
		if c := cmpUint(x, y); c != 0 {
			return c
		}
	}
	return 0
}

// compareLocal orders local labels: no label first; then segment by segment,
// where a numeric segment beats an alphanumeric one, numbers compare as
// numbers and other segments as (already lower-cased) strings; and a label
// that extends another sorts after it.
func compareLocal(a, b []string) int {
	for i := 0; i < len(a) && i < len(b); i++ {
		an, bn := isDigits(a[i]), isDigits(b[i])
		switch {
		case an && bn:
			// Segments carry no leading zeros, so length orders magnitude.
			if c := cmpInt(len(a[i]), len(b[i])); c != 0 {
				return c
			}
			if c := strings.Compare(a[i], b[i]); c != 0 {
				return c
			}
		case an:
			return 1
		case bn:
			return -1
		default:
			if c := strings.Compare(a[i], b[i]); c != 0 {
				return c
			}
		}
	}
	return cmpInt(len(a), len(b))
}

func cmpUint(a, b uint64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

func cmpInt(a, b int) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// cmpBoolFirst orders false before true.
func cmpBoolFirst(a, b bool) int {
	switch {
	case a == b:
		return 0
	case b:
		return -1
	}
	return 1
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
