package spec

// Receiver stands for the object a method is called on, in Sink.Args and
// Sink.CondArg: pathlib.Path(p).read_text() reads the path in its receiver.
const Receiver = -1

// NoMessage, as the CondArg of a log sink, says that the call has no
// format string: print() writes each argument as it is.
const NoMessage = -2

// Spec is a complete taint specification. Callee fields are patterns over
// the engine's callee paths: a qualified name for module functions
// ("os.system", "flask.redirect"), a bare name for builtins ("open",
// "eval"), and for methods the path of the receiver's origin followed by
// the method: "sqlite3.connect().cursor().execute" for
// sqlite3.connect(db).cursor().execute(q), "?.execute" when the receiver's
// origin is unknown and "str.encode" for a string receiver. A '*' in a
// pattern matches any run of characters, so "*.execute" matches every
// execute method and nothing called plain execute.
type Spec struct {
	// Sources are the request objects and their client-controlled parts.
	Sources []Source
	// CallSources are functions whose results the client controls (for
	// user-declared sources, such as a project's own request wrapper that
	// the engine cannot see into).
	CallSources []CallSource
	// Sinks are the calls tainted data must not reach.
	Sinks []Sink
	// SubscriptSinks are objects that must not receive tainted items
	// (session["k"] = v, resp.headers["X"] = v).
	SubscriptSinks []SubscriptSink
	// Sanitizers are calls whose results are safe for some classes.
	Sanitizers []Sanitizer
	// Clean are calls whose results carry no request data at all
	// (len, isinstance, url_for, hash digests, response constructors).
	Clean []string
	// Decoders undo reversible encodings (see Sanitizer.Encodes).
	Decoders []string
	// TemplateCtors make template objects from source text.
	TemplateCtors []TemplateCtor
	// Environments are template environments; autoescape= set to
	// anything but False makes their templates escape.
	Environments []string
	// Identity are calls that return their first argument itself
	// (copy.copy, contextlib.nullcontext), layout and all.
	Identity []string
	// Strings are calls whose results are strings derived from their
	// arguments (os.path.join, urllib.parse.unquote, base64 decoding);
	// taint flows through them as through any unknown call, and knowing
	// the result is a string lets string-only sinks see it.
	Strings []string
	// NoReturn are calls that never return normally (flask.abort,
	// sys.exit): a check that calls one guards the code after it.
	NoReturn []string
	// Normalizers resolve a path (os.path.realpath, Path.resolve): a
	// normalised path checked with startswith against a base directory is
	// safe from traversal, an unnormalised one is not.
	Normalizers []string
	// URLParsers split a URL into parts whose netloc can be checked
	// against an allow-list.
	URLParsers []string
	// Regex are the regular-expression calls that validate a value when a
	// safe, anchored pattern matches it.
	Regex []RegexCall
	// CharChecks are string methods that, when true, prove a value holds
	// only harmless characters (str.isdigit), with the classes cleared.
	CharChecks []CharCheck
	// Mutators are method names that store their arguments in an object
	// of unknown type (buf.write(x), items.append(x)), so that the object
	// becomes tainted.
	Mutators []string
	// UnsafeObjects are constructors whose result is a dangerous parser
	// when built with one of the listed keywords set to a true value.
	UnsafeObjects []UnsafeObject
	// FlagSetters are method calls that make their receiver a dangerous
	// parser (parser.setFeature(feature_external_ges, True)).
	FlagSetters []FlagSetter
	// Stores are library objects that keep values under constant keys
	// (configparser's set and get), tracked key by key like a dict.
	Stores []Store
	// Templates render a named template with keyword arguments as its
	// context; the engine records tainted context values for the
	// template reader (autoescaping is the template's business).
	Templates []string
	// SafeURLConverters are the Flask URL converters whose values are
	// already validated numbers or UUIDs ("int" in <int:id>).
	SafeURLConverters []string
	// Settings are library mappings of server-side settings (app.config,
	// os.environ): what is read from them, under any key, even one the
	// client chose, is a setting, and items read from them are settings too.
	// Containers the engine built (dict displays, module constants) give
	// their items for any key as well. A lookup in any other library object
	// (a cache, a client) passes the key's taint to its result, as every
	// call the engine does not know does: such an object may build its
	// answer from the key (a file cache returns os.path.join(dir, key)).
	Settings []string
	// SitePaths are calls whose result is a URL of the application's own
	// site (url_for): a path, or a URL on the host the browser asked for.
	SitePaths []string
	// URLJoins resolve their second argument against their first
	// (urljoin): the result's host is the second argument's, or the
	// first's when the second is relative.
	URLJoins []string
	// Parsers are calls that raise unless their argument is well formed
	// (int(x), uuid.UUID(x)): once such a call returns, the argument is
	// known to be well formed.
	Parsers []Parser
	// MACs compute keyed hashes (hmac.new); Equals are calls that are true
	// when their two arguments are equal (hmac.compare_digest). A value
	// whose MAC under a server-side key equals the one the client sent was
	// signed by the server.
	MACs   []MAC
	Equals []string
	// JSONResponses are calls that make a response with a JSON content
	// type (jsonify), whose body a browser does not render as HTML.
	JSONResponses []string
}

