package flaskmodel

import (
	"bytes"
	"path"
	"strings"

	"github.com/flaskguard/flaskguard/internal/finding"
	"github.com/flaskguard/flaskguard/internal/python"
)

// DevOnly reports whether code at a location runs only in development or
// tests, so that rules can let it relax security settings:
//
//   - in a file whose name or folder marks it as for tests or development
//     (tests/, test_*.py, conftest.py, dev.py, local_settings.py);
//   - in a function whose name does (create_test_app, make_dev_server);
//   - in the body of an `if` whose test is about debug, testing or
//     development (if app.debug:, if app.config["TESTING"]:,
//     if os.environ.get("FLASK_ENV") == "development":), or in the else
//     branch of one about production; a negated test (if not app.debug:,
//     if env != "production":) swaps the branches.
//
// A location outside the project's Python files is not dev-only.
func (md *Model) DevOnly(at finding.Location) bool {
	m := md.proj.ModuleAt(at.Path)
	if m == nil {
		return false
	}
	dir, file := path.Split(at.Path)
	if file == "conftest.py" || strings.HasPrefix(file, "test_") || envOfWords(words(strings.TrimSuffix(file, ".py"))) == Development {
		return true
	}
	for _, d := range strings.Split(strings.Trim(dir, "/"), "/") {
		if d == "tests" || d == "test" || d == "testing" {
			return true
		}
	}
	offset, ok := offsetOf(m.File, at.StartLine, at.StartCol)
	if !ok {
		return false
	}
	return devIn(m.File.Module.Body, offset)
}

// devIn descends through the statement that contains offset at each
// level, looking for a dev-only function or branch on the way.
func devIn(list []python.Stmt, offset int) bool {
	for {
		s := stmtAt(list, offset)
		if s == nil {
			return false
		}
		switch s := s.(type) {
		case *python.FunctionDef:
			if envOfWords(words(s.Name)) == Development {
				return true
			}
			list = s.Body
		case *python.ClassDef:
			list = s.Body
		case *python.If:
			inBody := stmtAt(s.Body, offset) != nil
			switch envOfTest(s.Test) {
			case Development:
				if inBody {
					return true
				}
			case Production:
				if !inBody && stmtAt(s.Else, offset) != nil {
					return true
				}
			}
			list = append(s.Body[:len(s.Body):len(s.Body)], s.Else...)
		case *python.With:
			list = s.Body
		case *python.Try:
			list = append(append(s.Body[:len(s.Body):len(s.Body)], s.Else...), s.Finally...)
			for _, h := range s.Handlers {
				list = append(list, h.Body...)
			}
		default:
			return false
		}
	}
}

// stmtAt returns the statement of list whose span holds offset.
func stmtAt(list []python.Stmt, offset int) python.Stmt {
	for _, s := range list {
		if sp := s.Span(); int(sp.Start.Offset) <= offset && offset < int(sp.End.Offset) {
			return s
		}
	}
	return nil
}

// envOfTest classifies an if-test: Development when its body runs only in
// development or tests, Production when only in production, AnyEnv when
// it says neither.
func envOfTest(e python.Expr) Environment {
	switch e := e.(type) {
	case *python.UnaryOp:
		if e.Op == "not" {
			return flipEnv(envOfTest(e.Operand))
		}
	case *python.Compare:
		if len(e.Ops) == 1 {
			env, negated := AnyEnv, false
			switch e.Ops[0] {
			case "!=", "is not", "not in":
				negated = true
			}
			for _, o := range e.Operands {
				if c, ok := o.(*python.Constant); ok && c.Value == python.None {
					// `test_config is None` holds when NOT testing.
					negated = !negated
				} else if x := envOfExpr(o); x != AnyEnv {
					env = x
				}
			}
			if negated {
				return flipEnv(env)
			}
			return env
		}
	case *python.BoolOp:
		l, r := envOfTest(e.Left), envOfTest(e.Right)
		if e.Op == "and" {
			// The body needs both: one side pinning the environment is enough.
			if l == AnyEnv {
				return r
			}
			if r == AnyEnv || r == l {
				return l
			}
			return AnyEnv
		}
		if l == r {
			return l
		}
		return AnyEnv
	}
	return envOfExpr(e)
}

// envOfExpr classifies an expression by the words in it: app.debug,
// app.testing, config["TESTING"], "development" → Development;
// "production" → Production.
func envOfExpr(e python.Expr) Environment {
	var ws []string
	python.Walk(e, func(n python.Node) bool {
		switch n := n.(type) {
		case *python.Name:
			ws = append(ws, words(n.ID)...)
		case *python.Attribute:
			ws = append(ws, words(n.Attr)...)
		case *python.String:
			ws = append(ws, words(n.Value)...)
		}
		return true
	})
	return envOfWords(ws)
}

// envOfWords says which environment a list of words is about, AnyEnv when
// none or both.
func envOfWords(ws []string) Environment {
	dev, prod := false, false
	for _, w := range ws {
		switch w {
		case "dev", "develop", "development", "local", "debug", "test", "tests", "testing":
			dev = true
		case "prod", "production":
			prod = true
		}
	}
	switch {
	case dev && !prod:
		return Development
	case prod && !dev:
		return Production
	}
	return AnyEnv
}

func flipEnv(e Environment) Environment {
	switch e {
	case Development:
		return Production
	case Production:
		return Development
	}
	return e
}

// offsetOf converts a 1-based line and byte column to a byte offset.
func offsetOf(f *python.File, line, col int) (int, bool) {
	if line < 1 || col < 1 {
		return 0, false
	}
	off := 0
	for l := 1; l < line; l++ {
		i := bytes.IndexByte(f.Source[off:], '\n')
		if i < 0 {
			return 0, false
		}
		off += i + 1
	}
	return off + col - 1, off+col-1 <= len(f.Source)
}
