package session

import (
	"github.com/flaskguard/flaskguard/internal/project"
	"github.com/flaskguard/flaskguard/internal/python"
	"github.com/flaskguard/flaskguard/internal/rules/internal/ruleutil"
	"github.com/flaskguard/flaskguard/internal/rules/rule"
)

// draw is one call of a predictable generator in a unit, and what the
// value it makes is named, if anything names it as a secret.
type draw struct {
	call  *python.Call
	what  string
	scope project.Scope
	// named describes the secret the value makes ("`reset_token`"), or
	// is empty.
	named string
}

// carrierPasses is how many times the assignments of a unit are read to
// learn which local names hold a drawn value: twice, so that a value
// carried around a loop (token += random.choice(...); in a loop that
// also reads token) is seen whatever the order of the statements.
const carrierPasses = 2

// unitDraws finds the draws of one unit (a function body, the module body
// or a class body) and names those whose value is a secret: assigned to,
// passed as, stored under or returned as something whose name says so,
// directly or through local variables of the unit.
func unitDraws(c *rule.Ctx, body []python.Stmt, def *python.FunctionDef, facts callFacts) []*draw {
	if len(body) == 0 {
		return nil
	}
	scope := c.Module.ScopeAt(body[0].Span().Start)
	byCall := map[*python.Call]*draw{}
	var draws []*draw
	ruleutil.WalkUnit(body, func(n python.Node) bool {
		if call, ok := n.(*python.Call); ok {
			what, ok := randomCall(c, call, scope)
			if facts != nil {
				what, ok = randomFacts(c, call, facts, what, ok)
			}
			if ok {
				d := &draw{call: call, what: what, scope: scope}
				byCall[call] = d
				draws = append(draws, d)
			}
		}
		return true
	})
	if len(draws) == 0 {
		return nil
	}
	carriers := map[string][]*draw{}
	in := func(e python.Expr) []*draw {
		var out []*draw
		python.Walk(e, func(n python.Node) bool {
			switch n := n.(type) {
			case *python.Call:
				if d := byCall[n]; d != nil {
					out = append(out, d)
				}
			case *python.Name:
				out = append(out, carriers[n.ID]...)
			}
			return true
		})
		return out
	}
	carry := func(name string, ds []*draw) {
		for _, d := range ds {
			if !containsDraw(carriers[name], d) {
				carriers[name] = append(carriers[name], d)
			}
		}
	}
	for range carrierPasses {
		ruleutil.WalkUnit(body, func(n python.Node) bool {
			switch n := n.(type) {
			case *python.Assign:
				if n.Value != nil {
					for _, t := range n.Targets {
						if name, ok := t.(*python.Name); ok {
							carry(name.ID, in(n.Value))
						}
					}
				}
			case *python.NamedExpr:
				carry(n.Target.ID, in(n.Value))
			case *python.Call:
				// random.shuffle(chars) makes chars a drawn value.
				if d := byCall[n]; d != nil && isShuffle(d) {
					if arg, ok := n.Positional(0); ok {
						if name, ok := arg.(*python.Name); ok {
							carry(name.ID, []*draw{d})
						}
					}
				}
			}
			return true
		})
	}
	mark := func(ds []*draw, named string) {
		for _, d := range ds {
			if d.named == "" {
				d.named = named
			}
		}
	}
	ruleutil.WalkUnit(body, func(n python.Node) bool {
		switch n := n.(type) {
		case *python.Assign:
			if n.Value == nil {
				break
			}
			for _, t := range n.Targets {
				if name := ruleutil.TargetName(t); isSecretName(name) {
					mark(in(n.Value), "`"+name+"`")
				}
			}
		case *python.NamedExpr:
			if isSecretName(n.Target.ID) {
				mark(in(n.Value), "`"+n.Target.ID+"`")
			}
		case *python.Call:
			for _, a := range n.Args {
				if a.Name != "" && isSecretName(a.Name) {
					mark(in(a.Value), "the argument "+a.Name+"=")
				}
			}
			if value, named, ok := cookieValue(c, n, scope); ok {
				mark(in(value), named)
			}
		case *python.Dict:
			for i, k := range n.Keys {
				if key, ok := python.StringValue(k); ok && isSecretName(key) {
					mark(in(n.Values[i]), "the value of \""+key+"\"")
				}
			}
		case *python.Return:
			if def != nil && n.Value != nil && isSecretName(def.Name) {
				mark(in(n.Value), "what "+def.Name+"() returns")
			}
		}
		return true
	})
	return draws
}

// cookieValue returns the value given to resp.set_cookie(name, value) and
// how to name it, unless the cookie's name is a constant that marks
// nothing sensitive (theme, ab_bucket).
func cookieValue(c *rule.Ctx, call *python.Call, scope project.Scope) (python.Expr, string, bool) {
	fn, ok := call.Func.(*python.Attribute)
	if !ok || fn.Attr != "set_cookie" {
		return nil, "", false
	}
	value, ok := ruleutil.Argument(call, "value", 1)
	if !ok {
		return nil, "", false
	}
	key, _ := ruleutil.Argument(call, "key", 0)
	if key != nil {
		if v, ok := c.Project.ConstAt(c.Module, key, scope); ok && v.Kind == project.StringValue {
			if !isSensitiveCookieName(v.Str) {
				return nil, "", false
			}
			return value, "the value of the cookie \"" + v.Str + "\"", true
		}
	}
	return value, "a cookie's value", true
}

func isShuffle(d *draw) bool {
	fn, ok := d.call.Func.(*python.Attribute)
	if ok {
		return fn.Attr == "shuffle" || fn.Attr == "permuted"
	}
	name, ok := d.call.Func.(*python.Name)
	return ok && name.ID == "shuffle"
}

func containsDraw(ds []*draw, d *draw) bool {
	for _, x := range ds {
		if x == d {
			return true
		}
	}
	return false
}
