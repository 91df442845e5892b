package pep440

import (
	"errors"
	"testing"
)

// TestSpecifierContains holds the examples PEP 440 gives in "Version
// specifiers" (compatible release expansions, version matching with and
// without wildcards and local labels, the exclusive ordered comparisons) and
// the pre-release handling rules. pre is the allowPre argument.
func TestSpecifierContains(t *testing.T) {
	tests := []struct {
		spec, version string
		pre, want     bool
	}{
		// Compatible release: ~=2.2 is >=2.2,==2.*.
		{"~=2.2", "2.2", false, true},
		{"~=2.2", "2.9.1", false, true},
		{"~=2.2", "3.0", false, false},
		{"~=2.2", "2.1", false, false},
		// ~=1.4.5 is >=1.4.5,==1.4.*.
		{"~=1.4.5", "1.4.5", false, true},
		{"~=1.4.5", "1.4.99", false, true},
		{"~=1.4.5", "1.5", false, false},
		{"~=1.4.5", "1.4.4", false, false},
		// ~=2.2.post3 is >=2.2.post3,==2.*.
		{"~=2.2.post3", "2.2.post3", false, true},
		{"~=2.2.post3", "2.3", false, true},
		{"~=2.2.post3", "2.2", false, false},
		// ~=1.4.5a4 is >=1.4.5a4,==1.4.*; it names a pre-release, so
		// pre-releases are admitted.
		{"~=1.4.5a4", "1.4.5a4", false, true},
		{"~=1.4.5a4", "1.4.5b1", false, true},
		{"~=1.4.5a4", "1.4.6", false, true},
		{"~=1.4.5a4", "1.5", false, false},
		// ~=2.2.0 is >=2.2.0,==2.2.*.
		{"~=2.2.0", "2.2.7", false, true},
		{"~=2.2.0", "2.3", false, false},
		{"~=1!2.2", "1!2.5", false, true},
		{"~=1!2.2", "2.5", false, false},
		// Version matching: the PEP's 1.1.post1 example.
		{"==1.1", "1.1.post1", false, false},
		{"==1.1.post1", "1.1.post1", false, true},
		{"==1.1.*", "1.1.post1", false, true},
		// Zero padding applies to strict and prefix matching.
		{"==1.1", "1.1.0", false, true},
		{"==1.1.0", "1.1", false, true},
		{"==1.1.*", "1.1", false, true},
		{"==1.0.0.*", "1", false, true},
		{"==1.1.*", "1.10", false, false},
		{"==1.*", "1!1.0", false, false},
		{"==1!1.*", "1!1.2", false, true},
		// A prefix match admits the release's pre-releases only when asked.
		{"==1.1.*", "1.1a1", false, false},
		{"==1.1.*", "1.1a1", true, true},
		{"!=1.1.*", "1.1.3", false, false},
		{"!=1.1.*", "1.2", false, true},
		// Local labels: ignored unless the specifier has one.
		{"==1.0", "1.0+ubuntu.1", false, true},
		{"==1.0+ubuntu.1", "1.0+ubuntu-1", false, true},
		{"==1.0+ubuntu.1", "1.0", false, false},
		{"==1.0+ubuntu.1", "1.0+ubuntu.2", false, false},
		{"!=1.0", "1.0+ubuntu.1", false, false},
		{"<=1.0", "1.0+local", false, true},
		{">=1.0", "1.0+local", false, true},
		// Exclusive ordered comparisons.
		{">1.7", "1.7.1", false, true},
		{">1.7", "1.7.0.post1", false, false},
		{">1.7", "1.7+local", false, false},
		{">1.7.post2", "1.7.1", false, true},
		{">1.7.post2", "1.7.0.post3", false, true},
		{">1.7.post2", "1.7.0", false, false},
		{"<3.1", "3.0", false, true},
		{"<3.1", "3.1.dev0", true, false},
		{"<3.1", "3.1rc1", true, false},
		{"<3.1", "3.0.dev0", true, true},
		{"<3.1", "3.0.dev0", false, false},
		{"<3.1rc1", "3.1b1", false, true},
		{"<3.1rc1", "3.1rc1", false, false},
		{">1.0a1", "1.0a2", false, true},
		{"<=1.0", "1.0", false, true},
		{"<=1.0", "1.0.post1", false, false},
		{">=1.0", "1.0.dev1", true, false},
		// Pre-releases: excluded by default, admitted when asked or when a
		// clause names one; != naming one does not count.
		{">=1.0", "2.0b1", false, false},
		{">=1.0", "2.0b1", true, true},
		{">=1.0b1", "2.0b1", false, true},
		{"==2.0b1", "2.0b1", false, true},
		{"!=2.0b1", "2.0b2", false, false},
		{"==1.0.dev1", "1.0.dev1", false, true},
		// Arbitrary equality compares canonical strings, case-insensitively.
		{"===1.0", "1.0", false, true},
		{"===1.0", "1.0.0", false, false},
		{"===1.0+LOCAL", "1.0+local", false, true},
		{"===foobar", "1.0", false, false},
		// White space around the operator and version.
		{" >= 1.0 ", "1.0", false, true},
		{"== v1.0", "1.0", false, true},
	}
	for _, tt := range tests {
		sp, err := ParseSpecifier(tt.spec)
		if err != nil {
			t.Errorf("ParseSpecifier(%q): %v", tt.spec, err)
			continue
		}
		if got := sp.Contains(mustParse(t, tt.version), tt.pre); got != tt.want {
			t.Errorf("%q contains %s (allowPre %v) = %v, want %v", tt.spec, tt.version, tt.pre, got, tt.want)
		}
	}
}

