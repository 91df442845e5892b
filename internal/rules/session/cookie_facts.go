package session

import (
	"bytes"

	"github.com/flaskguard/flaskguard/internal/python"
	"github.com/flaskguard/flaskguard/internal/rules/rule"
)

// checkCookieModule runs FG0401 over one file: set_cookie calls, and raw
// Set-Cookie headers (cookie_header.go), with the taint engine's call
// facts when there are any.
func checkCookieModule(c *rule.Ctx, m *python.Module, facts callFacts) {
	src := c.File.Source
	rawHeader := false
	for _, spelling := range setCookieSpellings {
		rawHeader = rawHeader || bytes.Contains(src, []byte(spelling))
	}
	if !rawHeader && !bytes.Contains(src, []byte("set_cookie")) {
		return
	}
	python.Walk(m, func(n python.Node) bool {
		switch n := n.(type) {
		case *python.Call:
			checkCookieCall(c, n, facts)
			if rawHeader {
				checkSetCookieCall(c, n, facts)
			}
		case *python.Assign:
			if rawHeader {
				checkSetCookieAssign(c, n)
			}
		case *python.Dict:
			if rawHeader {
				checkSetCookieDict(c, n)
			}
		case *python.Tuple:
			if rawHeader {
				checkSetCookiePair(c, n)
			}
		}
		return true
	})
}

// setCookieSpellings are how code writes the header's name; the files
// without any are not walked for raw headers (lowering every file to
// search it in any case would copy the whole project).
var setCookieSpellings = [...]string{"Set-Cookie", "set-cookie", "SET-COOKIE", "Set-cookie"}

// secureFact is what the engine says about the Secure flag of one
// set_cookie call.
type secureFact struct {
	// dead: no execution reaches the call.
	dead bool
	// known: secure= (written, or from a **dict of known keys) folds to
	// a constant on every path, whose truth is on.
	known, on bool
	// complete: the facts hold for every execution (taint.CallFacts).
	complete bool
}

// cookieSecureFact looks the call's secure argument up in the facts.
func cookieSecureFact(call *python.Call, facts callFacts) secureFact {
	f, ok := facts.lookup(call)
	if !ok {
		return secureFact{}
	}
	if !f.Reachable {
		return secureFact{dead: f.Complete}
	}
	out := secureFact{complete: f.Complete}
	if v, ok := f.Arg(securePosition, "secure"); ok && v.Const.Known() {
		out.known, out.on = true, v.Const.Truthy()
	}
	return out
}

// insecure combines the syntactic verdict (the flag is a false constant)
// with the fact: a flag that folds to False is reported wherever the
// engine saw the call, one that folds to True clears the verdict when the
// facts hold for every execution.
func (s secureFact) insecure(syntactic bool) bool {
	switch {
	case s.known && !s.on:
		return true
	case s.known && s.complete:
		return false
	}
	return syntactic
}