// Source describes a request object: any expression that resolves to
// Object (through any import or alias) is the request, and reading one
// of Attrs from it (an attribute, or the result of calling it as a
// method) gives client-controlled data.
type Source struct {
	Object string
	Attrs  []string
	// FileAttrs are attributes holding uploaded files; their items are
	// FileObject values (with a save method that is a path sink).
	FileAttrs  []string
	FileObject string
	// Encoded are attributes Werkzeug percent-encodes (request.url): they
	// hold no line breaks, so they cannot forge log lines or headers.
	Encoded []string
	// DictMethods are methods of the request's mappings that return a
	// plain dict of their items (request.form.to_dict()).
	DictMethods []string
}

// CallSource is a call whose result the client controls. Classes limits
// the classes its value can cause (a helper that returns a header value
// already checked to be a URL of the site is still dangerous in a log);
// None means All, the taint of a value straight from the request.
type CallSource struct {
	Callee  string
	Classes Class
}

// Cond is an extra condition on a sink call.
type Cond uint8

// The sink conditions.
const (
	// Always: the sink fires whenever a checked argument is tainted.
	Always Cond = iota
	// Shell: with shell= true every part of the command is checked;
	// without it only the program (argv[0], or the whole string) is,
	// unless the program is a shell started with -c.
	Shell
	// Program: the checked argument is a program path; when it is a shell
	// every argument is checked instead.
	Program
	// UnsafeYAML: yaml.load and kin with a Loader that is not a safe one
	// (or none: PyYAML before 5.1 defaults to the full unsafe loader).
	UnsafeYAML
	// UnsafeParser: the parser at CondArg/CondKw was built (or set up)
	// to resolve external entities or load DTDs.
	UnsafeParser
	// HTMLBody: the response's content type, when the program sets it,
	// is one a browser renders as a document (HTML, XML, SVG). It is set
	// by mimetype= or content_type= (at CondArg+1 and CondArg+2), by a
	// Content-Type in the headers at CondArg (any positional argument
	// after the body for AnyArg; the response the method is called on
	// for Receiver), or right after the call on the response it made.
	HTMLBody
	// StringArg: the checked argument is a string (a raw SQL string passed
	// to an ORM filter), not an expression object.
	StringArg
	// LogFormat: a log call whose message (the positional argument at
	// CondArg, or none for NoMessage) is %-formatted with the positional
	// arguments after it, as the logging module does. Arguments printed
	// with %r or %a are escaped, with %d they are numbers, and containers
	// print as their repr, which escapes line breaks; keyword arguments
	// (extra=, exc_info=) are not written into the message.
	LogFormat
	// LogBrace: a log call whose message is formatted with str.format
	// rules ({} fields, {!r} conversions), as loguru does.
	LogBrace
	// SafeContext: the template source at CondArg is a constant, and the
	// keyword arguments it prints without escaping ({{ x|safe }}, or all
	// of them inside {% autoescape false %}) are checked.
	SafeContext
)

