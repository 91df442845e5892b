package python

import "testing"

// convertCases are small snippets and their converted trees, rendered by
// dump, one statement per line. FuzzParse uses them as seeds.
var convertCases = []struct {
	name, src, want string
}{
	// Calls and attributes.
	{"call keywords", "app.run(host='0.0.0.0', debug=True)",
		`(call (. app run) host="0.0.0.0" debug=True)`},
	{"call star args", "f(a, *b, c=1, **d)", "(call f a *b c=1 **d)"},
	{"call generator", "sum(x for x in xs)", "(call sum (genexp x (for x xs)))"},
	{"attribute chain", "flask.helpers.send_file", "(. (. flask helpers) send_file)"},
	{"method on call", "get_app().run()", "(call (. (call get_app) run))"},

	// Assignments.
	{"plain", "x = 1", "(= x 1)"},
	{"chained", "a = b = c", "(= a b c)"},
	{"tuple target", "x, *y = z", "(= (tuple x *y) z)"},
	{"list target", "[a, b] = c", "(= [a b] c)"},
	{"parenthesised target", "(a, b) = 1, 2", "(= (tuple a b) (tuple 1 2))"},
	{"augmented", "count += 1", "(+= count 1)"},
	{"floor-div augmented", "n //= 2", "(//= n 2)"},
	{"annotated", "timeout: int = 30", "(= timeout : int 30)"},
	{"bare annotation", "name: str", "(= name : str _)"},
	{"subscript target", "app.config['DEBUG'] = True", `(= (sub (. app config) "DEBUG") True)`},
	{"yield value", "def g():\n    x = yield y", "(def g () {(= x (yield y))})"},

	// Imports.
	{"import", "import os.path as p, sys", "(import os.path as p sys)"},
	{"from import", "from flask import Flask, request", "(from flask import Flask request)"},
	{"relative", "from ..a import b as c", "(from ..a import b as c)"},
	{"relative dot only", "from . import views", "(from . import views)"},
	{"star import", "from .models import *", "(from .models import *)"},
	{"parenthesised names", "from x import (a,\n    b,)", "(from x import a b)"},
	{"future", "from __future__ import annotations", "(from __future__ import annotations)"},
	{"spaced dots", "import a . b", "(import a.b)"},

	// Definitions.
	{"decorator with args", "@app.route('/x', methods=['POST'])\ndef x(): pass",
		`(def x @(call (. app route) "/x" methods=["POST"]) () {pass})`},
	{"stacked decorators", "@a\n@b.c\nasync def f(): ...", "(async def f @a @(. b c) () {...})"},
	{"class bases and keywords", "class V(MethodView, metaclass=M): pass", "(class V ( MethodView metaclass=M) {pass})"},
	{"params", "def f(a, /, b: int = 1, *args, c, d=2, **kw) -> bool: pass",
		"(def f (a/ b:int=1 *args c d=2 **kw) -> bool {pass})"},
	{"keyword-only marker", "def f(*, key): pass", "(def f (* key) {pass})"},
	{"lambda", "key = lambda item, n=1: item[n]", "(= key (lambda (item n=1) (sub item n)))"},
	{"type params", "def first[T](xs: list[T]) -> T: pass", "(def first[T] (xs:(sub list T)) -> T {pass})"},
	{"class type params", "class Box[T, *Ts, **P]: pass", "(class Box[T Ts P] () {pass})"},
	{"type alias", "type Point = tuple[float, float]", "(type Point (sub tuple (tuple float float)))"},
	{"generic alias", "type L[T] = list[T]", "(type L[T] (sub list T))"},

	// Expressions.
	{"comparison chain", "a not in b is not c < d", "(cmp a not in b is not c < d)"},
	{"spaced not in", "a not   in b", "(cmp a not in b)"},
	{"boolean", "not a and b or c", "(or (and (unot a) b) c)"},
	{"arithmetic", "-a + b * c ** 2", "(+ (u- a) (* b (** c 2)))"},
	{"conditional", "a if b else c", "(ifexp a b c)"},
	{"walrus", "if (m := re.match(p, s)): pass", "(if (:= m (call (. re match) p s)) {pass})"},
	{"slices", "a[1:2, ::3, x]", "(sub a (tuple (slice 1 2 _) (slice _ _ 3) x))"},
	{"trailing comma index", "a[x,]", "(sub a (tuple x))"},
	{"star index", "a[*b]", "(sub a *b)"},
	{"empty displays", "([], (), {})", "(tuple [] (tuple) (dict))"},
	{"dict splat", "{'a': 1, **rest}", `(dict "a":1 **rest)`},
	{"set", "{1, 2}", "{1 2}"},
	{"starred tuple", "(*a, b)", "(tuple *a b)"},
	{"constants", "(None, True, False, ...)", "(tuple None True False ...)"},
	{"numbers", "(0x1F, 1_000, 1.5e3, 2j)", "(tuple 0x1F 1_000 1.5e3 2j)"},
	{"deep parens", "((((x))))", "x"},
	{"await yield from", "async def f():\n    await g()\n    yield from h", "(async def f () {(await (call g)); (yield-from h)})"},
	{"list comprehension", "[x for x in y if x if z for w in x]", "(listcomp x (for x y if x if z) (for w x))"},
	{"dict comprehension", "{k: v for k, v in d.items()}", "(dictcomp k:v (for (tuple k v) (call (. d items))))"},
	{"set comprehension", "{x for x in y}", "(setcomp x (for x y))"},
	{"async comprehension", "async def f():\n    return [x async for x in y]", "(async def f () {(return (listcomp x (async for x y)))})"},
	{"walrus in comprehension", "[y for x in xs if (y := f(x))]", "(listcomp y (for x xs if (:= y (call f x))))"},

	// Statements.
	{"if elif else", "if a:\n    pass\nelif b:\n    x = 1\nelse:\n    y = 2",
		"(if a {pass} else{(if b {(= x 1)} else{(= y 2)})})"},
	{"for else", "async def f():\n    async for x in y:\n        break\n    else:\n        continue",
		"(async def f () {(async for x y {break} else{continue})})"},
	{"while", "while True:\n    pass", "(while True {pass})"},
	{"with", "with open(p) as f, lock:\n    pass", "(with (call open p) as f lock {pass})"},
	{"parenthesised with", "with (a as b, c as (d, e)):\n    pass", "(with a as b c as (tuple d e) {pass})"},
	{"try", "try:\n    pass\nexcept (A, B) as e:\n    raise X from e\nexcept:\n    raise\nelse:\n    pass\nfinally:\n    pass",
		"(try {pass} except (tuple A B) as e {(raise X e)} except _ {(raise _ _)} else{pass} finally{pass})"},
	{"except star", "try:\n    pass\nexcept* ValueError as eg:\n    pass", "(try {pass} except* ValueError as eg {pass})"},
	{"simple statements", "pass; del a, b[0]; global g, h", "pass\n(del a (sub b 0))\n(global g h)"},
	{"nonlocal", "def f():\n    nonlocal n", "(def f () {(nonlocal n)})"},
	{"assert", "assert x, 'msg'", `(assert x "msg")`},
	{"return tuple", "def f():\n    return *a, b", "(def f () {(return (tuple *a b))})"},
	{"bare tuple statement", "a, b", "(tuple a b)"},
	{"soft keywords as names", "match = 1\ntype = 2\nprint(match)", "(= match 1)\n(= type 2)\n(call print match)"},
	{"soft keyword calls", "match(a, b)\nprint(type(x), file=sys.stderr)", "(call match a b)\n(call print (call type x) file=(. sys stderr))"},
	{"python 2 except", "try:\n    pass\nexcept E, e:\n    pass", "(try {pass} except E as e {pass})"},
	{"class decorator", "@dataclass(frozen=True)\nclass P:\n    x: int = 0", "(class P @(call dataclass frozen=True) () {(= x : int 0)})"},
	{"nested for target", "for i, (a, b) in enumerate(pairs): pass", "(for (tuple i (tuple a b)) (call enumerate pairs) {pass})"},
	{"bare yield and raise", "def g():\n    x = yield\n    raise", "(def g () {(= x (yield _)); (raise _ _)})"},
	{"open slices", "a[1:], a[::-1], a[:, None]", "(tuple (sub a (slice 1 _ _)) (sub a (slice _ _ (u- 1))) (sub a (tuple (slice _ _ _) None)))"},
	{"deep relative import", "from ... import x\nfrom .... a import b", "(from ... import x)\n(from ....a import b)"},
	{"called call", "f(*args)(**kw)", "(call (call f *args) **kw)"},
	{"match subject tuple", "match a, b:\n    case 1, 2:\n        pass", "(match (tuple a b) (case (tuple 1 2) {pass}))"},
	{"match patterns", "match c:\n    case Point(x=0, y=_) | {'k': -1, **kw} as p if p:\n        pass\n    case [1, *rest]:\n        pass",
		`(match c (case (:= p (| (call Point x=0 y=_) (dict "k":(u- 1) **kw))) if p {pass}) (case [1 *rest] {pass}))`},
	{"match negative key and complex", "match c:\n    case {-1: 0} | -1 - 2j | a.b.C:\n        pass",
		"(match c (case (| (| (dict (u- 1):0) (- (u- 1) 2j)) (. (. a b) C)) {pass}))"},
}

func TestConvertShapes(t *testing.T) {
	for _, tt := range convertCases {
		t.Run(tt.name, func(t *testing.T) {
			f := mustParse(t, tt.src)
			if len(f.Errors) != 0 {
				t.Fatalf("unexpected syntax errors: %v", f.Errors)
			}
			if got := dumpBody(f.Module.Body); got != tt.want {
				t.Errorf("source:\n%s\ngot:\n%s\nwant:\n%s", tt.src, got, tt.want)
			}
		})
	}
}
