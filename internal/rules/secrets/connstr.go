package secrets

import (
	"net"
	"strings"
)

// credURL is a URL with a password in its user information:
// scheme://user:password@host/...
type credURL struct {
	scheme, user, password, host string
}

// findCredentialURLs returns the URLs of s that carry a password. A URL
// is recognised by "://" after a scheme (letters, digits, '+', '-', '.',
// starting with a letter: postgresql+psycopg2, mongodb+srv); its authority
// runs to the first '/', '?', '#', blank or quote, and its user
// information to the last '@' of the authority (an unescaped '@' in a
// password is common enough). A user without a password, as in
// https://token@github.com, is not reported here: a token in that place
// has a known format that FG0203 recognises.
func findCredentialURLs(s string) []credURL {
	var out []credURL
	for from := 0; ; {
		i := strings.Index(s[from:], "://")
		if i < 0 {
			return out
		}
		i += from
		from = i + 3
		start := i
		for start > 0 && isSchemeChar(s[start-1]) {
			start--
		}
		if start == i || !isLetter(s[start]) {
			continue
		}
		end := from
		for end < len(s) && !strings.ContainsRune("/?# \t\r\n\"'`", rune(s[end])) {
			end++
		}
		authority := s[from:end]
		at := strings.LastIndexByte(authority, '@')
		if at < 0 {
			continue
		}
		user, password, ok := strings.Cut(authority[:at], ":")
		if !ok || password == "" {
			continue
		}
		out = append(out, credURL{scheme: strings.ToLower(s[start:i]), user: user, password: password, host: authority[at+1:]})
	}
}

func isSchemeChar(c byte) bool {
	return isLetter(c) || c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.'
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// hostKind tells where a connection string points.
type hostKind uint8

const (
	// remoteHost is any real server: a domain, an address, a compose
	// service name.
	remoteHost hostKind = iota
	// localHost is this machine: a developer's database.
	localHost
	// exampleHost is a documentation name (example.com, "host").
	exampleHost
)

// exampleHostNames are host names that tutorials and templates write.
var exampleHostNames = map[string]bool{
	"host": true, "hostname": true, "server": true, "yourhost": true, "your-host": true,
	"your_host": true, "dbhost": true, "db-host": true, "db_host": true, "myhost": true,
}

// classifyHost reads the first host of an authority's host part
// ("h1:27017,h2:27017", "[::1]:5432", "db.internal:5432").
func classifyHost(hostport string) hostKind {
	h, _, _ := strings.Cut(hostport, ",")
	if host, port, err := net.SplitHostPort(h); err == nil {
		if strings.Trim(port, "0123456789") != "" {
			return exampleHost // host:port written out, as in help texts
		}
		h = host
	}
	h = strings.ToLower(strings.Trim(h, "[]"))
	switch {
	case h == "localhost", strings.HasSuffix(h, ".localhost"), h == "0.0.0.0", h == "::1",
		h == "host.docker.internal", strings.HasPrefix(h, "127."):
		return localHost
	case exampleHostNames[h], strings.HasSuffix(h, ".example"), strings.HasSuffix(h, ".invalid"),
		strings.HasSuffix(h, ".test"):
		return exampleHost
	}
	for _, d := range [...]string{"example.com", "example.org", "example.net"} {
		if h == d || strings.HasSuffix(h, "."+d) {
			return exampleHost
		}
	}
	return remoteHost
}

// urlPlaceholderWords are passwords that documentation writes in
// connection strings (driver://user:pass@localhost/dbname in Alembic's
// template, scott:tiger in SQLAlchemy's).
var urlPlaceholderWords = map[string]bool{
	"password": true, "pass": true, "passwd": true, "pwd": true, "pw": true, "secret": true,
	"changeme": true, "yourpassword": true, "mypassword": true, "tiger": true, "dbpassword": true,
}

// passwordVerdict says what to make of the password of a connection string.
type passwordVerdict uint8

const (
	// ignorePassword: a template field or a stand-in; nothing to report.
	ignorePassword passwordVerdict = iota
	// lowPassword: a real-looking password for a local or documentation
	// host, the developer's own database.
	lowPassword
	// reportPassword: a password for a real server.
	reportPassword
)

// judgePassword decides about a connection string's password. Template
// fields (${DB_PASSWORD}, {password}, %(password)s, <password>, ***) are
// never credentials. Stand-in words (password, changeme, pass) are
// ignored for local and documentation hosts, where they are what the docs
// write, but reported for real servers: if such a URL is deployed as it
// is, the word is the password, and an easily guessed one. A real-looking
// password is Low for local and documentation hosts and reported for
// every other host. Passwords in a known token format are left to FG0203.
func judgePassword(u credURL) passwordVerdict {
	if isPlaceholderPassword(u.password) || strings.ContainsAny(u.user, "[]<>{}") {
		return ignorePassword
	}
	if _, ok := findToken(u.password); ok {
		return ignorePassword
	}
	local := classifyHost(u.host) != remoteHost
	if urlPlaceholderWords[squash(u.password)] && local {
		return ignorePassword
	}
	if local {
		return lowPassword
	}
	return reportPassword
}

// isPlaceholderPassword is isPlaceholder without the stand-in words, which
// judgePassword weighs against the host. Brackets count as template marks
// too: help texts write scheme://[user:passwd@]host.
func isPlaceholderPassword(p string) bool {
	if strings.HasPrefix(p, "$") || strings.Contains(p, "${") || strings.Contains(p, "$(") ||
		strings.ContainsAny(p, "{}<>[]") || strings.Contains(p, "%(") || strings.Contains(p, "%s") {
		return true
	}
	return strings.Trim(p, "xX") == "" || !hasAlnum(p)
}
