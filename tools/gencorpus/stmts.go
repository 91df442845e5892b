package main

import "fmt"

// A function body works on a list of dict records, the shape most Flask
// service and view code passes around. Every body opens with the same
// locals (result, total, seen), so each statement template below can use
// them and the parameters without tracking scope.
type scope struct {
	items string // the list parameter
	limit string // the int parameter
	flag  string // the keyword-only bool parameter
	noun  string // what the records are, for strings and messages
}

// stmt writes one statement (possibly compound) at the current depth.
type stmt func(g *gen, s scope)

// stmts are the statement templates. The match template is kept apart
// because only some files use match statements.
var stmts = []stmt{
	func(g *gen, s scope) {
		g.w.block(fmt.Sprintf("for index, entry in enumerate(%s):", s.items), func() {
			g.w.block(fmt.Sprintf("if index >= %s:", s.limit), func() { g.w.line("break") })
			g.w.line(`key = str(entry.get("id", index))`)
			g.w.block("if key in seen:", func() { g.w.line("continue") })
			g.w.line("seen.add(key)")
			g.w.line("result.append(entry)")
		})
	},
	func(g *gen, s scope) {
		field := pick(g, []string{"name", "email", "title", "slug", "reference"})
		g.w.linef(`%s = [str(e.get("%s", "")).strip() for e in %s if e.get("%s")]`, plural(field), field, s.items, field)
	},
	func(g *gen, s scope) {
		g.w.linef(`by_id = {e["id"]: e for e in %s if "id" in e}`, s.items)
		g.w.linef(`result.extend(v for k, v in sorted(by_id.items()) if k not in seen)`)
	},
	func(g *gen, s scope) {
		g.w.linef(`logger.info(f"%s: {len(result)} %s kept, {total=} {%s=}")`, pick(g, verbs), plural(s.noun), s.flag)
	},
	func(g *gen, s scope) {
		g.w.block("try:", func() {
			g.w.linef(`total += sum(int(e.get("%s", 0)) for e in result)`, pick(g, []string{"amount", "quantity", "count", "cents"}))
		})
		g.w.block("except (TypeError, ValueError) as exc:", func() {
			g.w.linef(`logger.warning("could not total %s: %%s", exc)`, plural(s.noun))
			g.w.line("total = 0")
		})
	},
	func(g *gen, s scope) {
		g.w.block(fmt.Sprintf("if (count := len(result)) > %s:", s.limit), func() {
			g.w.linef("result = result[:%s]", s.limit)
			g.w.linef(`logger.debug("trimmed %%d of %%d %s", %s, count)`, plural(s.noun), s.limit)
		})
	},
	func(g *gen, s scope) {
		g.w.linef(`result.sort(key=lambda e: (e.get("priority", 0), e.get("created_at") or ""), reverse=%s)`, s.flag)
	},
	func(g *gen, s scope) {
		g.w.block("with contextlib.suppress(KeyError, AttributeError):", func() {
			g.w.linef(`first = result[0]["%s"]`, pick(g, []string{"owner", "status", "kind", "region"}))
			g.w.linef(`seen.add(f"first:{first}")`)
		})
	},
	func(g *gen, s scope) {
		adj := pick(g, adjectives)
		g.w.line("attempts = 0")
		g.w.block("while attempts < 3 and not result:", func() {
			g.w.line("attempts += 1")
			g.w.linef(`result = [e for e in %s if e.get("status") == "%s"]`, s.items, adj)
		})
	},
	func(g *gen, s scope) {
		g.w.block("def _score(entry: dict[str, Any]) -> float:", func() {
			g.w.linef(`"""Rank %s by weight and recency."""`, plural(s.noun))
			g.w.linef(`return float(entry.get("score", 0)) * %d.%d + len(str(entry.get("id", "")))`, g.between(1, 9), g.between(0, 9))
		})
		g.w.blank()
		g.w.line("result = sorted(result, key=_score, reverse=True)")
	},
	func(g *gen, s scope) {
		g.w.linef(`missing = {str(e.get("id")) for e in %s} - seen`, s.items)
		g.w.block("if missing:", func() {
			g.w.linef(`logger.info("%%d %s missing: %%s", len(missing), ", ".join(sorted(missing)))`, plural(s.noun))
		})
	},
	func(g *gen, s scope) {
		g.w.block(`if any(e.get("deleted") for e in result):`, func() {
			g.w.line(`result = [e for e in result if not e.get("deleted")]`)
		})
	},
	func(g *gen, s scope) {
		g.w.linef(`label = f"{len(result)} %s{'s' if len(result) != 1 else ''}"`, s.noun)
		g.w.line(`seen.add(label)`)
	},
	func(g *gen, s scope) {
		g.w.line("groups: dict[str, list[dict[str, Any]]] = defaultdict(list)")
		g.w.block("for entry in result:", func() {
			g.w.linef(`groups[str(entry.get("%s", "other"))].append(entry)`, pick(g, []string{"status", "kind", "owner", "region"}))
		})
		g.w.line("total += max((len(v) for v in groups.values()), default=0)")
	},
	func(g *gen, s scope) {
		g.w.block(fmt.Sprintf("if not %s:", s.flag), func() {
			field := pick(g, []string{"version", "rank", "weight"})
			g.w.linef(`result = [{**e, "%s": e.get("%s") or %d} for e in result]`, field, field, g.between(1, 5))
		})
		g.w.block("elif len(result) > 1:", func() {
			g.w.line(`result.reverse()`)
		})
		g.w.block("else:", func() {
			g.w.line("total -= 1")
		})
	},
}

// matchStmt writes a match statement over the first record's status and
// shape: value, or-, capture, mapping, sequence and wildcard patterns.
func matchStmt(g *gen, s scope) {
	g.w.line(`status = result[0].get("status") if result else None`)
	g.w.block("match status:", func() {
		g.w.block(fmt.Sprintf(`case "%s" | "%s":`, pick(g, adjectives), pick(g, adjectives)), func() { g.w.line("total += 1") })
		g.w.block(`case {"code": int(code), **rest}:`, func() {
			g.w.line("total += code")
			g.w.line("seen.update(map(str, rest))")
		})
		g.w.block("case [first, *others]:", func() {
			g.w.line("seen.add(str(first))")
			g.w.line("total += len(others)")
		})
		g.w.block("case None:", func() { g.w.line("pass") })
		g.w.block("case _:", func() {
			g.w.linef(`logger.debug("unexpected %s status %%r", status)`, s.noun)
		})
	})
}

// body writes a function body: a docstring, the shared locals, a handful
// of statements and a return that fits the annotation the caller wrote
// (retAnnotation).
func (g *gen) body(s scope, doc string, useMatch, retDict bool) {
	g.w.linef(`"""%s`, doc)
	g.w.blank()
	g.w.line("Args:")
	g.w.linef("    %s: the %s records to work on.", s.items, s.noun)
	g.w.linef("    %s: how many records to keep at most.", s.limit)
	g.w.line(`"""`)
	g.w.line("result: list[dict[str, Any]] = []")
	g.w.line("total = 0")
	g.w.line("seen: set[str] = set()")
	for range g.between(3, 7) {
		if useMatch && g.chance(0.15) {
			matchStmt(g, s)
			continue
		}
		pick(g, stmts)(g, s)
	}
	if retDict {
		g.w.line(`return {"items": result, "total": total, "seen": len(seen)}`)
		return
	}
	g.w.line("return result")
}

// retAnnotation is the return annotation matching body's retDict.
func retAnnotation(retDict bool) string {
	if retDict {
		return "dict[str, Any]"
	}
	return "list[dict[str, Any]]"
}
