package passwords

import (
	"strings"
	"unicode"

	"github.com/flaskguard/flaskguard/internal/project"
	"github.com/flaskguard/flaskguard/internal/python"
	"github.com/flaskguard/flaskguard/internal/rules/internal/ruleutil"
	"github.com/flaskguard/flaskguard/internal/rules/rule"
)

// flow is FG0903's state while it walks one function: which local names
// hold the request's clear-text password, request data (a form or JSON
// body), or a stored password read from a model or a row.
type flow struct {
	c     *rule.Ctx
	scope project.Scope
	raw   map[string]bool
	data  map[string]bool
	// stored names hold a password read from storage (pw = user.password).
	stored map[string]bool
}

// rawPassword reports whether an expression is the request's password as
// typed: request.form["password"], data.get("password"), form.password.data,
// request.authorization.password, a name holding one, and those through
// .strip(), .encode() or str().
func (f *flow) rawPassword(e python.Expr) bool {
	switch e := e.(type) {
	case *python.Name:
		return f.raw[e.ID]
	case *python.Subscript:
		key, ok := python.StringValue(e.Index)
		return ok && isPasswordName(key) && f.requestData(e.Value)
	case *python.Attribute:
		if e.Attr == "data" {
			// form.password.data: a WTForms field's submitted value.
			if field, ok := e.Value.(*python.Attribute); ok && isPasswordName(field.Attr) {
				return true
			}
		}
		return isPasswordName(e.Attr) && f.requestData(e.Value) // request.authorization.password
	case *python.Call:
		switch fn := e.Func.(type) {
		case *python.Attribute:
			switch fn.Attr {
			case "get", "pop":
				k, ok := e.Positional(0)
				key, isStr := python.StringValue(k)
				return ok && isStr && isPasswordName(key) && f.requestData(fn.Value)
			case "strip", "lstrip", "rstrip", "encode", "decode":
				return f.rawPassword(fn.Value)
			}
		case *python.Name:
			if fn.ID == "str" {
				if a, ok := e.Positional(0); ok {
					return f.rawPassword(a)
				}
			}
		}
	}
	return false
}

// requestData reports whether an expression is data sent with the request:
// anything reached from flask.request (request.form, request.get_json()),
// or a local name assigned from it.
func (f *flow) requestData(e python.Expr) bool {
	if name, ok := e.(*python.Name); ok && f.data[name.ID] {
		return true
	}
	return requestValue(f.c, f.scope, e)
}

// storedPassword reports whether an expression reads a password that the
// application keeps: user.password, row["password"],
// app.config["ADMIN_PASSWORD"], or a name assigned one. Request data is
// not stored data.
func (f *flow) storedPassword(e python.Expr) bool {
	switch e := e.(type) {
	case *python.Name:
		return f.stored[e.ID]
	case *python.Attribute:
		return isPasswordName(e.Attr) && !f.requestData(e.Value) && !f.rawPassword(e)
	case *python.Subscript:
		key, ok := python.StringValue(e.Index)
		return ok && isPasswordName(key) && !f.requestData(e.Value)
	case *python.Call:
		// user.get("password"), row.get("password")
		if fn, ok := e.Func.(*python.Attribute); ok && fn.Attr == "get" && !f.requestData(fn.Value) {
			if k, ok := e.Positional(0); ok {
				key, isStr := python.StringValue(k)
				return isStr && isPasswordName(key)
			}
		}
	}
	return false
}

// mongoMethods write or query MongoDB documents with a dict.
var mongoMethods = map[string]bool{
	"insert_one": true, "insert_many": true, "update_one": true, "update_many": true, "replace_one": true,
	"find_one_and_update": true, "find_one_and_replace": true, "find": true, "find_one": true, "count_documents": true,
}

// modelFactories are class methods that create or update a row from
// keyword arguments: User.create(...), User.objects.create(...).
var modelFactories = map[string]bool{"create": true, "insert": true, "get_or_create": true, "update_or_create": true}

