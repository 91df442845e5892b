package taint

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/flaskguard/flaskguard/internal/python"
	"github.com/flaskguard/flaskguard/internal/taint/spec"
)

// builtin models the Python builtins that build, convert or walk
// containers, so that shapes survive list(), dict(), zip() and friends.
// It reports false for anything else.
func (f *frame) builtin(c *python.Call, name string, args []arg) (Value, bool) {
	a0, has0 := positional(args, 0)
	switch name {
	case "len":
		if has0 {
			if a0.v.k.text() {
				return constValue(intConst(int64(len(a0.v.k.s)))), true
			}
			if sh := a0.v.sh; sh != nil && sh.exact && sh.rest == nil && sh.kind != shObject {
				return constValue(intConst(int64(len(sh.elems) + len(sh.keys)))), true
			}
			if a0.v.t.tr != nil {
				return Value{aux: lenTag(a0.v)}, true
			}
			return Value{aux: lenPrefix}, true
		}
		return clean(), true
	case "str":
		if !has0 {
			return constValue(strConst("")), true
		}
		if s, ok := a0.v.k.str(); ok {
			return constValue(strConst(s)), true
		}
		return Value{t: printedTaint(a0.v), str: true, via: a0.v.via}, true
	case "int", "float", "bool":
		if has0 && a0.v.k.known() {
			if k, ok := convert(name, a0.v.k); ok {
				return constValue(k), true
			}
			if len(args) == 1 && notNumber(name, a0.v.k) {
				// int("not a number") raises ValueError, which is how
				// code jumps to its except clause on purpose.
				f.raise()
				return clean(), true
			}
		}
		return Value{}, false // the sanitizer table clears them
	case "dict":
		out := Value{sh: &shape{kind: shDict, exact: true}}
		if has0 {
			if a0.v.sh != nil && a0.v.sh.kind == shDict {
				out = Value{sh: a0.v.sh}
			} else {
				out = Value{sh: &shape{kind: shDict, rest: ptr(Value{t: a0.v.flat()}), restKey: ptr(Value{t: a0.v.flat()})}}
			}
		}
		for _, a := range args {
			if a.name != "" && a.star == 0 {
				out = setItem(out, constValue(strConst(a.name)), a.v)
			}
		}
		return out, true
	case "list", "tuple":
		kind := shList
		if name == "tuple" {
			kind = shTuple
		}
		if !has0 {
			return Value{sh: &shape{kind: kind, exact: true}}, true
		}
		if sh := a0.v.sh; sh != nil && seq(sh.kind) {
			n := *sh
			n.kind = kind
			return Value{sh: &n}, true
		}
		return Value{sh: summary(kind, elemOf(a0.v))}, true
	case "set", "frozenset", "sorted":
		kind := shSet
		if name == "sorted" {
			kind = shList
		}
		if !has0 {
			return Value{sh: &shape{kind: kind, exact: true}}, true
		}
		return Value{sh: summary(kind, elemOf(a0.v))}, true
	case "reversed":
		if has0 {
			if sh := a0.v.sh; sh != nil && sh.exact && seq(sh.kind) {
				_, out, _ := seqMethod(Value{sh: &shape{kind: shList, exact: true, elems: sh.elems}}, "reverse", nil)
				return out, true
			}
			return Value{sh: summary(shList, elemOf(a0.v))}, true
		}
	case "enumerate":
		if has0 {
			pair := Value{sh: &shape{kind: shTuple, exact: true, elems: []Value{clean(), elemOf(a0.v)}}}
			return Value{sh: summary(shList, pair)}, true
		}
	case "zip":
		var elems []Value
		for _, a := range args {
			if a.name == "" {
				elems = append(elems, elemOf(a.v))
			}
		}
		return Value{sh: summary(shList, Value{sh: &shape{kind: shTuple, exact: true, elems: elems}})}, true
	case "iter":
		if has0 {
			return a0.v, true
		}
	case "next":
		if has0 {
			v := elemOf(a0.v)
			if a1, ok := positional(args, 1); ok {
				v = join(v, a1.v)
			}
			return v, true
		}
	case "min", "max":
		if has0 && len(args) == 1 {
			return elemOf(a0.v), true
		}
		var v Value
		for i, a := range args {
			if a.name != "" {
				continue
			}
			if i == 0 {
				v = a.v
			} else {
				v = join(v, a.v)
			}
		}
		v.k = konst{}
		return v, true
	case "map":
		if a1, ok := positional(args, 1); ok && has0 {
			item := elemOf(a1.v)
			var res Value
			if a0.v.fn != nil {
				res = f.callRef(c, a0.v.fn, []arg{{v: item, expr: a1.expr}})
			} else {
				res = Value{t: item.flat()}
				if cleared, _, _, _, ok := f.e.ix.Sanitizer(strings.TrimPrefix(a0.v.sym, "builtins."), spec.SanitizerCall{}); ok {
					res.t = res.t.clear(cleared)
				}
			}
			return Value{sh: summary(shList, res)}, true
		}
	case "filter":
		if a1, ok := positional(args, 1); ok {
			return Value{sh: summary(shList, elemOf(a1.v))}, true
		}
	case "getattr":
		if a1, ok := positional(args, 1); ok && has0 && a1.v.k.kind == kStr {
			v := f.attr(a0.v, a1.v.k.s, c)
			if a2, ok := positional(args, 2); ok {
				v = join(v, a2.v)
			}
			return v, true
		}
	case "bytes":
		if has0 && a0.v.k.kind == kStr {
			if enc, ok := positional(args, 1); ok && enc.v.k.kind == kStr && encodesAsIs(a0.v.k.s, enc.v.k) {
				return constValue(konst{kind: kBytes, s: a0.v.k.s}), true
			}
		}
	case "chr", "hex", "oct", "bin", "ascii":
		return Value{str: true}, true
	}
	return Value{}, false
}

