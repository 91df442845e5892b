package suppress

import (
	"reflect"
	"testing"
)

func TestParseComment(t *testing.T) {
	tests := []struct {
		text string
		want []directive
	}{
		{"# flaskguard: ignore[FG0301] reason text",
			[]directive{{kind: KindInline, ids: []string{"FG0301"}, reason: "reason text", end: 40}}},
		{"# flaskguard: ignore[FG0301,FG0201] -- reason",
			[]directive{{kind: KindInline, ids: []string{"FG0301", "FG0201"}, reason: "reason", end: 45}}},
		{"# flaskguard: ignore[FG0301 FG0201]: reason",
			[]directive{{kind: KindInline, ids: []string{"FG0301", "FG0201"}, reason: "reason", end: 43}}},
		{"#flaskguard:ignore[ fg0301 , FG0201 ]",
			[]directive{{kind: KindInline, ids: []string{"FG0301", "FG0201"}, end: 37}}},
		{"# flaskguard: ignore",
			[]directive{{kind: KindInline, all: true, end: 20}}},
		{"# FlaskGuard: Ignore -- generated code",
			[]directive{{kind: KindInline, all: true, reason: "generated code", end: 38}}},
		{"# nosec",
			[]directive{{kind: KindNosec, all: true, end: 7}}},
		{"#NOSEC",
			[]directive{{kind: KindNosec, all: true, end: 6}}},
		{"# nosec FG0301",
			[]directive{{kind: KindNosec, ids: []string{"FG0301"}, end: 14}}},
		{"# nosec: FG0301, FG0201",
			[]directive{{kind: KindNosec, ids: []string{"FG0301", "FG0201"}, end: 23}}},
		// Bandit's and gosec's IDs are not ours: alone they mean "all".
		{"# nosec B201",
			[]directive{{kind: KindNosec, all: true, end: 12}}},
		{"# nosec B201, fg0201",
			[]directive{{kind: KindNosec, ids: []string{"FG0201"}, end: 20}}},
		{"# nosec G101 -- test fixture",
			[]directive{{kind: KindNosec, all: true, reason: "test fixture", end: 28}}},
		{"# nosec: this is fine",
			[]directive{{kind: KindNosec, all: true, reason: "this is fine", end: 21}}},
		{"# nosec FG0301 reviewed by security",
			[]directive{{kind: KindNosec, ids: []string{"FG0301"}, reason: "reviewed by security", end: 35}}},
		// A directive may share its comment with other pragmas.
		{"# noqa: E501  # nosec",
			[]directive{{kind: KindNosec, all: true, start: 14, end: 21}}},
		{"# type: ignore  # flaskguard: ignore[FG0601] -- escaped  ",
			[]directive{{kind: KindInline, ids: []string{"FG0601"}, reason: "escaped", start: 16, end: 55}}},
		// A '#' before ordinary text stays in the reason; one before a
		// pragma ends it.
		{"# flaskguard: ignore[FG0301] -- see #123 # nosec",
			[]directive{
				{kind: KindInline, ids: []string{"FG0301"}, reason: "see #123", end: 40},
				{kind: KindNosec, all: true, start: 41, end: 48},
			}},
		// Malformed directives are kept with their problem, to be reported.
		{"# flaskguard: ignor[FG0301] -- typo",
			[]directive{{kind: KindInline, problem: `unknown flaskguard directive (want "flaskguard: ignore[ID] -- reason")`, end: 35}}},
		{"# flaskguard: ignored",
			[]directive{{kind: KindInline, problem: `unknown flaskguard directive (want "flaskguard: ignore[ID] -- reason")`, end: 21}}},
		{"# flaskguard: ignore[FG0301 -- unclosed",
			[]directive{{kind: KindInline, problem: "suppression has no closing ']'", end: 39}}},
		{"# flaskguard: ignore[ , ] -- empty",
			[]directive{{kind: KindInline, problem: "suppression lists no rule IDs between '[' and ']'", end: 34}}},
		// Not directives.
		{"# nosecurity review pending", nil},
		{"# type: ignore", nil},
		{"# TODO: flaskguard: ignore is not at the start", nil},
		{"# see #nosec-docs", nil},
		{"#", nil},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			got := parseComment(tt.text)
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("parseComment(%q)\n got %+v\nwant %+v", tt.text, got, tt.want)
			}
		})
	}
}

func TestIsRuleID(t *testing.T) {
	for w, want := range map[string]bool{
		"FG0301": true, "B201": true, "g101": true,
		"FG": false, "0301": false, "FG03a": false, "--": false, "": false, "FG-0301": false,
	} {
		if got := isRuleID(w); got != want {
			t.Errorf("isRuleID(%q) = %v, want %v", w, got, want)
		}
	}
}
