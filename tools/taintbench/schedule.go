package main

import (
	"fmt"
	"slices"
)

// Class sizes: 28 cases, a few more where a class has more safe sinks
// than the four slots, so that every sink appears at least once. 18
// classes give about 510 cases: enough for each ingredient to appear
// several times, few enough that a scan of the suite stays quick.
const (
	casesPerClass  = 28
	vulnPerClass   = 10
	maxSafeSinks   = 6
	minSafeSinks   = 4
	minSelectedBad = 3
)

// seed fixes the schedule. Changing it reshuffles the suite, which
// invalidates every published score; bump the suite version if you do.
const seed = 0x7461696e7462656e // "taintben"

// splitmix is a tiny, fully specified PRNG (SplitMix64), so that the
// schedule cannot change when a library's generator does.
type splitmix struct{ state uint64 }

func (r *splitmix) next() uint64 {
	r.state += 0x9e3779b97f4a7c15
	z := r.state
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	return z ^ (z >> 31)
}

func (r *splitmix) intn(n int) int { return int(r.next() % uint64(n)) }

// roleCount is how many cases of a class fill a role.
type roleCount struct {
	role string
	n    int
}

// roles are the slots a case fills in its class: about a third
// vulnerable (plain, or behind a wrong sanitizer) and two thirds safe
// look-alikes (safe through the propagation, the right sanitizer, a safe
// sink, a safe source). Configuration classes split into sinks that fix
// the choice in the call and sinks that take it from a selector.
func roles(cl class, all []sink) []roleCount {
	var weak, strong int
	for _, s := range all {
		if s.Class != cl.Key || s.Selected {
			continue
		}
		if s.Safe {
			strong++
		} else {
			weak++
		}
	}
	if cl.Config {
		selWeak := max(minSelectedBad, vulnPerClass-weak)
		return []roleCount{{"direct-weak", weak}, {"direct-strong", strong}, {"selected-weak", selWeak},
			{"selected-strong", max(0, casesPerClass-weak-strong-selWeak)}}
	}
	safeSinks := min(strong, maxSafeSinks)
	safeProp := 7 + max(0, minSafeSinks-safeSinks)
	return []roleCount{
		{"vuln", 6}, {"vuln-wrong-sanitizer", vulnPerClass - 6},
		{"safe-prop", safeProp}, {"safe-sanitizer", 4}, {"safe-sink", safeSinks}, {"safe-source", 3},
	}
}

// planner picks ingredients for each role. It prefers the ingredient used
// least so far (ties broken by the PRNG), so that every ingredient appears
// and none dominates.
type planner struct {
	r     *splitmix
	srcs  []source
	props []prop
	sans  []sanitizer
	sinks []sink
	used  map[string]int
}

// plan returns every case of the suite, numbered.
func plan() ([]testCase, error) {
	p := &planner{r: &splitmix{state: seed}, srcs: sources(), props: props(), sans: sanitizers(), sinks: sinks(), used: map[string]int{}}
	var all []testCase
	for _, cl := range classes() {
		var slots []string
		for _, r := range roles(cl, p.sinks) {
			slots = append(slots, repeat(r.role, r.n)...)
		}
		for _, role := range slots {
			c, err := p.pick(cl, role)
			if err != nil {
				return nil, err
			}
			all = append(all, c)
		}
	}
	// Number the cases in a shuffled order, as OWASP does, so that a
	// test's number says nothing about its class or role.
	order := make([]int, len(all))
	for i := range order {
		order[i] = i
	}
	for i := len(order) - 1; i > 0; i-- {
		j := p.r.intn(i + 1)
		order[i], order[j] = order[j], order[i]
	}
	for pos, idx := range order {
		all[idx].Num = pos + 1
	}
	slices.SortFunc(all, func(a, b testCase) int { return a.Num - b.Num })
	return all, nil
}

func repeat(s string, n int) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = s
	}
	return out
}

// neutralised reports whether san makes the class harmless at sk.
func neutralised(cl class, san sanitizer, sk sink) bool {
	return slices.Contains(san.Neutralises, cl.Key) && !slices.Contains(sk.Defeats, san.Name)
}

func (p *planner) sinkOK(cl class, role string, sk sink) bool {
	if sk.Class != cl.Key {
		return false
	}
	switch role {
	case "safe-sink", "direct-strong":
		return sk.Safe && !sk.Selected
	case "selected-weak", "selected-strong":
		return sk.Selected
	default:
		return !sk.Safe && !sk.Selected
	}
}

func (p *planner) srcOK(cl class, role string, src source, sk sink) bool {
	if (role == "safe-source") == src.Tainted {
		return false
	}
	return sourceFits(cl, src, sk)
}