// Sink is a call whose checked arguments must not carry taint of Class.
type Sink struct {
	Callee string
	Class  Class
	// Args are the positional arguments checked (Receiver for the object
	// the method is called on); Kwargs the keyword names checked, usually
	// the same parameters by name. AllArgs checks every argument.
	Args    []int
	Kwargs  []string
	AllArgs bool
	When    Cond
	// CondArg and CondKw locate the argument a condition inspects.
	CondArg int
	CondKw  string
	// NameArgs and NameKwargs are the checked arguments that become names
	// rather than values at the sink (a header's name, a collection of
	// headers whose names are not known), for rules that grade the two
	// apart.
	NameArgs   []int
	NameKwargs []string
	// Label is how messages name the sink; empty means the callee as
	// written in the code.
	Label string
}

// SubscriptSink is an object whose items must not be set from tainted
// keys or values. RedirectKey names a key (compared case-insensitively)
// whose value is a redirect target instead (resp.headers["Location"]).
type SubscriptSink struct {
	Base        string
	Class       Class
	RedirectKey string
	Label       string
}

// Sanitizer is a call whose result is safe for the classes in Clears;
// the other classes flow through. ArgIs, when set, limits it to calls
// whose first argument is one of these constants
// (s.encode("unicode_escape") neutralises line breaks, s.encode() does
// not).
type Sanitizer struct {
	Callee string
	Clears Class
	ArgIs  []string
	// Part, when not zero, makes the sanitizer one half (1 or 2) of a
	// pair that clears Clears only when both were applied:
	// s.replace("\r", "") and s.replace("\n", "") strip line breaks together.
	Part uint8
	// Kw and KwIs limit the sanitizer to calls whose keyword Kw (or
	// positional argument KwPos, when not zero) is one of these constants:
	// quote(s, safe="") also encodes "/".
	Kw    string
	KwPos int
	KwIs  []string
	// Quotes marks a sanitizer that protects by wrapping the value in
	// quotes (shlex.quote): put inside quotes of the caller's own
	// ("echo '" + quoted + "'"), it no longer protects.
	Quotes bool
	// Encodes marks a reversible encoding (base64, URL quoting, HTML
	// escaping): a Decoders call gives the original back, with the
	// classes the encoding cleared.
	Encodes bool
}

// TemplateCtor is a call that makes a template object from source text
// (jinja2.Template(src), env.from_string(src)): rendering it with
// render(**context) writes the context values into its output, escaped
// when Autoescape (or the environment's autoescape=..., or an |e filter)
// says so and not with |safe.
type TemplateCtor struct {
	Callee     string
	Source     int
	Autoescape bool
}

// RegexMode is how much of the subject a regular-expression call matches.
type RegexMode uint8

// The ways a regular expression is applied.
const (
	// FullMatch matches the whole subject (re.fullmatch).
	FullMatch RegexMode = iota + 1
	// PrefixMatch anchors at the start only (re.match): the pattern must
	// end in $ or \Z to validate the whole value.
	PrefixMatch
	// Search anchors nowhere (re.search): the pattern needs ^ and $.
	Search
)

// RegexCall is a regular-expression call. Pattern and Subject are the
// positions of the pattern and of the checked string; Pattern is
// Receiver for the methods of a compiled pattern, whose pattern text
// comes from the Compile call that built it.
type RegexCall struct {
	Callee  string
	Mode    RegexMode
	Pattern int
	Subject int
	// Compile marks re.compile itself: its result remembers the pattern.
	Compile bool
}

// CharCheck is a string method that is true only when the string holds
// harmless characters; Clears is what that proves safe.
type CharCheck struct {
	Method string
	Clears Class
}

// UnsafeObject is a constructor whose result is dangerous when any of
// Kwargs is passed a true value.
type UnsafeObject struct {
	Callee string
	Kwargs []string
}

// FlagSetter is a method call that makes its receiver dangerous when its
// first argument is one of Features (a constant or the qualified name of
// one) and its second is true.
type FlagSetter struct {
	Callee   string
	Features []string
}

// Store is a library object that keeps values under keys: Set methods
// store their last argument under the Keys arguments before it, Get
// methods read a value back by the same keys, and Clean methods return
// converted values (getint) that carry no text.
type Store struct {
	Object string
	Set    []string
	Get    []string
	Clean  []string
	Keys   int
}

