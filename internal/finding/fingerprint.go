package finding

import (
	"crypto/sha256"
	"encoding/hex"
	"strconv"
	"strings"
)

// Fingerprint returns a stable identity for a finding. It hashes the rule,
// the file and the offending source text with all whitespace folded, plus the
// occurrence number of that same text in the file, so that moving code up or
// down (or re-indenting it) keeps the fingerprint while a second identical
// mistake in the same file still gets its own.
func Fingerprint(ruleID, path, source string, occurrence int) string {
	h := sha256.New()
	for _, part := range []string{ruleID, path, strings.Join(strings.Fields(source), " "), strconv.Itoa(occurrence)} {
		h.Write([]byte(part))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil))[:32]
}
