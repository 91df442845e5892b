package passwords

import (
	"bytes"

	"github.com/flaskguard/flaskguard/internal/finding"
	"github.com/flaskguard/flaskguard/internal/python"
	"github.com/flaskguard/flaskguard/internal/rules/rule"
)

// PlaintextPasswordStorage flags passwords from a request that are stored
// or compared as they were typed.
//
// # What it does
//
// Follows, inside one function, the password a request carries:
// request.form["password"], request.form.get("password"),
// request.get_json()["password"], request.json.get("new_password"),
// request.authorization.password, a WTForms field's form.password.data, and
// the local variables they are assigned to (through .strip() and str()).
// It reports that password when it reaches, unchanged:
//
//   - a model attribute or constructor: user.password = pw,
//     User(username=name, password=pw), User.create(password=pw), even
//     when the column is called password_hash;
//   - an SQL statement that mentions a password column, as a bound
//     parameter or formatted into the text:
//     db.execute("INSERT INTO users (name, password) VALUES (?, ?)", (name, pw)),
//     also as a WHERE condition (... WHERE password = ?), which only works
//     if the stored passwords are clear text;
//   - a MongoDB document or filter: users.insert_one({"password": pw}),
//     find_one({"name": n, "password": pw});
//   - the session: session["password"] = pw (Flask's session cookie is
//     signed, not encrypted: its content is readable by anyone who has it);
//   - a comparison with a stored password: user.password == pw,
//     pw != row["password"], hmac.compare_digest(user.password, pw),
//     request.form["password"] == app.config["ADMIN_PASSWORD"].
//
// Not reported: passwords that pass through any function first
// (generate_password_hash(pw), bcrypt.hashpw(...)), check_password_hash,
// comparisons of two request fields (pw == confirm on a registration
// form), length and emptiness checks, and attributes with a property
// setter (or SQLAlchemy @validates) in the project, which is how Flask
// tutorials hash on assignment (user.password = pw calls the setter).
// Passwords are not followed across functions, so a helper that receives
// the password as a parameter is not judged.
//
// # Why is this bad
//
// Whoever reads the users table (an SQL injection, a backup, a replica, a
// curious administrator, a log of queries) gets every password, and
// people reuse passwords: the breach spreads to their mail and bank
// accounts. A comparison with a stored value proves that the stored value
// is clear text (CWE-256, plaintext storage of a password).
//
// # Example
//
//	@app.post("/register")
//	def register():
//	    user = User(username=request.form["username"], password=request.form["password"])
//	    db.session.add(user)
//
//	@app.post("/login")
//	def login():
//	    user = User.query.filter_by(username=request.form["username"]).first()
//	    if user and user.password == request.form["password"]:
//	        login_user(user)
//
// # Use instead
//
// Store a slow hash and verify against it:
//
//	from werkzeug.security import check_password_hash, generate_password_hash
//
//	user = User(username=name, password_hash=generate_password_hash(request.form["password"]))
//	...
//	if user and check_password_hash(user.password_hash, request.form["password"]):
//	    login_user(user)
//
// # References
//
//   - https://cheatsheetseries.owasp.org/cheatsheets/Password_Storage_Cheat_Sheet.html
//   - https://werkzeug.palletsprojects.com/en/stable/utils/#werkzeug.security.check_password_hash
//   - https://flask.palletsprojects.com/en/stable/tutorial/views/#the-first-view-register
//   - https://cwe.mitre.org/data/definitions/256.html
var PlaintextPasswordStorage = rule.Rule{
	ID:         "FG0903",
	Name:       "plaintext-password-storage",
	Practice:   9,
	CWE:        256,
	Severity:   finding.High,
	Confidence: finding.MediumConfidence,
	Summary:    "Password from a request stored, queried or compared in clear text",
	Fix:        "Store generate_password_hash(password) and verify with check_password_hash(stored_hash, password); never keep or compare the password itself.",
	Visits:     []python.Kind{python.KindModule},
	Check:      checkPlaintextStorage,
}

// checkPlaintextStorage follows the password in each function of a file
// that mentions a request or form data at all. It visits the module, not
// each function, so that the whole source is searched once per file.
func checkPlaintextStorage(c *rule.Ctx, n python.Node) {
	if !bytes.Contains(c.File.Source, []byte("request")) && !bytes.Contains(c.File.Source, []byte(".data")) {
		return
	}
	python.Walk(n, func(n python.Node) bool {
		switch n := n.(type) {
		case *python.FunctionDef:
			checkFunctionStorage(c, n)
		case python.Expr:
			return false // no function definition is inside an expression
		}
		return true
	})
}

func checkFunctionStorage(c *rule.Ctx, fn *python.FunctionDef) {
	if len(fn.Body) == 0 {
		return
	}
	f := &flow{c: c, scope: c.Module.ScopeAt(fn.Body[0].Span().Start),
		raw: map[string]bool{}, data: map[string]bool{}, stored: map[string]bool{}}
	f.stmts(fn.Body)
}

