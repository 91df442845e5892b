package passwords

import (
	"github.com/flaskguard/flaskguard/internal/project"
	"github.com/flaskguard/flaskguard/internal/python"
	"github.com/flaskguard/flaskguard/internal/rules/internal/ruleutil"
	"github.com/flaskguard/flaskguard/internal/rules/rule"
)

// maxHops bounds how far passwordValue follows local variables
// (pw = request.form["password"]; data = pw.encode(); md5(data)): two
// assignments cover the usual decode/encode/strip steps, and the bound
// keeps `a = b; b = a` from looping.
const maxHops = 2

// unit is one function body (or the module body) with the assignments to
// plain names made in it, for following a local variable to its value.
type unit struct {
	def    *python.FunctionDef
	assign map[string][]python.Expr
}

// newUnit indexes the plain-name assignments of a unit's statements.
func newUnit(body []python.Stmt, def *python.FunctionDef) *unit {
	u := &unit{def: def, assign: map[string][]python.Expr{}}
	ruleutil.WalkUnit(body, func(n python.Node) bool {
		if a, ok := n.(*python.Assign); ok && a.Value != nil && a.Op == "" {
			for _, t := range a.Targets {
				if name, ok := t.(*python.Name); ok {
					u.assign[name.ID] = append(u.assign[name.ID], a.Value)
				}
			}
		}
		return true
	})
	return u
}

// isParam reports whether a name is a parameter of the unit's function.
func (u *unit) isParam(name string) bool {
	if u.def == nil {
		return false
	}
	for _, p := range u.def.Params {
		if p.Name == name {
			return true
		}
	}
	return false
}

// passwordValue reports whether an expression carries a clear-text
// password, as far as its names tell: a name, attribute or key that names a
// password (password, user.pwd, request.form["password"],
// data.get("new_password"), form.password.data), getpass.getpass(), and
// expressions built from one by string operations: .encode(), .strip(),
// str(), bytes(), concatenation with a salt, % and .format() templates,
// f-strings and "".join(). A local variable is followed to what is
// assigned to it (up to maxHops assignments). Calls of other functions
// are not followed: they may already hash.
func passwordValue(c *rule.Ctx, u *unit, e python.Expr, hops int) bool {
	switch e := e.(type) {
	case *python.Name:
		if isPasswordName(e.ID) {
			return true
		}
		if hops >= maxHops || u.isParam(e.ID) {
			return false
		}
		for _, v := range u.assign[e.ID] {
			if passwordValue(c, u, v, hops+1) {
				return true
			}
		}
	case *python.Attribute:
		if isPasswordName(e.Attr) {
			return true
		}
		// form.password.data is the password field's submitted value.
		return e.Attr == "data" && passwordValue(c, u, e.Value, hops)
	case *python.Subscript:
		if k, ok := python.StringValue(e.Index); ok {
			return isPasswordName(k)
		}
		if _, ok := e.Index.(*python.Slice); ok {
			return passwordValue(c, u, e.Value, hops)
		}
	case *python.Call:
		return passwordCall(c, u, e, hops)
	case *python.BinOp:
		return passwordValue(c, u, e.Left, hops) || passwordValue(c, u, e.Right, hops)
	case *python.Tuple:
		return anyPassword(c, u, e.Elts, hops)
	case *python.List:
		return anyPassword(c, u, e.Elts, hops)
	case *python.String:
		return anyPassword(c, u, e.Interpolations, hops)
	case *python.Starred:
		return passwordValue(c, u, e.Value, hops)
	}
	return false
}

func anyPassword(c *rule.Ctx, u *unit, es []python.Expr, hops int) bool {
	for _, e := range es {
		if passwordValue(c, u, e, hops) {
			return true
		}
	}
	return false
}

// passwordCall handles the calls passwordValue looks through.
func passwordCall(c *rule.Ctx, u *unit, call *python.Call, hops int) bool {
	switch fn := call.Func.(type) {
	case *python.Name:
		switch fn.ID {
		case "str", "bytes", "bytearray":
			if a, ok := call.Positional(0); ok {
				return passwordValue(c, u, a, hops)
			}
			return false
		}
		return c.Project.Qualify(c.Module, fn) == "getpass.getpass"
	case *python.Attribute:
		switch fn.Attr {
		case "get", "getlist", "pop":
			// request.form.get("password"), data.get("password", "")
			k, ok := call.Positional(0)
			if ok {
				if key, ok := python.StringValue(k); ok {
					return isPasswordName(key)
				}
			}
			return false
		case "encode", "decode", "strip", "rstrip", "lstrip", "lower", "upper", "casefold", "zfill", "ljust", "rjust":
			return passwordValue(c, u, fn.Value, hops)
		case "format", "join":
			args := make([]python.Expr, 0, len(call.Args))
			for _, a := range call.Args {
				args = append(args, a.Value)
			}
			return anyPassword(c, u, args, hops)
		case "getpass":
			return c.Project.Qualify(c.Module, fn) == "getpass.getpass"
		}
	}
	return false
}

// requestValue reports whether an expression reads the current request's
// data: flask.request (or an alias) followed by any attribute, item or
// method call (request.form, request.get_json(), request.json["x"]).
func requestValue(c *rule.Ctx, scope project.Scope, e python.Expr) bool {
	for {
		switch x := e.(type) {
		case *python.Attribute:
			e = x.Value
		case *python.Subscript:
			e = x.Value
		case *python.Call:
			e = x.Func
		case *python.Name:
			return c.Project.QualifyAt(c.Module, x, scope) == "flask.request"
		default:
			return false
		}
	}
}
