package pep440

import (
	"errors"
	"fmt"
	"strings"
)

// ErrInvalidSpecifier is wrapped by every error ParseSpecifier and
// ParseSpecifierSet return.
var ErrInvalidSpecifier = errors.New("invalid PEP 440 specifier")

// operators lists the comparison operators, longest first so that "==="
// is not read as "==" followed by "=1.0".
var operators = [...]string{"===", "~=", "==", "!=", "<=", ">=", "<", ">"}

// Specifier is one version clause such as ">=2.0", "~=1.4.5" or "==1.1.*".
type Specifier struct {
	op string
	// raw is the version text as written (trimmed, without ".*"); "==="
	// compares against it as a string.
	raw      string
	version  Version
	wildcard bool
	// parsed is false only for "===" clauses whose text is not a PEP 440
	// version; they can never match a Version.
	parsed bool
}

// ParseSpecifier reads one clause. It applies the PEP's restrictions on which
// operators take which versions: wildcards ("1.2.*") and local labels only
// with == and !=, at least two release numbers with ~=, and any non-blank text
// with the arbitrary-equality operator ===.
func ParseSpecifier(s string) (Specifier, error) {
	sp, err := parseSpecifier(strings.TrimSpace(s))
	if err != nil {
		return Specifier{}, fmt.Errorf("%w %q: %w", ErrInvalidSpecifier, s, err)
	}
	return sp, nil
}

func parseSpecifier(s string) (Specifier, error) {
	var sp Specifier
	for _, op := range operators {
		if strings.HasPrefix(s, op) {
			sp.op = op
			break
		}
	}
	if sp.op == "" {
		return sp, errors.New("missing operator (one of ===, ~=, ==, !=, <=, >=, <, >)")
	}
	sp.raw = strings.TrimSpace(s[len(sp.op):])
	if sp.raw == "" {
		return sp, errors.New("missing version")
	}
	if strings.ContainsAny(sp.raw, " \t\r\n\v\f") {
		return sp, fmt.Errorf("white space inside version %q", sp.raw)
	}
	if sp.op == "===" {
		// Arbitrary equality accepts any text; remember whether it is
		// also a version only so that pre-release mentions count.
		v, err := Parse(sp.raw)
		sp.version, sp.parsed = v, err == nil
		return sp, nil
	}
	text := sp.raw
	if (sp.op == "==" || sp.op == "!=") && strings.HasSuffix(text, ".*") {
		sp.wildcard = true
		text = strings.TrimSuffix(text, ".*")
		sp.raw = text
	}
	v, err := Parse(text)
	if err != nil {
		return sp, err
	}
	sp.version, sp.parsed = v, true
	switch {
	case sp.wildcard && (v.pre != preNone || v.hasPost || v.hasDev || len(v.local) > 0):
		return sp, errors.New("a wildcard may only follow an epoch and release segment")
	case len(v.local) > 0 && sp.op != "==" && sp.op != "!=":
		return sp, fmt.Errorf("a local version label is not allowed with %s", sp.op)
	case sp.op == "~=" && len(v.release) < 2:
		return sp, errors.New("~= needs at least two release numbers")
	}
	return sp, nil
}

// String returns the clause in normalised form (operator and canonical
// version, no spaces); "===" keeps its text as written.
func (s Specifier) String() string {
	switch {
	case s.op == "===" || !s.parsed:
		return s.op + s.raw
	case s.wildcard:
		return s.op + s.version.String() + ".*"
	}
	return s.op + s.version.String()
}

// Operator returns the clause's operator, e.g. ">=".
func (s Specifier) Operator() string { return s.op }

// Version returns the version the clause names and whether there is one: a
// "===" clause whose text is not a PEP 440 version has none. For a wildcard
// clause it is the prefix before ".*".
func (s Specifier) Version() (Version, bool) { return s.version, s.parsed }

// IsWildcard reports whether the clause is a prefix match such as "==1.2.*".
func (s Specifier) IsWildcard() bool { return s.wildcard }

// Contains reports whether v satisfies the clause on its own; see
// SpecifierSet.Contains for how pre-releases are treated.
func (s Specifier) Contains(v Version, allowPre bool) bool {
	return SpecifierSet{specs: []Specifier{s}}.Contains(v, allowPre)
}

// mentionsPrerelease reports whether the clause names a pre-release, which
// makes its set admit pre-releases. packaging counts only the inclusive
// operators; we count every operator except !=, because ">1.0b1" or "<2.0rc1"
// names a pre-release just as clearly, while "!=1.0b1" only rules one out.
func (s Specifier) mentionsPrerelease() bool {
	return s.parsed && s.op != "!=" && s.version.IsPrerelease()
}

// matches applies the operator alone, without the pre-release filter.
func (s Specifier) matches(v Version) bool {
	switch s.op {
	case "===":
		// The PEP compares as case-insensitive strings; v is canonical,
		// so "===1.0" does not match "1.0.0".
		return strings.EqualFold(v.String(), s.raw)
	case "==":
		return s.equal(v)
	case "!=":
		return !s.equal(v)
	case "<=":
		return Compare(v.Public(), s.version) <= 0
	case ">=":
		return Compare(v.Public(), s.version) >= 0
	case "<":
		// <V never admits a pre-release of V itself, unless V is one.
		return Compare(v, s.version) < 0 &&
			!(v.IsPrerelease() && !s.version.IsPrerelease() && sameBase(v, s.version))
	case ">":
		// >V never admits a post-release of V (unless V is one) nor V with
		// a local label.
		return Compare(v, s.version) > 0 &&
			!(v.hasPost && !s.version.hasPost && sameBase(v, s.version)) &&
			!(len(v.local) > 0 && sameBase(v, s.version))
	case "~=":
		// ~=X.Y.Z means >=X.Y.Z together with ==X.Y.*.
		prefix := s.version.BaseVersion()
		prefix.release = prefix.release[:len(prefix.release)-1]
		return Compare(v.Public(), s.version) >= 0 && prefixMatch(v, prefix)
	}
	return false
}

// equal implements "==" (without the negation of "!=").
func (s Specifier) equal(v Version) bool {
	if s.wildcard {
		return prefixMatch(v, s.version)
	}
	if len(s.version.local) == 0 {
		// A public version in the specifier ignores the candidate's local label.
		v = v.Public()
	}
	return Compare(v, s.version) == 0
}

// prefixMatch reports whether v's epoch equals prefix's and v's release,
// zero-padded, starts with prefix's release. Pre-, post- and development
// parts of v do not matter: "==1.1.*" matches 1.1.post1 and 1.1a1.
func prefixMatch(v, prefix Version) bool {
	if v.epoch != prefix.epoch {
		return false
	}
	for i, n := range prefix.release {
		var got uint64
		if i < len(v.release) {
			got = v.release[i]
		}
		if got != n {
			return false
		}
	}
	return true
}

// sameBase reports whether a and b share epoch and (zero-padded) release.
func sameBase(a, b Version) bool {
	return a.epoch == b.epoch && compareRelease(a.release, b.release) == 0
}
