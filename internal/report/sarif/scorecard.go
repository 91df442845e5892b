package sarif

import (
	"bytes"
	"strconv"

	"github.com/flaskguard/flaskguard/internal/scorecard"
)

// grades is the compact scorecard that a run carries in its property bag:
// an object from practice number to grade, {"1": "fail", ..., "15":
// "not-checked"}. SARIF has no notion of a practice, so this is for people
// and scripts reading the log; the reasons and evidence are in the JSON
// report. It marshals itself so that keys come in numeric order ("2" before
// "10"), which encoding/json's sorted map keys would not give.
type grades []scorecard.Practice

// MarshalJSON writes the grades as an object in numeric key order.
func (g grades) MarshalJSON() ([]byte, error) {
	var buf bytes.Buffer
	buf.WriteByte('{')
	for i, p := range g {
		if i > 0 {
			buf.WriteByte(',')
		}
		buf.WriteString(strconv.Quote(strconv.Itoa(p.Number)))
		buf.WriteByte(':')
		// Grades are fixed ASCII words; quoting cannot fail or need escapes.
		buf.WriteString(strconv.Quote(string(p.Grade)))
	}
	buf.WriteByte('}')
	return buf.Bytes(), nil
}