// convert folds int(), float() and bool() of a constant.
func convert(name string, k konst) (konst, bool) {
	switch name {
	case "bool":
		return boolConst(k.truthy()), true
	case "int":
		switch k.kind {
		case kInt, kBool:
			return intConst(k.i), true
		case kFloat:
			return intConst(int64(k.f)), true
		case kStr:
			if i, err := strconv.ParseInt(strings.TrimSpace(strings.ReplaceAll(k.s, "_", "")), 10, 64); err == nil {
				return intConst(i), true
			}
		}
	case "float":
		switch k.kind {
		case kInt, kBool:
			return floatConst(float64(k.i)), true
		case kFloat:
			return k, true
		case kStr:
			if x, err := strconv.ParseFloat(strings.TrimSpace(k.s), 64); err == nil {
				return floatConst(x), true
			}
		}
	}
	return konst{}, false
}

// notNumber reports a string that int() or float() surely refuses: one
// without a digit that is not a float's inf or nan.
func notNumber(name string, k konst) bool {
	if k.kind != kStr || name == "bool" || strings.ContainsAny(k.s, "0123456789") {
		return false
	}
	if name == "float" {
		switch strings.TrimLeft(strings.ToLower(strings.TrimSpace(k.s)), "+-") {
		case "inf", "infinity", "nan":
			return false
		}
	}
	return true
}

// encodesAsIs reports whether encoding s with the codec named by enc (a
// constant, or none: UTF-8) gives the bytes Go holds for it, so that
// "key".encode() and bytes("key", "utf-8") stay constants.
func encodesAsIs(s string, enc konst) bool {
	name := ""
	if enc.kind == kStr {
		name = strings.NewReplacer("-", "", "_", "").Replace(strings.ToLower(enc.s))
	} else if enc.kind != kUnknown {
		return false
	}
	switch name {
	case "", "utf8":
		return utf8.ValidString(s)
	case "ascii", "latin1", "iso88591":
		for i := 0; i < len(s); i++ {
			if s[i] >= 0x80 {
				return false
			}
		}
		return true
	}
	return false
}