func (p *planner) propOK(cl class, role string, src source, pr prop, sk sink) bool {
	switch role {
	case "safe-prop", "selected-strong":
		if pr.Keeps {
			return false
		}
	case "direct-weak", "direct-strong":
	default:
		if !pr.Keeps {
			return false
		}
	}
	return propFits(cl, src, pr, sk)
}

func (p *planner) sanOK(cl class, role string, src source, s sanitizer, sk sink) bool {
	switch role {
	case "vuln-wrong-sanitizer":
		if s.Name == "none" || neutralised(cl, s, sk) {
			return false
		}
	case "safe-sanitizer":
		if !neutralised(cl, s, sk) {
			return false
		}
	default:
		if s.Name != "none" {
			return false
		}
	}
	return sanFits(cl, src, s, sk)
}

// completable reports whether some propagation and sanitizer fit src and sk.
func (p *planner) completable(cl class, role string, src source, sk sink) bool {
	return slices.ContainsFunc(p.props, func(pr prop) bool { return p.propOK(cl, role, src, pr, sk) }) &&
		slices.ContainsFunc(p.sans, func(s sanitizer) bool { return p.sanOK(cl, role, src, s, sk) })
}

func (p *planner) pick(cl class, role string) (testCase, error) {
	// A class may have no wrong sanitizer that keeps its truth clear, or
	// no safe sink or right sanitizer (nothing makes session data trusted
	// but not putting it there): its slot goes to the plainest role.
	if !p.roleFeasible(cl, role) {
		switch role {
		case "vuln-wrong-sanitizer":
			role = "vuln"
		case "safe-sink", "safe-sanitizer", "safe-source":
			role = "safe-prop"
		}
	}
	sk, ok := leastUsed(p, "sink:"+cl.Key+":", p.sinks, func(s sink) string { return s.Name }, func(s sink) bool {
		return p.sinkOK(cl, role, s) && slices.ContainsFunc(p.srcs, func(src source) bool {
			return p.srcOK(cl, role, src, s) && p.completable(cl, role, src, s)
		})
	})
	if !ok {
		return testCase{}, fmt.Errorf("class %s, role %s: no sink fits", cl.Key, role)
	}
	src, _ := leastUsed(p, "src:", p.srcs, func(s source) string { return s.Name }, func(src source) bool {
		return p.srcOK(cl, role, src, sk) && p.completable(cl, role, src, sk)
	})
	pr, _ := leastUsed(p, "prop:", p.props, func(x prop) string { return x.Name }, func(x prop) bool {
		return p.propOK(cl, role, src, x, sk)
	})
	// Sanitizers are spread within each class, and a safe-sanitizer slot
	// prefers the class's own sanitizers (html.escape for xss, shlex.quote
	// for cmdi...) over the ones that neutralise everything (int(), an
	// allow-list), which would otherwise crowd them out.
	sanKey := "san:" + cl.Key + ":"
	if role == "safe-sanitizer" {
		for _, s := range p.sans {
			if len(s.Neutralises) == len(taintClasses()) && p.used[sanKey+s.Name] == 0 {
				p.used[sanKey+s.Name] = 1
			}
		}
	}
	san, _ := leastUsed(p, sanKey, p.sans, func(x sanitizer) string { return x.Name }, func(x sanitizer) bool {
		return p.sanOK(cl, role, src, x, sk)
	})
	c := testCase{Class: cl, Src: src, Prop: pr, San: san, Sink: sk, Role: role}
	want := role == "vuln" || role == "vuln-wrong-sanitizer" || role == "direct-weak" || role == "selected-weak"
	if c.vulnerable() != want {
		return testCase{}, fmt.Errorf("class %s, role %s: %s/%s/%s/%s is labelled %v", cl.Key, role, src.Name, pr.Name, san.Name, sk.Name, c.vulnerable())
	}
	return c, nil
}

// roleFeasible reports whether any sink of the class can fill the role.
func (p *planner) roleFeasible(cl class, role string) bool {
	return slices.ContainsFunc(p.sinks, func(s sink) bool {
		return p.sinkOK(cl, role, s) && slices.ContainsFunc(p.srcs, func(src source) bool {
			return p.srcOK(cl, role, src, s) && p.completable(cl, role, src, s)
		})
	})
}

// leastUsed returns the item accepted by ok that has been used least
// under prefix, breaking ties with the PRNG, and counts the use.
func leastUsed[T any](p *planner, prefix string, items []T, name func(T) string, ok func(T) bool) (T, bool) {
	var best []T
	bestN := -1
	for _, it := range items {
		if !ok(it) {
			continue
		}
		n := p.used[prefix+name(it)]
		switch {
		case bestN < 0 || n < bestN:
			best, bestN = []T{it}, n
		case n == bestN:
			best = append(best, it)
		}
	}
	if len(best) == 0 {
		var zero T
		return zero, false
	}
	chosen := best[p.r.intn(len(best))]
	p.used[prefix+name(chosen)]++
	return chosen, true
}
