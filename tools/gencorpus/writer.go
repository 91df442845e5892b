package main

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"unicode"
)

// pyWriter accumulates Python source with managed indentation, so that the
// block builders never count spaces themselves.
type pyWriter struct {
	b     strings.Builder
	depth int
	lines int
}

// line writes one line at the current indentation; an empty string writes
// a blank line without trailing spaces.
func (w *pyWriter) line(s string) {
	if s != "" {
		w.b.WriteString(strings.Repeat("    ", w.depth))
		w.b.WriteString(s)
	}
	w.b.WriteByte('\n')
	w.lines++
}

func (w *pyWriter) linef(format string, args ...any) { w.line(fmt.Sprintf(format, args...)) }

// block writes a header line ending in ':' and the body one level deeper.
func (w *pyWriter) block(header string, body func()) {
	w.line(header)
	w.depth++
	body()
	w.depth--
}

func (w *pyWriter) blank() { w.line("") }

// gen holds the state of one generated file: its random stream, its text
// and the names already defined in it. Each file gets its own stream,
// derived from the corpus seed and the file's index, so that a change to
// one kind of file does not reshuffle every other file.
type gen struct {
	r *rand.Rand
	w pyWriter
	// used holds identifiers defined at module level; it is only looked up,
	// never iterated, so map order cannot leak into the output.
	used map[string]bool
	// stats counts intentional findings planted in the file.
	planted int
}

func newGen(seed uint64, index int) *gen {
	return &gen{r: rand.New(rand.NewPCG(seed, uint64(index)*0x9e3779b97f4a7c15+1)), used: make(map[string]bool)}
}

// pick returns a random element of xs.
func pick[T any](g *gen, xs []T) T { return xs[g.r.IntN(len(xs))] }

// chance is true with probability p.
func (g *gen) chance(p float64) bool { return g.r.Float64() < p }

// between returns an int in [lo, hi].
func (g *gen) between(lo, hi int) int { return lo + g.r.IntN(hi-lo+1) }

// fresh returns a module-level name built by mk that is not yet taken,
// adding a numeric suffix when the word lists run out of variety.
func (g *gen) fresh(mk func() string) string {
	name := mk()
	for i := 2; g.used[name]; i++ {
		name = fmt.Sprintf("%s%d", mk(), i)
	}
	g.used[name] = true
	return name
}

// funcName returns a fresh snake_case function name such as
// "sync_pending_invoices".
func (g *gen) funcName() string {
	return g.fresh(func() string {
		if g.chance(0.4) {
			return pick(g, verbs) + "_" + pick(g, adjectives) + "_" + plural(pick(g, nouns))
		}
		return pick(g, verbs) + "_" + pick(g, nouns)
	})
}

// className returns a fresh CamelCase class name with one of the given
// suffixes ("InvoiceService").
func (g *gen) className(suffixes ...string) string {
	return g.fresh(func() string {
		s := ""
		if len(suffixes) > 0 {
			s = pick(g, suffixes)
		}
		return camel(pick(g, nouns)) + s
	})
}

func camel(s string) string {
	var b strings.Builder
	for _, part := range strings.Split(s, "_") {
		if part == "" {
			continue
		}
		r := []rune(part)
		r[0] = unicode.ToUpper(r[0])
		b.WriteString(string(r))
	}
	return b.String()
}

func plural(s string) string {
	switch {
	case strings.HasSuffix(s, "y"):
		return s[:len(s)-1] + "ies"
	case strings.HasSuffix(s, "s"), strings.HasSuffix(s, "x"), strings.HasSuffix(s, "ch"):
		return s + "es"
	}
	return s + "s"
}

// Word lists for identifiers, routes and strings. They are slices, not
// maps, so that picking from them is deterministic.
var (
	nouns = []string{
		"account", "address", "audit", "basket", "batch", "booking", "category", "channel",
		"comment", "coupon", "customer", "device", "discount", "document", "event", "export",
		"invoice", "item", "job", "ledger", "message", "note", "order", "organization",
		"payment", "permission", "plan", "product", "profile", "project", "refund", "report",
		"review", "role", "session", "shipment", "subscription", "tag", "task", "team",
		"ticket", "token", "user", "vendor", "warehouse", "webhook", "workspace",
	}
	verbs = []string{
		"build", "calculate", "check", "collect", "compute", "create", "delete", "export",
		"fetch", "filter", "find", "format", "get", "group", "import", "list", "load",
		"merge", "normalize", "parse", "prepare", "process", "refresh", "render", "resolve",
		"save", "schedule", "serialize", "sync", "update", "validate",
	}
	adjectives = []string{
		"active", "archived", "cached", "daily", "draft", "expired", "failed", "latest",
		"monthly", "open", "overdue", "paid", "pending", "public", "recent", "shared",
	}
	domains = []string{
		"accounts", "admin", "analytics", "api", "auth", "billing", "catalog", "checkout",
		"crm", "dashboard", "exports", "helpdesk", "imports", "inventory", "ledger",
		"marketing", "media", "notifications", "orders", "payments", "reporting", "search",
		"shipping", "storefront", "support", "teams", "webhooks", "workflows",
	}
	subpackages = []string{
		"core", "internal", "v1", "v2", "public", "legacy", "jobs", "integrations",
		"domain", "adapters", "handlers", "queries",
	}
	fieldTypes = []string{"str", "int", "float", "bool", "datetime", "Decimal", "str | None", "list[str]"}
)
