package secrets

import (
	"path"
	"strings"
	"unicode"

	"github.com/flaskguard/flaskguard/internal/python"
	"github.com/flaskguard/flaskguard/internal/rules/internal/ruleutil"
)

// This file holds what FG0202, FG0203 and FG0204 share: reading a name as
// "this holds a credential", and telling a credential from a placeholder.

// keyQualifiers are the words that, before "key", make it a credential:
// API_KEY, ACCESS_KEY, PRIVATE_KEY, STRIPE_SECRET_KEY. A bare KEY, a
// CACHE_KEY or a SORT_KEY are not.
var keyQualifiers = map[string]bool{
	"api": true, "access": true, "secret": true, "private": true, "signing": true,
	"auth": true, "encryption": true, "encrypt": true, "master": true, "license": true,
	"client": true, "consumer": true, "subscription": true, "webhook": true,
	"hmac": true, "fernet": true, "aes": true, "jwt": true, "account": true, "service": true,
}

// paginationWords come before "token" in names of tokens that are not
// credentials (NEXT_PAGE_TOKEN, continuation_token).
var paginationWords = map[string]bool{
	"next": true, "page": true, "continuation": true, "pagination": true, "cursor": true, "sync": true,
}

// credentialName reports whether a name says that its value is a
// credential, and what kind. The credential word must come last: API_TOKEN
// and MAIL_PASSWORD are credentials, while TOKEN_HEADER, PASSWORD_FIELD,
// PASSWORD_MIN_LENGTH, TOKEN_URL and PASSWORD_HASH name something about
// one. Flask's own signing keys (SECRET_KEY and its family) are left to
// FG0201.
func credentialName(name string) (kind string, ok bool) {
	if isKeyName(strings.ToUpper(name)) {
		return "", false
	}
	words := ruleutil.Words(name)
	if len(words) == 0 {
		return "", false
	}
	last := words[len(words)-1]
	prev := ""
	if len(words) > 1 {
		prev = words[len(words)-2]
	}
	switch last {
	case "password", "passwd", "pwd", "passphrase", "pw":
		return "password", true
	case "pass":
		// DB_PASS, SMTP_PASS; a bare "pass" is a keyword in Python and
		// a word like any other in settings.
		return "password", prev != ""
	case "secret", "apisecret", "clientsecret":
		return "secret", true
	case "token", "apitoken", "authtoken", "accesstoken", "bottoken":
		if paginationWords[prev] {
			return "", false
		}
		return "token", true
	case "apikey":
		return "API key", true
	case "accesskey", "secretkey", "privatekey":
		return "key", true
	case "key":
		if keyQualifiers[prev] {
			if prev == "api" {
				return "API key", true
			}
			return prev + " key", true
		}
	case "authorization":
		return "authorization header", true
	}
	return "", false
}

// placeholderWords are values that stand in for a credential rather than
// being one: what templates, tutorials and example files write where the
// real value goes. Compared after lower-casing and removing '-', '_', '.'
// and spaces.
var placeholderWords = map[string]bool{
	"changeme": true, "changethis": true, "changeit": true, "replaceme": true, "todo": true, "tbd": true,
	"fixme": true, "secret": true, "password": true, "passwd": true, "pass": true, "pwd": true, "token": true,
	"apikey": true, "key": true, "mypassword": true, "mysecret": true, "mytoken": true, "myapikey": true,
	"example": true, "sample": true, "dummy": true, "fake": true, "test": true, "testing": true,
	"placeholder": true, "redacted": true, "hidden": true, "notset": true, "unset": true, "none": true,
	"null": true, "nil": true, "undefined": true, "default": true, "string": true, "str": true,
	"required": true, "optional": true, "empty": true, "value": true, "foo": true, "bar": true,
	"foobar": true, "true": true, "false": true, "xxx": true, "abc": true,
}

// placeholderMarkers are words that, anywhere in a value, mark it as a
// stand-in: "your-api-key-here", "insert_token", "sk-example".
var placeholderMarkers = [...]string{"your", "example", "placeholder", "dummy", "changeme", "change_me",
	"change-me", "replace", "insert", "fake", "sample", "xxxx", "redacted", "<", ">"}

// isPlaceholder reports whether a value is a template field, a reference
// to something else, or a stand-in word rather than a credential:
// ${DB_PASSWORD}, $TOKEN, {password}, %(password)s, %s, <password>, ***,
// xxxx, changeme, your-api-key-here.
func isPlaceholder(v string) bool {
	v = strings.TrimSpace(v)
	if v == "" {
		return true
	}
	if strings.HasPrefix(v, "$") || strings.Contains(v, "${") || strings.Contains(v, "$(") ||
		strings.Contains(v, "{") && strings.Contains(v, "}") || strings.Contains(v, "%(") ||
		strings.Contains(v, "%s") || strings.HasPrefix(v, "[") && strings.HasSuffix(v, "]") ||
		strings.Contains(v, "...") || strings.Contains(v, "…") {
		// Template fields, references, lists, and values cut short
		// (sk_live_...) in documentation.
		return true
	}
	if strings.Trim(v, "xX0") == "" || !hasAlnum(v) {
		return true // ****, xxxx, ..., ____, :****
	}
	lower := strings.ToLower(v)
	if placeholderWords[squash(lower)] {
		return true
	}
	for _, m := range placeholderMarkers {
		if strings.Contains(lower, m) {
			return true
		}
	}
	for _, w := range ruleutil.Words(lower) {
		if w == "test" || w == "testing" || w == "todo" || w == "changeme" {
			return true
		}
	}
	return false
}

// squash lower-cases a value and drops separators, so that "API-Key",
// "api_key" and "api key" compare equal.
func squash(s string) string {
	return strings.Map(func(r rune) rune {
		switch r {
		case '-', '_', '.', ' ':
			return -1
		}
		return unicode.ToLower(r)
	}, s)
}

