package main

// prefixBreaks are the classes and sink tags whose exploit does not survive
// a prefix glued in front of the value (a URL, a program, Python code, a
// document must start with it).
func prefixBreaks() []string {
	return []string{"redirect", "ssrf", "codeinj", "xxe", "deserialization", "whole-command", "url-host", "xpath-path"}
}

// caseSafeOnly are the classes whose exploit survives .upper(); elsewhere
// the exploit is case-sensitive or exploitability becomes a judgement call.
func caseSafeOnly() []string {
	return []string{"sqli", "xss", "ldapi", "loginj", "headerinj", "trustbound", "redirect", "ssrf"}
}

// props are the "bar = ..." part. Transforms (Selector false) compute bar
// from @IN@; selectors leave bar equal to @IN@ or to @SAFE@ through a trick
// that a naive analysis cannot see through. Every trick comes in a safe and
// a vulnerable variant so that over- and under-approximation both cost.
func props() []prop {
	return []prop{
		// Plain transforms that keep the taint.
		{Name: "copy", Doc: "plain copy", Keeps: true, Selector: true, Code: `bar = @IN@`},
		{Name: "concat-suffix", Doc: "`+` with a constant suffix", Keeps: true, Code: `bar = @IN@ + "_SafeStuff"`,
			Skip: []string{"xxe", "deserialization", "codeinj-import", "xpath-path"}},
		{Name: "concat-prefix", Doc: "`+` with a constant prefix", Keeps: true, Code: `bar = "SafeStuff_" + @IN@`,
			Skip: prefixBreaks()},
		{Name: "fstring", Doc: "an f-string", Keeps: true, Code: `bar = f"{@IN@}"`},
		{Name: "percent-format", Doc: "`%` formatting", Keeps: true, Code: `bar = "%s" % @IN@`},
		{Name: "str-format", Doc: "`str.format`", Keeps: true, Code: `bar = "{0}".format(@IN@)`},
		{Name: "join", Doc: "`\"\".join([...])`", Keeps: true, Code: `bar = "".join(["", @IN@, ""])`},
		{Name: "slice-keep", Doc: "slicing that keeps the value (`[:1000]`)", Keeps: true, Code: `bar = @IN@[:1000]`},
		{Name: "base64-roundtrip", Doc: "`base64.b64encode` then `b64decode`", Keeps: true,
			Imports: []string{"import base64"},
			Code:    `bar = base64.b64decode(base64.b64encode(@IN@.encode("utf-8"))).decode("utf-8")`},
		{Name: "codecs-rot13", Doc: "`codecs.encode`/`codecs.decode` rot13 round trip", Keeps: true,
			Imports: []string{"import codecs"},
			Code:    `bar = codecs.decode(codecs.encode(@IN@, "rot13"), "rot13")`},
		{Name: "codecs-utf8", Doc: "`codecs.decode` of the UTF-8 bytes", Keeps: true,
			Imports: []string{"import codecs"},
			Code:    `bar = codecs.decode(@IN@.encode("utf-8"), "utf-8")`},
		{Name: "upper", Doc: "`str.upper()`", Keeps: true, Code: `bar = @IN@.upper()`, Only: caseSafeOnly()},
		{Name: "replace", Doc: "`str.replace` of an unrelated substring", Keeps: true, Code: `bar = @IN@.replace("SafeStuff", "MoreSafeStuff")`},
		{Name: "strip", Doc: "`str.strip()`", Keeps: true, Code: `bar = @IN@.strip()`},
		{Name: "split-first", Doc: "`str.split()[0]`", Keeps: true, Code: `bar = @IN@.split()[0]`,
			Skip: []string{"loginj", "headerinj", "xxe"}},
		{Name: "loop-build", Doc: "a loop that rebuilds the value character by character", Keeps: true, Code: `bar = ""
for ch in @IN@:
    bar += ch`},
		{Name: "listcomp-keep", Doc: "a list comprehension over the characters", Keeps: true, Code: `bar = "".join([ch for ch in @IN@])`},
		{Name: "stringio", Doc: "a `with io.StringIO(...)` block", Keeps: true, Selector: true, StringOnly: true,
			Imports: []string{"import io"},
			Code: `with io.StringIO(@IN@) as buf:
    bar = buf.getvalue()`},
		{Name: "helper-passthrough", Doc: "`helpers.utils.passthrough` (returns its argument)", Keeps: true, Selector: true,
			Imports: []string{"import helpers.utils"},
			Code:    `bar = helpers.utils.passthrough(@IN@)`},

		// Transforms that make the value harmless.
		{Name: "slice-away", Doc: "slicing that keeps only a constant suffix", Keeps: false,
			Code: `bar = (@IN@ + "SafeSuffix")[len(@IN@):]`},
		{Name: "base64-encode", Doc: "`base64.b64encode` only (alphabet `[A-Za-z0-9+/=]`)", Keeps: false,
			Imports: []string{"import base64"},
			Code:    `bar = base64.b64encode(@IN@.encode("utf-8")).decode("ascii")`,
			Only:    []string{"xss", "sqli", "ldapi", "loginj", "headerinj", "ssti", "xxe", "cmdi"},
			Skip:    []string{"whole-command", "sql-numeric"}},
		{Name: "loop-length", Doc: "a loop over the value that only appends a constant", Keeps: false, Code: `bar = ""
for _ in @IN@:
    bar += "x"`},
		{Name: "listcomp-alnum", Doc: "a comprehension keeping only `str.isalnum()` characters", Keeps: false,
			Code: `bar = "".join([ch for ch in @IN@ if ch.isalnum()])`,
			Skip: []string{"trustbound", "codeinj", "deserialization", "url-host", "whole-command", "sql-numeric", "xpath-numeric", "xpath-path"}},
		{Name: "helper-constant", Doc: "`helpers.utils.constant` (ignores its argument)", Keeps: false, Selector: true, TaintOnly: true,
			Imports: []string{"import helpers.utils"},
			Code:    `bar = helpers.utils.constant(@IN@)`},

		// Constant conditions.
		{Name: "if-const-safe", Doc: "`if (7 * 42) - num > 200` with num = 86: always the clean branch", Keeps: false, Selector: true,
			SafeLit: `"This_should_always_happen"`, Code: `num = 86
if (7 * 42) - num > 200:
    bar = @SAFE@
else:
    bar = @IN@`},
		{Name: "if-const-safe-else", Doc: "`if (500 / 42) + num > 200`: always the else branch, which is clean", Keeps: false, Selector: true,
			SafeLit: `"This_should_always_happen"`, Code: `num = 86
if (500 / 42) + num > 200:
    bar = @IN@
else:
    bar = @SAFE@`},
		{Name: "if-const-taint", Doc: "`if (7 * 18) + num > 200`: always the tainted branch", Keeps: true, Selector: true,
			SafeLit: `"This should never happen"`, Code: `num = 86
if (7 * 18) + num > 200:
    bar = @IN@
else:
    bar = @SAFE@`},
		{Name: "ternary-safe", Doc: "a conditional expression with a constant true test picking the clean value", Keeps: false, Selector: true,
			SafeLit: `"This_should_always_happen"`, Code: `bar = @SAFE@ if (7 * 18) - 106 > 0 else @IN@`},
		{Name: "ternary-taint", Doc: "a conditional expression with a constant false test picking the input", Keeps: true, Selector: true,
			SafeLit: `"This should never happen"`, Code: `bar = @SAFE@ if (7 * 18) - 106 > 100 else @IN@`},
		{Name: "while-never", Doc: "a `while` whose constant test is false, so its cleaning body never runs", Keeps: true, Selector: true,
			SafeLit: `"This should never happen"`, Code: `bar = @IN@
while 7 * 6 < 40:
    bar = @SAFE@`},
		{Name: "while-once", Doc: "a `while` that runs its cleaning body", Keeps: false, Selector: true,
			SafeLit: `"safe!"`, Code: `bar = @IN@
count = 0
while count < 3:
    bar = @SAFE@
    count += 1`},

		// Constant string indexing with a switch.
		{Name: "match-safe", Doc: "`guess[1]` selects the clean `case` of a `match`", Keeps: false, Selector: true,
			SafeLit: `"bob"`, Code: `guess = "ABC"
switchTarget = guess[1]
match switchTarget:
    case "A":
        bar = @IN@
    case "B":
        bar = @SAFE@
    case "C" | "D":
        bar = @IN@
    case _:
        bar = @SAFE@`},
		{Name: "match-taint", Doc: "`guess[2]` selects a tainted `case` of a `match`", Keeps: true, Selector: true,
			SafeLit: `"bob"`, Code: `guess = "ABC"
switchTarget = guess[2]
match switchTarget:
    case "A":
        bar = @IN@
    case "B":
        bar = @SAFE@
    case "C" | "D":
        bar = @IN@
    case _:
        bar = @SAFE@`},
		{Name: "elif-safe", Doc: "`guess[1]` selects the clean branch of an if/elif chain", Keeps: false, Selector: true,
			SafeLit: `"bobs_your_uncle"`, Code: `guess = "ABC"
switchTarget = guess[1]
if switchTarget == "A":
    bar = @IN@
elif switchTarget == "B":
    bar = @SAFE@
elif switchTarget == "C":
    bar = @IN@
else:
    bar = @SAFE@`},
		{Name: "elif-taint", Doc: "`guess[0]` selects a tainted branch of an if/elif chain", Keeps: true, Selector: true,
			SafeLit: `"bobs_your_uncle"`, Code: `guess = "ABC"
switchTarget = guess[0]
if switchTarget == "A":
    bar = @IN@
elif switchTarget == "B":
    bar = @SAFE@
else:
    bar = @SAFE@`},

		// Overwrites and aliases.
		{Name: "overwrite", Doc: "the value is overwritten with a constant before use", Keeps: false, Selector: true,
			SafeLit: `"safe!"`, Code: `bar = @IN@
bar = @SAFE@`},
		{Name: "alias-before-taint", Doc: "a second variable copies the clean value before the first becomes tainted", Keeps: false, Selector: true,
			SafeLit: `"safe!"`, Code: `a = @SAFE@
b = a
a = @IN@
bar = b`},
		{Name: "alias-after-taint", Doc: "the variable read is the one that became tainted", Keeps: true, Selector: true,
			SafeLit: `"safe!"`, Code: `a = @SAFE@
b = a
a = @IN@
bar = a`},
		{Name: "tuple-safe", Doc: "`a, b = clean, param` and then a", Keeps: false, Selector: true,
			SafeLit: `"safe!"`, Code: `a, b = @SAFE@, @IN@
bar = a`},
		{Name: "tuple-taint", Doc: "`a, b = clean, param` and then b", Keeps: true, Selector: true,
			SafeLit: `"safe!"`, Code: `a, b = @SAFE@, @IN@
bar = b`},
		{Name: "tuple-swap", Doc: "a tuple swap moves the clean value into the variable read", Keeps: false, Selector: true,
			SafeLit: `"safe!"`, Code: `a, b = @IN@, @SAFE@
a, b = b, a
bar = a`},

		// Lists.
		{Name: "list-pop-safe", Doc: "append clean, tainted, clean; `pop(0)`; read index 1 (clean)", Keeps: false, Selector: true,
			SafeLit: `"safe"`, Code: `valuesList = []
valuesList.append(@SAFE@)
valuesList.append(@IN@)
valuesList.append(@SAFE@)
valuesList.pop(0)
bar = valuesList[1]`},
		{Name: "list-pop-taint", Doc: "append clean, tainted, clean; `pop(0)`; read index 0 (tainted)", Keeps: true, Selector: true,
			SafeLit: `"safe"`, Code: `valuesList = []
valuesList.append(@SAFE@)
valuesList.append(@IN@)
valuesList.append(@SAFE@)
valuesList.pop(0)
bar = valuesList[0]`},
		{Name: "list-remove-taint", Doc: "`remove()` the clean element so that index 0 is the tainted one", Keeps: true, Selector: true, StringOnly: true,
			SafeLit: `"safe"`, Code: `valuesList = [@SAFE@, @IN@]
valuesList.remove(@SAFE@)
bar = valuesList[0]`},
		{Name: "list-insert-safe", Doc: "`insert(0, ...)` shifts the tainted element away from the index read", Keeps: false, Selector: true,
			SafeLit: `"safe"`, Code: `valuesList = [@IN@, @SAFE@]
valuesList.insert(0, @SAFE@)
bar = valuesList[2]`},
		{Name: "list-index-arith", Doc: "index arithmetic with constants lands on the tainted element", Keeps: true, Selector: true,
			SafeLit: `"safe"`, Code: `valuesList = [@SAFE@, @IN@, @SAFE@]
i = 5 - 4
bar = valuesList[i]`},
		{Name: "list-index-arith-safe", Doc: "index arithmetic with constants lands on a clean element", Keeps: false, Selector: true,
			SafeLit: `"safe"`, Code: `valuesList = [@SAFE@, @IN@, @SAFE@]
i = (3 * 2) - 4
bar = valuesList[i]`},

		// Dicts.
		{Name: "dict-safe-key", Doc: "`m[\"keyB\"] = param` but `m[\"keyA\"]` is read", Keeps: false, Selector: true,
			SafeLit: `"a-Value"`, Code: `m = {}
m["keyA"] = @SAFE@
m["keyB"] = @IN@
bar = m["keyA"]`},
		{Name: "dict-taint-key", Doc: "`m[\"keyB\"] = param` and `m[\"keyB\"]` is read", Keeps: true, Selector: true,
			SafeLit: `"a-Value"`, Code: `m = {}
m["keyA"] = @SAFE@
m["keyB"] = @IN@
bar = m["keyB"]`},
		{Name: "dict-overwrite", Doc: "the tainted key is overwritten with a clean value", Keeps: false, Selector: true,
			SafeLit: `"a-Value"`, Code: `m = {"keyA": @SAFE@}
m["keyB"] = @IN@
m["keyB"] = @SAFE@
bar = m["keyB"]`},
		{Name: "dict-get-default", Doc: "`dict.get` of a missing key returns the clean default", Keeps: false, Selector: true,
			SafeLit: `"a-Value"`, Code: `m = {"keyB": @IN@}
bar = m.get("keyC", @SAFE@)`},
		{Name: "dictcomp-safe", Doc: "a dict comprehension; the clean key is read", Keeps: false, Selector: true,
			SafeLit: `"a-Value"`, Code: `m = {k: v for k, v in [("keyA", @SAFE@), ("keyB", @IN@)]}
bar = m["keyA"]`},
		{Name: "dictcomp-taint", Doc: "a dict comprehension; the tainted key is read", Keeps: true, Selector: true,
			SafeLit: `"a-Value"`, Code: `m = {k: v for k, v in [("keyA", @SAFE@), ("keyB", @IN@)]}
bar = m["keyB"]`},

		// configparser.
		{Name: "config-safe", Doc: "`configparser` set both keys, get the clean one", Keeps: false, Selector: true, StringOnly: true,
			SafeLit: `"a_Value"`, Imports: []string{"import configparser"}, Code: `conf = configparser.ConfigParser(interpolation=None)
conf.add_section("section1")
conf.set("section1", "keyA", @SAFE@)
conf.set("section1", "keyB", @IN@)
bar = conf.get("section1", "keyA")`},
		{Name: "config-taint", Doc: "`configparser` set both keys, get the tainted one", Keeps: true, Selector: true, StringOnly: true,
			SafeLit: `"a_Value"`, Imports: []string{"import configparser"}, Code: `conf = configparser.ConfigParser(interpolation=None)
conf.add_section("section1")
conf.set("section1", "keyA", @SAFE@)
conf.set("section1", "keyB", @IN@)
bar = conf.get("section1", "keyB")`},
		{Name: "config-fallback", Doc: "`configparser` get from a missing section returns the clean fallback", Keeps: false, Selector: true, StringOnly: true,
			SafeLit: `"a_Value"`, Imports: []string{"import configparser"}, Code: `conf = configparser.ConfigParser(interpolation=None)
conf.add_section("section1")
conf.set("section1", "keyB", @IN@)
bar = conf.get("section2", "keyB", fallback=@SAFE@)`},

		// Loops that select.
		{Name: "for-last-safe", Doc: "a `for` loop assigns each element; the last one is clean", Keeps: false, Selector: true,
			SafeLit: `"safe!"`, Code: `for candidate in [@IN@, @SAFE@]:
    bar = candidate`},
		{Name: "for-last-taint", Doc: "a `for` loop assigns each element; the last one is tainted", Keeps: true, Selector: true,
			SafeLit: `"safe!"`, Code: `for candidate in [@SAFE@, @IN@]:
    bar = candidate`},
		{Name: "for-break-safe", Doc: "a `for` loop that breaks on the first (clean) element", Keeps: false, Selector: true,
			SafeLit: `"safe!"`, Code: `for candidate in [@SAFE@, @IN@]:
    bar = candidate
    break`},

		// Exceptions and with blocks.
		{Name: "try-except-safe", Doc: "the tainted assignment is followed by a raise; the handler assigns a clean value", Keeps: false, Selector: true,
			SafeLit: `"safe!"`, Code: `try:
    bar = @IN@
    raise ValueError("benchmark")
except ValueError:
    bar = @SAFE@`},
		{Name: "try-except-taint", Doc: "a failing `int()` sends control to a handler that assigns the input", Keeps: true, Selector: true,
			SafeLit: `"safe!"`, Code: `try:
    bar = @SAFE@
    int("not a number")
except ValueError:
    bar = @IN@`},
		{Name: "try-finally-safe", Doc: "`finally` overwrites the value", Keeps: false, Selector: true,
			SafeLit: `"safe!"`, Code: `try:
    bar = @IN@
finally:
    bar = @SAFE@`},
		{Name: "try-else-taint", Doc: "the `else` of a try that does not raise assigns the input", Keeps: true, Selector: true,
			SafeLit: `"safe!"`, Code: `try:
    bar = @SAFE@
except KeyError:
    bar = @SAFE@
else:
    bar = @IN@`},
		{Name: "with-safe", Doc: "`with contextlib.nullcontext((clean, param))`, element 0 read", Keeps: false, Selector: true,
			SafeLit: `"safe!"`, Imports: []string{"import contextlib"}, Code: `with contextlib.nullcontext((@SAFE@, @IN@)) as pair:
    bar = pair[0]`},
		{Name: "with-taint", Doc: "`with contextlib.nullcontext((clean, param))`, element 1 read", Keeps: true, Selector: true,
			SafeLit: `"safe!"`, Imports: []string{"import contextlib"}, Code: `with contextlib.nullcontext((@SAFE@, @IN@)) as pair:
    bar = pair[1]`},

		// Functions.
		{Name: "local-func-pass", Doc: "a module-level helper that returns its argument", Keeps: true, Selector: true,
			Module: `def doSomething(value):
    result = value
    return result`,
			Code: `bar = doSomething(@IN@)`},
		{Name: "local-func-const", Doc: "a module-level helper that ignores its argument", Keeps: false, Selector: true,
			SafeLit: `"safe!"`, Module: `def doSomething(value):
    result = @SAFE@
    return result`,
			Code: `bar = doSomething(@IN@)`},
		{Name: "local-func-first", Doc: "a helper returning its first argument, called with (clean, param)", Keeps: false, Selector: true,
			SafeLit: `"safe!"`, Module: `def pickFirst(first, second):
    return first`,
			Code: `bar = pickFirst(@SAFE@, @IN@)`},
		{Name: "local-func-second", Doc: "a helper returning its first argument, called with (param, clean)", Keeps: true, Selector: true,
			SafeLit: `"safe!"`, Module: `def pickFirst(first, second):
    return first`,
			Code: `bar = pickFirst(@IN@, @SAFE@)`},
		{Name: "closure-late-binding", Doc: "a closure reads its variable at call time, after it was cleaned", Keeps: false, Selector: true,
			SafeLit: `"safe!"`, Code: `captured = @IN@

def inner():
    return captured

captured = @SAFE@
bar = inner()`},
		{Name: "closure-default-arg", Doc: "a default argument captures the tainted value at definition time", Keeps: true, Selector: true,
			SafeLit: `"safe!"`, Code: `captured = @IN@

def inner(value=captured):
    return value

captured = @SAFE@
bar = inner()`},
		{Name: "nonlocal-clean", Doc: "a nested function cleans the value through `nonlocal`", Keeps: false, Selector: true,
			SafeLit: `"safe!"`, Code: `bar = @IN@

def clean():
    nonlocal bar
    bar = @SAFE@

clean()`},
		{Name: "local-shadow", Doc: "a nested function assigns a local of the same name; the outer value stays tainted", Keeps: true, Selector: true,
			SafeLit: `"safe!"`, Code: `bar = @IN@

def clean():
    bar = @SAFE@
    return bar

clean()`},
		{Name: "lambda-pass", Doc: "`lambda s: s`", Keeps: true, Selector: true, Code: `identity = lambda s: s
bar = identity(@IN@)`},
		{Name: "lambda-second", Doc: "`lambda s, t: t` called with (param, clean)", Keeps: false, Selector: true,
			SafeLit: `"safe!"`, Code: `second = lambda s, t: t
bar = second(@IN@, @SAFE@)`},
		{Name: "thing-pass", Doc: "`ThingFactory.createThing(\"Thing1\").doSomething` (returns its argument)", Keeps: true, Selector: true,
			Imports: []string{"import helpers.thing"}, Code: `thing = helpers.thing.ThingFactory.createThing("Thing1")
bar = thing.doSomething(@IN@)`},
		{Name: "thing-const", Doc: "`ThingFactory.createThing(\"Thing2\").doSomething` (returns a constant)", Keeps: false, Selector: true, TaintOnly: true,
			Imports: []string{"import helpers.thing"}, Code: `thing = helpers.thing.ThingFactory.createThing("Thing2")
bar = thing.doSomething(@IN@)`},
		{Name: "thing-direct-const", Doc: "`helpers.thing.Thing2().doSomething` through a `ThingInterface` variable", Keeps: false, Selector: true, TaintOnly: true,
			Imports: []string{"import helpers.thing"}, Code: `thing: helpers.thing.ThingInterface = helpers.thing.Thing2()
bar = thing.doSomething(@IN@)`},
	}
}