// Default returns flaskguard's built-in specification. Each call returns a
// new value, which the caller may extend.
func Default() *Spec {
	return &Spec{
		Sources:           defaultSources(),
		Sinks:             defaultSinks(),
		SubscriptSinks:    defaultSubscriptSinks(),
		Sanitizers:        defaultSanitizers(),
		Clean:             defaultClean(),
		Strings:           defaultStrings(),
		Identity:          []string{"copy.copy", "copy.deepcopy", "contextlib.nullcontext"},
		Decoders:          defaultDecoders(),
		TemplateCtors:     defaultTemplateCtors(),
		Environments:      []string{"jinja2.Environment", "jinja2.environment.Environment", "jinja2.sandbox.SandboxedEnvironment"},
		NoReturn:          []string{"flask.abort", "werkzeug.exceptions.abort", "sys.exit", "exit", "quit", "os._exit", "os.abort"},
		Normalizers:       defaultNormalizers(),
		URLParsers:        []string{"urllib.parse.urlparse", "urllib.parse.urlsplit", "urlparse.urlparse", "urlparse.urlsplit", "werkzeug.urls.url_parse", "werkzeug.urls.urlparse"},
		Regex:             defaultRegex(),
		CharChecks:        defaultCharChecks(),
		Mutators:          []string{"write", "writelines", "append", "appendleft", "extend", "insert", "add", "update", "put", "push", "feed"},
		UnsafeObjects:     defaultUnsafeObjects(),
		FlagSetters:       defaultFlagSetters(),
		Stores:            defaultStores(),
		Templates:         []string{"flask.render_template", "flask.templating.render_template", "flask.stream_template"},
		SafeURLConverters: []string{"int", "float", "uuid"},
		Settings:          defaultSettings(),
		SitePaths:         []string{"flask.url_for", "flask.helpers.url_for"},
		URLJoins:          []string{"urllib.parse.urljoin", "urlparse.urljoin", "werkzeug.urls.url_join"},
		Parsers:           defaultParsers(),
		MACs:              defaultMACs(),
		Equals:            []string{"hmac.compare_digest", "secrets.compare_digest"},
		JSONResponses:     []string{"flask.jsonify", "flask.json.jsonify"},
	}
}

// Merge appends the entries of other to s: user-declared sources, sinks
// and sanitizers extend the built-in ones, they never replace them.
func (s *Spec) Merge(other *Spec) {
	if other == nil {
		return
	}
	s.Sources = append(s.Sources, other.Sources...)
	s.CallSources = append(s.CallSources, other.CallSources...)
	s.Sinks = append(s.Sinks, other.Sinks...)
	s.SubscriptSinks = append(s.SubscriptSinks, other.SubscriptSinks...)
	s.Sanitizers = append(s.Sanitizers, other.Sanitizers...)
	s.Clean = append(s.Clean, other.Clean...)
	s.Strings = append(s.Strings, other.Strings...)
	s.Identity = append(s.Identity, other.Identity...)
	s.Decoders = append(s.Decoders, other.Decoders...)
	s.TemplateCtors = append(s.TemplateCtors, other.TemplateCtors...)
	s.Environments = append(s.Environments, other.Environments...)
	s.NoReturn = append(s.NoReturn, other.NoReturn...)
	s.Normalizers = append(s.Normalizers, other.Normalizers...)
	s.URLParsers = append(s.URLParsers, other.URLParsers...)
	s.Regex = append(s.Regex, other.Regex...)
	s.CharChecks = append(s.CharChecks, other.CharChecks...)
	s.Mutators = append(s.Mutators, other.Mutators...)
	s.UnsafeObjects = append(s.UnsafeObjects, other.UnsafeObjects...)
	s.FlagSetters = append(s.FlagSetters, other.FlagSetters...)
	s.Stores = append(s.Stores, other.Stores...)
	s.Templates = append(s.Templates, other.Templates...)
	s.SafeURLConverters = append(s.SafeURLConverters, other.SafeURLConverters...)
	s.Settings = append(s.Settings, other.Settings...)
	s.SitePaths = append(s.SitePaths, other.SitePaths...)
	s.URLJoins = append(s.URLJoins, other.URLJoins...)
	s.Parsers = append(s.Parsers, other.Parsers...)
	s.MACs = append(s.MACs, other.MACs...)
	s.Equals = append(s.Equals, other.Equals...)
	s.JSONResponses = append(s.JSONResponses, other.JSONResponses...)
}
