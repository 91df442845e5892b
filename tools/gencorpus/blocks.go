package main

import (
	"fmt"
	"strings"
)

// commonImports open every generated module. Real modules import what they
// use; the corpus only has to parse, and one header keeps every block free
// to use any of these names.
var commonImports = []string{
	"from __future__ import annotations",
	"",
	"import asyncio",
	"import contextlib",
	"import logging",
	"import time",
	"from collections import defaultdict",
	"from dataclasses import dataclass, field",
	"from datetime import datetime, timezone",
	"from decimal import Decimal",
	"from enum import Enum",
	"from functools import wraps",
	"from typing import Any, Callable, Iterator, Protocol, TypedDict",
}

// header writes the module docstring, the imports and the logger.
func (g *gen) header(doc string, extra ...string) {
	g.w.linef(`"""%s"""`, doc)
	g.w.blank()
	for _, l := range commonImports {
		g.w.line(l)
	}
	for _, l := range extra {
		g.w.line(l)
	}
	g.w.blank()
	g.w.line("logger = logging.getLogger(__name__)")
	g.w.blank()
	g.w.blank()
}

// end separates top-level definitions as PEP 8 asks.
func (g *gen) end() {
	g.w.blank()
	g.w.blank()
}

// newScope picks parameter names for a function working on noun records.
func (g *gen) newScope(noun string) scope {
	return scope{
		items: pick(g, []string{"items", "records", "rows", "entries", "payload"}),
		limit: pick(g, []string{"limit", "max_items", "batch_size"}),
		flag:  pick(g, []string{"include_archived", "strict", "dry_run", "force"}),
		noun:  noun,
	}
}

// signature renders the parameter list for a scope.
func (g *gen) signature(s scope, self bool) string {
	params := fmt.Sprintf("%s: list[dict[str, Any]], %s: int = %d, *, %s: bool = False",
		s.items, s.limit, 10*g.between(1, 20), s.flag)
	if self {
		return "self, " + params
	}
	return params
}

// funcBlock writes a module-level function, sometimes decorated with the
// module's timing decorator.
func (g *gen) funcBlock(useMatch bool) {
	noun := pick(g, nouns)
	name := g.funcName()
	s := g.newScope(noun)
	retDict := g.chance(0.4)
	if g.used["timed"] && g.chance(0.3) {
		g.w.line("@timed")
	}
	g.w.block(fmt.Sprintf("def %s(%s) -> %s:", name, g.signature(s, false), retAnnotation(retDict)), func() {
		g.body(s, fmt.Sprintf("%s the %s %s.", camel(strings.ReplaceAll(name, "_", " ")), pick(g, adjectives), plural(noun)), useMatch, retDict)
	})
	g.end()
}

// classBlock writes a service-style class with a constructor, dunder,
// property, classmethod, staticmethod and one to three working methods.
func (g *gen) classBlock(useMatch bool, suffixes ...string) {
	noun := pick(g, nouns)
	name := g.className(suffixes...)
	g.w.block(fmt.Sprintf("class %s:", name), func() {
		g.w.linef(`"""Coordinates %s records for the %s workflow."""`, noun, pick(g, domains))
		g.w.blank()
		g.w.linef("default_limit: int = %d", 10*g.between(1, 20))
		g.w.blank()
		g.w.block("def __init__(self, session: Any, *, cache: dict[str, Any] | None = None) -> None:", func() {
			g.w.line("self.session = session")
			g.w.line("self.cache = cache if cache is not None else {}")
			g.w.line("self._hits = 0")
		})
		g.w.blank()
		g.w.block("def __repr__(self) -> str:", func() {
			g.w.line(`return f"{type(self).__name__}(hits={self._hits}, cached={len(self.cache)})"`)
		})
		g.w.blank()
		g.w.line("@property")
		g.w.block("def hits(self) -> int:", func() {
			g.w.line(`"""How many lookups the cache answered."""`)
			g.w.line("return self._hits")
		})
		g.w.blank()
		g.w.line("@classmethod")
		g.w.block(fmt.Sprintf("def from_config(cls, config: dict[str, Any]) -> %s:", name), func() {
			g.w.line(`return cls(config.get("session"), cache=config.get("cache"))`)
		})
		g.w.blank()
		g.w.line("@staticmethod")
		g.w.block("def key_for(entry: dict[str, Any]) -> str:", func() {
			g.w.linef(`return f"%s:{entry.get('id', '')}"`, noun)
		})
		for range g.between(1, 3) {
			g.w.blank()
			s := g.newScope(noun)
			retDict := g.chance(0.4)
			method := pick(g, verbs) + "_" + plural(noun)
			g.w.block(fmt.Sprintf("def %s(%s) -> %s:", method, g.signature(s, true), retAnnotation(retDict)), func() {
				g.body(s, fmt.Sprintf("%s %s for this service.", camel(pick(g, verbs)), plural(noun)), useMatch, retDict)
			})
		}
	})
	g.end()
}

