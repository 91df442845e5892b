package text

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/flaskguard/flaskguard/internal/finding"
	"github.com/flaskguard/flaskguard/internal/scorecard"
)

// ANSI SGR sequences. Only a handful are used, all from the 8-colour set that
// every terminal honours, so the output reads the same on any theme.
const (
	sgrReset   = "\x1b[0m"
	sgrBold    = "\x1b[1m"
	sgrDim     = "\x1b[2m"
	sgrRed     = "\x1b[31m"
	sgrRedBold = "\x1b[1;31m"
	sgrGreen   = "\x1b[32m"
	sgrYellow  = "\x1b[33m"
	sgrCyan    = "\x1b[36m"
)

// style wraps text in colour when colour is on and returns it unchanged
// otherwise, so that the rendering code is written once for both modes.
type style struct{ color bool }

func (s style) paint(sgr, text string) string {
	if !s.color || text == "" {
		return text
	}
	return sgr + text + sgrReset
}

func (s style) bold(t string) string  { return s.paint(sgrBold, t) }
func (s style) dim(t string) string   { return s.paint(sgrDim, t) }
func (s style) caret(t string) string { return s.paint(sgrRed, t) }
func (s style) good(t string) string  { return s.paint(sgrGreen, t) }

// severity colours a severity name by how urgent it is.
func (s style) severity(sev finding.Severity, t string) string {
	switch {
	case sev >= finding.High:
		return s.paint(sgrRedBold, t)
	case sev == finding.Medium:
		return s.paint(sgrYellow, t)
	case sev == finding.Low:
		return s.paint(sgrCyan, t)
	default:
		return s.paint(sgrDim, t)
	}
}

// grade colours a scorecard grade: green for pass, red for fail, yellow
// for unknown (someone should look), dim for not-checked (nothing to act on
// yet). t is the text to paint, so that callers can pad outside the colour.
func (s style) grade(g scorecard.Grade, t string) string {
	switch g {
	case scorecard.Pass:
		return s.paint(sgrGreen, t)
	case scorecard.Fail:
		return s.paint(sgrRedBold, t)
	case scorecard.Unknown:
		return s.paint(sgrYellow, t)
	default:
		return s.paint(sgrDim, t)
	}
}

// diagnostic colours a diagnostic kind: red when the run failed, yellow
// when input was lost or a suppression went stale, dim for remarks. The
// buckets match the SARIF notification levels.
func (s style) diagnostic(k finding.DiagnosticKind) string {
	switch k {
	case finding.InternalError:
		return s.paint(sgrRedBold, string(k))
	case finding.ParseError, finding.ReadError, finding.SkippedFile, finding.ExpiredSuppression:
		return s.paint(sgrYellow, string(k))
	default:
		return s.paint(sgrDim, string(k))
	}
}

// clean makes text from the scanned project safe to print on a terminal.
// Paths, messages and source lines are attacker-controlled in the worst case:
// an escape sequence could rewrite the screen and a bidirectional override
// could make the code frame show something other than what the file holds
// (CVE-2021-42574, "Trojan Source"). Such characters, and invalid UTF-8,
// become U+FFFD; tabs survive so that code frames can expand them.
func clean(s string) string {
	if isClean(s) {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if r != '\t' && unsafeRune(r) {
			r = utf8.RuneError
		}
		b.WriteRune(r)
	}
	return b.String()
}

func isClean(s string) bool {
	for _, r := range s {
		if r == utf8.RuneError || (r != '\t' && unsafeRune(r)) {
			return false
		}
	}
	return true
}

// unsafeRune reports control characters and the invisible formatting
// characters that reorder or hide text (bidi embeddings, overrides and
// isolates, and the rest of Unicode category Cf).
func unsafeRune(r rune) bool {
	return unicode.IsControl(r) || unicode.Is(unicode.Cf, r)
}

// runeWidth is the number of terminal cells a rune takes: 0 for combining
// marks, 2 for East Asian wide characters and emoji, 1 otherwise. It is an
// approximation of UAX #11 that is good enough to put carets under the
// right characters without a dependency.
func runeWidth(r rune) int {
	switch {
	case unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Me, r):
		return 0
	case r >= 0x1100 && r <= 0x115F, // Hangul Jamo
		r >= 0x2E80 && r <= 0xA4CF && r != 0x303F,              // CJK, Yi
		r >= 0xAC00 && r <= 0xD7A3,                             // Hangul syllables
		r >= 0xF900 && r <= 0xFAFF,                             // CJK compatibility
		r >= 0xFE30 && r <= 0xFE4F,                             // CJK compatibility forms
		r >= 0xFF00 && r <= 0xFF60, r >= 0xFFE0 && r <= 0xFFE6, // fullwidth forms
		r >= 0x1F300 && r <= 0x1F64F, r >= 0x1F900 && r <= 0x1F9FF, // emoji
		r >= 0x20000 && r <= 0x3FFFD: // CJK extensions
		return 2
	default:
		return 1
	}
}
