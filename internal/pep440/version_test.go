package pep440

import (
	"errors"
	"slices"
	"testing"
)

func mustParse(t testing.TB, s string) Version {
	t.Helper()
	v, err := Parse(s)
	if err != nil {
		t.Fatalf("Parse(%q): %v", s, err)
	}
	return v
}

// TestParseNormalisation walks PEP 440's "Normalization" section, one row per
// rule it states, plus the spellings that appear in the advisory data.
func TestParseNormalisation(t *testing.T) {
	tests := []struct{ in, want string }{
		// Case sensitivity.
		{"1.1RC1", "1.1rc1"},
		{"1.0.DEV2", "1.0.dev2"},
		// Integer normalisation; alphanumeric local segments keep their zeros.
		{"00", "0"},
		{"09000", "9000"},
		{"1.0+foo0100", "1.0+foo0100"},
		{"1.0+0100", "1.0+100"},
		// Pre-release separators and spelling.
		{"1.1.a1", "1.1a1"},
		{"1.1-a1", "1.1a1"},
		{"1.1_a1", "1.1a1"},
		{"1.0a.1", "1.0a1"},
		{"1.0-alpha.1", "1.0a1"},
		{"1.1alpha1", "1.1a1"},
		{"1.1beta2", "1.1b2"},
		{"1.1c3", "1.1rc3"},
		{"1.8c1", "1.8rc1"},
		{"1.1pre4", "1.1rc4"},
		{"1.1preview5", "1.1rc5"},
		// Implicit pre-release number.
		{"1.2a", "1.2a0"},
		{"1.0a", "1.0a0"},
		// Post-release separators, spelling and implicit number.
		{"1.2-post2", "1.2.post2"},
		{"1.2post2", "1.2.post2"},
		{"1.2.post.2", "1.2.post2"},
		{"1.0-r4", "1.0.post4"},
		{"1.0-rev4", "1.0.post4"},
		{"1.0r", "1.0.post0"},
		{"1.0post", "1.0.post0"},
		{"1.0-1", "1.0.post1"},
		{"1.6.5.post1", "1.6.5.post1"},
		// Development release separators and implicit number.
		{"1.2-dev2", "1.2.dev2"},
		{"1.2dev2", "1.2.dev2"},
		{"1.2.dev", "1.2.dev0"},
		{"0.5.0b3.dev78", "0.5.0b3.dev78"},
		// Local version separators.
		{"1.0+ubuntu-1", "1.0+ubuntu.1"},
		{"1.0+ubuntu_1", "1.0+ubuntu.1"},
		{"1.0+Ubuntu.1", "1.0+ubuntu.1"},
		// Preceding "v", surrounding white space, epochs.
		{"v1.0", "1.0"},
		{"V1.0", "1.0"},
		{" 1.0\n", "1.0"},
		{"1!2.0", "1!2.0"},
		{"0!2.0", "2.0"},
		// Every part at once.
		{"v1!2.3-RC-4.post-5-dev.6+Local_7", "1!2.3rc4.post5.dev6+local.7"},
		// A label's separator may stand alone (the PEP's pattern allows it).
		{"1.0a.", "1.0a0"},
		{"1.0a_-1", "1.0a0.post1"},
	}
	for _, tt := range tests {
		v, err := Parse(tt.in)
		if err != nil {
			t.Errorf("Parse(%q): %v", tt.in, err)
			continue
		}
		if got := v.String(); got != tt.want {
			t.Errorf("Parse(%q).String() = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestParseInvalid includes the three non-PEP 440 strings from the advisory
// data, which must fail cleanly rather than panic or half-parse.
func TestParseInvalid(t *testing.T) {
	for _, in := range []string{
		"0.2.0-n653", "2019-09-12", "0.7.10p1", // from the advisory data
		"", "   ", "v", "1.", "1..0", ".1", "1.0-", "1.0+", "1.0+a.", "1.0+a..b",
		"1.0ab", "1.0prev", "1.0-1-1", "1!2!3", "1.0 a1", "a1", "1.0a1a2",
		"18446744073709551616", "1.0\u00e91", "1.0-\u0130",
	} {
		v, err := Parse(in)
		if err == nil {
			t.Errorf("Parse(%q) = %s, want an error", in, v)
			continue
		}
		if !errors.Is(err, ErrInvalid) {
			t.Errorf("Parse(%q) error %v does not wrap ErrInvalid", in, err)
		}
		if !v.IsZero() {
			t.Errorf("Parse(%q) returned a non-zero Version with its error", in)
		}
	}
}

// TestOrderPEP checks the ordering lists from PEP 440 ("Summary of permitted
// suffixes and relative ordering") plus local-label and epoch ordering: each
// element must sort strictly after the one before it.
func TestOrderPEP(t *testing.T) {
	lists := [][]string{
		{
			"1.dev0", "1.0.dev456", "1.0a1", "1.0a2.dev456", "1.0a12.dev456",
			"1.0a12", "1.0b1.dev456", "1.0b2", "1.0b2.post345.dev456", "1.0b2.post345",
			"1.0rc1.dev456", "1.0rc1", "1.0", "1.0+abc.5", "1.0+abc.7", "1.0+5",
			"1.0.post456.dev34", "1.0.post456", "1.0.15", "1.1.dev1",
		},
		{
			"1.0", "1.0+abc", "1.0+abc.1", "1.0+abc.2", "1.0+abd", "1.0+1",
			"1.0+1.abc", "1.0+2", "1.0+10", "1.0.post0", "1!0.1",
		},
		// Examples from the advisory README: post-release fixes, dev
		// releases of a pre-release, and epochs.
		{"1.6.5", "1.6.5.post1", "1.6.6"},
		{"1.5.0", "1.5.0.post0"},
		{"0.5.0b3.dev77", "0.5.0b3.dev78", "0.5.0b3"},
		{"5.1b1", "5.1", "5.2b1", "5.2"},
		{"2.2.5", "2.3.0", "99999", "1!0.1"},
	}
	for _, list := range lists {
		for i := 1; i < len(list); i++ {
			a, b := mustParse(t, list[i-1]), mustParse(t, list[i])
			if Compare(a, b) != -1 || Compare(b, a) != 1 || a.Compare(b) != -1 {
				t.Errorf("want %s < %s", list[i-1], list[i])
			}
		}
		// Sorting a reversed copy must restore the list.
		vs := make([]Version, len(list))
		for i, s := range list {
			vs[len(list)-1-i] = mustParse(t, s)
		}
		slices.SortFunc(vs, Compare)
		for i, v := range vs {
			if v.String() != mustParse(t, list[i]).String() {
				t.Errorf("sorted[%d] = %s, want %s", i, v, list[i])
			}
		}
	}
}

func TestEqual(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"1.0", "1.0.0", true},
		{"1.0", "1.0.0.0.0", true},
		{"1", "1.0", true},
		{"2.2", "2.2.0", true},
		{"1.8c1", "1.8rc1", true},
		{"3.1.0.rc1", "3.1.0rc1", true},
		{"1.0-1", "1.0.post1", true},
		{"0!1.0", "1.0", true},
		{"1.0+ubuntu-01", "1.0+ubuntu.1", true},
		{"1.0", "1.0+local", false},
		{"1.0", "1.0.post0", false},
		{"1.0", "1.0.dev0", false},
		{"1.0a0", "1.0.dev0", false},
		{"1!1.0", "1.0", false},
	}
	for _, tt := range tests {
		if got := mustParse(t, tt.a).Equal(mustParse(t, tt.b)); got != tt.want {
			t.Errorf("%s == %s: got %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestAccessors(t *testing.T) {
	v := mustParse(t, "2!1.02.3rc4.post5.dev6+abc.007")
	if v.Epoch() != 2 || !slices.Equal(v.Release(), []uint64{1, 2, 3}) {
		t.Errorf("epoch/release = %d %v", v.Epoch(), v.Release())
	}
	if !v.IsPrerelease() || !v.IsPostrelease() || !v.IsDevrelease() || v.Local() != "abc.7" {
		t.Errorf("flags: pre %v post %v dev %v local %q", v.IsPrerelease(), v.IsPostrelease(), v.IsDevrelease(), v.Local())
	}
	if got := v.Public().String(); got != "2!1.2.3rc4.post5.dev6" {
		t.Errorf("Public() = %s", got)
	}
	if got := v.BaseVersion().String(); got != "2!1.2.3" {
		t.Errorf("BaseVersion() = %s", got)
	}
	rel := v.Release()
	rel[0] = 99
	if v.Release()[0] != 1 {
		t.Error("Release() exposes the internal slice")
	}
	final := mustParse(t, "1.0.post1")
	if final.IsPrerelease() || !final.IsPostrelease() {
		t.Error("1.0.post1 misclassified")
	}
	if (Version{}).String() != "" || !(Version{}).IsZero() {
		t.Error("zero Version")
	}
}

// FuzzParse checks that Parse never panics and that the canonical form of
// anything it accepts parses back to an equal version with the same form.
func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"1.0", "v1!2.3-RC-4.post-5-dev.6+Local_7", "1.0a.", "1.0-1", "0.2.0-n653",
		"2019-09-12", "0.7.10p1", "1.8c1", "1.0+ubuntu-01", "18446744073709551615",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, err := Parse(s)
		if err != nil {
			return
		}
		canon := v.String()
		w, err := Parse(canon)
		if err != nil {
			t.Fatalf("Parse(%q) ok but its canonical form %q fails: %v", s, canon, err)
		}
		if Compare(v, w) != 0 || w.String() != canon {
			t.Fatalf("round trip of %q: %q then %q", s, canon, w.String())
		}
	})
}