// call reports a clear-text password given to a model constructor, an SQL
// statement, a MongoDB document, or hmac.compare_digest with a stored one.
func (f *flow) call(call *python.Call) {
	switch fn := call.Func.(type) {
	case *python.Name:
		if isModelClassName(fn.ID) {
			f.modelKeywords(call, fn, fn.ID)
		}
	case *python.Attribute:
		switch {
		case fn.Attr == "execute" || fn.Attr == "executemany" || fn.Attr == "exec_driver_sql":
			f.sql(call)
		case mongoMethods[fn.Attr]:
			for _, a := range call.Args {
				if d, ok := a.Value.(*python.Dict); ok {
					f.document(d)
				}
			}
		case fn.Attr == "compare_digest":
			a, aok := call.Positional(0)
			b, bok := call.Positional(1)
			if aok && bok && (f.rawPassword(a) && f.storedPassword(b) || f.rawPassword(b) && f.storedPassword(a)) {
				f.c.Report(call.Span(), "the password from the request is compared with a stored password as it was typed "+
					"(in constant time, but still in clear text); store a hash and verify with check_password_hash")
			}
		case isModelClassName(fn.Attr):
			f.modelKeywords(call, fn, fn.Attr) // models.User(...)
		case modelFactories[fn.Attr] && isModelClassName(rootName(fn.Value)):
			f.modelKeywords(call, rootExpr(fn.Value), rootName(fn.Value)+"."+fn.Attr)
		}
	}
}

// modelKeywords reports password=pw given to a model.
func (f *flow) modelKeywords(call *python.Call, class python.Expr, what string) {
	for _, a := range call.Args {
		if a.Star == 0 && a.Name != "" && isStoreName(a.Name) && f.rawPassword(a.Value) &&
			!hashingSetter(f.c, f.c.Project.QualifyAt(f.c.Module, class, f.scope), a.Name) {
			f.reportValue(a.Value, "is stored by "+what+"("+a.Name+"=...)")
		}
	}
}

// document reports {"password": pw} in a MongoDB document or filter,
// including nested operators such as {"$set": {"password": pw}}.
func (f *flow) document(d *python.Dict) {
	for i, k := range d.Keys {
		if i >= len(d.Values) {
			break
		}
		if inner, ok := d.Values[i].(*python.Dict); ok {
			f.document(inner)
			continue
		}
		if key, ok := python.StringValue(k); ok && isStoreName(key) && f.rawPassword(d.Values[i]) {
			f.reportValue(d.Values[i], "goes into a database document or query")
		}
	}
}

// sql reports a clear-text password bound to, or formatted into, an SQL
// statement that mentions a password column.
func (f *flow) sql(call *python.Call) {
	stmt, ok := call.Positional(0)
	if !ok {
		return
	}
	if inner, ok := stmt.(*python.Call); ok && ruleutil.CalleeName(f.c, inner.Func) == "text" {
		stmt, _ = inner.Positional(0) // SQLAlchemy text("...")
	}
	if stmt == nil || !mentionsPasswordColumn(f.sqlText(stmt)) {
		return
	}
	// Formatted into the statement: f-strings, % and + .
	if s, ok := stmt.(*python.String); !ok || !s.IsConstant() {
		if at := f.findRaw(stmt); at != nil {
			f.reportValue(at, "is written into an SQL statement on a password column")
			return
		}
	}
	if params, ok := call.Positional(1); ok {
		if at := f.findRaw(params); at != nil {
			f.reportValue(at, "is bound to an SQL statement on a password column")
		}
	}
}

// sqlText is the text of an SQL statement argument: the literal (its
// source for an f-string), or a constant the name is bound to.
func (f *flow) sqlText(e python.Expr) string {
	switch e := e.(type) {
	case *python.String:
		return f.c.File.Text(e.Span())
	case *python.BinOp:
		return f.sqlText(e.Left) + " " + f.sqlText(e.Right)
	}
	if v, ok := f.c.Project.ConstAt(f.c.Module, e, f.scope); ok && v.Kind == project.StringValue {
		return v.Str
	}
	return ""
}

// findRaw returns the first sub-expression (a tuple element, a dict value,
// an f-string field) that is the clear-text password, without looking
// into calls.
func (f *flow) findRaw(e python.Expr) python.Expr {
	var found python.Expr
	python.Walk(e, func(n python.Node) bool {
		if found != nil {
			return false
		}
		if x, ok := n.(python.Expr); ok && f.rawPassword(x) {
			found = x
			return false
		}
		_, isCall := n.(*python.Call)
		return !isCall // a function may hash what it is given
	})
	return found
}

