// Package database holds the rules of practice 7, parameterized database
// access. Its taint rule binds the SQL sink class of internal/taint to a
// rule ID; the sinks themselves are data in internal/taint/spec.
package database

import (
	"github.com/flaskguard/flaskguard/internal/finding"
	"github.com/flaskguard/flaskguard/internal/rules/rule"
	"github.com/flaskguard/flaskguard/internal/taint/spec"
)

// SQLInjection flags request data built into an SQL statement.
//
// # What it does
//
// Follows request data across views, helpers and data-access modules and
// reports it when it reaches the statement of a DB-API execute,
// executemany or executescript, SQLAlchemy's text(), session.execute,
// engine.execute and connection.execute, a raw string given to an ORM
// filter or order_by, or pandas.read_sql. Values bound as parameters
// (execute("... WHERE id = ?", (id,))) are not part of the statement and
// are not reported; nor are values converted with int() or checked
// against an allow-list. A numeric %d conversion keeps only a number.
//
// # Why is this bad
//
// A quote in the value ends the SQL string: `' OR '1'='1` returns every
// row, `'; DROP TABLE users; --` runs a second statement (CWE-89).
//
// # Example
//
//	def get_user(username):
//	    return db.execute(f"SELECT * FROM users WHERE username = '{username}'").fetchone()
//
// # Use instead
//
//	def get_user(username):
//	    return db.execute("SELECT * FROM users WHERE username = ?", (username,)).fetchone()
//
// # References
//
//   - https://peps.python.org/pep-0249/#paramstyle
//   - https://docs.sqlalchemy.org/en/20/core/sqlelement.html#sqlalchemy.sql.expression.text
//   - https://cheatsheetseries.owasp.org/cheatsheets/SQL_Injection_Prevention_Cheat_Sheet.html
//   - https://cwe.mitre.org/data/definitions/89.html
var SQLInjection = rule.Rule{
	ID:         "FG0701",
	Name:       "sql-injection",
	Practice:   7,
	CWE:        89,
	Severity:   finding.Critical,
	Confidence: finding.HighConfidence,
	Summary:    "request data built into an SQL statement",
	Fix:        "Pass values as query parameters (execute(sql, params), text() with bindparams), never by formatting them into the SQL.",
	CheckProject: func(c *rule.Ctx) {
		c.ReportFlows(spec.SQL)
		sqlEvidence(c) // evidence.go
	},
}
