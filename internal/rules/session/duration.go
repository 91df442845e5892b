package session

import (
	"strconv"
	"strings"

	"github.com/flaskguard/flaskguard/internal/flaskmodel"
	"github.com/flaskguard/flaskguard/internal/project"
	"github.com/flaskguard/flaskguard/internal/python"
	"github.com/flaskguard/flaskguard/internal/rules/rule"
)

// day is a day in seconds.
const day = 24 * 60 * 60

// maxDurationDepth bounds how many names evaluation follows
// (LIFETIME = timedelta(days=DAYS)): two hops cover real settings modules
// and stop cycles.
const maxDurationDepth = 3

// timedeltaArgs are datetime.timedelta's parameters in positional order,
// with their length in seconds.
var timedeltaArgs = []struct {
	name    string
	seconds float64
}{
	{"days", day}, {"seconds", 1}, {"microseconds", 1e-6}, {"milliseconds", 1e-3},
	{"minutes", 60}, {"hours", 3600}, {"weeks", 7 * day},
}

// entrySeconds evaluates a duration setting (PERMANENT_SESSION_LIFETIME,
// REMEMBER_COOKIE_DURATION) to seconds: an integer (both take seconds),
// a timedelta(...) call, arithmetic on those (60 * 60 * 24 * 365,
// timedelta(days=1) * 30), and names bound to them.
func entrySeconds(c *rule.Ctx, e *flaskmodel.ConfigEntry) (float64, bool) {
	if e.Known {
		return number(e.Value)
	}
	if e.Expr == nil {
		return 0, false
	}
	m := c.Project.ModuleAt(e.Loc.Path)
	if m == nil {
		return 0, false
	}
	return exprSeconds(c, m, m.ScopeAt(e.Expr.Span().Start), e.Expr, 0)
}

// exprSeconds evaluates a duration expression written in module m.
func exprSeconds(c *rule.Ctx, m *project.Module, scope project.Scope, e python.Expr, depth int) (float64, bool) {
	if depth > maxDurationDepth {
		return 0, false
	}
	switch e := e.(type) {
	case *python.Call:
		if q := c.Project.QualifyAt(m, e.Func, scope); q != "datetime.timedelta" {
			return 0, false
		}
		total := 0.0
		for i, a := range e.Args {
			if a.Star != 0 {
				return 0, false
			}
			unit := -1.0
			for j, p := range timedeltaArgs {
				if a.Name == p.name || a.Name == "" && i == j {
					unit = p.seconds
				}
			}
			v, ok := scalar(c, m, scope, a.Value, depth+1)
			if unit < 0 || !ok {
				return 0, false
			}
			total += v * unit
		}
		return total, true
	case *python.BinOp:
		l, lok := exprSeconds(c, m, scope, e.Left, depth+1)
		r, rok := exprSeconds(c, m, scope, e.Right, depth+1)
		switch {
		case e.Op == "+" && lok && rok:
			return l + r, true
		case e.Op == "*" && lok:
			if n, ok := scalar(c, m, scope, e.Right, depth+1); ok {
				return l * n, true
			}
		case e.Op == "*" && rok:
			if n, ok := scalar(c, m, scope, e.Left, depth+1); ok {
				return r * n, true
			}
		}
	case *python.Name:
		if res, ok := c.Project.Lookup(m, scope, e.ID); ok && len(res.Bindings) == 1 && res.Bindings[0].Value != nil {
			if s, ok := exprSeconds(c, res.Module, res.Scope, res.Bindings[0].Value, depth+1); ok {
				return s, true
			}
		}
	}
	// A plain number of seconds.
	return scalar(c, m, scope, e, depth+1)
}

// scalar evaluates integer and float arithmetic on literals and constant
// names.
func scalar(c *rule.Ctx, m *project.Module, scope project.Scope, e python.Expr, depth int) (float64, bool) {
	if depth > maxDurationDepth+4 {
		return 0, false
	}
	switch e := e.(type) {
	case *python.Number:
		t := strings.ReplaceAll(strings.ToLower(e.Text), "_", "")
		if n, err := strconv.ParseInt(t, 0, 64); err == nil {
			return float64(n), true
		}
		f, err := strconv.ParseFloat(t, 64)
		return f, err == nil
	case *python.UnaryOp:
		if v, ok := scalar(c, m, scope, e.Operand, depth+1); ok && (e.Op == "-" || e.Op == "+") {
			if e.Op == "-" {
				v = -v
			}
			return v, true
		}
		return 0, false
	case *python.BinOp:
		l, lok := scalar(c, m, scope, e.Left, depth+1)
		r, rok := scalar(c, m, scope, e.Right, depth+1)
		if !lok || !rok {
			return 0, false
		}
		switch e.Op {
		case "+":
			return l + r, true
		case "-":
			return l - r, true
		case "*":
			return l * r, true
		case "/", "//":
			if r != 0 {
				return l / r, true
			}
		}
		return 0, false
	}
	v, ok := c.Project.ConstAt(m, e, scope)
	if !ok {
		return 0, false
	}
	return number(v)
}

// number reads an int or float constant.
func number(v project.Value) (float64, bool) {
	switch v.Kind {
	case project.IntValue:
		return float64(v.Int), true
	case project.FloatValue:
		return v.Float, true
	}
	return 0, false
}

// days formats a duration in seconds for messages: "365 days", "12 hours".
func days(s float64) string {
	switch {
	case s >= day && s == float64(int64(s/day))*day:
		return plural(int64(s/day), "day")
	case s >= 3600 && s == float64(int64(s/3600))*3600:
		return plural(int64(s/3600), "hour")
	case s >= day:
		return strconv.FormatFloat(s/day, 'f', 1, 64) + " days"
	}
	return strconv.FormatFloat(s, 'f', -1, 64) + " seconds"
}

func plural(n int64, unit string) string {
	if n == 1 {
		return "1 " + unit
	}
	return strconv.FormatInt(n, 10) + " " + unit + "s"
}