func TestSpecifierSetContains(t *testing.T) {
	tests := []struct {
		set, version string
		pre, want    bool
	}{
		// The PEP's syntax example; ~=0.9 means ==0.*, so nothing >=1.0 passes.
		{"~= 0.9, >= 1.0, != 1.3.4.*, < 2.0", "1.5", false, false},
		{">= 1.0, != 1.3.4.*, < 2.0", "1.5", false, true},
		{">= 1.0, != 1.3.4.*, < 2.0", "1.3.4.1", false, false},
		{"~= 0.9, >= 1.0, != 1.3.4.*, < 2.0", "1.3.4.1", false, false},
		{"~= 0.9, >= 1.0, != 1.3.4.*, < 2.0", "0.9.5", false, false},
		{"~= 0.9, >= 1.0, != 1.3.4.*, < 2.0", "2.0", false, false},
		{">=2.0,<3", "2.5", false, true},
		{">=2.0,<3", "3.0a1", true, false},
		// One clause naming a pre-release admits them for the whole set.
		{">=1.0b1,<2", "1.5rc1", false, true},
		{">=1.0,<2", "1.5rc1", false, false},
		// The empty set admits every final release and, when asked, pre-releases.
		{"", "0.1", false, true},
		{"", "1.0a1", false, false},
		{"", "1.0a1", true, true},
		{" , ", "1.0", false, true},
	}
	for _, tt := range tests {
		set, err := ParseSpecifierSet(tt.set)
		if err != nil {
			t.Errorf("ParseSpecifierSet(%q): %v", tt.set, err)
			continue
		}
		if got := set.Contains(mustParse(t, tt.version), tt.pre); got != tt.want {
			t.Errorf("%q contains %s (allowPre %v) = %v, want %v", tt.set, tt.version, tt.pre, got, tt.want)
		}
	}
	var zero SpecifierSet
	if zero.Contains(Version{}, true) {
		t.Error("a set must not contain the zero Version")
	}
}

func TestSpecifierStrings(t *testing.T) {
	tests := []struct{ in, want string }{
		{">= 1.0 , <2.0.0", ">=1.0,<2.0.0"},
		{"==1.1.*,!=1.1.3", "==1.1.*,!=1.1.3"},
		{"~=1.4.5-ALPHA.4", "~=1.4.5a4"},
		{"===Foo-Bar", "===Foo-Bar"},
		{"==v1!1.0+Ubuntu-1", "==1!1.0+ubuntu.1"},
		{"", ""},
	}
	for _, tt := range tests {
		set, err := ParseSpecifierSet(tt.in)
		if err != nil {
			t.Errorf("ParseSpecifierSet(%q): %v", tt.in, err)
			continue
		}
		if got := set.String(); got != tt.want {
			t.Errorf("String() of %q = %q, want %q", tt.in, got, tt.want)
		}
	}
	set, _ := ParseSpecifierSet(">=1.0, ==1.2.*")
	sps := set.Specifiers()
	if len(sps) != 2 || sps[0].Operator() != ">=" || sps[1].Operator() != "==" || !sps[1].IsWildcard() {
		t.Fatalf("Specifiers() = %v", sps)
	}
	if v, ok := sps[1].Version(); !ok || v.String() != "1.2" {
		t.Errorf("wildcard Version() = %s, %v", v, ok)
	}
}

func TestSpecifierInvalid(t *testing.T) {
	for _, in := range []string{
		"1.0", "=1.0", "=>1.0", "==", "===", ">=", "== 1 .0",
		">=1.0.*", "<1.0+local", "~=1", "~=1.0+local", "~=1.0.*",
		"==1.0a1.*", "==1.0.post1.*", "==1.0.dev1.*", "==1.0+l.*", "==1.0.*.*",
		"==0.2.0-n653", ">=1.0,<", "~=2019-09-12",
	} {
		_, err := ParseSpecifierSet(in)
		if err == nil {
			t.Errorf("ParseSpecifierSet(%q) accepted", in)
			continue
		}
		if !errors.Is(err, ErrInvalidSpecifier) {
			t.Errorf("ParseSpecifierSet(%q) error %v does not wrap ErrInvalidSpecifier", in, err)
		}
	}
}

func TestPinned(t *testing.T) {
	tests := []struct {
		in, want string
		ok       bool
	}{
		{"==2.2.0", "2.2.0", true},
		{"=== 2.2", "2.2", true},
		{"==2.2.*", "", false},
		{">=2.2", "", false},
		{"==2.2,!=2.3", "", false},
		{"===weird", "", false},
		{"", "", false},
	}
	for _, tt := range tests {
		set, err := ParseSpecifierSet(tt.in)
		if err != nil {
			t.Fatalf("ParseSpecifierSet(%q): %v", tt.in, err)
		}
		v, ok := set.Pinned()
		if ok != tt.ok || v.String() != tt.want {
			t.Errorf("Pinned(%q) = %q, %v; want %q, %v", tt.in, v, ok, tt.want, tt.ok)
		}
	}
}

func TestNormalizeName(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Flask", "flask"},
		{"Flask_WTF", "flask-wtf"},
		{"flask.wtf", "flask-wtf"},
		{"Flask-WTF", "flask-wtf"},
		{"jw.util", "jw-util"},
		{"JW_Util", "jw-util"},
		{"a-_.-b", "a-b"},
		{"zope.interface", "zope-interface"},
		{"  Django ", "django"},
	}
	for _, tt := range tests {
		if got := NormalizeName(tt.in); got != tt.want {
			t.Errorf("NormalizeName(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
