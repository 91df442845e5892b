package logging

import (
	"slices"
	"testing"

	"github.com/flaskguard/flaskguard/internal/python"
)

func TestPercentFields(t *testing.T) {
	for in, want := range map[string][]field{
		"user %s from %r":    {{index: 0, conv: convStr}, {index: 1, conv: convRepr}},
		"100%% %d %-10.3f":   {{index: 0, conv: convNumber}, {index: 1, conv: convNumber}},
		"%(user)s %(ip)a":    {{key: "user", index: -1, conv: convStr}, {key: "ip", index: -1, conv: convRepr}},
		"%*s":                {{index: 0, conv: convNumber}, {index: 1, conv: convStr}},
		"no fields":          nil,
		"dangling %":         nil,
		"%(unterminated":     nil,
		"%ls and %5s %a %i%": {{index: 0, conv: convStr}, {index: 1, conv: convStr}, {index: 2, conv: convRepr}, {index: 3, conv: convNumber}},
	} {
		if got := percentFields(in); !slices.Equal(got, want) {
			t.Errorf("percentFields(%q) = %+v, want %+v", in, got, want)
		}
	}
}

func TestBraceFields(t *testing.T) {
	for in, want := range map[string][]field{
		"{} {!r} {}":            {{index: 0, conv: convStr}, {index: 1, conv: convRepr}, {index: 2, conv: convStr}},
		"{1} {0!a}":             {{index: 1, conv: convStr}, {index: 0, conv: convRepr}},
		"{user.name} {q[0]!r}":  {{key: "user", index: -1, conv: convStr}, {key: "q", index: -1, conv: convRepr}},
		"{{literal}} {x:>{w}}":  {{key: "x", index: -1, conv: convStr}},
		"{:>10}":                {{index: 0, conv: convStr}},
		"}} closing only {{ }}": nil,
		"{":                     nil,
		"x {y":                  nil,
		"{} {":                  {{index: 0, conv: convStr}},
	} {
		if got := braceFields(in); !slices.Equal(got, want) {
			t.Errorf("braceFields(%q) = %+v, want %+v", in, got, want)
		}
	}
}

func TestFstringConversion(t *testing.T) {
	for src, want := range map[string]conversion{
		`f"{x}"`:        convStr,
		`f"{x!r}"`:      convRepr,
		`f"{x!a}"`:      convRepr,
		`f"{x!s}"`:      convStr,
		`f"{x=}"`:       convRepr,
		`f"{x = }"`:     convRepr,
		`f"{x=!s}"`:     convStr,
		`f"{x=:>10}"`:   convStr,
		`f"{x:>10}"`:    convStr,
		`f"{(x)!r}"`:    convRepr,
		`f"{x != y}"`:   convStr,
		`f"{f(x)!r}"`:   convRepr,
		`f"{d['k']!r}"`: convRepr,
	} {
		file, err := python.Parse("t.py", []byte(src+"\n"))
		if err != nil {
			t.Fatal(err)
		}
		s := file.Module.Body[0].(*python.ExprStmt).X.(*python.String)
		if got := fstringConversion(file.Source, s.Interpolations[0].Span().End.Offset); got != want {
			t.Errorf("%s: conversion %d, want %d", src, got, want)
		}
	}
}

func TestIsShortSlice(t *testing.T) {
	for src, want := range map[string]bool{
		"t[:4]": true, "t[-4:]": true, "t[2:6]": true, "t[:8]": true, "t[-8:-2]": true,
		"t[:9]": false, "t[4:]": false, "t[:]": false, "t[:n]": false, "t[::2]": false, "t[-12:]": false,
	} {
		file, err := python.Parse("t.py", []byte(src+"\n"))
		if err != nil {
			t.Fatal(err)
		}
		sl := file.Module.Body[0].(*python.ExprStmt).X.(*python.Subscript).Index.(*python.Slice)
		if got := isShortSlice(sl); got != want {
			t.Errorf("isShortSlice(%s) = %v, want %v", src, got, want)
		}
	}
}
