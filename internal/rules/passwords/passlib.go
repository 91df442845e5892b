package passwords

import (
	"strings"

	"github.com/flaskguard/flaskguard/internal/finding"
	"github.com/flaskguard/flaskguard/internal/python"
	"github.com/flaskguard/flaskguard/internal/rules/internal/ruleutil"
	"github.com/flaskguard/flaskguard/internal/rules/rule"
)

// weakSchemes are passlib's schemes that store a password in clear text,
// with a fast hash, or with a broken or obsolete algorithm, with what each
// is. Strong schemes (argon2, bcrypt, scrypt, pbkdf2_sha256,
// sha512_crypt...) are absent.
var weakSchemes = map[string]string{
	"plaintext": "clear text", "ldap_plaintext": "clear text", "roundup_plaintext": "clear text",
	"md5_crypt": "MD5-crypt", "apr_md5_crypt": "Apache MD5-crypt", "sun_md5_crypt": "Sun MD5-crypt",
	"des_crypt": "DES-crypt (8 characters, 12-bit salt)", "bsdi_crypt": "BSDi DES-crypt",
	"bigcrypt": "bigcrypt (DES)", "crypt16": "crypt16 (DES)",
	"ldap_md5": "unsalted MD5", "ldap_sha1": "unsalted SHA-1", "ldap_salted_md5": "salted MD5",
	"ldap_salted_sha1": "salted SHA-1", "ldap_salted_sha256": "salted SHA-256", "ldap_salted_sha512": "salted SHA-512",
	"hex_md4": "unsalted MD4", "hex_md5": "unsalted MD5", "hex_sha1": "unsalted SHA-1",
	"hex_sha256": "unsalted SHA-256", "hex_sha512": "unsalted SHA-512",
	"mysql323": "MySQL 3.2.3 hash", "mysql41": "MySQL 4.1 hash (unsalted SHA-1)", "postgres_md5": "PostgreSQL MD5",
	"oracle10": "Oracle 10g hash", "oracle11": "Oracle 11g hash (SHA-1)", "lmhash": "LAN Manager hash",
	"nthash": "NT hash (unsalted MD4)", "msdcc": "MS DCC", "msdcc2": "MS DCC2",
	"cisco_pix": "Cisco PIX (MD5)", "cisco_asa": "Cisco ASA (MD5)", "cisco_type7": "Cisco type 7 (reversible)",
	"django_salted_md5": "salted MD5", "django_salted_sha1": "salted SHA-1", "django_des_crypt": "DES-crypt",
	"phpass": "phpass (MD5)", "atlassian_pbkdf2_sha1": "PBKDF2-SHA1 with 10 000 iterations",
}

// checkCryptContext reports the weak schemes of a passlib CryptContext:
// High when one is the default (default=, else the first scheme), which
// hashes every new password; Low when it is only accepted for existing
// hashes and not deprecated, so those hashes are never upgraded.
func checkCryptContext(c *rule.Ctx, call *python.Call) {
	scope := c.Module.ScopeAt(call.Span().Start)
	if c.Project.QualifyAt(c.Module, call.Func, scope) != "passlib.context.CryptContext" {
		return
	}
	schemesArg, ok := ruleutil.Argument(call, "schemes", 0)
	if !ok {
		return
	}
	schemes := stringList(schemesArg)
	if len(schemes) == 0 {
		return
	}
	def := schemes[0].value
	if d, ok := call.Keyword("default"); ok {
		if s, ok := python.StringValue(d); ok {
			def = s
		}
	}
	deprecated := map[string]bool{}
	auto := false
	if d, ok := call.Keyword("deprecated"); ok {
		for _, s := range stringList(d) {
			deprecated[s.value] = true
			auto = auto || s.value == "auto"
		}
	}
	for _, s := range schemes {
		what, weak := weakSchemes[s.value]
		switch {
		case !weak:
		case s.value == def && what == "clear text":
			c.Report(s.expr.Span(), `CryptContext stores new passwords with "`+s.value+
				`", in clear text: anyone who reads the table reads every password`)
		case s.value == def:
			c.Report(s.expr.Span(), `CryptContext hashes new passwords with "`+s.value+`" (`+what+
				"): a stolen table of such hashes gives up its passwords quickly")
		case !auto && !deprecated[s.value]:
			c.ReportSeverity(s.expr.Span(), finding.Low, `CryptContext accepts "`+s.value+`" (`+what+
				`) hashes without deprecating them, so they are never upgraded; add deprecated="auto"`)
		}
	}
}

// checkPasslibHash reports hashing with a weak passlib scheme directly:
// passlib.hash.md5_crypt.hash(password), .using(...), .encrypt(...).
func checkPasslibHash(c *rule.Ctx, call *python.Call) {
	fn, ok := call.Func.(*python.Attribute)
	if !ok {
		return
	}
	q := c.Project.Qualify(c.Module, fn.Value)
	scheme, ok := strings.CutPrefix(q, "passlib.hash.")
	if !ok {
		return
	}
	if what, weak := weakSchemes[scheme]; weak {
		c.Report(call.Span(), "passlib's "+scheme+" ("+what+") hashes the password: "+
			"a stolen table of such hashes gives up its passwords quickly")
	}
}

// listedString is one string of a list argument, with where it is written.
type listedString struct {
	value string
	expr  python.Expr
}

// stringList reads a list, tuple or set of string literals, or one string
// of comma-separated names ("md5_crypt,des_crypt", as passlib accepts).
func stringList(e python.Expr) []listedString {
	var elts []python.Expr
	switch e := e.(type) {
	case *python.List:
		elts = e.Elts
	case *python.Tuple:
		elts = e.Elts
	case *python.Set:
		elts = e.Elts
	case *python.String:
		var out []listedString
		if e.IsConstant() {
			for _, part := range strings.Split(e.Value, ",") {
				if part = strings.TrimSpace(part); part != "" {
					out = append(out, listedString{value: part, expr: e})
				}
			}
		}
		return out
	}
	var out []listedString
	for _, el := range elts {
		if s, ok := python.StringValue(el); ok {
			out = append(out, listedString{value: s, expr: el})
		}
	}
	return out
}
