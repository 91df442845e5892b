package advisories

import (
	"testing"
)

// TestBaseScore checks vectors whose base scores are published (NVD, the
// FIRST calculator). Each comment redoes the v3.1 arithmetic by hand:
// ISS = 1-(1-C)(1-I)(1-A); impact = 6.42*ISS (scope unchanged) or
// 7.52*(ISS-0.029)-3.25*(ISS-0.02)^15 (changed); exploitability =
// 8.22*AV*AC*PR*UI; score = Roundup(min(impact+expl, 10)), times 1.08 inside
// the min when the scope changes.
func TestBaseScore(t *testing.T) {
	tests := []struct {
		vector string
		score  float64
		label  Label
	}{
		// ISS=1-0.44^3=0.914816, impact=5.873118;
		// expl=8.22*.85*.77*.85*.85=3.887043; sum 9.760161 -> 9.8.
		{"CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", 9.8, LabelCritical},
		// ISS=1-0.78^2=0.3916, impact=7.52*0.3626-3.25*0.3716^15=2.726751;
		// expl=8.22*.85*.77*.85*.62=2.835255; 1.08*5.562006=6.006966 -> 6.1.
		{"CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N", 6.1, LabelMedium},
		// impact=6.42*0.56=3.5952; expl=8.22*.85*.44*.85*.85=2.221167;
		// sum 5.816367 -> 5.9.
		{"CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:H/I:N/A:N", 5.9, LabelMedium},
		// impact=5.873118; expl=8.22*.55*.77*.62*.85=1.834577;
		// sum 7.707695 -> 7.8.
		{"CVSS:3.1/AV:L/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:H", 7.8, LabelHigh},
		// impact=3.5952; expl=3.887043; sum 7.482243 -> 7.5.
		{"CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H", 7.5, LabelHigh},
		// impact=7.52*0.885816-3.25*0.894816^15=6.047703; expl=3.887043;
		// 1.08*9.934746=10.729526, capped at 10 -> 10.0.
		{"CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H", 10.0, LabelCritical},
		// impact=6.42*0.22=1.4124; expl=8.22*.2*.44*.27*.62=0.121090;
		// sum 1.533490 -> 1.6.
		{"CVSS:3.1/AV:P/AC:H/PR:H/UI:R/S:U/C:L/I:N/A:N", 1.6, LabelLow},
		// PR:L weighs 0.68 when the scope changes: expl=8.22*.85*.77*.68*.85
		// =3.109634; 1.08*(6.047703+3.109634)=9.889924 -> 9.9.
		{"CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:C/C:H/I:H/A:H", 9.9, LabelCritical},
		// expl=8.22*.85*.77*.62*.85=2.835255; 5.873118+2.835255=8.708373 -> 8.8.
		{"CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:H", 8.8, LabelHigh},
		// impact=6.42*0.3916=2.514072; expl=2.835255; sum 5.349327 -> 5.4.
		{"CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:U/C:L/I:L/A:N", 5.4, LabelMedium},
		// v3.0 uses the same formulas: 9.8 as for 3.1.
		{"CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", 9.8, LabelCritical},
		// No impact at all scores 0.0 whatever the exploitability.
		{"CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:N", 0.0, LabelNone},
		// Temporal and environmental metrics are allowed and ignored.
		{"CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H/E:P/RL:O/RC:C/CR:H/MAV:L", 7.5, LabelHigh},
		// Metric order is free.
		{"CVSS:3.1/A:H/I:N/C:N/S:U/UI:N/PR:N/AC:L/AV:N", 7.5, LabelHigh},
	}
	for _, tt := range tests {
		got, err := BaseScore(tt.vector)
		if err != nil {
			t.Errorf("BaseScore(%q): %v", tt.vector, err)
			continue
		}
		if got != tt.score {
			t.Errorf("BaseScore(%q) = %v, want %v", tt.vector, got, tt.score)
		}
		if s := ParseSeverity(tt.vector); s.Label != tt.label || s.Score != tt.score || s.Vector != tt.vector {
			t.Errorf("ParseSeverity(%q) = %+v, want %v %v", tt.vector, s, tt.score, tt.label)
		}
	}
}

func TestBaseScoreInvalid(t *testing.T) {
	for _, v := range []string{
		"",
		"AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", // no prefix
		"CVSS:2.0/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H",      // other version
		"CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H",  // v4 is not v3
		"CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H",          // A missing
		"CVSS:3.1/AV:X/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H",      // bad value
		"CVSS:3.1/AV:N/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", // twice
		"CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/ZZ:Q", // unknown metric
		"CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/",     // empty metric
		"CVSS:3.1/AV:NN/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H",     // long value
	} {
		if s, err := BaseScore(v); err == nil {
			t.Errorf("BaseScore(%q) = %v, want an error", v, s)
		}
		if s := ParseSeverity(v); s.Label != LabelUnknown || s.Score != 0 || s.Vector != v {
			t.Errorf("ParseSeverity(%q) = %+v, want unknown", v, s)
		}
	}
}

func TestLabelFor(t *testing.T) {
	tests := []struct {
		score float64
		want  Label
	}{
		{0, LabelNone}, {0.1, LabelLow}, {3.9, LabelLow}, {4.0, LabelMedium}, {6.9, LabelMedium},
		{7.0, LabelHigh}, {8.9, LabelHigh}, {9.0, LabelCritical}, {10.0, LabelCritical},
	}
	for _, tt := range tests {
		if got := LabelFor(tt.score); got != tt.want {
			t.Errorf("LabelFor(%v) = %s, want %s", tt.score, got, tt.want)
		}
	}
}

// TestRoundup covers the cases the v3.1 Roundup exists for: a value a hair
// above a tenth because of float noise stays put, anything more goes up.
func TestRoundup(t *testing.T) {
	tests := []struct{ in, want float64 }{
		{4.0, 4.0}, {4.000000000001, 4.0}, {4.00001, 4.1}, {4.02, 4.1}, {4.1, 4.1}, {9.760161, 9.8}, {0, 0},
	}
	for _, tt := range tests {
		if got := roundup(tt.in); got != tt.want {
			t.Errorf("roundup(%v) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

// TestSnapshotVectorsScore checks that every CVSS vector in the embedded
// data parses, so none silently degrades to "unknown".
func TestSnapshotVectorsScore(t *testing.T) {
	db := loadDB(t)
	n := 0
	for _, pkg := range db.Packages() {
		for _, a := range db.Advisories(pkg) {
			if a.Severity == "" {
				continue
			}
			n++
			if _, err := BaseScore(a.Severity); err != nil {
				t.Errorf("%s: %v", a.ID, err)
			}
		}
	}
	if n != 202 {
		t.Errorf("%d advisories with a vector, want 202 (the README's count)", n)
	}
}
