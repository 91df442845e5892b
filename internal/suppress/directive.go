package suppress

import (
	"strings"
)

// Directive kinds, as recorded in finding.Suppression.Kind.
const (
	KindInline = "inline" // # flaskguard: ignore[...]
	KindNosec  = "nosec"  // # nosec (bandit and gosec style)
	KindConfig = "config" // an Ignore from the configuration file
)

// directive is one suppression written in a comment, before it is tied to
// a file and a line.
type directive struct {
	kind string
	// ids lists the rule IDs it names, upper-cased; nil with all set means
	// every rule.
	ids []string
	all bool
	// reason is the justification written after the IDs, if any.
	reason string
	// start and end are byte offsets of the directive within the comment
	// text, so diagnostics can point at it rather than at the whole comment.
	start, end int
	// problem is set when the directive is malformed. A malformed
	// directive never suppresses: guessing what a typo meant would hide
	// findings the author did not mean to hide.
	problem string
}

// startsPragma reports whether the text right after a '#' starts a tool
// pragma, so that one comment can hold several (`# noqa: E501  # nosec`).
// A '#' followed by anything else is ordinary text, so a reason such as
// "see #123" stays whole. The list is a local array rather than a
// package variable so that nothing can change it at run time.
func startsPragma(lower string) bool {
	for _, m := range [...]string{
		"flaskguard:", "nosec", "noqa", "type:", "pragma:", "pylint:", "fmt:",
		"isort:", "mypy:", "pyright:", "ruff:", "pyre-",
	} {
		if strings.HasPrefix(lower, m) {
			return true
		}
	}
	return false
}

// parseComment finds the suppression directives in one comment. The text
// starts at the comment's '#'. Comments without a directive give nil.
func parseComment(text string) []directive {
	segs := segments(text)
	var out []directive
	for i, start := range segs {
		end := len(text)
		if i+1 < len(segs) {
			end = segs[i+1]
		}
		body := strings.TrimLeft(text[start+1:end], " \t")
		bodyAt := end - len(body)
		body = strings.TrimRight(body, " \t")
		lower := strings.ToLower(body)
		var d directive
		switch {
		case strings.HasPrefix(lower, "flaskguard:"):
			d = parseFlaskguard(body[len("flaskguard:"):])
		case isNosec(lower):
			d = parseNosec(body[len("nosec"):])
		default:
			continue
		}
		d.start, d.end = start, bodyAt+len(body)
		out = append(out, d)
	}
	return out
}

// segments returns the offsets of the '#' characters that begin a pragma,
// always including offset 0, where the comment itself begins.
func segments(text string) []int {
	segs := []int{0}
	for i := 1; i < len(text); i++ {
		if text[i] != '#' {
			continue
		}
		if startsPragma(strings.ToLower(strings.TrimLeft(text[i+1:], " \t"))) {
			segs = append(segs, i)
		}
	}
	return segs
}

// isNosec reports whether a comment body starts with the word "nosec"
// followed by a blank, a ':' or nothing, so that "# nosecurity" and
// "# nosec-docs" are not taken for directives.
func isNosec(lower string) bool {
	if !strings.HasPrefix(lower, "nosec") {
		return false
	}
	rest := lower[len("nosec"):]
	return rest == "" || rest[0] == ' ' || rest[0] == '\t' || rest[0] == ':'
}

func isWordByte(c byte) bool {
	return c == '_' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// parseFlaskguard reads what follows "flaskguard:": `ignore`, optionally a
// bracketed ID list, then the reason.
func parseFlaskguard(s string) directive {
	d := directive{kind: KindInline}
	s = strings.TrimLeft(s, " \t")
	if len(s) < len("ignore") || !strings.EqualFold(s[:len("ignore")], "ignore") ||
		len(s) > len("ignore") && isWordByte(s[len("ignore")]) {
		d.problem = "unknown flaskguard directive (want \"flaskguard: ignore[ID] -- reason\")"
		return d
	}
	s = s[len("ignore"):]
	if !strings.HasPrefix(s, "[") {
		d.all = true
		d.reason = cleanReason(s)
		return d
	}
	closeAt := strings.IndexByte(s, ']')
	if closeAt < 0 {
		d.problem = "suppression has no closing ']'"
		return d
	}
	d.ids = splitIDs(s[1:closeAt])
	if len(d.ids) == 0 {
		d.problem = "suppression lists no rule IDs between '[' and ']'"
		return d
	}
	d.reason = cleanReason(s[closeAt+1:])
	return d
}

// parseNosec reads what follows "nosec": an optional ':', rule IDs
// separated by commas or spaces, then the reason (gosec's
// `#nosec G101 -- why` form, so that --require-reason can be met).
//
// Only FG IDs are ours. Bandit and gosec IDs (B201, G101) name checks of
// other tools; they are skipped, and a nosec that names none of ours
// suppresses every rule on the line, because what a bandit user says with
// `# nosec B201` is "this line is fine", and we would otherwise report the
// same line bandit was told to accept.
func parseNosec(s string) directive {
	d := directive{kind: KindNosec}
	s = strings.TrimLeft(s, " \t")
	s = strings.TrimPrefix(s, ":")
	// Consume ID-shaped words; the first other word starts the reason.
	rest := s
	for {
		rest = strings.TrimLeft(rest, " \t,")
		word := rest
		if i := strings.IndexAny(rest, " \t,"); i >= 0 {
			word = rest[:i]
		}
		if word == "" || !isRuleID(word) {
			break
		}
		if id := strings.ToUpper(word); strings.HasPrefix(id, "FG") {
			d.ids = append(d.ids, id)
		}
		rest = rest[len(word):]
	}
	d.all = len(d.ids) == 0
	d.reason = cleanReason(rest)
	return d
}

// isRuleID reports whether a word has the shape of a rule ID: letters
// then digits, as in FG0301, B201 or G101.
func isRuleID(w string) bool {
	i := 0
	for i < len(w) && (w[i] >= 'a' && w[i] <= 'z' || w[i] >= 'A' && w[i] <= 'Z') {
		i++
	}
	if i == 0 || i == len(w) {
		return false
	}
	for _, c := range []byte(w[i:]) {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// splitIDs splits a comma- or space-separated ID list, upper-casing each ID
// so that `ignore[fg0301]` means what its author meant.
func splitIDs(s string) []string {
	var ids []string
	for _, f := range strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ' ' || r == '\t' }) {
		ids = append(ids, strings.ToUpper(f))
	}
	return ids
}

// cleanReason trims the separator people put before a reason: "--", ":"
// or nothing at all.
func cleanReason(s string) string {
	s = strings.TrimSpace(s)
	switch {
	case strings.HasPrefix(s, "--"):
		s = s[2:]
	case strings.HasPrefix(s, ":"):
		s = s[1:]
	}
	return strings.TrimSpace(s)
}
