package taint

import (
	"math"
	"strconv"
)

// constKind tells which Python type a known constant has; zero is unknown.
type constKind uint8

const (
	kUnknown constKind = iota
	kStr
	kBytes
	kInt
	kFloat
	kBool
	kNone
)

// konst is a value known at analysis time, for constant folding.
type konst struct {
	kind constKind
	s    string
	i    int64
	f    float64
}

func strConst(s string) konst      { return konst{kind: kStr, s: s} }
func intConst(i int64) konst       { return konst{kind: kInt, i: i} }
func floatConst(f float64) konst   { return konst{kind: kFloat, f: f} }
func boolConst(b bool) konst       { return konst{kind: kBool, i: b2i(b)} }
func (k konst) known() bool        { return k.kind != kUnknown }
func (k konst) text() bool         { return k.kind == kStr || k.kind == kBytes }
func (k konst) numeric() bool      { return k.kind == kInt || k.kind == kFloat || k.kind == kBool }
func (k konst) equal(o konst) bool { return k == o }

func b2i(b bool) int64 {
	if b {
		return 1
	}
	return 0
}

// truthy is Python truthiness of a known constant.
func (k konst) truthy() bool {
	switch k.kind {
	case kStr, kBytes:
		return k.s != ""
	case kInt, kBool:
		return k.i != 0
	case kFloat:
		return k.f != 0
	}
	return false
}

// num returns a numeric constant as a float, for mixed arithmetic.
func (k konst) num() float64 {
	if k.kind == kFloat {
		return k.f
	}
	return float64(k.i)
}

// key is the constant's dictionary key: equal Python keys give equal
// strings (1, 1.0 and True are one key in Python as well).
func (k konst) key() string {
	switch k.kind {
	case kStr:
		return "s" + k.s
	case kBytes:
		return "b" + k.s
	case kInt, kBool:
		return "n" + strconv.FormatInt(k.i, 10)
	case kFloat:
		if k.f == math.Trunc(k.f) && math.Abs(k.f) < 1e15 {
			return "n" + strconv.FormatInt(int64(k.f), 10)
		}
		return "f" + strconv.FormatFloat(k.f, 'g', -1, 64)
	case kNone:
		return "N"
	}
	return ""
}

// str is Python's str() of the constant.
func (k konst) str() (string, bool) {
	switch k.kind {
	case kStr:
		return k.s, true
	case kInt:
		return strconv.FormatInt(k.i, 10), true
	case kBool:
		if k.i != 0 {
			return "True", true
		}
		return "False", true
	case kNone:
		return "None", true
	case kFloat:
		if k.f == math.Trunc(k.f) && math.Abs(k.f) < 1e16 {
			return strconv.FormatFloat(k.f, 'f', 1, 64), true
		}
		return strconv.FormatFloat(k.f, 'g', -1, 64), true
	}
	return "", false
}