// dataclassBlock writes a frozen dataclass with typed fields and a to_dict.
func (g *gen) dataclassBlock() {
	noun := pick(g, nouns)
	name := g.className("Record", "Snapshot", "Summary", "Row")
	fields := []string{"id", "name", "status", "owner_id", "total", "notes", "region", "priority"}
	n := g.between(3, 6)
	g.w.line("@dataclass(frozen=True, slots=True)")
	g.w.block(fmt.Sprintf("class %s:", name), func() {
		g.w.linef(`"""An immutable view of one %s, safe to cache and to log."""`, noun)
		g.w.blank()
		for _, f := range fields[:n] {
			g.w.linef("%s: %s", f, pick(g, fieldTypes))
		}
		g.w.line("created_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))")
		g.w.line("tags: list[str] = field(default_factory=list)")
		g.w.blank()
		g.w.block("def to_dict(self) -> dict[str, Any]:", func() {
			g.w.line("return {")
			for _, f := range fields[:n] {
				g.w.linef(`    "%s": self.%s,`, f, f)
			}
			g.w.line(`    "created_at": self.created_at.isoformat(),`)
			g.w.line(`    "tags": sorted(self.tags),`)
			g.w.line("}")
		})
	})
	g.end()
}

// enumBlock writes a string enum with a derived property.
func (g *gen) enumBlock() {
	name := g.className("Status", "Kind", "State")
	members := []string{"draft", "pending", "active", "paid", "failed", "archived", "cancelled"}
	n := g.between(3, len(members))
	g.w.block(fmt.Sprintf("class %s(str, Enum):", name), func() {
		g.w.linef(`"""Lifecycle states; the values are stored in the database."""`)
		g.w.blank()
		for _, m := range members[:n] {
			g.w.linef(`%s = "%s"`, strings.ToUpper(m), m)
		}
		g.w.blank()
		g.w.line("@property")
		g.w.block("def is_final(self) -> bool:", func() {
			g.w.linef("return self in {%s.%s, %s.%s}", name, strings.ToUpper(members[n-1]), name, strings.ToUpper(members[0]))
		})
	})
	g.end()
}

// asyncBlock writes a coroutine that fans out requests.
func (g *gen) asyncBlock() {
	noun := pick(g, nouns)
	name := g.fresh(func() string { return "fetch_" + plural(pick(g, nouns)) })
	g.w.block(fmt.Sprintf("async def %s(client: Any, ids: list[int], *, timeout: float = %d.0) -> list[dict[str, Any]]:", name, g.between(1, 30)), func() {
		g.w.linef(`"""Fetch %s concurrently; failures are logged and dropped."""`, plural(noun))
		g.w.line("results = await asyncio.gather(")
		g.w.linef(`    *(client.get(f"/%s/{i}", timeout=timeout) for i in ids),`, plural(noun))
		g.w.line("    return_exceptions=True,")
		g.w.line(")")
		g.w.block("for failure in (r for r in results if isinstance(r, Exception)):", func() {
			g.w.linef(`logger.warning("%s fetch failed: %%s", failure)`, noun)
		})
		g.w.line("return [r for r in results if not isinstance(r, Exception)]")
	})
	g.end()
}

