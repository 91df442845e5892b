package spec

import "strings"

// ClassNames lists the names of the single classes in bit order ("sql",
// "command", ...), as String writes them and ParseClass reads them: the
// vocabulary of the configuration file.
func ClassNames() []string { return classNames() }

// classAliases are the other words people use for a class: the short
// names of the vulnerabilities and the names of the rules that report
// them. They are not accepted as class names (one name per class keeps
// configuration files and messages alike); SuggestClass offers the class.
var classAliases = map[string]string{
	"sqli": "sql", "sql-injection": "sql", "database": "sql",
	"cmdi": "command", "command-injection": "command", "shell": "command", "os-command": "command",
	"codeinj": "code", "code-injection": "code", "eval": "code", "rce": "code",
	"ssti": "template", "server-side-template-injection": "template", "template-injection": "template",
	"xss": "html", "cross-site-scripting": "html", "open-redirect": "redirect",
	"pathtraver": "path", "path-traversal": "path", "traversal": "path", "file": "path", "lfi": "path",
	"deserialization": "deserialize", "unsafe-deserialization": "deserialize", "pickle": "deserialize",
	"xxe": "xml", "xml-external-entities": "xml",
	"xpathi": "xpath", "xpath-injection": "xpath",
	"ldapi": "ldap", "ldap-injection": "ldap",
	"server-side-request-forgery": "ssrf", "url": "ssrf",
	"trustbound": "session", "trust-boundary": "session", "trust-boundary-violation": "session",
	"header-injection": "header", "http-header-injection": "header", "crlf": "header",
	"logging": "log", "log-injection": "log", "request-data-logged-unsanitized": "log",
}

// SuggestClass returns the class name a user most likely meant by an
// unknown name: the class an alias stands for ("xss" → "html"), else the
// class (or "all") within two edits of it ("comand" → "command"). It
// returns false when nothing is close.
func SuggestClass(name string) (string, bool) {
	n := strings.ReplaceAll(strings.ToLower(strings.TrimSpace(name)), "_", "-")
	if c, ok := classAliases[n]; ok {
		return c, true
	}
	best, bestDist := "", 3
	for _, c := range append(classNames(), "all") {
		if d := editDistance(n, c); d < bestDist {
			best, bestDist = c, d
		}
	}
	return best, best != ""
}

// editDistance is the Levenshtein distance of two short ASCII words.
func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
