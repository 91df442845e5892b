package flaskmodel

import (
	"cmp"
	"slices"
	"strings"

	"github.com/flaskguard/flaskguard/internal/python"
)

// maxNesting bounds blueprint nesting when mounts are worked out; a
// blueprint registered on itself (directly or not) stops there.
const maxNesting = 8

// registrations records every register_blueprint call whose receiver and
// argument resolve, once per loop iteration for calls in loops over
// literal tuples (`for bp in (a, b): app.register_blueprint(bp)`).
func (b *builder) registrations() {
	for _, cs := range b.col.methods {
		if methodOf(cs.call) != "register_blueprint" {
			continue
		}
		arg, ok := argument(cs.call, 0, "blueprint")
		if !ok {
			continue
		}
		for _, env := range b.res.envs(cs.site) {
			parents := b.receiver(cs, env)
			if len(parents) == 0 {
				continue
			}
			for _, child := range b.res.objects(cs.m, cs.scope, env, arg) {
				if child.bp == nil {
					continue
				}
				for _, parent := range parents {
					b.register(cs, env, parent, child.bp)
				}
			}
		}
	}
}

func (b *builder) register(cs callSite, env *loopEnv, parent *object, bp *Blueprint) {
	if parent.app == nil && parent.bp == nil {
		return
	}
	r := &Registration{Blueprint: bp, App: parent.app, Parent: parent.bp, Call: cs.call,
		Loc: loc(cs.m, cs.call.Span()), PrefixKnown: true}
	if e, ok := cs.call.Keyword("url_prefix"); ok && !isNone(e) {
		r.HasPrefix = true
		r.URLPrefix, r.PrefixKnown = b.str(cs.site, env, e)
	}
	if e, ok := cs.call.Keyword("name"); ok {
		r.Name, _ = b.str(cs.site, env, e)
	}
	bp.Registrations = append(bp.Registrations, r)
	if parent.app != nil {
		parent.app.Blueprints = append(parent.app.Blueprints, r)
	} else {
		parent.bp.Children = append(parent.bp.Children, r)
	}
}

// mounts works out where each blueprint is served.
func (b *builder) mounts() {
	for _, bp := range b.md.Blueprints {
		bp.Mounts = mountsOf(bp, 0)
	}
}

// mountsOf follows a blueprint's registrations up to apps. The prefix is
// joined the way Flask's Blueprint.register joins a nested blueprint's
// prefix to its parent's: the registration's url_prefix replaces the
// blueprint's own, and parent and child are joined with one slash.
func mountsOf(bp *Blueprint, depth int) []*Mount {
	if depth > maxNesting {
		return nil
	}
	var out []*Mount
	for _, r := range bp.Registrations {
		prefix, known := "", true
		switch {
		case r.HasPrefix:
			prefix, known = r.URLPrefix, r.PrefixKnown
		case bp.HasPrefix:
			prefix, known = bp.URLPrefix, bp.PrefixKnown
		}
		name := bp.Name
		if r.Name != "" {
			name = r.Name
		}
		if r.App != nil {
			out = append(out, &Mount{App: r.App, Chain: []*Registration{r}, Prefix: prefix, PrefixKnown: known, Endpoint: name})
			continue
		}
		for _, pm := range mountsOf(r.Parent, depth+1) {
			out = append(out, &Mount{App: pm.App,
				Chain:       append(append([]*Registration{}, pm.Chain...), r),
				Prefix:      joinPrefix(pm.Prefix, prefix),
				PrefixKnown: pm.PrefixKnown && known,
				Endpoint:    pm.Endpoint + "." + name})
		}
	}
	return out
}

// joinPrefix joins a parent blueprint's prefix and a child's as Flask
// does: `parent.rstrip("/") + "/" + child.lstrip("/")` when both are set.
func joinPrefix(parent, child string) string {
	switch {
	case parent != "" && child != "":
		return strings.TrimRight(parent, "/") + "/" + strings.TrimLeft(child, "/")
	case child != "":
		return child
	}
	return parent
}

// joinRule applies a url_prefix to a rule as BlueprintSetupState does:
// `"/".join((prefix.rstrip("/"), rule.lstrip("/")))`, or the prefix alone
// for an empty rule.
func joinRule(prefix, rule string) string {
	if prefix == "" {
		return rule
	}
	if rule == "" {
		return prefix
	}
	return strings.TrimRight(prefix, "/") + "/" + strings.TrimLeft(rule, "/")
}

// parseParams reads the URL parameters of a rule: `<name>`,
// `<int:name>`, `<any(a, b):name>`. The unknownPart placeholder is not a
// parameter.
func parseParams(rule string) []Param {
	var out []Param
	for {
		i := strings.IndexByte(rule, '<')
		if i < 0 {
			return out
		}
		j := strings.IndexByte(rule[i:], '>')
		if j < 0 {
			return out
		}
		body := rule[i+1 : i+j]
		rule = rule[i+j+1:]
		if body == "?" {
			continue
		}
		p := Param{Name: body, Converter: "string"}
		if k := strings.LastIndexByte(body, ':'); k >= 0 {
			conv := strings.TrimSpace(body[:k])
			p.Name = strings.TrimSpace(body[k+1:])
			if o := strings.IndexByte(conv, '('); o >= 0 && strings.HasSuffix(conv, ")") {
				p.Args = strings.TrimSpace(conv[o+1 : len(conv)-1])
				conv = strings.TrimSpace(conv[:o])
			}
			p.Converter = conv
		}
		out = append(out, p)
	}
}

// methodOrder ranks HTTP methods for a stable, familiar order.
var methodOrder = map[string]int{"GET": 1, "HEAD": 2, "POST": 3, "PUT": 4, "PATCH": 5, "DELETE": 6, "OPTIONS": 7, "TRACE": 8, "CONNECT": 9}

// normMethods upper-cases, de-duplicates and orders methods.
func normMethods(ms []string) []string {
	out := make([]string, 0, len(ms))
	for _, m := range ms {
		m = strings.ToUpper(strings.TrimSpace(m))
		if m != "" && !slices.Contains(out, m) {
			out = append(out, m)
		}
	}
	rank := func(m string) int {
		if r, ok := methodOrder[m]; ok {
			return r
		}
		return len(methodOrder) + 1
	}
	slices.SortFunc(out, func(a, b string) int {
		return cmp.Or(cmp.Compare(rank(a), rank(b)), strings.Compare(a, b))
	})
	return out
}

// methodsArg reads a `methods=` argument: a list, tuple or set of string
// constants, directly or through a name bound to one.
func (b *builder) methodsArg(s site, env *loopEnv, e python.Expr) ([]string, bool) {
	elts := b.res.elements(s.m, s.scope, env, e, 0)
	if elts == nil {
		return nil, false
	}
	var ms []string
	for _, el := range elts {
		v, ok := b.str(site{m: el.m, scope: el.scope}, nil, el.e)
		if !ok {
			return nil, false
		}
		ms = append(ms, v)
	}
	return normMethods(ms), true
}
