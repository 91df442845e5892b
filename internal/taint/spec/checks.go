package spec

// AnyArg, as the CondArg of an HTMLBody sink, says that any positional
// argument after the body may be the response's headers
// (make_response(body, headers) or make_response(body, status, headers)).
const AnyArg = -3

// Parser is a call that raises unless the argument at Arg is well formed:
// once it returns, that argument is safe for Clears (int(x) accepts only
// a number, with blanks around it).
type Parser struct {
	Callee string
	Arg    int
	Clears Class
}

// MAC is a keyed hash: Callee computes the MAC of the argument at Msg (or
// keyword MsgKw) under the key at Key (or KeyKw). Digests are the methods
// of its result that give the MAC out (hexdigest); none means the result
// is the MAC itself.
type MAC struct {
	Callee       string
	Key, Msg     int
	KeyKw, MsgKw string
	Digests      []string
}

// numberText is what a string that int(), float() or uuid.UUID() accepted
// cannot be used for: digits, hex, a sign, a dot, underscores and the
// letters of inf, nan or a UUID's "urn:uuid:" leave no path, markup,
// quote or host. Blanks around the number are accepted too, line breaks
// among them, so log lines and headers stay tainted, and so do shell
// commands, where a line break ends a command.
const numberText = All &^ (Command | Log | Header)

// defaultParsers: conversions that raise ValueError on anything but their
// format. bool() and str() never raise, secure_filename() never raises:
// they are sanitizers of their result only.
func defaultParsers() []Parser {
	var out []Parser
	for _, c := range []string{"int", "float", "decimal.Decimal", "uuid.UUID",
		"datetime.date.fromisoformat", "datetime.datetime.fromisoformat"} {
		out = append(out, Parser{Callee: c, Arg: 0, Clears: numberText})
	}
	return out
}

// defaultMACs: the hmac module. hashlib hashes of a secret and a message
// are not MACs (length extension forges them) and are not listed.
func defaultMACs() []MAC {
	digests := []string{"digest", "hexdigest"}
	return []MAC{
		{Callee: "hmac.new", Key: 0, Msg: 1, KeyKw: "key", MsgKw: "msg", Digests: digests},
		{Callee: "hmac.HMAC", Key: 0, Msg: 1, KeyKw: "key", MsgKw: "msg", Digests: digests},
		{Callee: "hmac.digest", Key: 0, Msg: 1, KeyKw: "key", MsgKw: "msg"},
	}
}

// defaultSettings: the Flask application's configuration, under the
// names it is reached by, and the process environment. Flask apps do not
// write client data into either while serving a request; the engine
// does not follow such writes.
func defaultSettings() []string {
	return []string{"flask.current_app.config", "flask.globals.current_app.config",
		"flask.Flask().config", "flask.app.Flask().config", "os.environ"}
}

// IsSettings reports whether a library object is a settings mapping (see
// Spec.Settings), by its qualified name or origin.
func (ix *Index) IsSettings(path string) bool { return ix.settings[path] }

// IsSitePath reports whether a call returns a URL of the application's
// own site.
func (ix *Index) IsSitePath(path string) bool { return ix.sitePaths.Any(path) }

// IsURLJoin reports whether a call resolves a URL against a base URL.
func (ix *Index) IsURLJoin(path string) bool { return ix.urlJoins.Any(path) }

// Parser returns the parser entry for a call, or nil.
func (ix *Index) Parser(path string) *Parser {
	var out *Parser
	ix.parsers.Each(path, func(i int) bool { out = &ix.spec.Parsers[i]; return false })
	return out
}

// MAC returns the keyed-hash entry for a call, or nil.
func (ix *Index) MAC(path string) *MAC {
	var out *MAC
	ix.macs.Each(path, func(i int) bool { out = &ix.spec.MACs[i]; return false })
	return out
}

// IsMACDigest reports whether a method call gives out the MAC of a keyed
// hash object (hmac.new().hexdigest).
func (ix *Index) IsMACDigest(path string) bool { return ix.macDigests.Any(path) }

// IsEquals reports whether a call is true exactly when its two arguments
// are equal.
func (ix *Index) IsEquals(path string) bool { return ix.equals.Any(path) }

// IsJSONResponse reports whether a call makes a response with a JSON
// content type.
func (ix *Index) IsJSONResponse(path string) bool { return ix.jsonResponses.Any(path) }
