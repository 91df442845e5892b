package pep440

import (
	"errors"
	"fmt"
	"strings"
)

// ErrInvalid is wrapped by every error Parse returns, so callers can tell a
// malformed version from other failures with errors.Is.
var ErrInvalid = errors.New("invalid PEP 440 version")

// label is one accepted spelling of a version segment label. Longer
// spellings come before their own prefixes ("alpha" before "a") so that the
// first match is the longest one, as in the PEP's regular expression.
type label struct {
	text string
	kind preKind
}

// preLabels lists every pre-release spelling PEP 440 accepts and what it
// normalises to.
var preLabels = [...]label{
	{"alpha", preAlpha}, {"a", preAlpha},
	{"beta", preBeta}, {"b", preBeta},
	{"preview", preRC}, {"pre", preRC}, {"c", preRC}, {"rc", preRC},
}

// postLabels lists the post-release spellings ("r" after "rev").
var postLabels = [...]string{"post", "rev", "r"}

// Parse reads a version in any spelling PEP 440 accepts: case-insensitive,
// with surrounding white space, an optional leading "v", "-", "_" or "."
// separators (or none) before and inside the pre-, post- and development
// segments, implicit zero numbers ("1.0a" is "1.0a0"), the legacy pre-release
// names (alpha, beta, c, pre, preview), the implicit post-release "1.0-1", and
// a local label after "+". Numbers above 2^64-1 are rejected: PEP 440 allows
// them, but no real release uses them and a fixed-width form keeps Version
// cheap to compare.
func Parse(s string) (Version, error) {
	p := parser{s: asciiLower(strings.TrimSpace(s))}
	v, err := p.version()
	if err != nil {
		return Version{}, fmt.Errorf("%w %q: %w", ErrInvalid, s, err)
	}
	return v, nil
}

// parser walks a trimmed, lower-cased version string.
type parser struct {
	s string
	i int
}

func (p *parser) version() (Version, error) {
	var v Version
	if p.peek() == 'v' {
		p.i++
	}
	n, err := p.number()
	if err != nil {
		return v, err
	}
	if p.peek() == '!' {
		p.i++
		v.epoch = n
		if n, err = p.number(); err != nil {
			return v, err
		}
	}
	v.release = append(v.release, n)
	for p.peek() == '.' && isDigit(p.at(p.i+1)) {
		p.i++
		if n, err = p.number(); err != nil {
			return v, err
		}
		v.release = append(v.release, n)
	}
	if err := p.preRelease(&v); err != nil {
		return v, err
	}
	if err := p.postRelease(&v); err != nil {
		return v, err
	}
	if err := p.devRelease(&v); err != nil {
		return v, err
	}
	if err := p.localLabel(&v); err != nil {
		return v, err
	}
	if p.i != len(p.s) {
		return v, fmt.Errorf("unexpected %q at offset %d", p.s[p.i:], p.i)
	}
	return v, nil
}

// preRelease reads an optional "[sep] label [sep] [number]".
func (p *parser) preRelease(v *Version) error {
	start := p.i
	p.separator()
	for _, l := range preLabels {
		if strings.HasPrefix(p.s[p.i:], l.text) {
			p.i += len(l.text)
			v.pre = l.kind
			n, err := p.optionalNumber()
			v.preN = n
			return err
		}
	}
	p.i = start
	return nil
}

// postRelease reads an optional "-N" or "[sep] post|rev|r [sep] [number]".
func (p *parser) postRelease(v *Version) error {
	start := p.i
	if p.peek() == '-' && isDigit(p.at(p.i+1)) {
		p.i++
		n, err := p.number()
		v.post, v.hasPost = n, true
		return err
	}
	p.separator()
	for _, l := range postLabels {
		if strings.HasPrefix(p.s[p.i:], l) {
			p.i += len(l)
			n, err := p.optionalNumber()
			v.post, v.hasPost = n, true
			return err
		}
	}
	p.i = start
	return nil
}

// devRelease reads an optional "[sep] dev [sep] [number]".
func (p *parser) devRelease(v *Version) error {
	start := p.i
	p.separator()
	if strings.HasPrefix(p.s[p.i:], "dev") {
		p.i += len("dev")
		n, err := p.optionalNumber()
		v.dev, v.hasDev = n, true
		return err
	}
	p.i = start
	return nil
}

// localLabel reads an optional "+seg([-_.]seg)*" with alphanumeric segments.
func (p *parser) localLabel(v *Version) error {
	if p.peek() != '+' {
		return nil
	}
	p.i++
	for {
		start := p.i
		for isAlnum(p.peek()) {
			p.i++
		}
		if p.i == start {
			return fmt.Errorf("empty local version segment at offset %d", p.i)
		}
		seg := p.s[start:p.i]
		if isDigits(seg) {
			// packaging compares numeric segments as integers, so "01"
			// and "1" are one label; keep the shortest spelling.
			seg = strings.TrimLeft(seg, "0")
			if seg == "" {
				seg = "0"
			}
		}
		v.local = append(v.local, seg)
		if !isSeparator(p.peek()) {
			return nil
		}
		p.i++
	}
}

// optionalNumber reads "[sep] [digits]" after a label; the separator may
// stand alone ("1.0a." is "1.0a0"), exactly as the PEP's pattern allows.
func (p *parser) optionalNumber() (uint64, error) {
	p.separator()
	if !isDigit(p.peek()) {
		return 0, nil
	}
	return p.number()
}

// number reads a required run of decimal digits.
func (p *parser) number() (uint64, error) {
	start := p.i
	var n uint64
	for isDigit(p.peek()) {
		d := uint64(p.s[p.i] - '0')
		if n > (1<<64-1-d)/10 {
			return 0, fmt.Errorf("number at offset %d does not fit in 64 bits", start)
		}
		n = n*10 + d
		p.i++
	}
	if p.i == start {
		if p.i == len(p.s) {
			return 0, errors.New("missing number at end")
		}
		return 0, fmt.Errorf("expected a number at offset %d, found %q", start, p.s[start:])
	}
	return n, nil
}

// separator skips one optional "-", "_" or ".".
func (p *parser) separator() {
	if isSeparator(p.peek()) {
		p.i++
	}
}

func (p *parser) peek() byte { return p.at(p.i) }

// at returns the byte at i, or 0 past the end, so look-ahead needs no bounds
// checks at the call sites.
func (p *parser) at(i int) byte {
	if i < len(p.s) {
		return p.s[i]
	}
	return 0
}

func isDigit(c byte) bool     { return c >= '0' && c <= '9' }
func isAlnum(c byte) bool     { return isDigit(c) || c >= 'a' && c <= 'z' }
func isSeparator(c byte) bool { return c == '-' || c == '_' || c == '.' }

// asciiLower lower-cases ASCII letters only: PEP 440 versions are ASCII, and
// Unicode case mapping could turn an invalid byte into a valid letter.
func asciiLower(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				if b[j] >= 'A' && b[j] <= 'Z' {
					b[j] += 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return s
}