// decoratorBlock defines the module's "timed" decorator, once.
func (g *gen) decoratorBlock() {
	if g.used["timed"] {
		return
	}
	g.used["timed"] = true
	g.w.block("def timed(func: Callable[..., Any]) -> Callable[..., Any]:", func() {
		g.w.line(`"""Log how long the wrapped call took, even when it raises."""`)
		g.w.blank()
		g.w.line("@wraps(func)")
		g.w.block("def wrapper(*args: Any, **kwargs: Any) -> Any:", func() {
			g.w.line("started = time.perf_counter()")
			g.w.block("try:", func() { g.w.line("return func(*args, **kwargs)") })
			g.w.block("finally:", func() {
				g.w.line(`logger.debug("%s took %.3fs", func.__name__, time.perf_counter() - started)`)
			})
		})
		g.w.blank()
		g.w.line("return wrapper")
	})
	g.end()
}

// generatorBlock writes a batching generator.
func (g *gen) generatorBlock() {
	noun := pick(g, nouns)
	name := g.fresh(func() string { return "iter_" + pick(g, nouns) + "_batches" })
	g.w.block(fmt.Sprintf("def %s(items: list[dict[str, Any]], size: int = %d) -> Iterator[list[dict[str, Any]]]:", name, 50*g.between(1, 10)), func() {
		g.w.linef(`"""Yield %s in batches so callers never hold a whole table."""`, plural(noun))
		g.w.block("if size <= 0:", func() { g.w.line(`raise ValueError(f"batch size must be positive, got {size}")`) })
		g.w.block("for start in range(0, len(items), size):", func() {
			g.w.line("yield items[start : start + size]")
		})
	})
	g.end()
}

// constantsBlock writes module constants: a scalar, a tuple and a dict.
func (g *gen) constantsBlock() {
	noun := strings.ToUpper(pick(g, nouns))
	g.w.linef("DEFAULT_%s_LIMIT = %d", noun, 25*g.between(1, 8))
	g.w.linef(`%s_FIELDS: tuple[str, ...] = ("id", "name", "status", "created_at", "updated_at")`, noun)
	g.w.linef("%s_LABELS: dict[str, str] = {", noun)
	for _, a := range adjectives[:g.between(3, 8)] {
		g.w.linef(`    "%s": "%s",`, a, camel(a))
	}
	g.w.line("}")
	g.end()
}

// protocolBlock writes a TypedDict payload and a repository Protocol.
func (g *gen) protocolBlock() {
	noun := pick(g, nouns)
	payload := g.className("Payload")
	repo := g.className("Repository")
	g.w.block(fmt.Sprintf("class %s(TypedDict, total=False):", payload), func() {
		g.w.linef(`"""JSON body accepted by the %s endpoints."""`, noun)
		g.w.blank()
		g.w.line("id: int")
		g.w.line("name: str")
		g.w.line("tags: list[str]")
	})
	g.end()
	g.w.block(fmt.Sprintf("class %s(Protocol):", repo), func() {
		g.w.linef(`"""What the %s services need from storage."""`, noun)
		g.w.blank()
		g.w.linef("def get(self, %s_id: int) -> dict[str, Any] | None: ...", noun)
		g.w.blank()
		g.w.linef("def save(self, payload: %s) -> None: ...", payload)
	})
	g.end()
}

// genericBlock writes one randomly chosen generic block.
func (g *gen) genericBlock(useMatch bool) {
	switch g.r.IntN(12) {
	case 0, 1, 2, 3:
		g.funcBlock(useMatch)
	case 4, 5:
		g.classBlock(useMatch, "Service", "Manager", "Builder", "Client")
	case 6:
		g.dataclassBlock()
	case 7:
		g.enumBlock()
	case 8:
		g.asyncBlock()
	case 9:
		g.generatorBlock()
	case 10:
		g.constantsBlock()
	default:
		g.protocolBlock()
	}
}
