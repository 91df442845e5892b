package main

// classes are the suite's categories, in the order of the report: OWASP's
// fourteen, then the four more the engine covers. Weak and Strong are only
// set for configuration classes.
func classes() []class {
	return []class{
		{Key: "cmdi", CWE: 78, Name: "OS command injection"},
		{Key: "codeinj", CWE: 94, Name: "Code injection"},
		{Key: "deserialization", CWE: 502, Name: "Deserialization of untrusted data"},
		{Key: "hash", CWE: 328, Name: "Weak hash", Config: true, Weak: `"md5"`, Strong: `"sha256"`},
		{Key: "ldapi", CWE: 90, Name: "LDAP injection"},
		{Key: "pathtraver", CWE: 22, Name: "Path traversal"},
		{Key: "redirect", CWE: 601, Name: "Open redirect"},
		{Key: "securecookie", CWE: 614, Name: "Cookie without the Secure flag", Config: true, Weak: "False", Strong: "True"},
		{Key: "sqli", CWE: 89, Name: "SQL injection"},
		{Key: "trustbound", CWE: 501, Name: "Trust boundary violation"},
		{Key: "weakrand", CWE: 330, Name: "Weak randomness", Config: true, Weak: "random.Random()", Strong: "random.SystemRandom()"},
		{Key: "xpathi", CWE: 643, Name: "XPath injection"},
		{Key: "xss", CWE: 79, Name: "Cross-site scripting"},
		{Key: "xxe", CWE: 611, Name: "XML external entities"},
		{Key: "ssti", CWE: 1336, Name: "Server-side template injection"},
		{Key: "ssrf", CWE: 918, Name: "Server-side request forgery"},
		{Key: "headerinj", CWE: 113, Name: "HTTP header injection"},
		{Key: "loginj", CWE: 117, Name: "Log injection"},
	}
}