// authSchemes are the words of an Authorization header that name its
// scheme, not a credential.
var authSchemes = map[string]bool{"bearer": true, "basic": true, "token": true, "digest": true, "jwt": true, "apikey": true}

// isSecretValue reports whether a literal assigned to a credential name
// looks like the credential itself. It is not one when it is empty or a
// placeholder (isPlaceholder), a URL (FG0202 looks inside those), a file
// path, the name of an environment variable (API_TOKEN_VAR = "API_TOKEN"),
// a field or header name (PASSWORD_FIELD = "password",
// TOKEN_HEADER = "X-Auth-Token"), an auth scheme, or a sentence
// (INVALID_PASSWORD = "Invalid password").
func isSecretValue(v string) bool {
	v = strings.TrimSpace(v)
	if len(v) < 4 || isPlaceholder(v) || strings.Contains(v, "://") {
		return false
	}
	lower := strings.ToLower(v)
	if strings.HasPrefix(v, "/") || strings.HasPrefix(v, "./") || strings.HasPrefix(v, "../") ||
		strings.HasPrefix(v, "~/") || strings.HasPrefix(v, "file:") {
		return false
	}
	switch path.Ext(lower) {
	case ".pem", ".key", ".crt", ".cer", ".json", ".txt", ".p12", ".pfx", ".env", ".gpg", ".asc":
		return false
	}
	if authSchemes[lower] || looksLikeRegexp(v) {
		return false
	}
	if isEnvVarName(v) {
		return false
	}
	// Identifiers made of letters only that contain a credential word are
	// the names of fields, headers or parameters: "password",
	// "user_password", "X-API-Key", "access_token" (an OAuth grant type).
	if onlyLettersAndSeparators(v) {
		for _, w := range ruleutil.Words(v) {
			switch {
			case w == "key", w == "apikey", w == "auth", w == "authorization", w == "pwd",
				strings.Contains(w, "password"), strings.Contains(w, "passwd"),
				strings.Contains(w, "token"), strings.Contains(w, "secret"):
				return false
			}
		}
	}
	// A sentence: several words of letters only.
	if fields := strings.Fields(v); len(fields) >= 2 {
		letters := true
		for _, f := range fields {
			if !onlyLettersAndSeparators(strings.TrimRight(f, ".,:;!?")) {
				letters = false
				break
			}
		}
		if letters {
			return false
		}
	}
	return true
}

// hasAlnum reports whether s has a letter or a digit.
func hasAlnum(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0
}

// looksLikeRegexp reports whether a value is a regular expression (a
// lexer's token pattern, a validator), not a credential.
func looksLikeRegexp(v string) bool {
	for _, m := range [...]string{`\w`, `\d`, `\s`, ``, `[^`, `(?`, `.*`, `.+`, `]+`, `]*`, `]{`} {
		if strings.Contains(v, m) {
			return true
		}
	}
	return false
}

// isEnvVarName reports whether a value is written like an environment
// variable name: upper case words joined by underscores (DB_PASSWORD).
func isEnvVarName(v string) bool {
	if !strings.Contains(v, "_") {
		return false
	}
	for i, r := range v {
		switch {
		case r >= 'A' && r <= 'Z', r == '_':
		case r >= '0' && r <= '9' && i > 0:
		default:
			return false
		}
	}
	return true
}

func onlyLettersAndSeparators(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !unicode.IsLetter(r) && r != '-' && r != '_' && r != '.' {
			return false
		}
	}
	return true
}

// authorizationSecret returns the credential of an Authorization header
// value ("Bearer abc...", "Token abc...", "Basic dXNlcjpwYXNz") and
// whether there is one that is not a placeholder.
func authorizationSecret(v string) bool {
	scheme, cred, ok := strings.Cut(strings.TrimSpace(v), " ")
	if !ok || !authSchemes[strings.ToLower(scheme)] {
		return false
	}
	cred = strings.TrimSpace(cred)
	return len(cred) >= 8 && !isPlaceholder(cred) && !strings.ContainsAny(cred, " ")
}

// literalText returns the text of a string literal to look for
// credentials in: the decoded value of a constant, and the source text of
// an f-string, whose replacement fields ({password}) then read as
// placeholders instead of vanishing from the value.
func literalText(f *python.File, s *python.String) string {
	if s.IsConstant() {
		return s.Value
	}
	return f.Text(s.Span())
}

// walkLiterals calls fn for every string literal of a module, with the
// names of the classes it is written in, outermost first. Docstrings and
// other strings used as statements are skipped: they document, and an
// example there is not a value the program uses.
func walkLiterals(n python.Node, classes []string, fn func(s *python.String, classes []string)) {
	walkInClasses(n, classes, func(x python.Node, classes []string) {
		if s, ok := x.(*python.String); ok {
			fn(s, classes)
		}
	})
}

// walkInClasses calls fn for every node under n (n included), with the
// names of the classes around it, skipping strings used as statements
// (docstrings) and everything inside them.
func walkInClasses(n python.Node, classes []string, fn func(x python.Node, classes []string)) {
	python.Walk(n, func(x python.Node) bool {
		switch x := x.(type) {
		case *python.ExprStmt:
			if _, ok := x.X.(*python.String); ok {
				return false
			}
		case *python.ClassDef:
			if x != n {
				walkInClasses(x, append(classes[:len(classes):len(classes)], x.Name), fn)
				return false
			}
		}
		fn(x, classes)
		return true
	})
}

// inDevClass reports whether any of the enclosing classes is named for
// development or tests.
func inDevClass(classes []string) bool {
	for _, c := range classes {
		if ruleutil.IsDevClassName(c) {
			return true
		}
	}
	return false
}