// stmts walks a statement list in source order, checking each statement's
// expressions before applying its assignments, so that `pw = hash(pw)`
// ends the password's clear-text life at that line. Branches are walked
// one after the other: a password assigned in one is still seen in the
// next, which is the usual shape (if not pw: ...; else: ...).
func (f *flow) stmts(list []python.Stmt) {
	for _, s := range list {
		switch s := s.(type) {
		case *python.Assign:
			if s.Value == nil {
				continue
			}
			f.expr(s.Value)
			if s.Op != "" {
				f.forget(s.Targets...)
				continue
			}
			for _, t := range s.Targets {
				f.store(t, s.Value)
				f.bind(t, s.Value)
			}
		case *python.ExprStmt:
			f.expr(s.X)
		case *python.Return:
			f.expr(s.Value)
		case *python.If:
			f.expr(s.Test)
			f.stmts(s.Body)
			f.stmts(s.Else)
		case *python.For:
			f.expr(s.Iter)
			f.forget(s.Target)
			f.stmts(s.Body)
			f.stmts(s.Else)
		case *python.While:
			f.expr(s.Test)
			f.stmts(s.Body)
			f.stmts(s.Else)
		case *python.With:
			for _, it := range s.Items {
				f.expr(it.Context)
				f.forget(it.Target)
			}
			f.stmts(s.Body)
		case *python.Try:
			f.stmts(s.Body)
			for _, h := range s.Handlers {
				f.stmts(h.Body)
			}
			f.stmts(s.Else)
			f.stmts(s.Finally)
		case *python.Match:
			f.expr(s.Subject)
			for _, mc := range s.Cases {
				f.stmts(mc.Body)
			}
		case *python.Assert:
			f.expr(s.Test)
		}
	}
}

// expr checks the calls and comparisons inside an expression.
func (f *flow) expr(e python.Expr) {
	if e == nil {
		return
	}
	python.Walk(e, func(n python.Node) bool {
		switch n := n.(type) {
		case *python.Call:
			f.call(n)
		case *python.Compare:
			f.compare(n)
		case *python.Lambda:
			return false
		}
		return true
	})
}

// bind records what an assignment puts in a name: the clear-text
// password, request data, a stored password, or something else.
func (f *flow) bind(t, v python.Expr) {
	switch t := t.(type) {
	case *python.Name:
		f.raw[t.ID] = f.rawPassword(v)
		f.data[t.ID] = !f.raw[t.ID] && f.requestData(v)
		f.stored[t.ID] = !f.raw[t.ID] && f.storedPassword(v)
	case *python.Tuple:
		if vt, ok := v.(*python.Tuple); ok && len(vt.Elts) == len(t.Elts) {
			for i := range t.Elts {
				f.bind(t.Elts[i], vt.Elts[i])
			}
			return
		}
		f.forget(t)
	}
}

// forget marks the names of targets as holding nothing known.
func (f *flow) forget(ts ...python.Expr) {
	for _, t := range ts {
		if t == nil {
			continue
		}
		python.Walk(t, func(n python.Node) bool {
			if name, ok := n.(*python.Name); ok {
				f.raw[name.ID], f.data[name.ID], f.stored[name.ID] = false, false, false
			}
			return true
		})
	}
}

// store reports `user.password = pw` and `session["password"] = pw`.
func (f *flow) store(t, v python.Expr) {
	if !f.rawPassword(v) {
		return
	}
	switch t := t.(type) {
	case *python.Attribute:
		if isStoreName(t.Attr) && !hashingSetter(f.c, f.c.Project.ClassOfAt(f.c.Module, t.Value, f.scope), t.Attr) {
			f.c.Report(v.Span(), "the password from the request is stored in "+t.Attr+
				" as it was typed: whoever reads the users table reads every password")
		}
	case *python.Subscript:
		key, ok := python.StringValue(t.Index)
		if ok && isStoreName(key) && f.c.Project.QualifyAt(f.c.Module, t.Value, f.scope) == "flask.session" {
			f.c.Report(v.Span(), "the password from the request is stored in the session: Flask's session "+
				"cookie is signed, not encrypted, so the password travels in clear text in every request")
		}
	}
}

// compare reports `stored == pw` and `pw != stored`.
func (f *flow) compare(cmp *python.Compare) {
	if len(cmp.Ops) != 1 || cmp.Ops[0] != "==" && cmp.Ops[0] != "!=" || len(cmp.Operands) != 2 {
		return
	}
	a, b := cmp.Operands[0], cmp.Operands[1]
	if f.rawPassword(a) && f.storedPassword(b) || f.rawPassword(b) && f.storedPassword(a) {
		f.c.Report(cmp.Span(), "the password from the request is compared with a stored password as it was typed, "+
			"so passwords are kept in clear text; store a hash and verify with check_password_hash")
	}
}

// reportValue is the severity-independent report of a password reaching
// a storage call.
func (f *flow) reportValue(e python.Expr, where string) {
	f.c.ReportSeverity(e.Span(), finding.High, "the password from the request "+where+
		" as it was typed: whoever reads the users table reads every password")
}
