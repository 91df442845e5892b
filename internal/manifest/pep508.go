package manifest

import (
	"errors"
	"fmt"
	"strings"

	"github.com/flaskguard/flaskguard/internal/finding"
	"github.com/flaskguard/flaskguard/internal/pep440"
)

// pep508 is a parsed PEP 508 dependency specification:
// name [extras] (specifier | @ url) ; marker.
type pep508 struct {
	name      string
	extras    []string
	specifier string // blanks and parentheses removed
	version   string // see Requirement.Version
	url       string
	marker    string
}

// parsePEP508 parses one requirement string. It is strict about the shape
// (a name first, known operators, a marker only after ';') and lenient
// about blanks, as pip is. Markers are kept as text: evaluating them needs
// a target environment, which a static audit does not have.
func parsePEP508(s string) (pep508, error) {
	var r pep508
	i := skipBlanks(s, 0)
	j := scanName(s, i)
	if j == i {
		return r, errors.New("expected a project name")
	}
	if isNameSep(s[j-1]) {
		return r, fmt.Errorf("project name %q ends with %q", s[i:j], s[j-1])
	}
	r.name = s[i:j]
	i = skipBlanks(s, j)
	if i < len(s) && s[i] == '[' {
		end := strings.IndexByte(s[i:], ']')
		if end < 0 {
			return r, errors.New("extras without closing ']'")
		}
		extras, err := parseExtras(s[i+1 : i+end])
		if err != nil {
			return r, err
		}
		r.extras = extras
		i = skipBlanks(s, i+end+1)
	}
	switch {
	case i < len(s) && s[i] == '@':
		// The URL runs to the next blank, so a marker needs one before ';'.
		i = skipBlanks(s, i+1)
		j := i
		for j < len(s) && !isBlank(s[j]) {
			j++
		}
		if j == i {
			return r, errors.New("expected a URL after '@'")
		}
		r.url = s[i:j]
		i = skipBlanks(s, j)
	case i < len(s) && s[i] != ';':
		end := strings.IndexByte(s[i:], ';')
		if end < 0 {
			end = len(s) - i
		}
		spec, version, err := parseSpecifier(s[i : i+end])
		if err != nil {
			return r, err
		}
		r.specifier, r.version = spec, version
		i += end
	}
	if i < len(s) {
		if s[i] != ';' {
			return r, fmt.Errorf("unexpected %q after the requirement", s[i:])
		}
		r.marker = strings.TrimSpace(s[i+1:])
		if r.marker == "" {
			return r, errors.New("empty environment marker after ';'")
		}
	}
	return r, nil
}

// requirement makes a Requirement of r, written at loc, in group.
func (r pep508) requirement(group string, loc finding.Location) Requirement {
	return Requirement{Name: r.name, Normalized: pep440.NormalizeName(r.name), Specifier: r.specifier, Version: r.version,
		Extras: r.extras, Marker: r.marker, URL: r.url, Group: group, Loc: loc}
}

// parseExtras reads the inside of "[a, b]".
func parseExtras(s string) ([]string, error) {
	if strings.TrimSpace(s) == "" {
		return nil, nil
	}
	var extras []string
	for _, e := range strings.Split(s, ",") {
		e = strings.TrimSpace(e)
		if end := scanName(e, 0); e == "" || end != len(e) || isNameSep(e[end-1]) {
			return nil, fmt.Errorf("invalid extra %q", e)
		}
		extras = append(extras, e)
	}
	return extras, nil
}

// parseSpecifier checks a PEP 440 specifier set such as ">= 2.0, < 3" or
// "(==1.0)" and returns it without blanks or parentheses, with the pinned
// version when it allows exactly one.
func parseSpecifier(s string) (spec, version string, err error) {
	s = strings.TrimSpace(s)
	if strings.HasPrefix(s, "(") {
		if !strings.HasSuffix(s, ")") {
			return "", "", errors.New("version specifier without closing ')'")
		}
		s = strings.TrimSpace(s[1 : len(s)-1])
	}
	if s == "" {
		return "", "", nil
	}
	// The PEP 440 operators, longest first so that a prefix match picks
	// "===" over "==".
	ops := [...]string{"===", "~=", "==", "!=", "<=", ">=", "<", ">"}
	var b strings.Builder
	clauses := strings.Split(s, ",")
	for n, c := range clauses {
		c = strings.TrimSpace(c)
		op := ""
		for _, o := range ops {
			if strings.HasPrefix(c, o) {
				op = o
				break
			}
		}
		v := strings.TrimSpace(c[len(op):])
		if op == "" || v == "" || !validVersionText(v) {
			return "", "", fmt.Errorf("invalid version specifier %q", c)
		}
		if n > 0 {
			b.WriteByte(',')
		}
		b.WriteString(op)
		b.WriteString(v)
		if len(clauses) == 1 && (op == "===" || op == "==" && !strings.Contains(v, "*")) {
			version = v
		}
	}
	return b.String(), version, nil
}

// validVersionText accepts the characters PEP 440 versions (and the
// legacy ones "===" compares as text) are written with.
func validVersionText(v string) bool {
	for i := 0; i < len(v); i++ {
		c := v[i]
		if !(isAlnum(c) || strings.IndexByte("._*+!-", c) >= 0) {
			return false
		}
	}
	return true
}

// scanName returns the end of the run of name characters at i.
func scanName(s string, i int) int {
	if i >= len(s) || !isAlnum(s[i]) {
		return i
	}
	for i < len(s) && (isAlnum(s[i]) || isNameSep(s[i])) {
		i++
	}
	return i
}

func isAlnum(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

func isBlank(c byte) bool { return c == ' ' || c == '\t' }

func skipBlanks(s string, i int) int {
	for i < len(s) && isBlank(s[i]) {
		i++
	}
	return i
}