// mentionsPasswordColumn reports whether SQL text names a password column.
func mentionsPasswordColumn(sql string) bool {
	s := strings.ToLower(sql)
	return strings.Contains(s, "password") || strings.Contains(s, "passwd") || strings.Contains(s, "pwd")
}

// isStoreName reports whether an attribute, keyword or key is where a
// password is kept: password, passwd, pwd, and also password_hash or
// hashed_password, since a clear-text value put there is no hash.
func isStoreName(name string) bool {
	ws := ruleutil.Words(name)
	found := false
	for _, w := range ws {
		switch {
		case w == "hash" || w == "hashed" || w == "digest" || w == "encrypted":
		case notPasswordWords[w]:
			return false
		case w == "pwd" || w == "pw" || w == "passwd" || w == "passphrase",
			w == "pass" && len(ws) > 1, strings.Contains(w, "password"):
			found = true
		}
	}
	return found
}

// isModelClassName screens callees that may build a model: capitalised
// names that are not forms, schemas, clients, exceptions or responses
// (LoginForm(password=...) is a form filled from the request).
func isModelClassName(name string) bool {
	if name == "" || !unicode.IsUpper(rune(name[0])) {
		return false
	}
	for _, suffix := range [...]string{"Form", "Schema", "Serializer", "Client", "Auth", "Error", "Exception",
		"Response", "Request", "Session", "Connection", "Credentials", "Login", "Hasher", "Context", "Bcrypt"} {
		if strings.HasSuffix(name, suffix) {
			return false
		}
	}
	return true
}

// rootName is the first name of a dotted expression (User for
// User.objects).
func rootName(e python.Expr) string {
	if n, ok := rootExpr(e).(*python.Name); ok {
		return n.ID
	}
	return ""
}

// rootExpr is the expression a chain of attributes starts from.
func rootExpr(e python.Expr) python.Expr {
	for {
		a, ok := e.(*python.Attribute)
		if !ok {
			return e
		}
		e = a.Value
	}
}

// hashingSetter reports whether a property setter (@password.setter) or
// a SQLAlchemy validator (@validates("password")) runs when attr is
// assigned: assigning the attribute then runs code that, in every
// tutorial that does it, hashes the password. When the model class is
// known (a project class, q), its hierarchy is searched; otherwise any
// project class with such a setter counts.
func hashingSetter(c *rule.Ctx, q, attr string) bool {
	if cls := c.Project.ClassNamed(q); cls != nil {
		return classHasSetter(c, cls, attr, 0)
	}
	for _, m := range c.Project.Modules {
		found := false
		python.Walk(m.File.Module, func(n python.Node) bool {
			if cls, ok := n.(*python.ClassDef); ok && bodyHasSetter(cls.Body, attr) {
				found = true
			}
			return !found
		})
		if found {
			return true
		}
	}
	return false
}

// classHasSetter searches a project class and its project bases.
func classHasSetter(c *rule.Ctx, cls *project.Class, attr string, depth int) bool {
	if depth > maxHops*4 {
		return false
	}
	if bodyHasSetter(cls.Def.Body, attr) {
		return true
	}
	for _, b := range c.Project.Bases(cls) {
		if classHasSetter(c, b, attr, depth+1) {
			return true
		}
	}
	return false
}

// bodyHasSetter looks at the methods of a class body.
func bodyHasSetter(body []python.Stmt, attr string) bool {
	for _, s := range body {
		if fn, ok := s.(*python.FunctionDef); ok {
			for _, d := range fn.Decorators {
				if isSetterFor(d, attr) {
					return true
				}
			}
		}
	}
	return false
}

// isSetterFor recognises @attr.setter and @validates("attr", ...).
func isSetterFor(d python.Expr, attr string) bool {
	switch d := d.(type) {
	case *python.Attribute:
		name, ok := d.Value.(*python.Name)
		return ok && d.Attr == "setter" && name.ID == attr
	case *python.Call:
		if lastCallee(d.Func) != "validates" {
			return false
		}
		for _, a := range d.Args {
			if s, ok := python.StringValue(a.Value); ok && s == attr {
				return true
			}
		}
	}
	return false
}

func lastCallee(e python.Expr) string {
	switch e := e.(type) {
	case *python.Name:
		return e.ID
	case *python.Attribute:
		return e.Attr
	}
	return ""
}
